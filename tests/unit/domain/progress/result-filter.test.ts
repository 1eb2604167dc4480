import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, lineById } from '@/curriculum';
import { lineId, sourceId } from '@/domain/ids';
import { encodeResults } from '@/domain/progress/encoded-results';
import { filterResults, keptMask, periodRange, schoolDayStartMs, schoolYearOf } from '@/domain/progress/result-filter';
import { buildResult } from '../../../support/result-builder';

const now = '2026-03-15T12:00:00.000Z';
const context = { now, lines: BUILT_IN_LINES };
const rekenen = lineById('rekenen')!;
const programmeren = lineById('programmeren')!;
const sum = rekenen.goals[0]!.id;
const loop = programmeren.goals[0]!.id;

describe('periodRange', () => {
  it('gives the school year now falls in, from 1 August to 1 August at midnight in Amsterdam (summer time: 22:00 UTC)', () => {
    const range = periodRange({ kind: 'school-year' }, now);
    expect(new Date(range.fromMs).toISOString()).toBe('2025-07-31T22:00:00.000Z');
    expect(new Date(range.toMs).toISOString()).toBe('2026-07-31T22:00:00.000Z');
  });

  it('gives an earlier school year by its start year', () => {
    const range = periodRange({ kind: 'school-year', startYear: 2024 }, now);
    expect(new Date(range.fromMs).toISOString()).toBe('2024-07-31T22:00:00.000Z');
    expect(new Date(range.toMs).toISOString()).toBe('2025-07-31T22:00:00.000Z');
  });

  it('starts a new school year on 1 August in Amsterdam, not on 1 August in UTC', () => {
    expect(schoolYearOf(Date.parse('2026-07-31T21:59:59.999Z'))).toBe(2025);
    expect(schoolYearOf(Date.parse('2026-07-31T22:00:00.000Z'))).toBe(2026);
  });

  it('starts "since a date" at that school day in Amsterdam, winter time and summer time alike', () => {
    expect(new Date(schoolDayStartMs('2026-01-10')).toISOString()).toBe('2026-01-09T23:00:00.000Z');
    expect(new Date(schoolDayStartMs('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(schoolDayStartMs('2026-03-30')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(periodRange({ kind: 'since', date: '2026-01-10' }, now)).toEqual({ fromMs: Date.parse('2026-01-09T23:00:00.000Z'), toMs: Infinity });
  });

  it('counts the last weeks back from now', () => {
    expect(periodRange({ kind: 'last-weeks', weeks: 2 }, now).fromMs).toBe(Date.parse('2026-03-01T12:00:00.000Z'));
  });

  it('refuses a period that is no period, saying what is wrong', () => {
    expect(() => periodRange({ kind: 'since', date: '2026-02-30' }, now)).toThrow(/2026-02-30.*yyyy-mm-dd/);
    expect(() => periodRange({ kind: 'last-weeks', weeks: 0 }, now)).toThrow(/0 is not a number of weeks/);
    expect(() => periodRange({ kind: 'last-weeks', weeks: 1.5 }, now)).toThrow(/number of weeks/);
    expect(() => periodRange({ kind: 'school-year', startYear: 20.5 }, now)).toThrow(/start year/);
  });
});

describe('filterResults', () => {
  const old = buildResult({ time: '2025-06-01T10:00:00.000Z', goals: [sum] });
  const autumn = buildResult({ time: '2025-10-01T10:00:00.000Z', goals: [sum], workForm: 'test', source: sourceId('src-b') });
  const recent = buildResult({ time: '2026-03-10T10:00:00.000Z', goals: [sum, loop] });
  const unmapped = buildResult({ time: '2026-03-11T10:00:00.000Z', goals: [] });
  const all = [old, autumn, recent, unmapped];

  it('returns the results themselves when nothing is filtered', () => {
    expect(filterResults(all, {}, context)).toBe(all);
    expect(filterResults(all, { sources: [], workForms: [], lines: [] }, context)).toBe(all);
  });

  it('keeps the results of the period, in their order', () => {
    expect(filterResults(all, { period: { kind: 'school-year' } }, context)).toEqual([autumn, recent, unmapped]);
    expect(filterResults(all, { period: { kind: 'school-year', startYear: 2024 } }, context)).toEqual([old]);
    expect(filterResults(all, { period: { kind: 'since', date: '2026-03-11' } }, context)).toEqual([unmapped]);
    expect(filterResults(all, { period: { kind: 'last-weeks', weeks: 1 } }, context)).toEqual([recent, unmapped]);
  });

  it('keeps the chosen sources and work forms', () => {
    expect(filterResults(all, { sources: [sourceId('src-b')] }, context)).toEqual([autumn]);
    expect(filterResults(all, { workForms: ['practice'] }, context)).toEqual([old, recent, unmapped]);
    expect(filterResults(all, { workForms: ['test'], sources: [sourceId('src-a')] }, context)).toEqual([]);
  });

  it('keeps the results with a goal on a chosen line, as they are, and leaves unmapped results out', () => {
    const kept = filterResults(all, { lines: [programmeren.id] }, context);
    expect(kept).toEqual([recent]);
    expect(kept[0]).toBe(recent);
    expect(filterResults(all, { lines: [rekenen.id, programmeren.id] }, context)).toEqual([old, autumn, recent]);
  });

  it('gives the same results over the encoded columns (keptMask)', () => {
    const encoded = encodeResults(all);
    const filters = [
      { period: { kind: 'school-year' as const } },
      { lines: [programmeren.id], workForms: ['practice' as const] },
      { sources: [sourceId('src-b')], period: { kind: 'last-weeks' as const, weeks: 30 } },
    ];
    for (const filter of filters) {
      const mask = keptMask(encoded, filter, context)!;
      expect(all.filter((_, i) => mask[i] === 1)).toEqual(filterResults(all, filter, context));
    }
    expect(keptMask(encoded, {}, context)).toBeNull();
  });

  it('refuses a line or work form it does not know, naming it', () => {
    expect(() => filterResults(all, { lines: [lineId('breien')] }, context)).toThrow(/"breien" is not a learning line/);
    // @ts-expect-error: a work form from a hand-edited URL
    expect(() => filterResults(all, { workForms: ['homework'] }, context)).toThrow(/"homework" is not a work form/);
  });
});
