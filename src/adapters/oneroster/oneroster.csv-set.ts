import type { Rejection, RejectionCode } from '@/domain/model';
import { unreadable, type FileRead, type FileReadContext } from '../files/export-file';
import {
  csvRowRejection,
  lineItemRecordOf,
  missingColumns,
  cellsOf,
  readCsvTable,
  resultRecordReader,
  LINE_ITEM_COLUMNS,
  RESULT_COLUMNS,
  type CsvTable,
} from './oneroster.csv';
import { countUnknown, readObjectiveLinks, resultObjectiveSet, unknownReason, type LinkFile, type ObjectiveLinks } from './oneroster.links';
import { addOutcome, oneRosterToResult, toLineItemInfo, type LineItemInfo, type LineItemShares, type OneRosterMapped } from './oneroster.mapper';
import { readScaleFiles, unknownScaleLinks, type ScaleFile, type ScaleLinkFile, type ScaleRows } from './oneroster.scale-files';
import type { ScoreScaleInfo } from './oneroster.scales';

/** One bulk set as text: results.csv and lineItems.csv, with the 1.2 link and score-scale files when present. */
export interface OneRosterCsvTexts {
  readonly results: string;
  readonly lineItems: string;
  readonly links?: Partial<Record<LinkFile, string>>;
  readonly scales?: Partial<Record<ScaleFile, string>>;
}

/** The results.csv columns a row must fill (a blank score may be fine: a textScore on a scale). */
const FILLED_RESULT_COLUMNS = RESULT_COLUMNS.filter((column) => column !== 'score');
const BLANK_CODE: Readonly<Record<string, RejectionCode>> = { studentSourcedId: 'missing-pupil', scoreDate: 'invalid-time', score: 'invalid-score' };

/**
 * lineItems.csv rows -> line items. sourcedId must be filled; the range may be blank when
 * lineItemScoreScales.csv gives the line item a score scale (`scaleOf`) that `scales` holds.
 */
export function readLineItems(
  table: CsvTable,
  ctx: FileReadContext,
  scales: ReadonlyMap<string, ScoreScaleInfo> = new Map(),
  scaleOf: ReadonlyMap<string, string> = new Map(),
): { items: Map<string, LineItemInfo>; rejections: Rejection[] } {
  const items = new Map<string, LineItemInfo>();
  const rejections: Rejection[] = [];
  for (const { row, cells } of table.rows) {
    const id = cells['sourcedid'] ?? '';
    const scaleId = scaleOf.get(id);
    const blank = LINE_ITEM_COLUMNS.find((column) => (cells[column.toLowerCase()] ?? '') === '');
    if (blank === 'sourcedId' || (blank && scaleId === undefined)) {
      const why =
        blank === 'sourcedId'
          ? ''
          : ' en de lineItem heeft geen scoreScale (vul resultValueMin en resultValueMax, of koppel een schaal in lineItemScoreScales.csv)';
      rejections.push(csvRowRejection(ctx, 'lineItems.csv', row, cells, 'invalid-record', `kolom ${blank} is leeg${why}`));
      continue;
    }
    const read = toLineItemInfo({ ...lineItemRecordOf(cells), ...(scaleId !== undefined ? { scoreScale: { sourcedId: scaleId } } : {}) }, scales);
    if ('info' in read) items.set(read.id, read.info);
    else rejections.push(csvRowRejection(ctx, 'lineItems.csv', row, cells, 'invalid-record', read.reason));
  }
  return { items, rejections };
}

export const idsOf = (table: CsvTable) => new Set(table.rows.map(({ cells }) => cells['sourcedid'] ?? '').filter((id) => id !== ''));
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

/**
 * A score-scale link file's skips, and its links to records the set lacks (counted, as with objective
 * links); the table's ids are gathered only when there is such a file.
 */
function scaleLinkSkips(links: ScaleRows<string> | undefined, file: ScaleLinkFile, table: CsvTable, skipped: Record<string, number>): void {
  if (!links) return;
  add(skipped, links.skipped);
  const unknown = unknownScaleLinks(links, file, idsOf(table));
  if (unknown.count > 0) add(skipped, { [unknown.reason]: unknown.count });
}

