import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs } from '@/domain/progress/instant';

describe('instantMs', () => {
  it('reads the canonical UTC form exactly as Date.parse does', () => {
    expect(instantMs('2026-03-02T12:00:00.000Z')).toBe(Date.UTC(2026, 2, 2, 12));
    expect(instantMs('1970-01-01T00:00:00.000Z')).toBe(0);
    expect(instantMs('2024-02-29T23:59:59.999Z')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
    expect(instantMs('2000-03-01T00:00:00.001Z')).toBe(Date.UTC(2000, 2, 1, 0, 0, 0, 1));
  });

  it('agrees with Date.parse on any date in years 1000-9999 (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        expect(instantMs(iso)).toBe(Date.parse(iso));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('hands every other form to Date.parse (offsets, no milliseconds, impossible dates, garbage)', () => {
    for (const iso of [
      '2026-03-02T12:00:00Z',
      '2026-03-02T13:00:00.000+01:00',
      '2026-03-02',
      '2026-02-30T00:00:00.000Z',
      '2025-02-29T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-03-02T24:00:00.000Z',
      '20x6-03-02T12:00:00.000Z',
      'not a date at all, 24 ch',
    ]) {
      expect(Object.is(instantMs(iso), Date.parse(iso)), iso).toBe(true);
    }
    expect(instantMs('20x6-03-02T12:00:00.000Z')).toBeNaN();
  });
});
