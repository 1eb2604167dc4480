/**
 * The inputs of `npm run report` besides the export files: the code mapping as the connector wizard
 * saves it (and the Bronnen page exports it), the roster (only its groups are used) and the numbers.
 * Each parser returns a value or an error a person can act on; nothing is clamped into range.
 */
import { parseRosterCsv } from '@/adapters/roster/roster-csv';
import { goalById } from '@/curriculum';
import { goalId, type GoalId, type PupilRef } from '@/domain/ids';
import { isPseudonymShape, PSEUDONYM_SHAPES, type PseudonymShape } from '@/domain/pseudonym-shape';
import type { CodeMapping } from '@/domain/source';

export type Parsed<T> = { readonly value: T } | { readonly error: string };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

export interface MappingFile {
  readonly mapping: CodeMapping;
  /** Goal ids in the mapping that no built-in line has (e.g. goals the school imported from SLO). */
  readonly unknownGoals: readonly string[];
}

/** `{"code":["goal",...]}` as stored with a connector, or the Bronnen page's export `{"format":"leerzicht-mapping","mapping":{...}}`. */
export function parseMapping(json: string, from: string): Parsed<MappingFile> {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return { error: `${from} is geen geldige JSON` };
  }
  const inner = isObject(value) && 'mapping' in value ? value.mapping : value;
  if (!isObject(inner)) return { error: `${from} moet een JSON-object zijn zoals {"REK-12":["rekenen.getallen.1f"]}` };
  const mapping: Record<string, readonly GoalId[]> = {};
  const unknown = new Set<string>();
  for (const [code, goals] of Object.entries(inner)) {
    if (!Array.isArray(goals) || !goals.every((goal) => typeof goal === 'string' && goal.trim() !== ''))
      return { error: `${from}: code "${code.slice(0, 60)}" moet een lijst doelen zijn, zoals ["rekenen.getallen.1f"]` };
    mapping[code] = goals.map((goal: string) => goalId(goal.trim()));
    for (const goal of goals) if (!goalById(goal.trim())) unknown.add(goal.trim());
  }
  return { value: { mapping, unknownGoals: [...unknown].sort() } };
}

/** Pseudonym -> group name, from the school's roster export; names in it are read past, never kept. */
export function parseRosterGroups(text: string, from: string): Parsed<ReadonlyMap<PupilRef, string>> {
  const parsed = parseRosterCsv(text);
  if (parsed.missingColumns.length > 0) return { error: `${from}: kolommen ontbreken: ${parsed.missingColumns.join(', ')}` };
  if (parsed.rows.length === 0) return { error: `${from}: geen enkele leerling met pseudoniem en groep` };
  const groups = new Map<PupilRef, string>();
  for (const row of parsed.rows) if (!groups.has(row.ref)) groups.set(row.ref, row.groupName);
  return { value: groups };
}

/** `--pseudonym`: the pupil keys' form, one of the app's fixed list (as chosen for a connector; never a pattern). */
export function parsePseudonym(text: string): Parsed<PseudonymShape> {
  return isPseudonymShape(text)
    ? { value: text }
    : { error: `--pseudonym ${text.slice(0, 40)}: kies ${PSEUDONYM_SHAPES.join(', ')} (eck: ECK iD; any: alleen de basiscontrole)` };
}

/** `--weeks`: the look-back of the needs-help rule, whole weeks from 1 to 52. */
export function parseWeeks(text: string): Parsed<number> {
  const weeks = Number(text);
  return Number.isInteger(weeks) && weeks >= 1 && weeks <= 52
    ? { value: weeks }
    : { error: `--weeks ${text}: geef een heel aantal weken van 1 tot 52` };
}

/** `--now`: a date (2026-07-03, taken as the end of that day in UTC) or an instant (2026-07-03T14:00:00Z). */
export function parseNow(text: string): Parsed<Date> {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const date = new Date(dateOnly ? `${text}T23:59:59.999Z` : text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(date.getTime()))
    return { error: `--now ${text}: geen datum; geef bijvoorbeeld 2026-07-03 of 2026-07-03T14:00:00Z` };
  return { value: date };
}
