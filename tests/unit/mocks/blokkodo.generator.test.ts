import { describe, expect, it } from 'vitest';
import { DEMO_PUPILS, demoGroupOf } from '../../../mocks/demo-school/school';
import { DEMO_TODAY, SCHOOL_YEAR_START, yearFraction } from '../../../mocks/demo-school/calendar';
import {
  blokkodoBrokenIds,
  blokkodoCompletions,
  generateBlokkodoCompletions,
  type BlokkodoCompletionRecord,
} from '../../../mocks/suppliers/blokkodo/blokkodo.generator';

const all = blokkodoCompletions();
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const of = (ref: string) => all.filter((record) => record.learner === ref);
const stars = (records: readonly BlokkodoCompletionRecord[]) => mean(records.map((record) => record.stars));

describe('blokkodo generator', () => {
  it('is deterministic and memoised', () => {
    expect(blokkodoCompletions()).toBe(all);
    const again = generateBlokkodoCompletions();
    expect(again).not.toBe(all);
    expect(again).toEqual(all);
    expect(all[0]?.completion_id).toBe('bk-100001');
  });

  it('makes 4,000-6,000 completions inside the school year, sorted by time', () => {
    expect(all.length).toBeGreaterThanOrEqual(4_000);
    expect(all.length).toBeLessThanOrEqual(6_000);
    const times = all.map((record) => Date.parse(record.completed_at)).filter(Number.isFinite);
    const unparseable = all.length - times.length; // one kind of broken record has an unparseable date
    expect(unparseable).toBeGreaterThan(0);
    expect(unparseable).toBeLessThan(blokkodoBrokenIds().size);
    expect(times.every((time, i) => i === 0 || time >= (times[i - 1] ?? 0))).toBe(true);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(`${SCHOOL_YEAR_START}T00:00:00Z`));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse(DEMO_TODAY));
    expect(new Set(all.map((record) => record.completion_id)).size).toBe(all.length);
  });

  it('breaks about 0.3% of the records, in four ways', () => {
    const broken = all.filter((record) => blokkodoBrokenIds().has(record.completion_id));
    expect(broken.length / all.length).toBeGreaterThan(0.002);
    expect(broken.length / all.length).toBeLessThan(0.004);
    expect(broken.filter((record) => record.learner === undefined).length).toBeGreaterThan(0);
    expect(broken.filter((record) => record.stars > 3).length).toBeGreaterThan(0);
    expect(broken.filter((record) => Number.isNaN(Date.parse(record.completed_at))).length).toBeGreaterThan(0);
    expect(broken.filter((record) => record.attempts < 1).length).toBeGreaterThan(0);
    const intact = all.filter((record) => !blokkodoBrokenIds().has(record.completion_id));
    expect(intact.every((record) => record.stars >= 0 && record.stars <= 3 && record.attempts >= 1 && record.learner !== undefined)).toBe(true);
  });

  it('includes the unmapped concept events and the project world', () => {
    const events = all.filter((record) => record.puzzle.concept === 'events').length;
    expect(events / all.length).toBeGreaterThan(0.02);
    expect(events / all.length).toBeLessThan(0.12);
    expect(all.some((record) => record.puzzle.world === 'Eigen project')).toBe(true);
  });

  it('groep 5 does mostly difficulty 1-2, groep 7 and the brugklas mostly 2-3', () => {
    const groupOf = new Map(DEMO_PUPILS.map((pupil) => [pupil.ref, demoGroupOf(pupil).yearLevel]));
    const share = (level: string, difficulties: number[]) => {
      const mine = all.filter((record) => groupOf.get(record.learner ?? '') === level);
      return mine.filter((record) => difficulties.includes(record.puzzle.difficulty)).length / mine.length;
    };
    expect(share('groep-5', [1, 2])).toBeGreaterThan(0.85);
    expect(share('groep-7', [2, 3])).toBeGreaterThan(0.85);
    expect(share('brugklas', [2, 3])).toBeGreaterThan(0.85);
  });

  it("a 'fast' pupil's later stars beat the earlier ones on average", () => {
    const fast = DEMO_PUPILS.filter((pupil) => pupil.profile === 'fast');
    expect(fast.length).toBeGreaterThan(3);
    for (const pupil of fast) {
      const records = of(pupil.ref);
      const early = records.filter((record) => yearFraction(new Date(record.completed_at)) < 0.35);
      const late = records.filter((record) => yearFraction(new Date(record.completed_at)) > 0.65);
      expect(stars(late)).toBeGreaterThan(stars(early) + 0.3);
    }
  });

  it('low mastery needs more attempts', () => {
    const slow = DEMO_PUPILS.filter((pupil) => pupil.profile === 'slow').flatMap((pupil) => of(pupil.ref));
    const fast = DEMO_PUPILS.filter((pupil) => pupil.profile === 'fast').flatMap((pupil) => of(pupil.ref));
    expect(mean(slow.map((record) => record.attempts))).toBeGreaterThan(mean(fast.map((record) => record.attempts)));
  });

  it("a 'dropout' pupil has no completions after stopAt", () => {
    const dropouts = DEMO_PUPILS.filter((pupil) => pupil.profile === 'dropout');
    expect(dropouts.length).toBeGreaterThan(0);
    for (const pupil of dropouts) {
      const records = of(pupil.ref);
      expect(records.length).toBeGreaterThan(10);
      const last = Math.max(...records.map((record) => yearFraction(new Date(record.completed_at))).filter(Number.isFinite));
      expect(last).toBeLessThan(pupil.stopAt ?? 0);
    }
  });
});
