export type SortDirection = 'ascending' | 'descending';

const collators = new Map<string, Intl.Collator>();
const collatorFor = (locale: string) => {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return collator;
};

const numericCollators = new Map<string, Intl.Collator>();
/**
 * The locale's comparison with numbers in number order: `a.localeCompare(b, locale, { numeric: true })`
 * to the letter, from one collator per locale. localeCompare with a locale makes a collator for each
 * comparison: sorting 600 names took 42 ms that way and under 1 ms with one collator.
 */
export function compareNumeric(locale: string): (a: string, b: string) => number {
  let collator = numericCollators.get(locale);
  if (!collator) numericCollators.set(locale, (collator = new Intl.Collator(locale, { numeric: true })));
  return collator.compare;
}

/**
 * The class overview's sort: by name (the label getter gives it: names live in the view, rows
 * carry only pseudonyms) or by a column's value (a line, a goal or a rubric; `valueOf` reads it).
 * Rows without a value in that column (no evidence) come last in both directions, so a teacher
 * who sorts either way sees the pupils with evidence first; ties are broken by name, ascending.
 * Names compare with the locale's collation (accents and case ignored, numbers in number order).
 * Returns a new array.
 */
export function sortRows<R>(
  rows: readonly R[],
  by: 'name' | string,
  direction: SortDirection,
  label: (row: R) => string,
  valueOf: (row: R, column: string) => number | null,
  locale = 'nl',
): R[] {
  const collator = collatorFor(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  const labelled = rows.map((row) => ({ row, name: label(row), value: by === 'name' ? null : valueOf(row, by) }));
  labelled.sort((a, b) => {
    if (by !== 'name') {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else if (a.value !== b.value) return sign * (a.value - b.value);
      return collator.compare(a.name, b.name);
    }
    return sign * collator.compare(a.name, b.name);
  });
  return labelled.map((entry) => entry.row);
}
