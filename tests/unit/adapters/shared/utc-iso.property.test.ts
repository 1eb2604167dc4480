import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inFuture, MAX_CLOCK_SKEW_MS } from '@/adapters/shared/map-helpers';
import { z } from 'zod';
import { patternOf } from '@/adapters/shared/guards';
import { isoInstant, isUtcInstant, utcIso } from '@/adapters/shared/utc-iso';

const viaDate = (text: string) => {
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};

/** Texts shaped like a UTC instant, with every field anywhere in 0..99 (or 0..9999 for the year), and some characters changed. */
const nearInstants = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 5, maxLength: 5 }),
    fc.option(fc.integer({ min: 0, max: 999 })),
    fc.nat(30),
    fc.constantFrom('', 'x', '0', 'Z', 'z', 't', ' ', '+', '-', '.', ':'),
  )
  .map(([year, [month, day, hour, minute, second], ms, at, put]) => {
    const two = (n: number | undefined) => String(n).padStart(2, '0');
    const text = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${ms === null ? '' : `.${String(ms).padStart(3, '0')}`}Z`;
    return at < 24 && put !== '' ? text.slice(0, at) + put + text.slice(at + 1) : text;
  });

describe('utcIso: toISOString of a UTC text without Date.parse', () => {
  it('gives what Date.parse + toISOString give, or null', () => {
    fc.assert(
      fc.property(fc.oneof(nearInstants, fc.string()), (text) => {
        const fast = utcIso(text);
        if (fast !== null) expect(fast).toBe(viaDate(text));
        expect(isoInstant(text)).toBe(viaDate(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads every instant written to the second or the millisecond (so the fast path is taken)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        expect(utcIso(iso)).toBe(iso);
        expect(utcIso(iso.replace(/\.\d{3}Z$/, 'Z'))).toBe(iso.replace(/\.\d{3}Z$/, '.000Z'));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('isUtcInstant: a guard may take it for the schema pattern of an instant', () => {
  const INSTANT = patternOf(z.iso.datetime({ offset: true }));

  it('every text it takes matches z.iso.datetime({ offset: true }) (so a guard using it is never looser)', () => {
    fc.assert(
      fc.property(fc.oneof(nearInstants, fc.string()), (text) => {
        if (isUtcInstant(text)) expect(INSTANT.test(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    for (const text of ['0000-02-29T00:00:00Z', '2100-02-29T00:00:00Z', '2000-02-29T23:59:59.999Z', '2026-02-29T10:00:00Z', '2026-03-05T24:00:00Z'])
      expect(isUtcInstant(text)).toBe(INSTANT.test(text));
  });

  it('answers from its last text only when the text is the same (a guard, then its mapper, read one time)', () => {
    const texts = ['2026-03-05T08:15:00Z', '2026-03-05T08:15:00Z', 'gisteren', '2026-03-05T08:15:00.250Z', 'gisteren', '2026-03-05T08:15:00Z'];
    for (const text of texts) expect(utcIso(text)).toBe(viaDate(text) !== null && /Z$/.test(text) ? viaDate(text) : null);
  });
});

describe('inFuture compares as Date.parse does', () => {
  it('past the moment of import plus the allowed skew, for any texts', () => {
    const instants = fc.oneof(
      nearInstants,
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.constantFrom('2026-02-04T10:00:00Z', '2026-02-04T10:00:00.001Z', '2026-02-04T10:00:00+01:00', 'not a time', ''),
    );
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom('2026-02-03T10:00:00.000Z', '2026-02-03T10:00:00Z', 'garbage', '+275760-09-13T00:00:00.000Z'),
        (time, now) => {
          const late = Date.parse(time) > Date.parse(now) + MAX_CLOCK_SKEW_MS;
          expect(inFuture('t', time, now) !== null).toBe(late);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
