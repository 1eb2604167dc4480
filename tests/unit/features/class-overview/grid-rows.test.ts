import { describe, expect, it } from 'vitest';
import { goalId, groupId, lineId, pupilKey, pupilRef } from '@/domain/ids';
import type { Pupil } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { LineMastery } from '@/domain/progress/line-mastery';
import type { CellDetail } from '@/features/class-overview/cell-popover';
import { gridRows } from '@/features/class-overview/grid-rows';

const pupil = (key: number): Pupil => ({ key: pupilKey(key), ref: pupilRef(`ref-${key}`), group: groupId('5a') }) as Pupil;
const ANNA = { pupil: pupil(1), roster: null };
const BRAM = { pupil: pupil(2), roster: null };
const line = (value: number | null, goalsMastered = 0): LineMastery => ({
  value,
  status: value === null ? 'not-started' : 'working',
  evidence: value === null ? 0 : 2,
  goalsWithEvidence: value === null ? 0 : 2,
  goalsMastered,
});
const GOAL = goalId('rekenen.getallen.1f');
const annaRow: ClassGridRow = {
  key: pupilKey(1),
  ref: pupilRef('ref-1'),
  lines: { rekenen: line(0.5, 1), lezen: line(null) },
  goals: { [GOAL]: { value: 0.62, evidence: 3, lastAt: '2026-03-02T12:00:00.000Z', status: 'nearly', uncertainty: 0.1 } },
};
const detail = (p: Pupil, l: string, column: string, margin: number | null): CellDetail => ({
  count: 0,
  lastAt: null,
  sources: [],
  margin,
  href: `/leerling/${p.key}#lijn-${l}-${column}`,
});
const base = {
  pupils: [ANNA, BRAM],
  rows: new Map([[1, annaRow]]),
  name: ({ pupil: p }: { pupil: Pupil }) => `Leerling ${p.key}`,
  detail,
  note: (m: LineMastery) => `${m.goalsMastered} van ${m.goalsWithEvidence}`,
};

describe('gridRows', () => {
  it('gives per pupil, in the given order, a cell per line with its value, status, note and detail', () => {
    const rows = gridRows({
      ...base,
      columns: [
        { id: 'rekenen', label: 'Rekenen' },
        { id: 'lezen', label: 'Lezen' },
      ],
      line: null,
    });
    expect(rows.map((row) => [row.key, row.name])).toEqual([
      [1, 'Leerling 1'],
      [2, 'Leerling 2'],
    ]);
    expect(rows[0]?.cells['rekenen']).toEqual({
      value: 0.5,
      status: 'working',
      note: '1 van 2',
      detail: { count: 0, lastAt: null, sources: [], margin: null, href: '/leerling/1#lijn-rekenen-rekenen' },
    });
    expect(rows[0]?.cells['lezen']).toMatchObject({ value: null, status: 'not-started', note: '0 van 0' });
    // a pupil without a grid row: not started, no note
    expect(rows[1]?.cells['rekenen']).toEqual({
      value: null,
      status: 'not-started',
      detail: expect.objectContaining({ href: '/leerling/2#lijn-rekenen-rekenen' }),
    });
  });

  it('with a line chosen gives a cell per goal, with the 95% margin in percentage points', () => {
    const rows = gridRows({ ...base, columns: [{ id: GOAL, label: 'Getallen' }], line: lineId('rekenen') });
    expect(rows[0]?.cells[GOAL]).toEqual({
      value: 0.62,
      status: 'nearly',
      detail: { count: 0, lastAt: null, sources: [], margin: 20, href: `/leerling/1#lijn-rekenen-${GOAL}` },
    });
    expect(rows[1]?.cells[GOAL]).toMatchObject({ value: null, status: 'not-started', detail: { margin: null } });
  });

  it('adds the extra cells of a pupil (rubric columns) after the mastery cells', () => {
    const rows = gridRows({
      ...base,
      columns: [{ id: 'rekenen', label: 'Rekenen' }],
      line: null,
      extra: (key) => (key === 1 ? { plannen: { value: 0.5, status: 'mastered' as const, label: 'boven streefniveau' } } : undefined),
    });
    expect(Object.keys(rows[0]?.cells ?? {})).toEqual(['rekenen', 'plannen']);
    expect(Object.keys(rows[1]?.cells ?? {})).toEqual(['rekenen']);
  });
});
