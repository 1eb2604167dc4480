import type { LineId } from '@/domain/ids';
import { isEstimatorName, type EstimatorName, type LineEstimatorChoices } from '@/domain/progress/estimators/names';
import type { LeerzichtDb } from './db';

/** Settings key of a line's method: `estimator.<lineId>`. */
export const ESTIMATOR_KEY_PREFIX = 'estimator.';

/** The method chosen per line; a stored value that is no (longer a) method is skipped, so the line uses the default. */
export async function lineEstimatorChoices(db: LeerzichtDb): Promise<LineEstimatorChoices> {
  const records = await db.settings.where('key').startsWith(ESTIMATOR_KEY_PREFIX).toArray();
  const choices: Partial<Record<LineId, EstimatorName>> = {};
  for (const record of records) {
    if (isEstimatorName(record.value)) choices[record.key.slice(ESTIMATOR_KEY_PREFIX.length) as LineId] = record.value;
  }
  return choices;
}

/** Stores the method for one line; 'default' removes the choice. */
export async function setLineEstimator(db: LeerzichtDb, line: LineId, name: EstimatorName): Promise<void> {
  const key = `${ESTIMATOR_KEY_PREFIX}${line}`;
  if (name === 'default') await db.settings.delete(key);
  else if (isEstimatorName(name)) await db.settings.put({ key, value: name });
  else throw new Error(`"${String(name)}" is no method of estimating mastery`);
}
