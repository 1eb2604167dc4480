import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The first page loads src/domain/school-day.ts (through the filter parameters) without asking for
 * a day: its formatter with a time zone, which loads the zone's data (a long task on a phone), is
 * made at the first call, not when the module loads (issue 12 goal 6, decision 040).
 */
describe('schoolDay', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('makes its time-zone formatter at the first call, once', async () => {
    const Original = Intl.DateTimeFormat;
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args: ConstructorParameters<typeof Original>) {
      return new Original(...args);
    });
    vi.resetModules();
    const { schoolDay } = await import('@/domain/school-day');
    expect(made).not.toHaveBeenCalled();
    expect(schoolDay(new Date('2026-07-03T23:30:00Z'))).toBe('2026-07-04');
    expect(schoolDay(new Date('2026-01-03T22:30:00Z'))).toBe('2026-01-03');
    expect(made).toHaveBeenCalledTimes(1);
  });
});
