/**
 * A UWLR leerresultaten export of 2,000 pupils x 10 results (issue 13 item 12): the whole-text
 * reader `uwlrLeerresultatenReader.read` (src/adapters/uwlr/uwlr.reader.ts: the two saxes passes of
 * decision 027 over the text in one piece, what check-export and the reader tests run; the file
 * worker streams the same passes, measured in file-import.bench.ts), against a plain parse of the
 * same text by @xmldom/xmldom's DOMParser (what the reader ran before; no checks, no mapping). Prints one JSON line: {"figure","ours_ms","anchor","anchor_ms","ratio","load"} (medians of 5 alternating runs).
 */
import { loadavg } from 'node:os';
import { DOMParser } from '@xmldom/xmldom';
import { bench } from 'vitest';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';
import { sourceId } from '@/domain/ids';
import { median, timed } from './support/timing';
import { uwlrExport } from '../support/uwlr-export';

const PUPILS = 2_000;
const PER_PUPIL = 10;

async function measure() {
  const text = uwlrExport(PUPILS, PER_PUPIL);
  const file: ExportFile = { name: 'uwlr.xml', bytes: new TextEncoder().encode(text) };
  const ctx: FileReadContext = { source: sourceId('lvs'), mapping: {}, now: '2026-03-05T12:00:00.000Z', resolveSloIds: () => [] };
  const first = uwlrLeerresultatenReader.read(file, [], ctx);
  if (!first.ok || first.results.length + first.rejections.length !== PUPILS * PER_PUPIL) throw new Error('bench file not read whole');
  // Alternating (5 pairs), so a change in the machine's load hits both alike.
  const anchorRuns: number[] = [];
  const ourRuns: number[] = [];
  for (let pair = 0; pair < 5; pair += 1) {
    anchorRuns.push(await timed(() => new DOMParser().parseFromString(new TextDecoder().decode(file.bytes), 'application/xml'), 1));
    ourRuns.push(await timed(() => uwlrLeerresultatenReader.read(file, [], ctx), 1));
  }
  const anchor = median(anchorRuns);
  const ours = median(ourRuns);
  console.log(
    JSON.stringify({
      figure: `UWLR XML read + check + map, uwlrLeerresultatenReader.read (${(PUPILS * PER_PUPIL).toLocaleString('en')} results, ${(file.bytes.length / 1e6).toFixed(1)} MB)`,
      ours_ms: Math.round(ours),
      anchor: 'plain parse of the same bytes (TextDecoder + xmldom DOMParser)',
      anchor_ms: Math.round(anchor),
      ratio: Number((ours / anchor).toFixed(2)),
      load: loadavg().map((value) => Number(value.toFixed(2))),
    }),
  );
}

bench('UWLR XML import against a plain parse', measure, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
