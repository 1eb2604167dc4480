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
    expect('result' in mapped && mapped.result.goals).toEqual([]);
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
      fc.property(fc.oneof(fc.anything(), fc.record({ id: fc.string(), pupil: fc.string(), week: fc.string(), skill: fc.string(), level: fc.string(), percentage: fc.double(), exercises: fc.integer() })), (raw) => {
        const mapped = mapLeesvlinderSummary(raw, ctx);
        expect('result' in mapped || ('rejection' in mapped && mapped.rejection.detail.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
