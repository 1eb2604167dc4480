/**
 * A supplier's CSV export of 100,000 rows (issue 13 item 12, issue 12 goal 3; decision 023), against
 * papaparse parsing the same bytes alone (TextDecoder + Papa.parse, no mapping). Three figures:
 * - the file worker's own work, on the path it runs for every import: the file as the main thread
 *   hands it over (`readChosenFiles`, src/ingest/chosen-files.ts: a File, of which only the first
 *   64 kB are read here), then the worker's `open` and `next` (src/ingest/file-read.api.ts, what
 *   file-read.worker.ts exposes; without comlink's messages): the reader chosen by `chooseFiles`,
 *   then `readBatches` (encoding check, streamed decode from the File in 1 MB pieces, papaparse's
 *   chunk parser, every row checked and mapped, batches of 2,000). No storing.
 * - the whole import as the app runs it, `importFiles` (src/ingest/file-import.ts, what the Bronnen
 *   re-import and the wizard's save call): the read above plus syncSource storing each batch in
 *   IndexedDB. This figure includes storing, in fake-indexeddb (Node), which is far slower than a
 *   browser's IndexedDB: it is not comparable with the anchor, only with itself over time;
 * - for comparison, the whole-file reader the main thread ran before (`csvColumnsReader.read`).
 * And a UWLR leerresultaten export of 2,000 toetsafnames x 10 resultaten (decision 027) through the
 * same worker open/next on a File (two saxes passes, batches of 2,000; no storing), against a plain
 * parse of the same bytes (TextDecoder + @xmldom/xmldom's DOMParser, what the reader ran before, no
 * checks, no mapping): medians of 5 alternating runs.
 * Prints one JSON line per figure: {"figure","ours_ms","anchor","anchor_ms","ratio","load"} (medians of 7 alternating runs for the read and its anchor, of 3 for the whole-file reader, one import).
 * The worker's read also gives the medians of the CPU time each run took (this process, all its
 * threads): "ours_cpu_ms","anchor_cpu_ms","cpu_ratio". On a busy machine the wall-clock ratio
 * swings with what else runs; the CPU ratio says what each costs.
 */
import { loadavg } from 'node:os';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { bench } from 'vitest';
import { csvColumnsReader } from '@/adapters/csv/csv.reader';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { adapterFor, defaultMappingFor } from '@/adapters/registry';
import { goalId, sourceId } from '@/domain/ids';
import type { Source, SourceKind } from '@/domain/source';
import { readChosenFiles } from '@/ingest/chosen-files';
import { createFileReadApi } from '@/ingest/file-read.api';
import { importFiles } from '@/ingest/file-import';
import { LeerzichtDb } from '@/store/db';
import { fileEndpoint } from '@/store/file-endpoint';
import { saveSource } from '@/store/sources.repo';
import { median, timed, timedWithCpu } from './support/timing';
import { fakeSource } from '../support/fake-adapter';
import { uwlrExport } from '../support/uwlr-export';

