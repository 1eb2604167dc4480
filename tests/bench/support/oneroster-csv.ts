/**
 * The OneRoster CSV bench's files and measurement (tests/bench/oneroster-csv.bench.ts), shared by
 * the built program (oneroster-csv.run.ts) and the in-process run under vitest's module runner.
 */
import { loadavg } from 'node:os';
import Papa from 'papaparse';
import type { FileReadContext, FileReader } from '@/adapters/files/export-file';
import { sourceId } from '@/domain/ids';
import { DEMO_TODAY } from '../../../mocks/demo-school/calendar';
import { oneRosterGradebook, type OneRosterJson } from '../../../mocks/suppliers/oneroster/oneroster.generator';
import { ONEROSTER_DEMO_MAPPING } from '../../../mocks/suppliers/oneroster/oneroster.mapping';
import { median } from './timing';

export const ROWS = 100_000;
export const FIGURE = 'OneRoster results.csv + lineItems.csv: the file reader (oneroster-results)';

const cell = (value: unknown) => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const idOf = (value: unknown) => String((value as { sourcedId?: unknown } | undefined)?.sourcedId ?? '');
const objectives = (record: OneRosterJson) =>
  ((record['learningObjectiveSet'] as { learningObjectiveIds: string[] }[] | undefined) ?? []).flatMap((set) => set.learningObjectiveIds).join(' ');

/** lineItems.csv and results.csv of the demo gradebook as a OneRoster 1.1 bulk export, results repeated with distinct ids up to ROWS. */
export function oneRosterExportFiles(): { results: Uint8Array; lineItems: Uint8Array } {
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

/** One reader's run on the files: what it accounted for (results, rejections, skips, voids), or throws when unreadable. */
function runOf(reader: FileReader, files: { results: Uint8Array; lineItems: Uint8Array }): () => { counted: number; detail: string } {
  const ctx: FileReadContext = { source: sourceId('oneroster-file'), mapping: ONEROSTER_DEMO_MAPPING, now: DEMO_TODAY, resolveSloIds: () => [] };
  const main = { name: 'results.csv', bytes: files.results };
  const companions = [{ name: 'lineItems.csv', bytes: files.lineItems }];
  return () => {
    const read = reader.read(main, companions, ctx);
    if (!read.ok) throw new Error(read.detail);
    const skipped = Object.values(read.skipped).reduce((sum, count) => sum + count, 0);
    return {
      counted: read.results.length + read.rejections.length + skipped + read.voids.length,
      detail: `${read.results.length} results, ${read.rejections.length} rejections`,
    };
  };
}

/**
 * Each reader (by label) against decode + Papa.parse of both files, alternating, `runs` times; prints
 * one JSON line per reader: CPU medians of this process, the wall-time ratio beside it.
 */
export function compareWithPapaparse(figure: string, readers: Readonly<Record<string, FileReader>>, runs = 7): void {
  const files = oneRosterExportFiles();
  const anchor = () => {
    const decoder = new TextDecoder();
    const rows = Papa.parse<unknown>(decoder.decode(files.results), { delimiter: ',' }).data.length;
    Papa.parse<unknown>(decoder.decode(files.lineItems), { delimiter: ',' });
    if (rows < ROWS) throw new Error('papaparse read too few rows');
  };
  const ours = Object.entries(readers).map(([label, reader]) => ({ label, run: runOf(reader, files), took: [] as { cpu: number; wall: number }[] }));
  let detail = '';
  for (const one of ours) {
    const first = one.run();
    if (first.counted < ROWS * 0.99) throw new Error(`${one.label}: only ${first.counted} of ${ROWS} rows accounted for`);
    detail = first.detail;
  }
  const anchorRuns: { cpu: number; wall: number }[] = [];
  for (let pair = 0; pair < runs; pair += 1) {
    anchorRuns.push(cpuOf(anchor));
    for (const one of ours) one.took.push(cpuOf(() => void one.run()));
  }
  const cpu = (took: { cpu: number }[]) => median(took.map((run) => run.cpu));
  const wall = (took: { wall: number }[]) => median(took.map((run) => run.wall));
  const load = loadavg().map((value) => Number(value.toFixed(2)));
  for (const one of ours)
    console.log(
      JSON.stringify({
        figure: `${figure} on ${ROWS} rows (${detail})${one.label ? ` ${one.label}` : ''}`,
        ours_ms: Math.round(cpu(one.took)),
        anchor: `papaparse alone (decode + Papa.parse of both files, ${((files.results.length + files.lineItems.length) / 1e6).toFixed(1)} MB)`,
        anchor_ms: Math.round(cpu(anchorRuns)),
        ratio: Number((cpu(one.took) / cpu(anchorRuns)).toFixed(2)),
        wall_ratio: Number((wall(one.took) / wall(anchorRuns)).toFixed(2)),
        load,
      }),
    );
}
