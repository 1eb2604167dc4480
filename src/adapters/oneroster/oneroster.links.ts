import type { Rejection } from '@/domain/model';
import { headOf, type ExportFile, type FileReadContext } from '../files/export-file';
import { csvRowRejection, readRequiredTable } from './oneroster.csv';

/**
 * OneRoster 1.2 CSV binding: learning objectives of line items and results live in link files,
 * one row per (record, objective):
 *   lineItemLearningObjectiveIds.csv  sourcedId, status, dateLastModified, lineItemSourcedId, source, learningObjectiveId
 *   resultLearningObjectiveIds.csv    sourcedId, status, dateLastModified, resultSourcedId, source, learningObjectiveId, score, textScore
 * `source` is CASE, Unknown or an ext: term. A result link's own score/textScore is kept: it scores
 * that objective's goals (oneroster.objectives.ts).
 */
export const LINK_FILES = {
  'lineItemLearningObjectiveIds.csv': { ref: 'lineItemSourcedId', target: 'lineItem' },
  'resultLearningObjectiveIds.csv': { ref: 'resultSourcedId', target: 'result' },
} as const;
export type LinkFile = keyof typeof LINK_FILES;
export const LINK_FILE_NAMES = Object.keys(LINK_FILES) as LinkFile[];

/** Columns a link row must fill for us; a blank one rejects the row (sourcedId is not needed). */
export const linkColumns = (file: LinkFile) => [LINK_FILES[file].ref, 'source', 'learningObjectiveId'] as const;

export interface ObjectiveLink {
  readonly source: string;
  readonly id: string;
  /** A result link's own score and textScore (resultLearningObjectiveIds.csv), as written. */
  readonly score?: string;
  readonly textScore?: string;
}

export interface ObjectiveLinks {
  readonly file: LinkFile;
  /** Linked objectives by the line item's or result's sourcedId, in file order. */
  readonly byRef: ReadonlyMap<string, readonly ObjectiveLink[]>;
  readonly rejections: readonly Rejection[];
  /** Rows skipped on purpose, by reason (tobedeleted; later: a link to a record the set lacks). */
  readonly skipped: Readonly<Record<string, number>>;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const MAX_LINKS_PER_RECORD = 200;

/** The header cells of a CSV file, lower-cased, without quotes or BOM. */
export function headerCells(file: ExportFile): Set<string> {
  const line = headOf(file, 4096).split(/\r?\n/)[0] ?? '';
  return new Set(line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '').trim().toLowerCase()));
}

/** Which link file this is, by its header (exact column names, so results.csv with a learningObjectiveIds column is not one). */
export function linkFileOf(file: ExportFile): LinkFile | null {
  const cells = headerCells(file);
  if (!cells.has('learningobjectiveid') || !cells.has('source') || cells.has('studentsourcedid')) return null;
  return LINK_FILE_NAMES.find((name) => cells.has(LINK_FILES[name].ref.toLowerCase())) ?? null;
}

export const skipReason = (file: LinkFile, why: string) => `${file}: ${why}`;
export const unknownReason = (file: LinkFile) => skipReason(file, `koppeling naar onbekende ${LINK_FILES[file].target}`);

/** A link file's text -> the links per record, rows rejected with a reason, rows skipped. Never throws. */
export function readObjectiveLinks(text: string, file: LinkFile, ctx: FileReadContext): ObjectiveLinks | { readonly unreadable: string } {
  const required = linkColumns(file);
  const opened = readRequiredTable(text, file, required);
  if ('unreadable' in opened) return opened;
  const byRef = new Map<string, ObjectiveLink[]>();
  const rejections: Rejection[] = [];
  const skipped: Record<string, number> = {};
  for (const { row, cells } of opened.table.rows) {
    const blank = required.find((column) => (cells[column.toLowerCase()] ?? '') === '');
    const ref = cells[LINK_FILES[file].ref.toLowerCase()] ?? '';
    const source = cells['source'] ?? '';
    const id = cells['learningobjectiveid'] ?? '';
    let reason: string | null = blank ? `kolom ${blank} is leeg` : null;
    if (!reason && /^case$/i.test(source) && !UUID.test(id)) reason = 'source CASE, maar learningObjectiveId is geen CASE-identifier (UUID)';
    if (!reason && (id.length > 2048 || ref.length > 256)) reason = 'learningObjectiveId of verwijzing is te lang';
    if (reason) {
      rejections.push(csvRowRejection(ctx, file, row, cells, 'invalid-record', reason));
      continue;
    }
    if ((cells['status'] ?? '').toLowerCase() === 'tobedeleted') {
      const key = skipReason(file, 'status tobedeleted');
      skipped[key] = (skipped[key] ?? 0) + 1;
      continue;
    }
    const links = byRef.get(ref) ?? [];
    const score = cells['score'] ?? '';
    const textScore = cells['textscore'] ?? '';
    const link: ObjectiveLink = { source, id, ...(score !== '' ? { score } : {}), ...(textScore !== '' ? { textScore } : {}) };
    if (links.length < MAX_LINKS_PER_RECORD && !links.some((other) => other.id === id)) links.push(link);
    byRef.set(ref, links);
  }
  return { file, byRef, rejections, skipped };
}

/** How many linked records the set does not hold (counted, not an error: a bulk file may cover more classes). */
export function countUnknown(links: ObjectiveLinks, known: ReadonlySet<string>): number {
  let unknown = 0;
  for (const [ref, list] of links.byRef) if (!known.has(ref)) unknown += list.length;
  return unknown;
}

type ObjectiveResult = { learningObjectiveId: string; score?: string; textScore?: string };

/** A result's links in the REST shape of 1.2 (LearningObjectiveResultSet), grouped by source, with their own scores. */
export function resultObjectiveSet(links: readonly ObjectiveLink[]): { source: string; learningObjectiveResults: ObjectiveResult[] }[] {
  const bySource = new Map<string, ObjectiveResult[]>();
  for (const link of links) {
    const item: ObjectiveResult = {
      learningObjectiveId: link.id,
      ...(link.score !== undefined ? { score: link.score } : {}),
      ...(link.textScore !== undefined ? { textScore: link.textScore } : {}),
    };
    bySource.set(link.source, [...(bySource.get(link.source) ?? []), item]);
  }
  return [...bySource].slice(0, 50).map(([source, learningObjectiveResults]) => ({ source, learningObjectiveResults }));
}
