/**
 * A UWLR leerresultaten export of 2,000 pupils x 10 results (issue 13 item 12): the reader the file
 * worker runs for it, `uwlrLeerresultatenReader.read` (src/adapters/uwlr/uwlr.reader.ts, through
 * `readBatches` in src/adapters/files/file-batches.ts: XML is read whole, decision 023), against a
 * plain parse of the same text by the same XML parser (@xmldom/xmldom's DOMParser, no checks, no
 * mapping). Prints one JSON line: {"figure","ours_ms","anchor","anchor_ms","ratio","load"} (medians of 5 alternating runs).
 */
import { loadavg } from 'node:os';
import { DOMParser } from '@xmldom/xmldom';
import { bench } from 'vitest';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';
import { sourceId } from '@/domain/ids';
import { median, timed } from './support/timing';

const PUPILS = 2_000;
const PER_PUPIL = 10;

function exportText(): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<leerresultaten_verzoek xmlns="http://www.edustandaard.nl/leerresultaten/2/leerresultaten">',
    '<school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode><dependancecode>00</dependancecode>',
    '<aanmaakdatum>2026-02-02T09:30:00</aanmaakdatum><auteur>bench</auteur><xsdversie>2.2</xsdversie></school><toetsafnames>',
  ];
  for (let pupil = 0; pupil < PUPILS; pupil += 1) {
    const eck = `https://ketenid.nl/201703/${(0x3f6c8a2b + pupil).toString(16)}9d0e4f1a8b7c6d5e4f3a2b1c`;
    parts.push(`<toetsafname><leerlingid>LL-${pupil}</leerlingid><eckid>${eck}</eckid><resultaten>`);
    for (let n = 0; n < PER_PUPIL; n += 1)
      parts.push(
        `<resultaat key="R-${pupil}-${n}"><afnamedatum>2026-01-${String(1 + (n % 28)).padStart(2, '0')}</afnamedatum><toetscode>REK-M5</toetscode><score>${n * 4}</score></resultaat>`,
      );
    parts.push('</resultaten></toetsafname>');
  }
  parts.push('</toetsafnames></leerresultaten_verzoek>');
  return parts.join('\n');
}

async function measure() {
  const text = exportText();
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
