import { goalId, pupilRef, sourceId } from '@/domain/ids';
import { scaleScore, type Result } from '@/domain/model';
import { buildResult } from './result-builder';

const GOALS = ['rekenen.a', 'rekenen.b', 'rekenen.c', 'rekenen.d'].map(goalId);
const SOURCES = ['src-a', 'src-b', 'src-c'].map(sourceId);
export const START = Date.parse('2026-01-05T08:00:00.000Z');
export const at = (ms: number) => new Date(ms).toISOString();

/**
 * Stored rows with everything prepareGroup leaves out or turns: second reports of one attempt (from
 * the same source and another, within and past the minute, goals listed in another order), rows that
 * cannot be read, times in another ISO form, results with no goal or two, and a goal SLO replaced.
 */
export function storedRows(): unknown[] {
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
      normBand: n % 5 === 2 ? { label: n % 2 === 0 ? 'II' : 'IV', colour: '#1a7f37' } : null,
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
