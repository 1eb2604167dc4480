import { z } from 'zod';

/** The fields a supplier's CSV export can fill, each from one column (by its header text). */
export const CSV_FIELDS = ['pupil', 'time', 'code', 'score', 'max', 'min', 'success', 'duration', 'level', 'workForm'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Without these a row cannot become a result. */
export const REQUIRED_CSV_FIELDS = ['pupil', 'time', 'code', 'score', 'max'] as const satisfies readonly CsvField[];

const header = z.string().min(1).max(200);

/** Which column (header text as in the file) holds each field. Validated where it enters (ctx.options). */
export const CsvColumns = z.object({
  pupil: header,
  time: header,
  code: header,
  score: header,
  max: header,
  min: header.optional(),
  success: header.optional(),
  duration: header.optional(),
  level: header.optional(),
  workForm: header.optional(),
});
export type CsvColumns = z.infer<typeof CsvColumns>;

/** The CSV reader's options: `{ columns }`; without them the reader guesses from the header row. */
export const CsvOptions = z.object({ columns: CsvColumns.optional() });

/** Dutch and English header names, normalised (lower case, letters and digits, single spaces). */
const SYNONYMS: Readonly<Record<CsvField, readonly string[]>> = {
  pupil: [
    'leerling',
    'leerling id',
    'leerlingid',
    'pseudoniem',
    'pseudonym',
    'eckid',
    'eck id',
    'student',
    'student id',
    'studentid',
    'learner',
    'pupil',
    'actor',
    'user',
  ],
  time: ['datum', 'datum tijd', 'datumtijd', 'tijd', 'tijdstip', 'afgenomen', 'afname', 'date', 'time', 'datetime', 'timestamp', 'date time'],
  code: [
    'code',
    'opdracht',
    'opdrachtcode',
    'toets',
    'toetscode',
    'item',
    'itemcode',
    'oefening',
    'activiteit',
    'task',
    'test',
    'activity',
    'exercise',
    'item code',
  ],
  score: ['score', 'punten', 'behaald', 'aantal goed', 'goed', 'points', 'raw score', 'raw', 'result', 'resultaat'],
  max: ['max', 'maximum', 'max score', 'maxscore', 'maximale score', 'max punten', 'maximum score', 'totaal', 'out of', 'max points', 'possible'],
  min: ['min', 'minimum', 'min score', 'minimale score', 'min points'],
  success: ['geslaagd', 'voldoende', 'success', 'passed', 'pass'],
  duration: ['duur', 'tijdsduur', 'duur seconden', 'seconden', 'duration', 'seconds', 'duration seconds'],
  level: ['niveau', 'level'],
  workForm: ['werkvorm', 'soort', 'type', 'mode', 'work form', 'workform'],
};

export const normaliseHeader = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface CsvColumnGuess {
  /** The columns recognised, by header text as in the file. */
  readonly columns: Partial<Record<CsvField, string>>;
  /** Required fields no header matched. */
  readonly missing: readonly CsvField[];
}

/**
 * A column mapping guessed from Dutch or English header names: exact names first, then a header
 * that contains a known name as a word (so "Max. punten toets" is max, not score). Each column
 * serves one field at most.
 */
export function guessCsvColumns(headers: readonly string[]): CsvColumnGuess {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const columns: Partial<Record<CsvField, string>> = {};
  const take = (field: CsvField, index: number) => {
    columns[field] = headers[index] as string;
    used.add(index);
  };
  for (const field of CSV_FIELDS) {
    const index = normalised.findIndex((name, i) => !used.has(i) && SYNONYMS[field].includes(name));
    if (index >= 0) take(field, index);
  }
  // Containment, most specific fields first (max and min before score).
  const order: readonly CsvField[] = ['max', 'min', 'pupil', 'time', 'code', 'duration', 'success', 'level', 'workForm', 'score'];
  for (const field of order) {
    if (columns[field] !== undefined) continue;
    const index = normalised.findIndex((name, i) => !used.has(i) && SYNONYMS[field].some((word) => ` ${name} `.includes(` ${word} `)));
    if (index >= 0) take(field, index);
  }
  return { columns, missing: REQUIRED_CSV_FIELDS.filter((field) => columns[field] === undefined) };
}

/**
 * Columns named by hand, the rest guessed from the headers; a guessed column that was named for
 * another field is left out (one column serves one field). `npm run check-export -- --columns`.
 */
export function completeColumns(headers: readonly string[], given: Partial<Record<CsvField, string>>): Partial<Record<CsvField, string>> {
  const named = new Set(Object.values(given));
  const guessed = (Object.entries(guessCsvColumns(headers).columns) as [CsvField, string][]).filter(
    ([field, header]) => given[field] === undefined && !named.has(header),
  );
  return { ...Object.fromEntries(guessed), ...given };
}
