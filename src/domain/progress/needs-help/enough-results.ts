import { medianOf } from './group-spread';
import type { PupilResults } from './results-index';

/**
 * Per pupil (in the order given), whether they have enough results in the look-back to be judged on learning: at least
 * `share` of the group's median number of results in it (docs/decisions/033). Too few results cannot tell a stall from
 * noise; the group's own median sets the bar, so a school whose tools report little asks little and one that reports
 * much asks more. All true where `share` is null. Pure.
 */
export function enoughResults(entries: readonly (PupilResults | undefined)[], sinceMs: number, share: number | null): boolean[] {
  const counts = entries.map((entry) => (entry?.times ?? []).filter((time) => time >= sinceMs).length);
  if (share === null || counts.length === 0) return counts.map(() => true);
  const median = medianOf([...counts].sort((a, b) => a - b));
  return counts.map((count) => count >= share * median);
}
