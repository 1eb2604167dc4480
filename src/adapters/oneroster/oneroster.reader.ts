import type { Rejection, RejectionCode, Result } from '@/domain/model';
import { headOf, textOf, unreadable, type ExportFile, type FileRead, type FileReadContext, type FileReader } from '../files/export-file';
import { csvRowRejection, hasColumns, lineItemRecordOf, readCsvTable, resultRecordOf, LINE_ITEM_COLUMNS, RESULT_COLUMNS, type CsvTable } from './oneroster.csv';
import { countUnknown, linkFileOf, readObjectiveLinks, resultObjectiveSet, unknownReason, type LinkFile, type ObjectiveLinks } from './oneroster.links';
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

function readLineItems(table: CsvTable, ctx: FileReadContext): { items: Map<string, LineItemInfo>; rejections: Rejection[] } {
  const items = new Map<string, LineItemInfo>();
  const rejections: Rejection[] = [];
  for (const { row, cells } of table.rows) {
    const blank = LINE_ITEM_COLUMNS.find((column) => (cells[column.toLowerCase()] ?? '') === '');
    if (blank) {
      rejections.push(csvRowRejection(ctx, 'lineItems.csv', row, cells, 'invalid-record', `kolom ${blank} is leeg`));
      continue;
    }
    const read = toLineItemInfo(lineItemRecordOf(cells));
    if ('info' in read) items.set(read.id, read.info);
    else rejections.push(csvRowRejection(ctx, 'lineItems.csv', row, cells, 'invalid-record', read.reason));
  }
  return { items, rejections };
}

const missingColumns = (table: CsvTable, names: readonly string[], file: string): string | null => {
  const missing = hasColumns(table, names);
  return missing.length > 0 ? `${file}: kolom(men) ${missing.join(', ')} ontbreken in de kopregel` : null;
};

/** The texts of one bulk set: results.csv and lineItems.csv, and the 1.2 link files when present. */
export interface OneRosterCsvTexts {
  readonly results: string;
  readonly lineItems: string;
  readonly links?: Partial<Record<LinkFile, string>>;
}

const idsOf = (table: CsvTable) => new Set(table.rows.map(({ cells }) => cells['sourcedid'] ?? '').filter((id) => id !== ''));
const add = (into: Record<string, number>, from: Readonly<Record<string, number>>) => {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count;
};

/** Line items with the objectives lineItemLearningObjectiveIds.csv links to them. */
function withLinkedObjectives(items: ReadonlyMap<string, LineItemInfo>, links: ObjectiveLinks | undefined): ReadonlyMap<string, LineItemInfo> {
  if (!links || links.byRef.size === 0) return items;
  const merged = new Map(items);
  for (const [id, info] of items) {
    const linked = links.byRef.get(id);
    if (linked) merged.set(id, { ...info, objectiveIds: [...info.objectiveIds, ...linked.map((link) => link.id)] });
  }
  return merged;
}

/** The link files of a set, read; one that cannot be read makes the set unreadable (its goals would silently be missing). */
function readLinks(texts: OneRosterCsvTexts, ctx: FileReadContext): { lineItem?: ObjectiveLinks; result?: ObjectiveLinks } | { unreadable: string } {
  const out: { lineItem?: ObjectiveLinks; result?: ObjectiveLinks } = {};
  for (const [file, text] of Object.entries(texts.links ?? {}) as [LinkFile, string | undefined][]) {
    if (text === undefined) continue;
    const read = readObjectiveLinks(text, file, ctx);
    if ('unreadable' in read) return read;
    out[file === 'lineItemLearningObjectiveIds.csv' ? 'lineItem' : 'result'] = read;
  }
  return out;
}

