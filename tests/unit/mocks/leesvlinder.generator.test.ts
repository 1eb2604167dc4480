import { describe, expect, it } from 'vitest';
import { endOfIsoWeek } from '@/adapters/leesvlinder/leesvlinder.mapper';
import { schoolWeeks, yearFraction } from '../../../mocks/demo-school/calendar';
import { DEMO_PUPILS } from '../../../mocks/demo-school/school';
import {
  generateLeesvlinderData,
  isoWeek,
  leesvlinderData,
  type LeesvlinderSummary,
} from '../../../mocks/suppliers/leesvlinder/leesvlinder.generator';

const data = leesvlinderData();
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const fractionOf = (week: string) => yearFraction(new Date(endOfIsoWeek(week) ?? 0));

/** The pupil's intact summaries of one skill, with the year fraction of their week. */
function summariesOf(ref: string, skill: LeesvlinderSummary['skill'] = 'BEGRIP') {
  return data.items
    .filter((item) => item.pupil === ref && item.skill === skill && !data.broken.has(item.id))
    .map((item) => ({ item, fraction: fractionOf(item.week) }));
}

describe('leesvlinder generator', () => {
  it('is deterministic (two builds are equal) and memoised', () => {
    const again = generateLeesvlinderData();
    expect(again).not.toBe(data);
    expect(again.items).toEqual(data.items);
    expect(again.broken).toEqual(data.broken);
    expect(leesvlinderData()).toBe(data);
  });

  it('has 6,000 to 8,000 weekly summaries, from every pupil, with unique ids', () => {
    expect(data.items.length).toBeGreaterThanOrEqual(6_000);
    expect(data.items.length).toBeLessThanOrEqual(8_000);
    expect(new Set(data.items.map((item) => item.id)).size).toBe(data.items.length);
    expect(new Set(data.pupilOf.values()).size).toBe(DEMO_PUPILS.length);
  });

  it('gives 2 or 3 skills per pupil per week read, and pupils skip some weeks', () => {
    const perPupilWeek = new Map<string, Set<string>>();
    for (const item of data.items) {
      const key = `${data.pupilOf.get(item.id)?.ref}|${item.week}`;
      perPupilWeek.set(key, (perPupilWeek.get(key) ?? new Set()).add(item.skill));
    }
    const intact = [...perPupilWeek].filter(([key]) => !key.endsWith('W99'));
    for (const [, skills] of intact) {
      expect(skills.size).toBeGreaterThanOrEqual(1);
      expect(skills.size).toBeLessThanOrEqual(3);
    }
    expect(intact.filter(([, skills]) => skills.size >= 2).length / intact.length).toBeGreaterThan(0.99);
    // Not every active pupil reads every week: fewer pupil-weeks than pupils x weeks.
    expect(intact.length).toBeLessThan(DEMO_PUPILS.length * schoolWeeks().length * 0.95);
  });

  it('is sorted by week (the broken weeks aside), within the school year', () => {
    const weeks = data.items.filter((item) => !data.broken.has(item.id)).map((item) => item.week);
    for (let i = 1; i < weeks.length; i += 1) expect((weeks[i] ?? '') >= (weeks[i - 1] ?? '')).toBe(true);
    const schoolYear = new Set(schoolWeeks().map(isoWeek));
    expect(weeks.every((week) => schoolYear.has(week))).toBe(true);
    expect(isoWeek(new Date('2025-09-08T00:00:00Z'))).toBe('2025-W37');
  });

  it('breaks about 0.3% on purpose, of each kind, and carries the unmapped vocabulary skill', () => {
    const share = data.broken.size / data.items.length;
    expect(share).toBeGreaterThan(0.002);
    expect(share).toBeLessThan(0.005);
    expect(new Set(data.broken.values())).toEqual(new Set(['missing-pupil', 'invalid-score', 'invalid-time']));
    for (const [id, kind] of data.broken) {
      const item = data.items.find((candidate) => candidate.id === id);
      if (kind === 'missing-pupil') expect(item?.pupil).toBeUndefined();
      if (kind === 'invalid-score') expect(item?.percentage).toBeGreaterThan(100);
      if (kind === 'invalid-time') expect(endOfIsoWeek(item?.week ?? '')).toBeNull();
    }
    expect(data.items.filter((item) => item.skill === 'WOORDENSCHAT').length).toBeGreaterThan(500);
  });

  it('keeps percentages whole numbers in 0..100 and levels that fit the group', () => {
    const intact = data.items.filter((item) => !data.broken.has(item.id));
    expect(intact.every((item) => Number.isInteger(item.percentage) && item.percentage >= 0 && item.percentage <= 100)).toBe(true);
    expect(intact.every((item) => item.minutes >= 10 && item.minutes <= 60 && item.exercises >= 4)).toBe(true);
    const levelsIn = (group: string) => new Set(intact.filter((item) => data.pupilOf.get(item.id)?.group === group).map((item) => item.level));
    expect(levelsIn('groep-5a')).toEqual(new Set(['Rups', 'Cocon']));
    expect(levelsIn('groep-7b')).toEqual(new Set(['Cocon', 'Vlinder']));
    expect(levelsIn('brugklas-1c')).toEqual(new Set(['Vlinder', 'Zwaluwstaart']));
  });

  it("a fast pupil's later scores beat the earlier ones on average", () => {
    const fast = DEMO_PUPILS.filter((pupil) => pupil.profile === 'fast');
    expect(fast.length).toBeGreaterThan(5);
    for (const pupil of fast) {
      const summaries = summariesOf(pupil.ref);
      const early = summaries.filter((s) => s.fraction < 0.3).map((s) => s.item.percentage);
      const late = summaries.filter((s) => s.fraction > 0.7).map((s) => s.item.percentage);
      expect(early.length).toBeGreaterThan(3);
      expect(mean(late)).toBeGreaterThan(mean(early) + 10);
    }
  });

  it('a stalled pupil flattens: little change after the stall', () => {
    for (const pupil of DEMO_PUPILS.filter((p) => p.profile === 'stall' && p.group === 'groep-5a')) {
      const stallAt = pupil.stallAt ?? 0;
      // groep 5 moves from Rups to Cocon at 0.4 of the year: compare Cocon weeks only.
      const after = summariesOf(pupil.ref).filter((s) => s.fraction > Math.max(stallAt, 0.4));
      const first = after.filter((s) => s.fraction < 0.6).map((s) => s.item.percentage);
      const last = after.filter((s) => s.fraction > 0.8).map((s) => s.item.percentage);
      expect(Math.abs(mean(last) - mean(first))).toBeLessThan(10);
    }
  });

  it('a dropout pupil has no summaries after stopAt', () => {
    const dropouts = DEMO_PUPILS.filter((pupil) => pupil.profile === 'dropout');
    expect(dropouts.length).toBeGreaterThan(0);
    for (const pupil of dropouts) {
      const fractions = data.items
        .filter((item) => data.pupilOf.get(item.id) === pupil && !data.broken.has(item.id))
        .map((item) => fractionOf(item.week));
      expect(fractions.length).toBeGreaterThan(20);
      expect(Math.max(...fractions)).toBeLessThan(pupil.stopAt ?? 0);
    }
  });
});
