import { describe, expect, it } from 'vitest';
import { lineId } from '@/domain/ids';
import { lineEstimatorChoices, setLineEstimator } from '@/store/estimator-choice.repo';
import { freshDb } from '../../support/render-app';

describe('estimator choice per line', () => {
  it('stores a method under estimator.<lineId>, and "default" removes it', async () => {
    const db = freshDb();
    await setLineEstimator(db, lineId('rekenen'), 'highest');
    await setLineEstimator(db, lineId('taal'), 'nTimes');
    expect(await db.settings.get('estimator.rekenen')).toEqual({ key: 'estimator.rekenen', value: 'highest' });
    expect(await lineEstimatorChoices(db)).toEqual({ rekenen: 'highest', taal: 'nTimes' });
    await setLineEstimator(db, lineId('rekenen'), 'default');
    expect(await lineEstimatorChoices(db)).toEqual({ taal: 'nTimes' });
  });

  it('skips a stored value that is no method, keeps other settings, and never loses it', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'estimator.rekenen', value: 'magic' },
      { key: 'estimator.taal', value: 'latest' },
      { key: 'retention', value: 365 },
    ]);
    expect(await lineEstimatorChoices(db)).toEqual({ taal: 'latest' });
    expect(await db.settings.get('estimator.rekenen')).toEqual({ key: 'estimator.rekenen', value: 'magic' });
  });
});
