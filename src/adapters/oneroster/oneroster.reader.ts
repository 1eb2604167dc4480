import { headOf, textOf, unreadable, type ExportFile, type FileReader } from '../files/export-file';
import { missingColumns, readCsvTable, LINE_ITEM_COLUMNS } from './oneroster.csv';
import { idsOf, readLineItems, readOneRosterCsvSet } from './oneroster.csv-set';
import { countUnknown, linkFileOf, readObjectiveLinks, unknownReason, type LinkFile } from './oneroster.links';
import { readScaleFiles, scaleFileOf, scalesAloneReason, unknownScaleLinks, type ScaleFile } from './oneroster.scale-files';

export { readOneRosterCsvSet, type OneRosterCsvTexts } from './oneroster.csv-set';

const firstLine = (file: ExportFile) => (headOf(file, 4096).split(/\r?\n/)[0] ?? '').toLowerCase();
const isResultsCsv = (file: ExportFile) =>
  ['lineitemsourcedid', 'studentsourcedid', 'scorestatus'].every((column) => firstLine(file).includes(column));
const isLineItemsCsv = (file: ExportFile) => {
  const line = firstLine(file);
  return line.includes('resultvaluemax') && line.includes('sourcedid') && !line.includes('studentsourcedid');
};

/** Skipped on purpose: a line item carries no result. */
export const LINE_ITEM_SKIP = 'lineItem (geen resultaat)';

/** The 1.2 link and score-scale files among the companions, by their header (whatever their names). */
function companionTexts(companions: readonly ExportFile[]): { links: Partial<Record<LinkFile, string>>; scales: Partial<Record<ScaleFile, string>> } {
  const links: Partial<Record<LinkFile, string>> = {};
  const scales: Partial<Record<ScaleFile, string>> = {};
  for (const companion of companions) {
    const link = linkFileOf(companion);
    if (link && links[link] === undefined) links[link] = textOf(companion);
    const scale = link ? null : scaleFileOf(companion);
    if (scale && scales[scale] === undefined) scales[scale] = textOf(companion);
  }
  return { links, scales };
}

/** results.csv; its lineItems.csv arrives among the companions. */
export const oneRosterResultsReader: FileReader = {
  kind: 'oneroster-results',
  sourceKind: 'oneroster',
  detect: (file) => isResultsCsv(file),
  read(file, companions, ctx) {
    const lineItems = companions.find(isLineItemsCsv);
    if (!lineItems) return unreadable('lineItems.csv ontbreekt: kies results.csv samen met lineItems.csv (of het zip-bestand met beide)');
    return readOneRosterCsvSet({ results: textOf(file), lineItems: textOf(lineItems), ...companionTexts(companions) }, ctx);
  },
};

/** lineItems.csv alone: checks the line items (rejections with reasons; score scales among the companions count); gives no results. */
export const oneRosterLineItemsReader: FileReader = {
  kind: 'oneroster-line-items',
  sourceKind: 'oneroster',
  detect: (file) => isLineItemsCsv(file),
  read(file, companions, ctx) {
    const table = readCsvTable(textOf(file));
    const missing = missingColumns(table, LINE_ITEM_COLUMNS, 'lineItems.csv');
    if (missing) return unreadable(missing);
    const scaleFiles = readScaleFiles(companionTexts(companions).scales, ctx);
    const known = 'unreadable' in scaleFiles ? {} : scaleFiles;
    const { items, rejections } = readLineItems(table, ctx, known.scales?.byId, known.lineItem?.byId);
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
    if (!kind)
      return unreadable(
        'geen lineItemLearningObjectiveIds.csv of resultLearningObjectiveIds.csv: kolommen lineItemSourcedId/resultSourcedId, source en learningObjectiveId ontbreken',
      );
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

/**
 * scoreScales.csv, lineItemScoreScales.csv or resultScoreScales.csv alone: checks the rows
 * (rejections with reasons) and counts the scales or links; gives no results. With lineItems.csv
 * (or results.csv) among the companions, links to records those lack are counted as well.
 */
export const oneRosterScoreScalesReader: FileReader = {
  kind: 'oneroster-score-scales',
  sourceKind: 'oneroster',
  detect: (file) => scaleFileOf(file) !== null,
  read(file, companions, ctx) {
    const kind = scaleFileOf(file);
    if (!kind)
      return unreadable(
        'geen scoreScales.csv, lineItemScoreScales.csv of resultScoreScales.csv: kolommen sourcedId en scoreScaleValue of scoreScaleSourcedId ontbreken',
      );
    const read = readScaleFiles({ [kind]: textOf(file) }, ctx);
    if ('unreadable' in read) return unreadable(read.unreadable);
    const rows = read.scales ?? read.lineItem ?? read.result;
    const skipped: Record<string, number> = { ...rows?.skipped };
    let counted = rows?.byId.size ?? 0;
    const link = kind === 'scoreScales.csv' ? null : kind;
    const targets = link && companions.find(link === 'lineItemScoreScales.csv' ? isLineItemsCsv : isResultsCsv);
    if (link && targets && rows) {
      const unknown = unknownScaleLinks(rows, link, idsOf(readCsvTable(textOf(targets))));
      if (unknown.count > 0) skipped[unknown.reason] = unknown.count;
      counted -= unknown.count;
    }
    if (counted > 0) skipped[scalesAloneReason(kind)] = counted;
    return { ok: true, results: [], rejections: [...(rows?.rejections ?? [])], skipped, voids: [] };
  },
};
