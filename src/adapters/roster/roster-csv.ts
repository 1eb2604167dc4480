import { z } from 'zod';
import { pupilRef, type PupilRef } from '@/domain/ids';
import { csvLines } from '../csv/csv.lines';
import { looksLikePseudonym } from '../shared/map-helpers';

export interface RosterRow {
  readonly ref: PupilRef;
  readonly firstName: string;
  readonly prefix: string;
  readonly lastName: string;
  readonly groupName: string;
}

/** Why a roster row was not imported (shown translated: privacy.roster.reason). */
export type RosterRejection = 'missing-pseudonym' | 'not-a-pseudonym' | 'missing-group' | 'too-long' | 'invalid-row';

/** Longest name part and group name a roster may hold (a pupil administration never needs more). */
export const ROSTER_NAME_MAX = 100;
export const ROSTER_GROUP_MAX = 50;

/** The same rules as the result readers (no e-mail address, BSN or name as the key), plus field lengths. */
export function rosterRowProblem(row: Omit<RosterRow, 'ref'> & { readonly ref: string }): RosterRejection | null {
  if (!row.ref.trim()) return 'missing-pseudonym';
  if (!looksLikePseudonym(row.ref.trim().padEnd(16, '-'))) return 'not-a-pseudonym'; // short ids stay allowed: only the personal is refused
  if (!row.groupName.trim()) return 'missing-group';
  if ([row.firstName, row.prefix, row.lastName].some((part) => part.length > ROSTER_NAME_MAX) || row.groupName.length > ROSTER_GROUP_MAX)
    return 'too-long';
  return null;
}

export interface RosterParse {
  readonly rows: RosterRow[];
  readonly rejected: { line: number; reason: RosterRejection }[];
  /** Required columns that were not found in the header. */
  readonly missingColumns: string[];
}

/** Dutch and English header names the pupil administration systems use. */
const HEADERS: Record<keyof RosterRow, readonly string[]> = {
  ref: ['eckid', 'eck id', 'eck-id', 'pseudoniem', 'pseudonym'],
  firstName: ['voornaam', 'roepnaam', 'first name', 'firstname', 'given name'],
  prefix: ['tussenvoegsel', 'tussenvoegsels', 'prefix'],
  lastName: ['achternaam', 'last name', 'lastname', 'family name', 'surname'],
  groupName: ['groep', 'klas', 'group', 'class'],
};

const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

const Row = z.object({
  ref: z.string().trim().min(1),
  firstName: z.string().trim().default(''),
  prefix: z.string().trim().default(''),
  lastName: z.string().trim().default(''),
  groupName: z.string().trim().min(1),
});

export type RosterField = keyof RosterRow;
export const ROSTER_FIELDS: readonly RosterField[] = ['ref', 'firstName', 'prefix', 'lastName', 'groupName'];
/** Column index per field; -1 when the file has no such column. */
export type ColumnMapping = Record<RosterField, number>;

/** Rows with the line each starts on, whatever mix of line endings the file has. */
const rowsOf = (text: string) => csvLines(text, '');

/** The header of a roster file and the mapping guessed from Dutch or English header names. */
export function rosterColumns(text: string): { headers: string[]; guess: ColumnMapping } {
  const headers = (rowsOf(text)[0]?.cells ?? []).map((header) => header.replace(/^\uFEFF/, '').trim());
  const columns = headers.map(normalise);
  const guess = Object.fromEntries(
    ROSTER_FIELDS.map((field) => [field, columns.findIndex((column) => HEADERS[field].includes(column))]),
  ) as ColumnMapping;
  return { headers, guess };
}

/** Parses a roster export (CSV, ';' or ',' separated, BOM and CRLF allowed). One bad row never sinks the file. */
export function parseRosterCsv(text: string, mapping?: ColumnMapping): RosterParse {
  const [, ...lines] = rowsOf(text);
  const index = mapping ?? rosterColumns(text).guess;
  const missingColumns = (['ref', 'groupName'] as const).filter((field) => index[field] < 0).map((field) => HEADERS[field][0] as string);
  if (missingColumns.length > 0) return { rows: [], rejected: [], missingColumns };

  const rows: RosterRow[] = [];
  const rejected: RosterParse['rejected'] = [];
  lines.forEach(({ line, cells }) => {
    const cell = (field: keyof RosterRow) => (index[field] >= 0 ? (cells[index[field]] ?? '') : '');
    const result = Row.safeParse({
      ref: cell('ref'),
      firstName: cell('firstName'),
      prefix: cell('prefix'),
      lastName: cell('lastName'),
      groupName: cell('groupName'),
    });
    const problem = rosterRowProblem({
      ref: cell('ref'),
      firstName: cell('firstName'),
      prefix: cell('prefix'),
      lastName: cell('lastName'),
      groupName: cell('groupName'),
    });
    if (problem) rejected.push({ line, reason: problem });
    else if (result.success) rows.push({ ...result.data, ref: pupilRef(result.data.ref) });
    else rejected.push({ line, reason: 'invalid-row' });
  });
  return { rows, rejected, missingColumns: [] };
}
