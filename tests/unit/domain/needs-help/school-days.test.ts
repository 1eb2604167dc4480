import { describe, expect, it } from 'vitest';
import { schoolDaysBetween } from '@/domain/progress/needs-help';

describe('schoolDaysBetween', () => {
  it('counts the weekdays after the day of the last activity up to today', () => {
    // 2026-07-03 is a Friday.
    expect(schoolDaysBetween('2026-07-03T08:00:00Z', '2026-07-03T15:00:00Z')).toBe(0);
    expect(schoolDaysBetween('2026-07-02T08:00:00Z', '2026-07-03T15:00:00Z')).toBe(1);
    expect(schoolDaysBetween('2026-07-03T08:00:00Z', '2026-07-06T08:00:00Z')).toBe(1); // Friday -> Monday
    expect(schoolDaysBetween('2026-07-04T08:00:00Z', '2026-07-05T08:00:00Z')).toBe(0); // Saturday -> Sunday
    expect(schoolDaysBetween('2026-06-19T08:00:00Z', '2026-07-03T08:00:00Z')).toBe(10); // two weeks
    expect(schoolDaysBetween('2026-06-18T08:00:00Z', '2026-07-03T08:00:00Z')).toBe(11);
  });

  it('is zero when the activity lies in the future', () => {
    expect(schoolDaysBetween('2026-07-10T08:00:00Z', '2026-07-03T08:00:00Z')).toBe(0);
  });

  it('agrees with counting day by day over many spans', () => {
    const base = Date.parse('2026-01-01T12:00:00Z');
    for (let from = 0; from < 14; from += 1) {
      for (let span = 0; span < 40; span += 1) {
        let expected = 0;
        for (let day = from + 1; day <= from + span; day += 1) {
          const weekday = new Date(base + day * 86_400_000).getUTCDay();
          if (weekday !== 0 && weekday !== 6) expected += 1;
        }
        expect(schoolDaysBetween(base + from * 86_400_000, base + (from + span) * 86_400_000)).toBe(expected);
      }
    }
  });
});
