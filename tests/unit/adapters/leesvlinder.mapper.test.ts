import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sourceId } from '@/domain/ids';
import { endOfIsoWeek, mapLeesvlinderSummary } from '@/adapters/leesvlinder/leesvlinder.mapper';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';

const ctx = { source: sourceId('leesvlinder'), mapping: LEESVLINDER_DEFAULT_MAPPING, now: '2026-07-03T12:00:00.000Z' };
const ref = `https://demo.invalid/nep-eckid/201703/${'ab'.repeat(64)}`;
const good = { id: 'lv-1', pupil: ref, week: '2025-W37', skill: 'BEGRIP', level: 'Vlinder', percentage: 72, exercises: 14, minutes: 35 };

describe('leesvlinder mapper', () => {
  it('maps a weekly summary to a canonical result at the end of its school week', () => {
    const mapped = mapLeesvlinderSummary(good, ctx);
    expect(mapped).toEqual({
      result: {
        id: 'leesvlinder|lv-1',
        source: 'leesvlinder',
        recordId: 'lv-1',
        pupil: ref,
        code: 'BEGRIP:Vlinder',
        goals: ['lezen.zakelijk.2f'],
        level: 'Vlinder',
        workForm: 'practice',
        time: '2025-09-12T15:00:00.000Z',
        score: { raw: 72, min: 0, max: 100, scaled: 0.72 },
        success: null,
        completion: true,
        durationSeconds: 2100,
        attempt: null,
        normBand: null,
      },
    });
  });

  it('keeps a vocabulary summary with no goals (unmapped, reported later)', () => {
    const mapped = mapLeesvlinderSummary({ ...good, skill: 'WOORDENSCHAT' }, ctx);
    expect('result' in mapped && [mapped.result.code, mapped.result.goals]).toEqual(['WOORDENSCHAT:Vlinder', []]);
  });

  it('keeps a summary whose code the mapping does not know, and an empty mapping maps nothing', () => {
    const strange = mapLeesvlinderSummary({ ...good, skill: 'SPELLING', level: 'Libel' }, ctx);
    expect('result' in strange && [strange.result.code, strange.result.goals, strange.result.level]).toEqual(['SPELLING:Libel', [], 'Libel']);
    const empty = mapLeesvlinderSummary(good, { ...ctx, mapping: {} });
    expect('result' in empty && empty.result.goals).toEqual([]);
  });

  it.each([
    ['BEGRIP', 'Rups', 'lezen.zakelijk.1f'],
    ['BEGRIP', 'Cocon', 'lezen.zakelijk.1f'],
    ['BEGRIP', 'Zwaluwstaart', 'lezen.zakelijk.1s'],
    ['VERHAAL', 'Rups', 'lezen.fictie.1f'],
    ['VERHAAL', 'Vlinder', 'lezen.fictie.2f'],
    ['VERHAAL', 'Zwaluwstaart', 'lezen.fictie.1s'],
  ])('maps %s at level %s to %s through the default table', (skill, level, goal) => {
    const mapped = mapLeesvlinderSummary({ ...good, skill, level }, ctx);
    expect('result' in mapped && [mapped.result.goals, mapped.result.level]).toEqual([[goal], level]);
  });

  it('reads completion from the exercise count and leaves the duration empty without minutes', () => {
    const { minutes: _minutes, ...withoutMinutes } = good;
    const mapped = mapLeesvlinderSummary({ ...withoutMinutes, exercises: 0, percentage: 0 }, ctx);
    expect('result' in mapped && [mapped.result.completion, mapped.result.durationSeconds, mapped.result.score]).toEqual([
      false,
      null,
      { raw: 0, min: 0, max: 100, scaled: 0 },
    ]);
  });

  it('names a rejection by the record id, or by a stable fingerprint when there is none', () => {
    const named = mapLeesvlinderSummary({ ...good, percentage: -5 }, ctx);
    expect('rejection' in named && [named.rejection.id, named.rejection.recordId, named.rejection.at]).toEqual(['leesvlinder|lv-1', 'lv-1', ctx.now]);
    expect('rejection' in named && named.rejection.detail).toMatch(/^percentage: /);
    const { id: _id, ...anonymous } = good;
    const first = mapLeesvlinderSummary(anonymous, ctx);
    const second = mapLeesvlinderSummary({ ...anonymous }, ctx);
    expect('rejection' in first && first.rejection.recordId).toBeNull();
    expect('rejection' in first && first.rejection.id).toMatch(/^leesvlinder\|anon-/);
    expect(first).toEqual(second);
  });

  it.each([
    [{ ...good, pupil: undefined }, 'missing-pupil'],
    [{ ...good, pupil: 'jan.jansen@school.nl' }, 'not-a-pseudonym'],
    [{ ...good, percentage: 140 }, 'invalid-score'],
    [{ ...good, week: '2025-W99' }, 'invalid-time'],
    [{ ...good, week: 'last week' }, 'invalid-time'],
    [{ ...good, exercises: -1 }, 'invalid-record'],
    ['<script>alert(1)</script>', 'invalid-record'],
  ])('rejects a broken summary with its reason (%#)', (raw, code) => {
    const mapped = mapLeesvlinderSummary(raw, ctx);
    expect('rejection' in mapped && mapped.rejection.code).toBe(code);
  });

  it('never repeats a pupil value in a rejection detail', () => {
    const mapped = mapLeesvlinderSummary({ ...good, pupil: 'Jan Jansen' }, ctx);
    expect('rejection' in mapped && mapped.rejection.detail).not.toContain('Jansen');
  });

  it('knows the ISO weeks: week 1 of 2026 ends on Friday 2 January, 2025 has no week 53', () => {
    expect(endOfIsoWeek('2026-W01')).toBe('2026-01-02T15:00:00.000Z');
    expect(endOfIsoWeek('2020-W53')).toBe('2021-01-01T15:00:00.000Z');
    expect(endOfIsoWeek('2025-W53')).toBeNull();
  });

  it('turns any JSON value into a result or a rejection, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            id: fc.string(),
            pupil: fc.string(),
            week: fc.string(),
            skill: fc.string(),
            level: fc.string(),
            percentage: fc.double(),
            exercises: fc.integer(),
          }),
        ),
        (raw) => {
          const mapped = mapLeesvlinderSummary(raw, ctx);
          expect('result' in mapped || ('rejection' in mapped && mapped.rejection.detail.length > 0)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('turns any parsed JSON text into a result or a rejection, never an exception', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const raw: unknown = JSON.parse(text);
        const mapped = mapLeesvlinderSummary(raw, ctx);
        expect(Object.keys(mapped)).toHaveLength(1);
        expect('result' in mapped || 'rejection' in mapped).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