/** results.csv + lineItems.csv (+ link files) as text -> what they map to. Never throws. */
export function readOneRosterCsvSet(texts: OneRosterCsvTexts, ctx: FileReadContext): FileRead {
  try {
    const lineTable = readCsvTable(texts.lineItems);
    const resultTable = readCsvTable(texts.results);
    const missing = missingColumns(lineTable, LINE_ITEM_COLUMNS, 'lineItems.csv') ?? missingColumns(resultTable, RESULT_COLUMNS, 'results.csv');
    if (missing) return unreadable(missing);
    const links = readLinks(texts, ctx);
    if ('unreadable' in links) return unreadable(links.unreadable);
    const lineItems = readLineItems(lineTable, ctx);
    const rejections: Rejection[] = [...lineItems.rejections, ...(links.lineItem?.rejections ?? []), ...(links.result?.rejections ?? [])];
    const results: Result[] = [];
    const voids: string[] = [];
    const skipped: Record<string, number> = {};
    for (const linkSet of [links.lineItem, links.result]) {
      if (!linkSet) continue;
      add(skipped, linkSet.skipped);
      const unknown = countUnknown(linkSet, idsOf(linkSet === links.lineItem ? lineTable : resultTable));
      if (unknown > 0) add(skipped, { [unknownReason(linkSet.file)]: unknown });
    }
    const seen = new Set<string>();
    const context = { source: ctx.source, mapping: ctx.mapping, now: ctx.now, resolveSloIds: ctx.resolveSloIds, lineItems: withLinkedObjectives(lineItems.items, links.lineItem) };
    for (const { row, cells } of resultTable.rows) {
      const blank = RESULT_COLUMNS.filter((column) => column !== 'score').find((column) => (cells[column.toLowerCase()] ?? '') === '');
      if (blank) {
        rejections.push(csvRowRejection(ctx, 'results.csv', row, cells, BLANK_CODE[blank] ?? 'invalid-record', `kolom ${blank} is leeg`));
        continue;
      }
      const linked = links.result?.byRef.get(cells['sourcedid'] ?? '');
      const record = resultRecordOf(cells);
      const outcome = oneRosterToResult(linked ? { ...record, learningObjectiveSet: [...((record['learningObjectiveSet'] as unknown[] | undefined) ?? []), ...resultObjectiveSet(linked)].slice(0, 50) } : record, context);
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
    const links: Partial<Record<LinkFile, string>> = {};
    for (const companion of companions) {
      const kind = linkFileOf(companion);
      if (kind && links[kind] === undefined) links[kind] = textOf(companion);
    }
    return readOneRosterCsvSet({ results: textOf(file), lineItems: textOf(lineItems), links }, ctx);
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

/** Skip reason of a link file read alone: its links give no result without the set. */
export const linksAloneReason = (file: LinkFile) => `${file}: leerdoelkoppeling (geen resultaat; telt mee naast results.csv en lineItems.csv)`;

/**
 * lineItemLearningObjectiveIds.csv or resultLearningObjectiveIds.csv alone: checks the rows
 * (rejections with reasons) and counts the links; gives no results. With lineItems.csv (or
 * results.csv) among the companions, links to records those lack are counted as well.
 */
export const oneRosterObjectiveLinksReader: FileReader = {
  kind: 'oneroster-objective-links',
  sourceKind: 'oneroster',
  detect: (file) => linkFileOf(file) !== null,
  read(file, companions, ctx) {
    const kind = linkFileOf(file);
    if (!kind) return unreadable('geen lineItemLearningObjectiveIds.csv of resultLearningObjectiveIds.csv: kolommen lineItemSourcedId/resultSourcedId, source en learningObjectiveId ontbreken');
    const links = readObjectiveLinks(textOf(file), kind, ctx);
    if ('unreadable' in links) return unreadable(links.unreadable);
    const skipped: Record<string, number> = { ...links.skipped };
    const linked = [...links.byRef.values()].reduce((sum, list) => sum + list.length, 0);
    const targets = companions.find(kind === 'lineItemLearningObjectiveIds.csv' ? isLineItemsCsv : isResultsCsv);
    const unknown = targets ? countUnknown(links, idsOf(readCsvTable(textOf(targets)))) : 0;
    if (unknown > 0) skipped[unknownReason(kind)] = unknown;
    if (linked - unknown > 0) skipped[linksAloneReason(kind)] = linked - unknown;
    return { ok: true, results: [], rejections: links.rejections, skipped, voids: [] };
  },
};
