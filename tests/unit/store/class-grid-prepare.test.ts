import { describe, expect, it } from 'vitest';
import { resolveResultGoals } from '@/curriculum/slo-import/resolve-goals';
import { goalId, pupilRef, sourceId } from '@/domain/ids';
import { scaleScore, type Result } from '@/domain/model';
import { encodeResults, type EncodedResults } from '@/domain/progress/encoded-results';
import { deduplicate } from '@/domain/quality/duplicates';
import { prepareGroup } from '@/store/class-grid.path';
import { readableResults } from '@/store/readable-results';
import { buildResult } from '../../support/result-builder';

const GOALS = ['rekenen.a', 'rekenen.b', 'rekenen.c', 'rekenen.d'].map(goalId);
const SOURCES = ['src-a', 'src-b', 'src-c'].map(sourceId);
const START = Date.parse('2026-01-05T08:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

/**
 * Stored rows with everything prepareGroup leaves out or turns: second reports of one attempt (from
 * the same source and another, within and past the minute, goals listed in another order), rows that
 * cannot be read, times in another ISO form, results with no goal or two, and a goal SLO replaced.
 */
function storedRows(): unknown[] {
  const rows: unknown[] = [];
  for (let n = 0; n < 400; n += 1) {
    const goals = n % 9 === 0 ? [] : n % 5 === 0 ? [GOALS[n % 4]!, GOALS[(n + 1) % 4]!] : [GOALS[n % 4]!];
    const result = buildResult({
      pupil: pupilRef(`pupil-${n % 7}`),
      source: SOURCES[n % 3]!,
      goals,
      time: at(START + n * 3_600_000),
      score: n % 4 === 3 ? null : scaleScore(n % 6, 0, 5),
      success: n % 4 === 3 ? n % 8 === 3 : null,
      workForm: n % 10 === 0 ? 'test' : 'practice',
    });
    rows.push(result);
    if (n % 3 === 0) rows.push({ ...result, id: `${result.id}-again`, source: SOURCES[(n + 1) % 3]!, time: at(START + n * 3_600_000 + 30_000) });
    if (n % 4 === 0) rows.push({ ...result, id: `${result.id}-later`, time: at(START + n * 3_600_000 + 120_000) });
    if (n % 5 === 0) rows.push({ ...result, id: `${result.id}-first`, goals: [...goals].reverse(), time: at(START + n * 3_600_000 - 10_000) });
    if (n % 6 === 0) rows.push({ ...result, id: `${result.id}-short`, time: at(START + n * 3_600_000 + 5_000).replace('.000Z', 'Z') });
    if (n % 11 === 0) rows.push({ ...result, id: `${result.id}-bad-time`, time: 'gisteren' }, null, { id: 'half a record' });
    if (n % 13 === 0) rows.push({ ...result, id: `${result.id}-bad-score`, score: { raw: 9, min: 0, max: 5, scaled: 1.8 } });
  }
  // First in the list, a second report (20 s later) of the last pupil's results from a source that
  // sends nothing else: their pupil, goals and source appear first only among the rows left out.
  const last = rows.filter((row): row is Result => (row as Result | null)?.pupil === 'pupil-6' && (row as Result).goals.length === 1).slice(-3);
  rows.unshift(...last.map((row) => ({ ...row, id: `${row.id}-echo`, source: sourceId('src-echo'), time: at(Date.parse(row.time) + 20_000) })));
  return rows;
}

/** The encoding as plain data, every column and dictionary. */
const plain = (encoded: EncodedResults) => ({
  ...encoded,
  results: encoded.results.map((result) => result.id),
  goalCode: encoded.goals.map((goal) => encoded.goalCode(goal)),
  pupilCode: encoded.pupils.map((pupil) => encoded.pupilCode(pupil)),
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
