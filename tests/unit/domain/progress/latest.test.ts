import { describe, expect, it } from 'vitest';
import { pupilRef, sourceId, type SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { latestActivity } from '@/domain/progress/latest';
import { buildResult } from '../../../support/result-builder';

function result(source: SourceId, time: string): Result {
  return buildResult({ source, pupil: pupilRef('ref-anna'), goals: [], time, success: true });
}

const SOM = sourceId('src-som');
const LV = sourceId('src-lv');
const BLK = sourceId('src-blk');

describe('latestActivity', () => {
  it('gives per source the latest time and the count, most recent source first', () => {
    const results = [
      result(SOM, '2026-02-01T10:00:00.000Z'),
      result(LV, '2026-02-10T10:00:00.000Z'),
      result(SOM, '2026-02-20T10:00:00.000Z'),
      result(BLK, '2026-01-05T10:00:00.000Z'),
      result(SOM, '2026-02-03T10:00:00.000Z'),
    ];
    expect(latestActivity(results)).toEqual([
      { source: SOM, time: '2026-02-20T10:00:00.000Z', count: 3 },
      { source: LV, time: '2026-02-10T10:00:00.000Z', count: 1 },
      { source: BLK, time: '2026-01-05T10:00:00.000Z', count: 1 },
    ]);
  });

  it('compares instants, not strings, and keeps the time as the source wrote it', () => {
    // 09:30Z is later than 10:00+02:00 (08:00Z), though it sorts earlier as text
    const results = [result(SOM, '2026-02-01T10:00:00+02:00'), result(SOM, '2026-02-01T09:30:00Z'), result(LV, '2026-02-01T09:00:00Z')];
    expect(latestActivity(results)).toEqual([
      { source: SOM, time: '2026-02-01T09:30:00Z', count: 2 },
      { source: LV, time: '2026-02-01T09:00:00Z', count: 1 },
    ]);
  });

  it('is empty without results', () => {
    expect(latestActivity([])).toEqual([]);
  });
});