const ROWS = 100_000;
const NOW = new Date('2026-03-05T12:00:00.000Z');
const COLUMNS = { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Behaalde punten', max: 'Maximum', workForm: 'Werkvorm' };

/** 100,000 rows as a supplier exports them: Dutch dates (Amsterdam time), decimal commas, 35 pupils (ECK iDs), 80 codes. */
function exportBytes(): Uint8Array<ArrayBuffer> {
  const lines = ['Leerling;Datum;Opdracht;Behaalde punten;Maximum;Werkvorm'];
  for (let n = 0; n < ROWS; n += 1) {
    const pupil = `https://ketenid.nl/201703/${(0x3f9a2c71 + (n % 35)).toString(16).repeat(16)}`;
    const day = String(1 + (n % 28)).padStart(2, '0');
    lines.push(
      `${pupil};${day}-02-2026 ${String(8 + (n % 8)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')};REKENEN-${n % 80};${n % 10},5;10;toets`,
    );
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

/** The file as the main thread hands it to the worker: a File, held here by its first 64 kB only. */
async function chosenFile(bytes: Uint8Array<ArrayBuffer>, name = 'export.csv'): Promise<ExportFile> {
  const chosen = await readChosenFiles([new File([bytes], name)]);
  if (!('files' in chosen) || chosen.files[0]?.blob === undefined) throw new Error(`${name} was not taken for streaming`);
  return chosen.files[0];
}

/** Every batch of the file, through the worker's own open and next; the number of results read. */
async function workerRead(file: ExportFile, ctx: FileReadContext, kind: SourceKind = 'csv'): Promise<number> {
  const api = createFileReadApi({ resolveSloIds: ctx.resolveSloIds });
  const opened = await api.open({ kind, files: [file], source: ctx.source, mapping: ctx.mapping, now: ctx.now, options: ctx.options });
  if (!opened.ok) throw new Error(opened.failure.detail);
  let results = 0;
  for (;;) {
    const next = await api.next(opened.session);
    if (!next.ok) throw new Error(next.failure.detail);
    if (next.batch === null) return results;
    results += next.batch.results.length;
  }
}

async function measure() {
  const bytes = exportBytes();
  const file: ExportFile = { name: 'export.csv', bytes };
  const chosen = await chosenFile(bytes);
  const ctx: FileReadContext = {
    source: sourceId('toetsen'),
    mapping: { 'REKENEN-1': [goalId('rekenen.getallen.1f')] },
    now: NOW.toISOString(),
    resolveSloIds: () => [],
    options: { columns: COLUMNS },
  };
  // The anchor and the worker's read alternate (7 pairs), so a change in the machine's load hits both alike.
  const anchorRuns: { wall: number; cpu: number }[] = [];
  const readRuns: { wall: number; cpu: number }[] = [];
  for (let pair = 0; pair < 7; pair += 1) {
    anchorRuns.push(
      await timedWithCpu(() => {
        const parsed = Papa.parse<unknown>(new TextDecoder().decode(bytes), { delimiter: ';' });
        if (parsed.data.length < ROWS) throw new Error('papaparse read too few rows');
      }),
    );
    readRuns.push(
      await timedWithCpu(async () => {
        const results = await workerRead(chosen, ctx);
        if (results !== ROWS) throw new Error(`read ${results} results, not ${ROWS}`);
      }),
    );
  }
  const anchor = median(anchorRuns.map((run) => run.wall));
  const read = median(readRuns.map((run) => run.wall));
  const [anchorCpu, readCpu] = [median(anchorRuns.map((run) => run.cpu)), median(readRuns.map((run) => run.cpu))];
  const whole = await timed(() => {
    const result = csvColumnsReader.read(file, [], ctx);
    if (!result.ok || result.results.length !== ROWS) throw new Error('whole reader failed');
  });
  const source: Source = fakeSource({
    id: sourceId('toetsen'),
    kind: 'csv',
    name: 'Toetsen',
    endpoint: fileEndpoint('csv-columns'),
    createdAt: NOW.toISOString(),
  });
  // One run: fake-indexeddb alone takes seconds here.
  const imported = await timed(async () => {
    const db = new LeerzichtDb(`bench-import-${crypto.randomUUID()}`);
    await saveSource(db, source);
    const summary = await importFiles({ db, adapterFor, defaultMappingFor, now: () => NOW }, source, [chosen], new AbortController().signal, {
      columns: COLUMNS,
    });
    if (summary.added !== ROWS) throw new Error(`stored ${summary.added}`);
    db.close();
  }, 1);
  const load = loadavg().map((value) => Number(value.toFixed(2)));
  const megabytes = (bytes.length / 1e6).toFixed(1);
  const line = (figure: string, ours: number, cpu: Record<string, number> = {}) =>
    console.log(
      JSON.stringify({
        figure,
        ours_ms: Math.round(ours),
        anchor: `papaparse alone (decode + Papa.parse, ${megabytes} MB)`,
        anchor_ms: Math.round(anchor),
        ratio: Number((ours / anchor).toFixed(2)),
        ...cpu,
        load,
      }),
    );
  line(`CSV read + check + map in the file worker, its open + next from the File (${ROWS.toLocaleString('en')} rows)`, read, {
    ours_cpu_ms: Math.round(readCpu),
    anchor_cpu_ms: Math.round(anchorCpu),
    cpu_ratio: Number((readCpu / anchorCpu).toFixed(2)),
  });
  line(`CSV import including storing, importFiles into fake-indexeddb (${ROWS.toLocaleString('en')} rows)`, imported);
  line(`CSV whole-file reader as the main thread ran it before, csvColumnsReader.read (${ROWS.toLocaleString('en')} rows)`, whole);
}

bench('CSV import against papaparse alone', measure, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });

const PUPILS = 2_000;
const PER_PUPIL = 10;

async function measureXml() {
  const bytes = new TextEncoder().encode(uwlrExport(PUPILS, PER_PUPIL));
  const chosen = await chosenFile(bytes, 'lvs.xml');
  const ctx: FileReadContext = { source: sourceId('lvs'), mapping: {}, now: NOW.toISOString(), resolveSloIds: () => [] };
  const anchorRuns: number[] = [];
  const readRuns: number[] = [];
  for (let pair = 0; pair < 5; pair += 1) {
    anchorRuns.push(
      await timed(() => {
        const document = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'application/xml');
        if (document.getElementsByTagName('resultaat').length !== PUPILS * PER_PUPIL) throw new Error('xmldom read too few resultaten');
      }, 1),
    );
    readRuns.push(
      await timed(async () => {
        const results = await workerRead(chosen, ctx, 'uwlr');
        if (results !== PUPILS * PER_PUPIL) throw new Error(`read ${results} results, not ${PUPILS * PER_PUPIL}`);
      }, 1),
    );
  }
  const anchor = median(anchorRuns);
  const read = median(readRuns);
  console.log(
    JSON.stringify({
      figure: `UWLR XML read + check + map in the file worker, its open + next from the File (${(PUPILS * PER_PUPIL).toLocaleString('en')} results)`,
      ours_ms: Math.round(read),
      anchor: `plain parse of the same bytes (decode + xmldom DOMParser, ${(bytes.length / 1e6).toFixed(1)} MB)`,
      anchor_ms: Math.round(anchor),
      ratio: Number((read / anchor).toFixed(2)),
      load: loadavg().map((value) => Number(value.toFixed(2))),
    }),
  );
}

bench('UWLR XML import against a plain parse', measureXml, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
