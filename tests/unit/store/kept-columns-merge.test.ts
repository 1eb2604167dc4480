import { describe, expect, it } from 'vitest';
import { goalId, pupilKey, sourceId, type PupilRef } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { mergeColumns, pupilColumnsOf } from '@/domain/progress/encoded-merge';
import type { EncodedColumns } from '@/domain/progress/encoded-results';
import { ESTIMATOR_NAMES, type EstimatorName } from '@/domain/progress/estimators/registry';
import { filterResults, keptMask, type ResultFilter } from '@/domain/progress/result-filter';
import { classGridOf, prepareGroup, type GridAsk } from '@/store/class-grid.path';
import { pupilReadOrder } from '@/store/results.repo';
import { at, START, storedRows } from '../../support/messy-rows';

/**
 * A group's columns merged from its pupils' own prepared columns (decision 043) are the columns
 * prepareGroup makes over the group's rows read in the same order, to the bit, and so is the grid.
 */
const pupilOf = (row: unknown): PupilRef | null => {
  const pupil = (row as { pupil?: unknown } | null)?.pupil;
  return typeof pupil === 'string' ? (pupil as PupilRef) : null;
};

/** The rows as the store hands a group's rows over: per pupil in read order (rows without a pupil are in no one's index). */
function groupRows(rows: readonly unknown[], order: readonly PupilRef[]): unknown[] {
  return order.flatMap((ref) => rows.filter((row) => pupilOf(row) === ref));
}

/** Every column and dictionary as plain data (no result objects: the merged columns have none). */
const plain = (encoded: EncodedColumns) => ({
  pupils: encoded.pupils,
  goals: encoded.goals,
  sources: encoded.sources,
  columns: [encoded.pupil, encoded.source, encoded.time, encoded.value, encoded.workForm, encoded.banded, encoded.goalStart, encoded.goalCodes].map(
    (column) => Array.from(column as ArrayLike<number>),
  ),
  goalCode: [...encoded.goals, goalId('nergens')].map((goal) => encoded.goalCode(goal)),
  pupilCode: [...encoded.pupils, 'niemand' as PupilRef].map((pupil) => encoded.pupilCode(pupil)),
  bandOf: Array.from(encoded.time, (_, i) => encoded.bandOf(i)),
});

function merged(rows: readonly unknown[], order: readonly PupilRef[], links: ReadonlyMap<string, readonly string[]>) {
  const parts = order.map((ref) => {
    const prepared = prepareGroup(
      rows.filter((row) => pupilOf(row) === ref),
      links,
    );
    return { columns: pupilColumnsOf(ref, prepared.encoded), skipped: prepared.skipped, duplicates: prepared.duplicates };
  });
  return {
    encoded: mergeColumns(parts.map((part) => part.columns)),
    skipped: parts.reduce((sum, part) => sum + part.skipped, 0),
    duplicates: parts.reduce((sum, part) => sum + part.duplicates, 0),
  };
}

const LINES: LearningLine[] = [
  { id: 'rekenen', name: 'Rekenen', goals: ['rekenen.a', 'rekenen.b', 'rekenen.c'].map((id) => ({ id: goalId(id), title: id, level: '1F' })) },
  { id: 'meer', name: 'Meer', goals: ['rekenen.d', 'rekenen.e'].map((id) => ({ id: goalId(id), title: id, level: '1F' })) },
] as unknown as LearningLine[];

describe('a group merged from its pupils’ kept columns', () => {
  const rows = storedRows();
  // Pupils in the group's order, and one without any rows.
  const refs = ['pupil-5', 'pupil-0', 'pupil-3', 'pupil-6', 'pupil-1', 'pupil-2', 'pupil-4', 'pupil-9'] as PupilRef[];
  const order = pupilReadOrder(refs);

  it('reads pupils in resultsForPupils’ order: in key order, each once', () => {
    expect(pupilReadOrder([...refs, refs[0]!])).toEqual(['pupil-0', 'pupil-1', 'pupil-2', 'pupil-3', 'pupil-4', 'pupil-5', 'pupil-6', 'pupil-9']);
  });

  it.each([
    ['no SLO links', new Map<string, readonly string[]>()],
    ['a replaced goal', new Map<string, readonly string[]>([['rekenen.b', ['rekenen.e', 'rekenen.c']]])],
  ])('has the columns prepareGroup makes over the group’s rows, to the bit (%s)', (_, links) => {
    const whole = prepareGroup(groupRows(rows, order), links);
    const fromParts = merged(rows, order, links);
    expect(whole.duplicates).toBeGreaterThan(100);
    expect(whole.encoded.banded.some(Boolean)).toBe(true);
    expect(fromParts.skipped).toBe(whole.skipped);
    expect(fromParts.duplicates).toBe(whole.duplicates);
    expect(plain(fromParts.encoded)).toEqual(plain(whole.encoded));
  });

  it.each(ESTIMATOR_NAMES.map((name) => [name] as [EstimatorName]))('gives the grid the rows give, with every filter (%s on every line)', (name) => {
    const links = new Map<string, readonly string[]>([['rekenen.b', ['rekenen.e', 'rekenen.c']]]);
    const whole = prepareGroup(groupRows(rows, order), links);
    const fromParts = merged(rows, order, links);
    const filters: ResultFilter[] = [
      {},
      { sources: [sourceId('src-b')] },
      { workForms: ['test'] },
      { lines: ['meer'] as never },
      { period: { kind: 'since', date: at(START + 100 * 3_600_000).slice(0, 10) } } as ResultFilter,
    ];
    for (const filter of filters) {
      const ask: GridAsk = {
        pupils: refs.map((ref, n) => ({ key: pupilKey(n + 1), ref })),
        lines: LINES,
        curriculumLines: LINES,
        filter,
        now: at(START + 300 * 3_600_000),
        choices: { rekenen: name, meer: name } as never,
      };
      // The filter over the columns keeps what it keeps over the result objects.
      const mask = keptMask(whole.encoded, filter, { now: ask.now, lines: LINES });
      const kept = mask ? whole.encoded.results.filter((_, i) => mask[i] === 1) : whole.encoded.results;
      expect(kept).toEqual(filterResults(whole.encoded.results, filter, { now: ask.now, lines: LINES }));
      const grid = classGridOf(whole, ask);
      expect(classGridOf(fromParts, ask)).toEqual(grid);
      if (filter === filters[0]) {
        const cells = grid.flatMap((row) => Object.values(row.goals));
        expect(cells.length).toBeGreaterThan(20);
        expect(new Set(cells.map((cell) => JSON.stringify(cell))).size).toBeGreaterThan(5);
      }
    }
  });

  it('refuses one pupil’s columns made of another pupil’s results', () => {
    const other = prepareGroup(
      rows.filter((row) => pupilOf(row) === 'pupil-1'),
      new Map(),
    );
    expect(() => pupilColumnsOf('pupil-2' as PupilRef, other.encoded)).toThrow('another pupil');
    expect((other.encoded.results[0] as Result).pupil).toBe('pupil-1');
  });
});
