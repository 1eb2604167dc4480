import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatShortDate } from '@/i18n/format';

// Intl may put a narrow no-break space between a time and its parts: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting dates and numbers (formatters kept per locale and form)', () => {
  it('formats dates in Amsterdam time, in each locale, whichever locale came first', () => {
    // 22:30 UTC on 2 July is 3 July in Amsterdam (summer time).
    const late = '2026-07-02T22:30:00Z';
    expect(formatDate('nl', late)).toBe('3 juli 2026');
    expect(formatDate('en', late)).toBe('3 July 2026');
    expect(formatDate('nl', new Date('2026-01-15T12:00:00Z'))).toBe('15 januari 2026');
    expect(formatShortDate('nl', late)).toBe('3 jul');
    expect(formatShortDate('en', late)).toBe('3 Jul');
    expect(plain(formatDateTime('nl', late))).toMatch(/^3 jul 2026,? 00:30$/);
    expect(plain(formatDateTime('en', late))).toMatch(/^3 Jul 2026,? 00:30$/);
  });

  it('keeps a number formatter per number of fraction digits and per locale', () => {
    expect(formatNumber('nl', 1234.5)).toBe('1.235');
    expect(formatNumber('nl', 1234.5, 1)).toBe('1.234,5');
    expect(formatNumber('nl', 2, 2)).toBe('2,00');
    expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
    expect(formatNumber('nl', 1234.5)).toBe('1.235');
    expect(() => formatNumber('nl', 1, -1)).toThrow(RangeError);
  });

  it('formats a fraction as a whole percentage', () => {
    expect(formatPercent('nl', 0.456)).toBe('46%');
    expect(formatPercent('en', 0.456)).toBe('46%');
  });
});
