import type { Rejection } from '@/domain/model';
import type { ExportFile, FileReadContext } from '../files/export-file';
import { csvRowRejection, readRequiredTable } from './oneroster.csv';
import { headerCells } from './oneroster.links';
import { scaleValuesOfCell, toScoreScaleInfo, type ScoreScaleInfo } from './oneroster.scales';

/**
 * OneRoster 1.2 CSV binding, score scales:
 *   scoreScales.csv          sourcedId, status, dateLastModified, title, type, orgSourcedId, courseSourcedId, classSourcedId, scoreScaleValue
 *   lineItemScoreScales.csv  sourcedId, status, dateLastModified, title, lineItemSourcedId, scoreScaleSourcedId
 *   resultScoreScales.csv    sourcedId, status, dateLastModified, title, resultSourcedId, scoreScaleSourcedId
 * We need sourcedId and scoreScaleValue of a scale, and the two references of a link row.
 */
export const SCALE_LINK_FILES = {
  'lineItemScoreScales.csv': { ref: 'lineItemSourcedId', target: 'lineItem' },
  'resultScoreScales.csv': { ref: 'resultSourcedId', target: 'result' },
} as const;
export type ScaleLinkFile = keyof typeof SCALE_LINK_FILES;
export type ScaleFile = 'scoreScales.csv' | ScaleLinkFile;
export const SCALE_FILE_NAMES: readonly ScaleFile[] = ['scoreScales.csv', 'lineItemScoreScales.csv', 'resultScoreScales.csv'];

/** Which score-scale file this is, by its header (exact column names). */
export function scaleFileOf(file: ExportFile): ScaleFile | null {
  const cells = headerCells(file);
  if (!cells.has('sourcedid') || cells.has('studentsourcedid')) return null;
  if (cells.has('scorescalevalue')) return 'scoreScales.csv';
  if (!cells.has('scorescalesourcedid')) return null;
  if (cells.has('lineitemsourcedid')) return 'lineItemScoreScales.csv';
  return cells.has('resultsourcedid') ? 'resultScoreScales.csv' : null;
}

const requiredOf = (file: ScaleFile): readonly string[] =>
  file === 'scoreScales.csv' ? ['sourcedId', 'scoreScaleValue'] : [SCALE_LINK_FILES[file].ref, 'scoreScaleSourcedId'];

export interface ScaleRows<T> {
  readonly file: ScaleFile;
  readonly byId: ReadonlyMap<string, T>;
  readonly rejections: readonly Rejection[];
  /** Rows skipped on purpose, by reason. */
  readonly skipped: Readonly<Record<string, number>>;
}

const bump = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1;
};

/**
 * One score-scale file's text -> its rows by id (scales by sourcedId; links: the scale's sourcedId
 * by line item or result), rows rejected with a reason, rows skipped. Never throws. A link file
 * that names a second scale for the same record keeps the first and counts the rest.
 */
function readRows<T>(
  text: string,
  file: ScaleFile,
  ctx: FileReadContext,
  take: (cells: Readonly<Record<string, string>>) => { key: string; value: T } | { reason: string },
): ScaleRows<T> | { readonly unreadable: string } {
  const required = requiredOf(file);
  const opened = readRequiredTable(text, file, required);
  if ('unreadable' in opened) return opened;
  const byId = new Map<string, T>();
  const rejections: Rejection[] = [];
  const skipped: Record<string, number> = {};
  for (const { row, cells } of opened.table.rows) {
    const blank = required.find((column) => (cells[column.toLowerCase()] ?? '') === '');
    const read = blank ? { reason: `kolom ${blank} is leeg` } : take(cells);
    if ('reason' in read) rejections.push(csvRowRejection(ctx, file, row, cells, 'invalid-record', read.reason));
    else if ((cells['status'] ?? '').toLowerCase() === 'tobedeleted') bump(skipped, `${file}: status tobedeleted`);
    else if (byId.has(read.key))
      bump(
        skipped,
        `${file}: tweede schaal voor dezelfde ${file === 'scoreScales.csv' ? 'sourcedId' : SCALE_LINK_FILES[file].target} (de eerste telt)`,
      );
    else byId.set(read.key, read.value);
  }
  return { file, byId, rejections, skipped };
}

/** scoreScales.csv -> usable scales by sourcedId; a scale that cannot be used is a rejected row with the reason. */
export function readScoreScales(text: string, ctx: FileReadContext): ScaleRows<ScoreScaleInfo> | { readonly unreadable: string } {
  return readRows<ScoreScaleInfo>(text, 'scoreScales.csv', ctx, (cells) => {
    const values = scaleValuesOfCell(cells['scorescalevalue'] ?? '');
    if ('reason' in values) return values;
    const read = toScoreScaleInfo({ sourcedId: cells['sourcedid'], title: cells['title'] ?? null, scoreScaleValue: values });
    return 'info' in read ? { key: read.id, value: read.info } : { reason: read.reason };
  });
}

/** lineItemScoreScales.csv / resultScoreScales.csv -> the scale's sourcedId per line item or result. */
export function readScaleLinks(text: string, file: ScaleLinkFile, ctx: FileReadContext): ScaleRows<string> | { readonly unreadable: string } {
  const ref = SCALE_LINK_FILES[file].ref.toLowerCase();
  return readRows<string>(text, file, ctx, (cells) => {
    const key = cells[ref] ?? '';
    const scale = cells['scorescalesourcedid'] ?? '';
    return key.length > 256 || scale.length > 256 ? { reason: 'verwijzing is te lang' } : { key, value: scale };
  });
}

export interface ScaleFiles {
  readonly scales?: ScaleRows<ScoreScaleInfo>;
  readonly lineItem?: ScaleRows<string>;
  readonly result?: ScaleRows<string>;
}

/** The score-scale files of a set, read; one that cannot be read makes the set unreadable (its scores would be rejected for a reason not theirs). */
export function readScaleFiles(texts: Partial<Record<ScaleFile, string>>, ctx: FileReadContext): ScaleFiles | { readonly unreadable: string } {
  const scaleText = texts['scoreScales.csv'];
  const scales = scaleText === undefined ? undefined : readScoreScales(scaleText, ctx);
  if (scales && 'unreadable' in scales) return scales;
  const links = (file: ScaleLinkFile) => {
    const text = texts[file];
    return text === undefined ? undefined : readScaleLinks(text, file, ctx);
  };
  const lineItem = links('lineItemScoreScales.csv');
  if (lineItem && 'unreadable' in lineItem) return lineItem;
  const result = links('resultScoreScales.csv');
  if (result && 'unreadable' in result) return result;
  return { ...(scales ? { scales } : {}), ...(lineItem ? { lineItem } : {}), ...(result ? { result } : {}) };
}

/** A score-scale link file's links to records the set lacks (counted, not an error), and the skip reason that counts them. */
export function unknownScaleLinks(
  links: { readonly byId: ReadonlyMap<string, unknown> },
  file: ScaleLinkFile,
  known: ReadonlySet<string>,
): { readonly reason: string; readonly count: number } {
  return {
    reason: `${file}: koppeling naar onbekende ${SCALE_LINK_FILES[file].target}`,
    count: [...links.byId.keys()].filter((ref) => !known.has(ref)).length,
  };
}

/** Skip reason of a score-scale file read alone: it gives no result without the set. */
export const scalesAloneReason = (file: ScaleFile) =>
  `${file}: ${file === 'scoreScales.csv' ? 'schaal' : 'schaalkoppeling'} (geen resultaat; telt mee naast results.csv en lineItems.csv)`;
