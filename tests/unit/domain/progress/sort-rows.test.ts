import { describe, expect, it } from 'vitest';
import { sortRows, type SortDirection } from '@/domain/progress/sort-rows';
import type { LineMastery } from '@/domain/progress/line-mastery';

const line = (value: number | null): LineMastery => ({
  value,
  status: value === null ? 'not-started' : 'working',
  evidence: value === null ? 0 : 1,
  goalsWithEvidence: value === null ? 0 : 1,
  goalsMastered: 0,
});
const row = (name: string, rekenen: number | null, lezen?: number) => ({
  name,
  lines: { rekenen: line(rekenen), ...(lezen === undefined ? {} : { lezen: line(lezen) }) },
});
const ROWS = [row('Zoë', 0.5), row('Leerling 10', null), row('ömer', 0.9), row('Leerling 2', 0.5), row('Anna', 0.2, 0.8)];
const names = (rows: readonly { name: string }[]) => rows.map((entry) => entry.name);
const label = (entry: { name: string }) => entry.name;
const sort = (rows: readonly ReturnType<typeof row>[], by: string, direction: 'asc' | 'desc') =>
  sortRows(
    rows,
    by,
    (direction === 'asc' ? 'ascending' : 'descending') as SortDirection,
    label,
    (entry, column) => (entry.lines as Record<string, LineMastery | undefined>)[column]?.value ?? null,
  );

describe('sortRows', () => {
  it('sorts by name with Dutch collation: accents and case ignored, numbers in number order', () => {
    expect(names(sort(ROWS, 'name', 'asc'))).toEqual(['Anna', 'Leerling 2', 'Leerling 10', 'ömer', 'Zoë']);
    expect(names(sort(ROWS, 'name', 'desc'))).toEqual(['Zoë', 'ömer', 'Leerling 10', 'Leerling 2', 'Anna']);
  });

  it('sorts by a line value, pupils without evidence last in both directions, ties by name', () => {
    expect(names(sort(ROWS, 'rekenen', 'asc'))).toEqual(['Anna', 'Leerling 2', 'Zoë', 'ömer', 'Leerling 10']);
    expect(names(sort(ROWS, 'rekenen', 'desc'))).toEqual(['ömer', 'Leerling 2', 'Zoë', 'Anna', 'Leerling 10']);
    // a line most rows have no entry for at all
    expect(names(sort(ROWS, 'lezen', 'desc'))).toEqual(['Anna', 'Leerling 2', 'Leerling 10', 'ömer', 'Zoë']);
  });

  it('returns a new array and leaves the input alone; empty stays empty', () => {
    const before = names(ROWS);
    const sorted = sort(ROWS, 'rekenen', 'asc');
    expect(sorted).not.toBe(ROWS);
    expect(names(ROWS)).toEqual(before);
    expect(sort([], 'name', 'asc')).toEqual([]);
  });
});
