import { describe, expect, it } from 'vitest';
import { sortRows } from '@/domain/progress/class-grid';
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

describe('sortRows', () => {
  it('sorts by name with Dutch collation: accents and case ignored, numbers in number order', () => {
    expect(names(sortRows(ROWS, 'name', 'asc', label))).toEqual(['Anna', 'Leerling 2', 'Leerling 10', 'ömer', 'Zoë']);
    expect(names(sortRows(ROWS, 'name', 'desc', label))).toEqual(['Zoë', 'ömer', 'Leerling 10', 'Leerling 2', 'Anna']);
  });

  it('sorts by a line value, pupils without evidence last in both directions, ties by name', () => {
    expect(names(sortRows(ROWS, 'rekenen', 'asc', label))).toEqual(['Anna', 'Leerling 2', 'Zoë', 'ömer', 'Leerling 10']);
    expect(names(sortRows(ROWS, 'rekenen', 'desc', label))).toEqual(['ömer', 'Leerling 2', 'Zoë', 'Anna', 'Leerling 10']);
    // a line most rows have no entry for at all
    expect(names(sortRows(ROWS, 'lezen', 'desc', label))).toEqual(['Anna', 'Leerling 2', 'Leerling 10', 'ömer', 'Zoë']);
  });

  it('returns a new array and leaves the input alone; empty stays empty', () => {
    const before = names(ROWS);
    const sorted = sortRows(ROWS, 'rekenen', 'asc', label);
    expect(sorted).not.toBe(ROWS);
    expect(names(ROWS)).toEqual(before);
    expect(sortRows([], 'name', 'asc', label)).toEqual([]);
  });
});
