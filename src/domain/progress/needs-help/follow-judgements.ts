import type { PupilKey, PupilRef } from '../../ids';
import { judgementKey, type TeacherJudgement } from '../../teacher-judgement';
import type { NeedsHelpEntry } from './needs-help';

/**
 * Needs-help follows the teacher: a reason about a goal the teacher judged "beheerst" (a judgement
 * still in force, see judgementsInForce) is left out, and a pupil left without reasons is not listed.
 * Reasons not about one goal (inactive) stay: a judgement speaks of a goal, not of the pupil's activity.
 */
export function followJudgements(
  entries: readonly NeedsHelpEntry[],
  refOf: (key: PupilKey) => PupilRef | undefined,
  inForce: ReadonlyMap<string, TeacherJudgement>,
): NeedsHelpEntry[] {
  if (inForce.size === 0) return [...entries];
  return entries.flatMap((entry) => {
    const ref = refOf(entry.key);
    if (ref === undefined) return [entry];
    const reasons = entry.reasons.filter((reason) => !('goal' in reason) || inForce.get(judgementKey(ref, reason.goal))?.status !== 'mastered');
    if (reasons.length === entry.reasons.length) return [entry];
    return reasons.length > 0 ? [{ ...entry, reasons }] : [];
  });
}
