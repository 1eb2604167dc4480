import { describe, expect, it } from 'vitest';
import { parseDuration, parseTime } from '@/adapters/csv/csv.values';

describe('parseTime: dates that do not exist', () => {
  it('refuses a day past the end of the month also with a time zone, instead of rolling into the next month', () => {
    expect(parseTime('2026-02-30T10:00:00Z')).toBeNull();
    expect(parseTime('2026-04-31T10:00:00+02:00')).toBeNull();
    expect(parseTime('2026-02-28T10:00:00Z')).toBe('2026-02-28T10:00:00.000Z');
  });

  it('reads a local ISO time with fractional seconds, as the zoned form allows', () => {
    expect(parseTime('2026-03-02T09:15:00.250')).toBe('2026-03-02T08:15:00.000Z');
  });
});

describe('parseDuration: clock notation', () => {
  it('reads mm:ss and h:mm:ss', () => {
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('1:02:03')).toBe(3723);
  });

  it('refuses minutes or seconds past 59 in h:mm:ss and seconds past 59 in mm:ss', () => {
    expect(parseDuration('0:75')).toBeUndefined();
    expect(parseDuration('1:99:00')).toBeUndefined();
  });
});
