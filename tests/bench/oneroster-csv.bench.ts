/**
 * A OneRoster bulk export read from files (issue 12 goal 2: CSV readers at <= 3x papaparse alone):
 * results.csv with its lineItems.csv, about 100,000 results (the demo gradebook's, with its few
 * broken ones, repeated with distinct ids), through the reader the file worker runs for this form
 * (`readerOfKind('oneroster-results').read`, as readBatches calls it: results.csv is read whole,
 * decision 017), against papaparse alone on the same bytes (TextDecoder + Papa.parse of both files,
 * no checks, no mapping). Prints one JSON line: {"figure","ours_ms","anchor","anchor_ms","ratio","load"}
 * (medians of 7 alternating runs in this process's CPU time; wall-time ratio beside it).
 */
import { loadavg } from 'node:os';
import Papa from 'papaparse';
import { bench } from 'vitest';
import type { FileReadContext } from '@/adapters/files/export-file';
import { readerOfKind } from '@/adapters/files/readers';
import { sourceId } from '@/domain/ids';
import { DEMO_TODAY } from '../../mocks/demo-school/calendar';
import { oneRosterGradebook, type OneRosterJson } from '../../mocks/suppliers/oneroster/oneroster.generator';
import { ONEROSTER_DEMO_MAPPING } from '../../mocks/suppliers/oneroster/oneroster.mapping';
import { median } from './support/timing';

const ROWS = 100_000;

const cell = (value: unknown) => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const idOf = (value: unknown) => String((value as { sourcedId?: unknown } | undefined)?.sourcedId ?? '');
const objectives = (record: OneRosterJson) =>
  ((record['learningObjectiveSet'] as { learningObjectiveIds: string[] }[] | undefined) ?? []).flatMap((set) => set.learningObjectiveIds).join(' ');

/** lineItems.csv and results.csv of the demo gradebook as a OneRoster 1.1 bulk export, results repeated with distinct ids up to ROWS. */
function exportFiles(): { results: Uint8Array; lineItems: Uint8Array } {
  const { lineItems, results } = oneRosterGradebook();
  const items = [
    'sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,gradingPeriodSourcedId,resultValueMin,resultValueMax,learningObjectiveIds',
    ...lineItems.map((item) =>
      [
        item['sourcedId'],
        item['status'],
        item['dateLastModified'],
        item['title'],
        '',
        item['assignDate'],
        item['dueDate'],
        idOf(item['class']),
        idOf(item['category']),
        '',
        item['resultValueMin'],
        item['resultValueMax'],
        objectives(item),
      ]
        .map(cell)
        .join(','),
    ),
  ];
  const rows = ['sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment'];
  for (let n = 0; n < ROWS; n += 1) {
    const result = results[n % results.length] as OneRosterJson;
    const round = Math.floor(n / results.length);
    rows.push(
      [
        round === 0 ? result['sourcedId'] : `${String(result['sourcedId'])}-r${round}`,
        result['status'],
        result['dateLastModified'],
        idOf(result['lineItem']),
        idOf(result['student']),
        result['scoreStatus'],
        result['score'],
        result['scoreDate'],
        '',
      ]
        .map(cell)
        .join(','),
    );
  }
  const encoder = new TextEncoder();
  return { results: encoder.encode(rows.join('\r\n')), lineItems: encoder.encode(items.join('\r\n')) };
}

function cpuOf(work: () => void): { cpu: number; wall: number } {
  const start = performance.now();
  const used = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(used);
  return { cpu: (user + system) / 1000, wall: performance.now() - start };
}

function measure(): void {
  const files = exportFiles();
  const reader = readerOfKind('oneroster-results');
  if (reader === null) throw new Error('no OneRoster results reader');
  const ctx: FileReadContext = { source: sourceId('oneroster-file'), mapping: ONEROSTER_DEMO_MAPPING, now: DEMO_TODAY, resolveSloIds: () => [] };
  const main = { name: 'results.csv', bytes: files.results };
  const companions = [{ name: 'lineItems.csv', bytes: files.lineItems }];
  let counted = 0;
  const ours = () => {
    const read = reader.read(main, companions, ctx);
    if (!read.ok) throw new Error(read.detail);
    counted = read.results.length + read.rejections.length + Object.values(read.skipped).reduce((sum, count) => sum + count, 0) + read.voids.length;
  };
  const anchor = () => {
    const decoder = new TextDecoder();
    const rows = Papa.parse<unknown>(decoder.decode(files.results), { delimiter: ',' }).data.length;
    Papa.parse<unknown>(decoder.decode(files.lineItems), { delimiter: ',' });
    if (rows < ROWS) throw new Error('papaparse read too few rows');
  };
  ours();
  if (counted < ROWS * 0.99) throw new Error(`only ${counted} of ${ROWS} rows accounted for`);
  const anchorRuns: { cpu: number; wall: number }[] = [];
  const ourRuns: { cpu: number; wall: number }[] = [];
  for (let pair = 0; pair < 7; pair += 1) {
    anchorRuns.push(cpuOf(anchor));
    ourRuns.push(cpuOf(ours));
  }
  const cpu = (runs: { cpu: number }[]) => median(runs.map((run) => run.cpu));
  const wall = (runs: { wall: number }[]) => median(runs.map((run) => run.wall));
  const read = reader.read(main, companions, ctx);
  const detail = read.ok ? `${read.results.length} results, ${read.rejections.length} rejections` : read.detail;
  console.log(
    JSON.stringify({
      figure: `OneRoster results.csv + lineItems.csv: the file reader (oneroster-results) on ${ROWS} rows (${detail})`,
      ours_ms: Math.round(cpu(ourRuns)),
      anchor: `papaparse alone (decode + Papa.parse of both files, ${((files.results.length + files.lineItems.length) / 1e6).toFixed(1)} MB)`,
      anchor_ms: Math.round(cpu(anchorRuns)),
      ratio: Number((cpu(ourRuns) / cpu(anchorRuns)).toFixed(2)),
      wall_ratio: Number((wall(ourRuns) / wall(anchorRuns)).toFixed(2)),
      load: loadavg().map((value) => Number(value.toFixed(2))),
    }),
  );
}

// Measured once: the bench runner may call a task more than once; the figure is the median inside.
let measured = false;
bench(
  'OneRoster CSV files against papaparse alone',
  () => {
    if (measured) return;
    measured = true;
    measure();
  },
  { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
);
