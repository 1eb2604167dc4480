import { describe, expect, it } from 'vitest';
import { goalId, pupilRef, sourceId } from '@/domain/ids';
import { latestNormBands, normBandsFor } from '@/domain/progress/norm-bands';
import { buildResult } from '../../../support/result-builder';

const NOW = '2026-07-03T12:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const ANNA = pupilRef('anna');
const BRAM = pupilRef('bram');
const GETALLEN = goalId('rekenen.getallen.1f');
const METEN = goalId('rekenen.meten-meetkunde.1f');
const A = sourceId('sommenspoor');
const B = sourceId('blokkodo');
const band = (label: string, colour = '#1a7f37') => ({ label, colour });

describe('latestNormBands', () => {
  it('keeps per pupil, goal and source the band of the latest result that has one, sources in id order', () => {
    const results = [
      buildResult({ pupil: ANNA, source: A, time: daysAgo(20), normBand: band('III') }),
      buildResult({ pupil: ANNA, source: A, time: daysAgo(10), normBand: band('I') }),
      // Newer, but without a band: the band of the result before stays.
      buildResult({ pupil: ANNA, source: A, time: daysAgo(2), normBand: null }),
      buildResult({ pupil: ANNA, source: B, time: daysAgo(30), normBand: band('V', '#cf222e') }),
      buildResult({ pupil: BRAM, source: A, time: daysAgo(5), normBand: band('IV') }),
    ];
    const index = latestNormBands(results, NOW);
    expect(normBandsFor(index, ANNA, GETALLEN)).toEqual([
      { source: B, band: band('V', '#cf222e'), at: daysAgo(30) },
      { source: A, band: band('I'), at: daysAgo(10) },
    ]);
    expect(normBandsFor(index, BRAM, GETALLEN).map((item) => item.band.label)).toEqual(['IV']);
    expect(normBandsFor(index, BRAM, METEN)).toEqual([]);
  });

  it('counts a result for each of its goals, leaves out the future and unreadable times, and breaks ties by id', () => {
    const both = buildResult({ pupil: ANNA, source: A, time: daysAgo(3), goals: [GETALLEN, METEN], normBand: band('II') });
    const future = buildResult({ pupil: ANNA, source: A, time: daysAgo(-1), normBand: band('V') });
    const broken = buildResult({ pupil: ANNA, source: A, time: 'gisteren', normBand: band('V') });
    const index = latestNormBands([future, both, broken], NOW);
    expect(normBandsFor(index, ANNA, GETALLEN).map((item) => item.band.label)).toEqual(['II']);
    expect(normBandsFor(index, ANNA, METEN).map((item) => item.band.label)).toEqual(['II']);
    const x = buildResult({ pupil: ANNA, source: A, time: daysAgo(1), normBand: band('X') });
    const y = buildResult({ pupil: ANNA, source: A, time: daysAgo(1), normBand: band('Y') });
    const winner = x.id > y.id ? 'X' : 'Y';
    expect(normBandsFor(latestNormBands([x, y], NOW), ANNA, GETALLEN)[0]?.band.label).toBe(winner);
    expect(normBandsFor(latestNormBands([y, x], NOW), ANNA, GETALLEN)[0]?.band.label).toBe(winner);
  });
});
