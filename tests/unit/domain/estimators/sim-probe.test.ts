/**
 * The probe simulator (tests/sim-probe, decision 048): a third generative model of a school whose knobs each change one
 * thing about how a school's data look, so the needs-help rule can be tried on each (`npm run bench:validity -- --sim probe`).
 */
import { describe, expect, it } from 'vitest';
import type { Result } from '@/domain/model';
import { trueMastery, trulyStalled } from '../../../sim/simulate';
import { PROBE_PACE, type ProbeKnobs } from '../../../sim-probe/probe-school';
import { probeSchool, simulateProbe } from '../../../sim-probe/simulate-probe';
import { probeSettings } from '../../../bench/validity/probe.run';

const WEEK_MS = 7 * 86_400_000;
const sim = (knobs: ProbeKnobs = {}, seed = 3) => simulateProbe(probeSchool(seed, knobs, 40));
const base = sim();
const weekOf = (result: Result) => (Date.parse(result.time) - base.startMs) / WEEK_MS;
const from = (source: string, results: readonly Result[]) => results.filter((r) => r.source === source);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const scaled = (results: readonly Result[]) => results.map((r) => r.score?.scaled as number);

function correlation(x: readonly number[], y: readonly number[]): number {
  const [mx, my] = [mean(x), mean(y)];
  let [sxy, sxx, syy] = [0, 0, 0];
  x.forEach((xi, i) => {
    const [dx, dy] = [xi - mx, (y[i] as number) - my];
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** Each result of `source` against the true mastery it reported. */
function scoreAndTruth(s: typeof base, source: string) {
  const byRef = new Map(s.pupils.map((pupil) => [pupil.ref as string, pupil]));
  const rows = from(source, s.results).map((r) => {
    const pupil = byRef.get(r.pupil) as (typeof s.pupils)[number];
    return { score: r.score?.scaled as number, truth: trueMastery(pupil, s.goals.indexOf(r.goals[0] as never), weekOf(r)) };
  });
  return { scores: rows.map((row) => row.score), truths: rows.map((row) => row.truth) };
}

describe('the probe simulator', () => {
  it('is the same on every run of a seed, and another seed draws another school', () => {
    expect(sim().results).toEqual(base.results);
    expect(sim({}, 4).results).not.toEqual(base.results);
    expect(probeSettings(['a', 'b', 'c'], true)).toEqual(['base', 'a', 'b', 'c', 'a+b', 'a+c', 'b+c']);
  });

  it('reports sessions, stars and tests whose scores follow the true mastery; stuck pupils stop growing', () => {
    expect(new Set(base.results.map((r) => r.source))).toEqual(new Set(['probe-practice-a', 'probe-practice-b', 'probe-test']));
    const { scores, truths } = scoreAndTruth(base, 'probe-practice-a');
    expect(correlation(scores, truths)).toBeGreaterThan(0.6);
    const stuck = base.pupils.filter((pupil) => pupil.stallWeek !== null && pupil.stallWeek < 3);
    expect(stuck.length).toBeGreaterThan(0);
    for (const pupil of stuck) expect(trulyStalled(pupil, base.goals.length, 6)).toBe(true);
    const growing = base.pupils.filter((pupil) => pupil.stallWeek === null);
    expect(growing.filter((pupil) => trulyStalled(pupil, base.goals.length, 6)).length).toBeLessThan(0.1 * growing.length);
  });

  it('item: every item is its own result, right (1) or wrong (0)', () => {
    const items = sim({ report: 'item' });
    expect(items.results.every((r) => (r.score?.max === 1 && (r.score.raw === 0 || r.score.raw === 1)) || r.source === 'probe-test')).toBe(true);
    expect(from('probe-practice-a', items.results).length).toBeGreaterThan(6 * from('probe-practice-a', base.results).length);
  });

  it('adaptive: practice A scores about 70% whatever the mastery', () => {
    const { scores, truths } = scoreAndTruth(sim({ adaptive: true }), 'probe-practice-a');
    expect(Math.abs(mean(scores) - 0.7)).toBeLessThan(0.03);
    expect(Math.abs(correlation(scores, truths))).toBeLessThan(0.15);
  });

  it('sparse: only class tests, each goal at most twice a pupil', () => {
    const sparse = sim({ sparse: true });
    expect(sparse.results.every((r) => r.source === 'probe-test')).toBe(true);
    const counts = new Map<string, number>();
    for (const r of sparse.results) counts.set(`${r.pupil}|${r.goals[0]}`, (counts.get(`${r.pupil}|${r.goals[0]}`) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(2);
  });

  it('recent start: no results before week 4.5; holiday: none in weeks 3.5..5.5 and no learning then; pause: learning goes on', () => {
    const recent = sim({ startWeek: 4.5 });
    expect(Math.min(...recent.results.map(weekOf))).toBeGreaterThanOrEqual(4.5);
    expect(recent.results.length).toBeGreaterThan(0);
    const holiday = sim({ holiday: true });
    expect(holiday.results.filter((r) => weekOf(r) >= 3.5 && weekOf(r) < 5.5)).toHaveLength(0);
    expect(base.results.filter((r) => weekOf(r) >= 3.5 && weekOf(r) < 5.5).length).toBeGreaterThan(0);
    const pupil = holiday.pupils[0] as (typeof holiday.pupils)[number];
    expect(trueMastery(pupil, 1, 5.5)).toBeCloseTo(trueMastery(pupil, 1, 3.5), 12);
    expect(trueMastery(pupil, 1, 6.5)).toBeGreaterThan(trueMastery(pupil, 1, 5.5));
    // pause: no results in those weeks either, but the pupils learn on
    const pause = sim({ pause: true });
    expect(pause.results.filter((r) => weekOf(r) >= 3.5 && weekOf(r) < 5.5)).toHaveLength(0);
    const paused = pause.pupils[0] as (typeof pause.pupils)[number];
    expect(trueMastery(paused, 1, 5.5)).toBeGreaterThan(trueMastery(paused, 1, 3.5) + 0.01);
  });

  it('slow class: about 60% of pupils grow at a quarter of the pace; ceiling: about a quarter start near mastery', () => {
    const slow = simulateProbe(probeSchool(3, { slowClass: true }, 200));
    const share = slow.pupils.filter((pupil) => (pupil as unknown as { state: { pace: number } }).state.pace < 0.5 * PROBE_PACE).length / 200;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.75);
    const ceiling = simulateProbe(probeSchool(3, { ceiling: true }, 200));
    const high = (s: typeof ceiling) => s.pupils.filter((pupil) => trueMastery(pupil, 0, 0) > 0.75).length / 200;
    expect(high(ceiling)).toBeGreaterThan(0.15);
    expect(high(simulateProbe(probeSchool(3, {}, 200)))).toBeLessThan(0.08);
  });

  it('dates only: every result at midnight; weekly: one result per tool, goal and week, on Friday', () => {
    expect(sim({ dateOnly: true }).results.every((r) => r.time.endsWith('T00:00:00.000Z'))).toBe(true);
    expect(base.results.some((r) => r.time.endsWith('T00:00:00.000Z'))).toBe(false);
    const weekly = sim({ weekly: true }).results.filter((r) => r.workForm === 'practice');
    const keys = weekly.map((r) => `${r.pupil}|${r.source}|${r.goals[0]}|${Math.floor(weekOf(r))}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(weekly.every((r) => new Date(r.time).getUTCDay() === 5)).toBe(true);
  });

  it('rotation: practice A in even weeks only, B in odd weeks only; harsh: practice B scores far lower', () => {
    const rotation = sim({ rotation: true });
    expect(from('probe-practice-a', rotation.results).every((r) => Math.floor(weekOf(r)) % 2 === 0)).toBe(true);
    expect(from('probe-practice-b', rotation.results).every((r) => Math.floor(weekOf(r)) % 2 === 1)).toBe(true);
    expect(from('probe-practice-b', rotation.results).length).toBeGreaterThan(0);
    const harsh = mean(scaled(from('probe-practice-b', sim({ harsh: true }).results)));
    expect(harsh).toBeLessThan(mean(scaled(from('probe-practice-b', base.results))) - 0.15);
  });

  it('split: practice A only for the weaker half, B only for the others; multi: practice results tagged with the goal before too', () => {
    const split = simulateProbe(probeSchool(3, { split: true }, 60));
    const ability = new Map(split.pupils.map((pupil) => [pupil.ref as string, (pupil as unknown as { state: { ability: number } }).state.ability]));
    expect(from('probe-practice-a', split.results).every((r) => (ability.get(r.pupil) as number) < 0)).toBe(true);
    expect(from('probe-practice-b', split.results).every((r) => (ability.get(r.pupil) as number) >= 0)).toBe(true);
    expect(from('probe-practice-a', split.results).length).toBeGreaterThan(0);
    const multi = sim({ multi: true }).results.filter((r) => r.workForm === 'practice');
    const index = (goal: string | undefined) => base.goals.indexOf(goal as never);
    expect(multi.some((r) => r.goals.length === 2)).toBe(true);
    expect(multi.every((r) => (r.goals.length === 1 ? index(r.goals[0]) === 0 : index(r.goals[1]) === index(r.goals[0]) - 1))).toBe(true);
    expect(base.results.every((r) => r.goals.length === 1)).toBe(true);
  });
});
