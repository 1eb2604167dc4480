import { describe, expect, it } from 'vitest';
import { resolveResultGoals } from '@/curriculum/slo-import/resolve-goals';
import { scaleScore, type Result } from '@/domain/model';
import { encodeResults, type EncodedResults } from '@/domain/progress/encoded-results';
import { deduplicate } from '@/domain/quality/duplicates';
import { prepareGroup } from '@/store/class-grid.path';
import { readableResults } from '@/store/readable-results';
import { at, START, storedRows } from '../../support/messy-rows';
import { buildResult } from '../../support/result-builder';

/** The encoding as plain data, every column and dictionary. */
const plain = (encoded: EncodedResults) => ({
  ...encoded,
  results: encoded.results.map((result) => result.id),
  goalCode: encoded.goals.map((goal) => encoded.goalCode(goal)),
  pupilCode: encoded.pupils.map((pupil) => encoded.pupilCode(pupil)),
  bandOf: encoded.results.map((_, i) => encoded.bandOf(i)),
});

/** The path the class grid took before prepareGroup encoded first: one pass per step, over the objects. */
function stepByStep(rows: readonly unknown[], links: ReadonlyMap<string, readonly string[]>) {
  const readable = readableResults(rows);
  const counted = deduplicate(resolveResultGoals(readable.results, links) as readonly Result[]);
  return { encoded: plain(encodeResults(counted.kept)), skipped: readable.skipped, duplicates: counted.duplicates };
}

describe('prepareGroup', () => {
  it.each([
    ['no SLO links', new Map<string, readonly string[]>()],
    ['a replaced goal', new Map<string, readonly string[]>([['rekenen.b', ['rekenen.e', 'rekenen.c']]])],
  ])('gives the encoding of readable, resolved, deduplicated results, as step by step (%s)', (_, links) => {
    const rows = storedRows();
    const prepared = prepareGroup(rows, links);
    const expected = stepByStep(rows, links);
    expect(prepared.duplicates).toBeGreaterThan(100);
    expect(prepared.skipped).toBeGreaterThan(50);
    expect({ ...prepared, encoded: plain(prepared.encoded) }).toEqual(expected);
  });

  it('leaves nothing out of a group without second reports, and keeps the encoding it made', () => {
    const rows = [0, 1, 2].map((n) => buildResult({ time: at(START + n * 86_400_000), score: scaleScore(n, 0, 2) }));
    const prepared = prepareGroup(rows, new Map());
    expect(prepared.duplicates).toBe(0);
    expect(prepared.encoded.results).toEqual(rows);
    expect(Array.from(prepared.encoded.time)).toEqual(rows.map((row) => Date.parse(row.time)));
  });
});
