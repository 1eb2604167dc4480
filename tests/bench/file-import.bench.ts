/**
 * A supplier's CSV export of 100,000 rows (issue 13 item 12, issue 12 goal 3; decision 023), against
 * papaparse parsing the same bytes alone (TextDecoder + Papa.parse, no mapping). Three figures:
 * - the file worker's own work: `readBatches` (src/adapters/files/file-batches.ts), which
 *   `file-read.api.ts` runs in the worker for every import: encoding check, streamed decode, papaparse's
 *   chunk parser, every row checked and mapped, batches of 2,000;
 * - the whole import as the app runs it, `importFiles` (src/ingest/file-import.ts, what the Bronnen
 *   re-import and the wizard's save call): the read above plus syncSource storing each batch
 *   in IndexedDB (fake-indexeddb in Node, far slower than a browser's IndexedDB);
 * - for comparison, the whole-file reader the main thread ran before (`csvColumnsReader.read`).
 * Prints one JSON line per figure: {"figure","ours_ms","anchor","anchor_ms","ratio","load"} (medians of 5 alternating runs for the read and its anchor, of 3 for the whole-file reader, one import).
 */
import { loadavg } from 'node:os';
import Papa from 'papaparse';
import { bench } from 'vitest';
import { csvColumnsReader } from '@/adapters/csv/csv.reader';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { readBatches } from '@/adapters/files/file-batches';
import { adapterFor, defaultMappingFor } from '@/adapters/registry';
import { goalId, sourceId } from '@/domain/ids';
import type { Source } from '@/domain/source';
import { importFiles } from '@/ingest/file-import';
import { LeerzichtDb } from '@/store/db';
import { fileEndpoint } from '@/store/file-endpoint';
import { saveSource } from '@/store/sources.repo';
import { median, timed } from './support/timing';
import { fakeSource } from '../support/fake-adapter';

const ROWS = 100_000;
const NOW = new Date('2026-03-05T12:00:00.000Z');
const COLUMNS = { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Behaalde punten', max: 'Maximum', workForm: 'Werkvorm' };

/** 100,000 rows as a supplier exports them: Dutch dates (Amsterdam time), decimal commas, 35 pupils, 80 codes. */
function exportBytes(): Uint8Array {
  const lines = ['Leerling;Datum;Opdracht;Behaalde punten;Maximum;Werkvorm'];
  for (let n = 0; n < ROWS; n += 1) {
    const pupil = `ps-${(0x3f9a2c71 + (n % 35)).toString(16)}d04e8b65`;
    const day = String(1 + (n % 28)).padStart(2, '0');
    lines.push(
      `${pupil};${day}-02-2026 ${String(8 + (n % 8)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')};REKENEN-${n % 80};${n % 10},5;10;toets`,
    );
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

async function measure() {
  const bytes = exportBytes();
  const file: ExportFile = { name: 'export.csv', bytes };
  const ctx: FileReadContext = {
    source: sourceId('toetsen'),
    mapping: { 'REKENEN-1': [goalId('rekenen.getallen.1f')] },
    now: NOW.toISOString(),
    resolveSloIds: () => [],
    options: { columns: COLUMNS },
  };
  // The anchor and the worker's read alternate (5 pairs), so a change in the machine's load hits both alike.
  const anchorRuns: number[] = [];
  const readRuns: number[] = [];
  for (let pair = 0; pair < 5; pair += 1) {
    anchorRuns.push(
      await timed(() => {
        const parsed = Papa.parse<unknown>(new TextDecoder().decode(bytes), { delimiter: ';' });
        if (parsed.data.length < ROWS) throw new Error('papaparse read too few rows');
      }, 1),
    );
    readRuns.push(
      await timed(async () => {
        let results = 0;
        for await (const batch of readBatches(csvColumnsReader, [file], ctx)) results += batch.results.length;
        if (results !== ROWS) throw new Error(`read ${results} results, not ${ROWS}`);
      }, 1),
    );
  }
  const anchor = median(anchorRuns);
  const read = median(readRuns);
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
    const summary = await importFiles({ db, adapterFor, defaultMappingFor, now: () => NOW }, source, [file], new AbortController().signal, {
      columns: COLUMNS,
    });
    if (summary.added !== ROWS) throw new Error(`stored ${summary.added}`);
    db.close();
  }, 1);
  const load = loadavg().map((value) => Number(value.toFixed(2)));
  const megabytes = (bytes.length / 1e6).toFixed(1);
  const line = (figure: string, ours: number) =>
    console.log(
      JSON.stringify({
        figure,
        ours_ms: Math.round(ours),
        anchor: `papaparse alone (decode + Papa.parse, ${megabytes} MB)`,
        anchor_ms: Math.round(anchor),
        ratio: Number((ours / anchor).toFixed(2)),
        load,
      }),
    );
  line(`CSV read + check + map in the file worker, readBatches (${ROWS.toLocaleString('en')} rows)`, read);
  line(`CSV import, importFiles into IndexedDB (fake-indexeddb) (${ROWS.toLocaleString('en')} rows)`, imported);
  line(`CSV whole-file reader as the main thread ran it before, csvColumnsReader.read (${ROWS.toLocaleString('en')} rows)`, whole);
}

bench('CSV import against papaparse alone', measure, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
