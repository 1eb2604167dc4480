import type { GoalId, PupilRef, SourceId } from '../ids';
import type { NormBand, Result } from '../model';
import { instantMs } from './instant';

/** A supplier's own judgement of a pupil on a goal: the band of its latest result on the goal that carries one. */
export interface LatestNormBand {
  readonly source: SourceId;
  readonly band: NormBand;
  /** Time of that result (ISO). */
  readonly at: string;
}

/** Latest norm bands per pupil, per goal, per source (sources in id order). */
export type NormBandIndex = ReadonlyMap<PupilRef, ReadonlyMap<GoalId, readonly LatestNormBand[]>>;

/**
 * Per pupil x goal, for each source, the norm band of that source's latest result (up to `now`)
 * that carries one: shown beside our status so a teacher sees the supplier's own judgement too.
 * Results without a band, with an unreadable time, or after `now` are passed over; on equal times
 * the result with the larger id wins, so the choice does not depend on input order.
 */
export function latestNormBands(results: readonly Result[], now: Date | string): NormBandIndex {
  const nowMs = new Date(now).getTime();
  const latest = new Map<PupilRef, Map<GoalId, Map<SourceId, { entry: LatestNormBand; ms: number; id: string }>>>();
  for (const result of results) {
    if (!result.normBand) continue;
    const ms = instantMs(result.time);
    if (Number.isNaN(ms) || ms > nowMs) continue;
    let byGoal = latest.get(result.pupil);
    if (!byGoal) latest.set(result.pupil, (byGoal = new Map()));
    for (const goal of new Set(result.goals)) {
      let bySource = byGoal.get(goal);
      if (!bySource) byGoal.set(goal, (bySource = new Map()));
      const seen = bySource.get(result.source);
      if (seen && (seen.ms > ms || (seen.ms === ms && seen.id > result.id))) continue;
      bySource.set(result.source, { entry: { source: result.source, band: result.normBand, at: result.time }, ms, id: result.id });
    }
  }
  const index = new Map<PupilRef, Map<GoalId, LatestNormBand[]>>();
  for (const [pupil, byGoal] of latest) {
    const goals = new Map<GoalId, LatestNormBand[]>();
    for (const [goal, bySource] of byGoal) {
      goals.set(
        goal,
        [...bySource.values()].map((item) => item.entry).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
      );
    }
    index.set(pupil, goals);
  }
  return index;
}

/** The latest bands of one pupil on one goal (empty when no source gave one). */
export const normBandsFor = (index: NormBandIndex, pupil: PupilRef, goal: GoalId): readonly LatestNormBand[] => index.get(pupil)?.get(goal) ?? [];
