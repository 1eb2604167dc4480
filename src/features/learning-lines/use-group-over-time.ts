import { useMemo } from 'react';
import type { PupilKey } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import type { EstimatorContext } from '@/domain/progress/estimators/estimate';
import { estimatorFor, type LineEstimatorChoices } from '@/domain/progress/estimators/registry';
import { estimatedTrend } from '@/domain/progress/estimated-trend';
import { groupOverTime, type GroupOverTime, type PupilTrend } from '@/domain/progress/group-over-time';
import { isDataMatter, type NeedsHelpEntry } from '@/domain/progress/needs-help';
import { filterResults, type ResultFilter } from '@/domain/progress/result-filter';
import type { PupilWithRoster } from '@/store/school.queries';

export interface GroupOverTimeInput {
  readonly line: LearningLine;
  readonly lines: readonly LearningLine[];
  readonly pupils: readonly PupilWithRoster[];
  /** The group's results, unfiltered (the view's filter is applied here, as the grid does). */
  readonly results: readonly Result[];
  readonly filter: ResultFilter;
  readonly choices: LineEstimatorChoices;
  /** The group's context following the group (the profile's trend). */
  readonly levelContext: EstimatorContext;
  /** Who Wie heeft hulp nodig lists for the group (store/needs-help.view.ts, the same rule and filter). */
  readonly needHelp: readonly NeedsHelpEntry[];
  readonly now: string;
}

export interface GroupOverTimeData {
  readonly series: GroupOverTime<PupilKey> | null;
  readonly error: Error | null;
}

/**
 * The group on one line week by week (groupOverTime): every current pupil's weekly level with the
 * line's method (estimatedTrend, the profile's trend), and the pupils Wie heeft hulp nodig lists
 * (computed in the compute worker, its default rule) for a goal of this line or for not practising
 * at all, marked.
 */
export function groupLineOverTime(input: GroupOverTimeInput): GroupOverTimeData {
  const { line, lines, pupils, filter, choices, now } = input;
  let results: readonly Result[];
  try {
    results = filterResults(input.results, filter, { now, lines });
  } catch (error) {
    return { series: null, error: error instanceof Error ? error : new Error(String(error)) };
  }
  const current = pupils.filter(({ pupil }) => !pupil.leftAt).map(({ pupil }) => ({ key: pupil.key, ref: pupil.ref }));
  const estimatorOf = (candidate: LearningLine) => estimatorFor(candidate.id, choices);
  const onLine = new Set<string>(line.goals.map((goal) => goal.id));
  const flagged = new Set(
    // as on Wie heeft hulp nodig: a pupil listed only for the absence of data is not flagged (decision 026)
    input.needHelp
      .filter((entry) => !isDataMatter(entry) && entry.reasons.some((reason) => reason.kind === 'inactive' || onLine.has(reason.goal)))
      .map((entry) => entry.key),
  );
  const byPupil = new Map<string, Result[]>();
  for (const result of results) {
    if (!result.goals.some((goal) => onLine.has(goal))) continue;
    const list = byPupil.get(result.pupil);
    if (list) list.push(result);
    else byPupil.set(result.pupil, [result]);
  }
  const estimator = estimatorOf(line);
  const context = { ...input.levelContext, now };
  const trends: PupilTrend<PupilKey>[] = current.map((pupil) => ({
    key: pupil.key,
    flagged: flagged.has(pupil.key),
    trend: estimatedTrend(byPupil.get(pupil.ref) ?? [], line, estimator, context),
  }));
  return { series: groupOverTime(trends), error: null };
}

/** groupLineOverTime for the page, computed again only when its input changes. */
export function useGroupLineOverTime(input: GroupOverTimeInput | null): GroupOverTimeData {
  const filterKey = JSON.stringify(input?.filter ?? {});
  // The contexts are learnt from the results (a new object per render with the real clock): the
  // results and `now` (to the minute, ui/clock-context useMinute) stand for them, so a render does
  // not recompute every pupil's trend.
  return useMemo(
    () => (input ? groupLineOverTime(input) : { series: null, error: null }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [input?.line, input?.lines, input?.needHelp, input?.pupils, input?.results, filterKey, input?.choices, input?.now],
  );
}
