import type { NeedsHelpRule } from './rule';
import type { PupilResults } from './results-index';
import { schoolDaysBetween } from './school-days';

/**
 * Whether a pupil's quiet spell (school days since their last result) singles them out as inactive
 * (decision 006). It must be at least the rule's `inactiveSchoolDays`, and, where the group has
 * INACTIVE_GROUP_MIN_PUPILS pupils with results to say what is usual:
 * - at least INACTIVE_GROUP_FACTOR times the group's median quiet spell: where a source delivers once a
 *   week, two quiet weeks are usual (the outside check saw a third of a group listed that way);
 * - longer than `inactiveGroupShare` of the group's quiet spells: where practice comes in bursts,
 *   ill weeks and tools dropped, long quiet spells are common and one more says little;
 * - with `inactiveGroupRhythm`, longer than `inactiveGroupShare` of the longest quiet spells the group's
 *   pupils had before between two of their results: where going quiet for weeks is the group's rhythm;
 * - and at least `inactiveGroupMargin` (2) times as long as those two group spells: one a little longer than
 *   the group's long ones is common (decision 006, fourth robustness pass);
 * and, with `inactiveOwnRhythm`, longer than any quiet spell the pupil had before this one (between
 * two of their results): a pupil who often works in bursts two weeks apart is not singled out by one more.
 */
export function inactiveJudge(pupils: Iterable<PupilResults>, nowMs: number, rule: NeedsHelpRule): (entry: PupilResults) => number | null {
  const quiet = (entry: PupilResults) => schoolDaysBetween(entry.last, nowMs);
  const active = [...pupils].filter((entry) => entry.last > -Infinity);
  const spells = active.map(quiet).sort((a, b) => a - b);
  let from = rule.inactiveSchoolDays;
  let longerThan = -Infinity;
  if (spells.length >= INACTIVE_GROUP_MIN_PUPILS) {
    from = Math.max(from, INACTIVE_GROUP_FACTOR * (spells[Math.floor((spells.length - 1) / 2)] as number));
    if (rule.inactiveGroupShare !== null) {
      const at = Math.ceil(rule.inactiveGroupShare * spells.length) - 1;
      longerThan = spells[at] ?? -Infinity;
      // the group's rhythm: where pupils often went quiet this long between results before, one more says little
      if (rule.inactiveGroupRhythm)
        longerThan = Math.max(longerThan, active.map((entry) => longestEarlierSpell(entry.times)).sort((a, b) => a - b)[at] ?? -Infinity);
    }
  }
  return (entry) => {
    if (entry.last === -Infinity) return null;
    const days = quiet(entry);
    if (days < from || !(days > longerThan && days >= rule.inactiveGroupMargin * longerThan)) return null;
    if (rule.inactiveOwnRhythm && days <= longestEarlierSpell(entry.times)) return null;
    return days;
  };
}

/**
 * Whether a pupil without a single result stands out as "no activity yet" (decision 006, third robustness
 * pass): where nobody in the group has a result, yes (nothing to compare with); elsewhere only when the
 * group has been practising (since its first result) for as long as a quiet spell must last to single a
 * pupil out (inactiveJudge's `inactiveSchoolDays` and INACTIVE_GROUP_FACTOR x the group's median quiet
 * spell): at the start of a term, or of a source's data, a pupil who has not started yet is no concern.
 */
export function neverActiveJudge(pupils: Iterable<PupilResults>, nowMs: number, rule: NeedsHelpRule): boolean {
  const active = [...pupils].filter((entry) => entry.last > -Infinity);
  if (active.length === 0) return true;
  let first = Infinity;
  for (const entry of active) for (const time of entry.times) if (time < first) first = time;
  const practising = schoolDaysBetween(first, nowMs);
  const spells = active.map((entry) => schoolDaysBetween(entry.last, nowMs)).sort((a, b) => a - b);
  const median = spells.length >= INACTIVE_GROUP_MIN_PUPILS ? (spells[Math.floor((spells.length - 1) / 2)] as number) : 0;
  return practising >= Math.max(rule.inactiveSchoolDays, INACTIVE_GROUP_FACTOR * median);
}

/** The longest quiet spell (school days) between two of a pupil's results. */
function longestEarlierSpell(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let longest = 0;
  for (let i = 1; i < sorted.length; i += 1) longest = Math.max(longest, schoolDaysBetween(sorted[i - 1] as number, sorted[i] as number));
  return longest;
}

/** How many times the group's median quiet spell a pupil's must be to stand out as inactive. */
export const INACTIVE_GROUP_FACTOR = 4;
/** Pupils with results needed before the group's quiet spells say what is usual. */
const INACTIVE_GROUP_MIN_PUPILS = 8;
