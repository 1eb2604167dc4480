/**
 * File import as the store grows (issue 12 goal 3: the 10th file no slower than the 1st by more than
 * 20%; decision 034). Ten CSV exports of 5,000 distinct rows (30 pupils, 50 codes none of which is
 * mapped, as tests/bench/import-scale.mjs sends Chromium) are imported one after the other through
 * the file worker's own path (`createFileStoreApi(...).importFile`, src/ingest/file-store.api.ts, what
 * file-read.worker.ts runs for the Bronnen re-import): read, mapped, and stored by syncSource in
 * batches of 2,000 into IndexedDB (fake-indexeddb), with the tallies per source kept at each write.
 * fake-indexeddb's own time is no measure of a browser's, so the figure that matters is the work:
 * the stored records and index entries the database touched per file (read, visited by a cursor or a
 * count), counted inside fake-indexeddb. A write path that reads what is already stored (a count, a
 * walk, a dedupe by range) makes it grow with every file; one that reads only the rows it writes
 * keeps it flat. Prints {"figure","ours_ms","anchor","anchor_ms","ratio","touched_first","touched_last","touched_ratio","load"}:
 * ours = the 10th file, anchor = the 1st, in the same process.
 */
import { loadavg } from 'node:os';
import { bench } from 'vitest';
// @ts-expect-error -- fake-indexeddb ships no types for its internal record store
import RecordStore from '../../node_modules/fake-indexeddb/build/esm/lib/RecordStore.js';
import { sourceId } from '@/domain/ids';
import { createFileReadApi } from '@/ingest/file-read.api';
import { createFileStoreApi } from '@/ingest/file-store.api';
import { LeerzichtDb } from '@/store/db';
import { fileEndpoint } from '@/store/file-endpoint';
import { saveSource } from '@/store/sources.repo';
import { fakeSource } from '../support/fake-adapter';

const FILES = 10;
const ROWS = 5_000;

/** Records and index entries fake-indexeddb hands out (a get, each step of a range, a cursor or a count). */
const touched = { count: 0 };
const store = (RecordStore as { prototype: Record<string, (...args: unknown[]) => unknown> }).prototype;
const values = store.values as (...args: unknown[]) => Iterable<unknown>;
store.values = function (this: unknown, ...args: unknown[]) {
  const inner = values.apply(this, args);
  return {
    [Symbol.iterator]: () => {
      const steps = inner[Symbol.iterator]();
      return {
        next: () => {
          const step = steps.next();
          if (!step.done) touched.count += 1;
          return step;
        },
      };
    },
  };
};
const get = store.get as (...args: unknown[]) => unknown;
store.get = function (this: unknown, ...args: unknown[]) {
  touched.count += 1;
  return get.apply(this, args);
};

const NOW = '2026-03-05T12:00:00.000Z';
const START = Date.UTC(2026, 1, 2, 7, 0);
const PUPILS = Array.from({ length: 30 }, (_, n) => `https://ketenid.nl/201703/${n.toString(16).padStart(2, '0').repeat(64)}`);
const COLUMNS = { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Score', max: 'Maximum' };
const two = (n: number) => String(n).padStart(2, '0');

/** Rows from..from+rows: pupil n % 30, each pupil one result a minute (the rows import-scale.mjs writes). */
function exportOf(rows: number, from: number) {
  const lines = ['Leerling;Datum;Opdracht;Score;Maximum'];
  for (let n = from; n < from + rows; n += 1) {
    const at = new Date(START + Math.floor(n / 30) * 60_000);
    const when = `${two(at.getUTCDate())}-${two(at.getUTCMonth() + 1)}-${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
    lines.push(`${PUPILS[n % 30]};${when};REKENEN-${n % 50};${n % 11};10`);
  }
  const bytes = new TextEncoder().encode(lines.join('\r\n'));
  return { name: 'schaal.csv', bytes, blob: new Blob([bytes]) };
}

async function measure() {
  const source = fakeSource({ id: sourceId('schaal'), kind: 'csv', name: 'Schaal', endpoint: fileEndpoint('csv-columns'), createdAt: NOW });
  const db = new LeerzichtDb(`bench-growth-${crypto.randomUUID()}`);
  await saveSource(db, source);
  const read = createFileReadApi({ resolveSloIds: () => [] });
  const api = createFileStoreApi({ read, dbOf: () => db });
  const files: { ms: number; touched: number }[] = [];
  for (let file = 0; file < FILES; file += 1) {
    const job = { dbName: db.name, source, files: [exportOf(ROWS, file * ROWS)], now: NOW, options: { columns: COLUMNS } };
    touched.count = 0;
    const start = performance.now();
    const outcome = await api.importFile(job);
    if (!outcome.ok || outcome.summary.added !== ROWS) throw new Error(`file ${file + 1} was not stored whole: ${JSON.stringify(outcome)}`);
    files.push({ ms: performance.now() - start, touched: touched.count });
  }
  const first = files[0] as { ms: number; touched: number };
  const last = files[FILES - 1] as { ms: number; touched: number };
  console.log(
    JSON.stringify({
      figure: `file import as the store grows (${FILES} files of ${ROWS.toLocaleString('en')} rows, fake-indexeddb): file ${FILES} against file 1`,
      ours_ms: Math.round(last.ms),
      anchor: 'file 1',
      anchor_ms: Math.round(first.ms),
      ratio: Number((last.ms / first.ms).toFixed(2)),
      touched_first: first.touched,
      touched_last: last.touched,
      touched_ratio: Number((last.touched / first.touched).toFixed(2)),
      load: loadavg().map((value) => Number(value.toFixed(2))),
    }),
  );
  db.close();
}

bench('file import as the store grows', measure, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
