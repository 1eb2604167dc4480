import { unzipSync } from 'fflate';
import type { Rejection, RejectionCode, Result } from '@/domain/model';
import { headOf, textOf, unreadable, type ExportFile, type FileRead, type FileReadContext, type FileReader } from '../files/export-file';
import { fingerprint, rejectionOf } from '../shared/map-helpers';
import { hasColumns, lineItemRecordOf, readCsvTable, resultRecordOf, LINE_ITEM_COLUMNS, RESULT_COLUMNS, type CsvTable } from './oneroster.csv';
import { oneRosterToResult, toLineItemInfo, type LineItemInfo } from './oneroster.mapper';

const firstLine = (file: ExportFile) => (headOf(file, 4096).split(/\r?\n/)[0] ?? '').toLowerCase();
const isResultsCsv = (file: ExportFile) => ['lineitemsourcedid', 'studentsourcedid', 'scorestatus'].every((column) => firstLine(file).includes(column));
const isLineItemsCsv = (file: ExportFile) => {
  const line = firstLine(file);
  return line.includes('resultvaluemax') && line.includes('sourcedid') && !line.includes('studentsourcedid');
};

const BLANK_CODE: Readonly<Record<string, RejectionCode>> = { studentSourcedId: 'missing-pupil', scoreDate: 'invalid-time', score: 'invalid-score' };
/** Skipped on purpose: a line item carries no result. */
export const LINE_ITEM_SKIP = 'lineItem (geen resultaat)';

function rowRejection(ctx: FileReadContext, file: string, row: number, cells: Readonly<Record<string, string>>, code: RejectionCode, reason: string): Rejection {
  const id = cells['sourcedid'] || null;
  return rejectionOf(ctx.source, `oneroster-${file}-${id ?? fingerprint(Object.values(cells).join('\u001f'))}`, code, `${file} rij ${row}: ${reason}`, ctx.now, id ?? `${file} rij ${row}`);
}

function readLineItems(table: CsvTable, ctx: FileReadContext): { items: Map<string, LineItemInfo>; rejections: Rejection[] } {
  const items = new Map<string, LineItemInfo>();
  const rejections: Rejection[] = [];
  for (const { row, cells } of table.rows) {
    const blank = LINE_ITEM_COLUMNS.find((column) => (cells[column.toLowerCase()] ?? '') === '');
    if (blank) {
      rejections.push(rowRejection(ctx, 'lineItems.csv', row, cells, 'invalid-record', `kolom ${blank} is leeg`));
      continue;
    }
    const read = toLineItemInfo(lineItemRecordOf(cells));
    if ('info' in read) items.set(read.id, read.info);
    else rejections.push(rowRejection(ctx, 'lineItems.csv', row, cells, 'invalid-record', read.reason));
  }
  return { items, rejections };
}

const missingColumns = (table: CsvTable, names: readonly string[], file: string): string | null => {
  const missing = hasColumns(table, names);
  return missing.length > 0 ? `${file}: kolom(men) ${missing.join(', ')} ontbreken in de kopregel` : null;
};

/** results.csv + lineItems.csv as text -> what they map to. Never throws. */
export function readOneRosterCsvSet(resultsText: string, lineItemsText: string, ctx: FileReadContext): FileRead {
  try {
    const lineTable = readCsvTable(lineItemsText);
    const resultTable = readCsvTable(resultsText);
    const missing = missingColumns(lineTable, LINE_ITEM_COLUMNS, 'lineItems.csv') ?? missingColumns(resultTable, RESULT_COLUMNS, 'results.csv');
    if (missing) return unreadable(missing);
    const lineItems = readLineItems(lineTable, ctx);
    const rejections: Rejection[] = [...lineItems.rejections];
    const results: Result[] = [];
    const voids: string[] = [];
    const skipped: Record<string, number> = {};
    const seen = new Set<string>();
    const context = { source: ctx.source, mapping: ctx.mapping, now: ctx.now, resolveSloIds: ctx.resolveSloIds, lineItems: lineItems.items };
    for (const { row, cells } of resultTable.rows) {
      const blank = RESULT_COLUMNS.filter((column) => column !== 'score').find((column) => (cells[column.toLowerCase()] ?? '') === '');
      if (blank) {
        rejections.push(rowRejection(ctx, 'results.csv', row, cells, BLANK_CODE[blank] ?? 'invalid-record', `kolom ${blank} is leeg`));
        continue;
      }
      const outcome = oneRosterToResult(resultRecordOf(cells), context);
      if ('rejection' in outcome) rejections.push({ ...outcome.rejection, detail: `results.csv rij ${row}: ${outcome.rejection.detail}`.slice(0, 300) });
      else if ('void' in outcome) voids.push(outcome.void);
      else if ('skipped' in outcome) skipped[outcome.skipped] = (skipped[outcome.skipped] ?? 0) + 1;
      else if (!seen.has(outcome.result.id)) {
        seen.add(outcome.result.id);
        results.push(outcome.result);
      }
    }
    return { ok: true, results, rejections, skipped, voids };
  } catch (error) {
    return unreadable(`onleesbaar CSV-bestand (${error instanceof Error ? error.name : typeof error})`);
  }
}