/** results.csv + lineItems.csv (+ link and score-scale files) as text -> what they map to. Never throws. */
export function readOneRosterCsvSet(texts: OneRosterCsvTexts, ctx: FileReadContext): FileRead {
  try {
    const lineTable = readCsvTable(texts.lineItems);
    const resultTable = readCsvTable(texts.results);
    const missing = missingColumns(lineTable, LINE_ITEM_COLUMNS, 'lineItems.csv') ?? missingColumns(resultTable, RESULT_COLUMNS, 'results.csv');
    if (missing) return unreadable(missing);
    const links = readLinks(texts, ctx);
    if ('unreadable' in links) return unreadable(links.unreadable);
    const scaleFiles = readScaleFiles(texts.scales ?? {}, ctx);
    if ('unreadable' in scaleFiles) return unreadable(scaleFiles.unreadable);
    const scales = scaleFiles.scales?.byId ?? new Map<string, ScoreScaleInfo>();
    const lineItems = readLineItems(lineTable, ctx, scales, scaleFiles.lineItem?.byId);
    const out: OneRosterMapped = { results: [], rejections: [...lineItems.rejections], voids: [], skipped: {} };
    for (const read of [links.lineItem, links.result, scaleFiles.scales, scaleFiles.lineItem, scaleFiles.result])
      out.rejections.push(...(read?.rejections ?? []));
    for (const linkSet of [links.lineItem, links.result]) {
      if (!linkSet) continue;
      add(out.skipped, linkSet.skipped);
      const unknown = countUnknown(linkSet, idsOf(linkSet === links.lineItem ? lineTable : resultTable));
      if (unknown > 0) add(out.skipped, { [unknownReason(linkSet.file)]: unknown });
    }
    add(out.skipped, scaleFiles.scales?.skipped ?? {});
    scaleLinkSkips(scaleFiles.lineItem, 'lineItemScoreScales.csv', lineTable, out.skipped);
    scaleLinkSkips(scaleFiles.result, 'resultScoreScales.csv', resultTable, out.skipped);
    const seen = new Set<string>();
    // A line item's goals and score rule are worked out once for the file, not once per row.
    const shares: LineItemShares = new Map();
    const context = {
      source: ctx.source,
      mapping: ctx.mapping,
      now: ctx.now,
      resolveSloIds: ctx.resolveSloIds,
      lineItems: withLinkedObjectives(lineItems.items, links.lineItem),
      scales,
    };
    // Each row is read from papaparse's cells into the REST shape (its record of cells is made only for a rejection).
    const recordOf = resultRecordReader(resultTable);
    const filled = FILLED_RESULT_COLUMNS.map((column) => ({ column, at: resultTable.columns.get(column.toLowerCase()) ?? -1 }));
    for (const { line: row, cells } of resultTable.lines) {
      const blank = filled.find(({ at }) => at < 0 || (cells[at] ?? '').trim() === '')?.column;
      if (blank) {
        const record = cellsOf(resultTable.columns, cells);
        out.rejections.push(csvRowRejection(ctx, 'results.csv', row, record, BLANK_CODE[blank] ?? 'invalid-record', `kolom ${blank} is leeg`));
        continue;
      }
      const record = recordOf(cells);
      const id = record['sourcedId'] as string;
      const linked = links.result?.byRef.get(id);
      const scaleId = scaleFiles.result?.byId.get(id);
      const objectives = linked
        ? { learningObjectiveSet: [...((record['learningObjectiveSet'] as unknown[] | undefined) ?? []), ...resultObjectiveSet(linked)].slice(0, 50) }
        : {};
      const outcome = oneRosterToResult(
        linked || scaleId !== undefined
          ? { ...record, ...objectives, ...(scaleId !== undefined ? { scoreScale: { sourcedId: scaleId } } : {}) }
          : record,
        context,
        shares,
      );
      if ('rejection' in outcome)
        out.rejections.push({ ...outcome.rejection, detail: `results.csv rij ${row}: ${outcome.rejection.detail}`.slice(0, 300) });
      else addOutcome(out, outcome, seen);
    }
    return { ok: true, results: out.results, rejections: out.rejections, skipped: out.skipped, voids: out.voids };
  } catch (error) {
    return unreadable(`onleesbaar CSV-bestand (${error instanceof Error ? error.name : typeof error})`);
  }
}
