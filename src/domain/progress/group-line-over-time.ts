/**
 * The group on one line week by week (groupOverTime): every current pupil's weekly level with the
 * line's method (estimatedTrend, the profile's trend), and the pupils Wie heeft hulp nodig lists for
 * a goal of this line or for not practising at all, marked. Pure, over plain data: the compute worker
 * runs it over the group's results it reads itself (store/class-grid.api.ts).
 */
import type { PupilKey } from '../ids';
import type { LearningLine, Result } from '../model';
import type { GridPupil } from './estimated-grid';
import type { EstimatorContext } from './estimators/estimate';
import { estimatorFor, type LineEstimatorChoices } from './estimators/registry';
import { estimatedTrend } from './estimated-trend';
import { groupOverTime, type GroupOverTime, type PupilTrend } from './group-over-time';
import { isDataMatter, type NeedsHelpEntry } from './needs-help';
import { filterResults, type ResultFilter } from './result-filter';

export interface LineOverTimeAsk {
  readonly line: LearningLine;
  /** Every line of the curriculum (a filter on lines is resolved against them). */
  readonly lines: readonly LearningLine[];
  /** The group's current pupils (not those who left), in the group's order. */
  readonly pupils: readonly GridPupil[];
  readonly filter: ResultFilter;
  readonly choices: LineEstimatorChoices;
  /** Who Wie heeft hulp nodig lists for the group (the same rule and filter). */
  readonly needHelp: readonly NeedsHelpEntry[];
  /** The view's clock (ISO, to the minute). */
  readonly now: string;
}

export interface GroupLineOverTimeInput extends LineOverTimeAsk {
  /** The group's results, unfiltered (the view's filter is applied here, as the grid does). */
  readonly results: readonly Result[];
  /** The group's context following the group (the profile's trend); its `now` is replaced by `now`. */
  readonly levelContext: EstimatorContext;
}

/** The group's weekly levels on the line; throws when the filter cannot be applied (its reason). */
export function groupLineOverTime(input: GroupLineOverTimeInput): GroupOverTime<PupilKey> {
  const { line, lines, pupils, filter, choices, now } = input;
  const results = filterResults(input.results, filter, { now, lines });
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
  const estimator = estimatorFor(line.id, choices);
  const context = { ...input.levelContext, now };
  const trends: PupilTrend<PupilKey>[] = pupils.map((pupil) => ({
    key: pupil.key,
    flagged: flagged.has(pupil.key),
    trend: estimatedTrend(byPupil.get(pupil.ref) ?? [], line, estimator, context),
  }));
  return groupOverTime(trends);
}