/** results.csv; its lineItems.csv arrives among the companions. */
export const oneRosterResultsReader: FileReader = {
  kind: 'oneroster-results',
  sourceKind: 'oneroster',
  detect: (file) => isResultsCsv(file),
  read(file, companions, ctx) {
    const lineItems = companions.find(isLineItemsCsv);
    if (!lineItems) return unreadable('lineItems.csv ontbreekt: kies results.csv samen met lineItems.csv (of het zip-bestand met beide)');
    return readOneRosterCsvSet(textOf(file), textOf(lineItems), ctx);
  },
};

/** lineItems.csv alone: checks the line items (rejections with reasons); gives no results. */
export const oneRosterLineItemsReader: FileReader = {
  kind: 'oneroster-line-items',
  sourceKind: 'oneroster',
  detect: (file) => isLineItemsCsv(file),
  read(file, _companions, ctx) {
    const table = readCsvTable(textOf(file));
    const missing = missingColumns(table, LINE_ITEM_COLUMNS, 'lineItems.csv');
    if (missing) return unreadable(missing);
    const { items, rejections } = readLineItems(table, ctx);
    return { ok: true, results: [], rejections, skipped: items.size > 0 ? { [LINE_ITEM_SKIP]: items.size } : {}, voids: [] };
  },
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
const WANTED = /(?:^|\/)(results|lineitems)\.csv$/i;
const RESULTS_NAME = [...'results.csv'].map((char) => char.charCodeAt(0));

/** Whether the zip's bytes name a results.csv entry (ASCII, case-insensitive), without inflating anything. */
function namesResultsCsv(bytes: Uint8Array): boolean {
  outer: for (let at = 0; at + RESULTS_NAME.length <= bytes.length; at += 1) {
    for (let i = 0; i < RESULTS_NAME.length; i += 1) if (((bytes[at + i] ?? 0) | 0x20) !== ((RESULTS_NAME[i] ?? 0) | 0x20)) continue outer;
    return true;
  }
  return false;
}

/** A .zip holding results.csv and lineItems.csv (in any folder); other entries are ignored. */
export const oneRosterZipReader: FileReader = {
  kind: 'oneroster-zip',
  sourceKind: 'oneroster',
  detect: (file) => ZIP_MAGIC.every((byte, at) => file.bytes[at] === byte) && namesResultsCsv(file.bytes),
  read(file, _companions, ctx) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(file.bytes, { filter: (entry) => WANTED.test(entry.name) && entry.originalSize <= MAX_ENTRY_BYTES });
    } catch {
      return unreadable('geen geldig zip-bestand (beschadigd of afgebroken)');
    }
    const find = (name: string) => Object.entries(entries).find(([path]) => path.toLowerCase().split('/').pop() === name)?.[1];
    const results = find('results.csv');
    const lineItems = find('lineitems.csv');
    if (!results || !lineItems) return unreadable(`het zip-bestand mist ${!results ? 'results.csv' : 'lineItems.csv'} (of het bestand is groter dan 50 MB)`);
    return readOneRosterCsvSet(textOf({ name: 'results.csv', bytes: results }), textOf({ name: 'lineItems.csv', bytes: lineItems }), ctx);
  },
};
