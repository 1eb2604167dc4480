/**
 * One group's figures as `npm run report` prints them: per pupil x goal the estimate with its 95%
 * margin, and per pupil whether they need help and why (or are listed only for a gap in the data). Built from the very functions the views
 * call (groupContext, estimatedClassGrid, needsHelp), never from a copy of them.
 */
import { pupilKey, type PupilRef, type SourceId } from '../ids';
import type { LearningLine, Result } from '../model';
import { estimatedClassGrid } from './estimated-grid';
import { marginInterval, observationsOf, type Estimator } from './estimators/estimate';
import { groupContext } from './estimators/group-context';
import type { LineMastery } from './line-mastery';
import type { MasteryStatus } from './mastery';
import { DEFAULT_RULE, followJudgements, isDataMatter, isNoResultsYet, needsHelp, type NeedsHelpRule, type Reason } from './needs-help';
import { currentJudgements, judgementKey, judgementState, type JudgedStatus, type JudgeRole, type TeacherJudgement } from '../teacher-judgement';

export interface GroupReportInput {
  /** The group's pupils (pseudonyms), in the order to report them. */
  readonly pupils: readonly PupilRef[];
  /** The group's results (others are left out). */
  readonly results: readonly Result[];
  readonly lines: readonly LearningLine[];
  /** The level the group works towards on a line (null: the line is not for this group). */
  readonly targetLevel: (line: LearningLine) => string | null;
  readonly now: Date | string;
  /** The mastery method per line, as the school chose it (estimatorFor). */
  readonly estimatorOf: (line: LearningLine) => Estimator;
  readonly rule?: NeedsHelpRule;
  /** The teachers' own judgements (the app's export): followed until newer results disagree. */
  readonly judgements?: readonly TeacherJudgement[];
}

/** One pupil x goal with evidence. */
export interface GoalReportLine {
  readonly pupil: PupilRef;
  readonly goal: string;
  readonly line: string;
  readonly estimate: number;
  /** The 95% margin around the estimate (marginInterval), within 0..1; the estimate itself when the method states none. */
  readonly low: number;
  readonly high: number;
  readonly status: MasteryStatus;
  /** Results the estimate rests on. */
  readonly results: number;
  /** The sources those results came from. */
  readonly sources: readonly SourceId[];
  /** Time of the latest of them (ISO). */
  readonly lastResult: string;
  /** The estimate's own status, where a teacher's judgement in force set `status`. */
  readonly estimateStatus?: MasteryStatus;
  /** The teacher's newest judgement of the goal, if any; `outdated` when newer results disagree (then `status` is the estimate's). */
  readonly judgement?: { readonly status: JudgedStatus; readonly date: string; readonly role: JudgeRole; readonly outdated: boolean };
}

export interface LineReport {
  readonly value: number | null;
  readonly status: MasteryStatus;
  readonly goals: number;
  readonly mastered: number;
  readonly results: number;
}

/**
 * A pupil listed only for the absence of data, as the needs-help page shows them apart from who needs help
 * (no-results.ts): not a single result yet, or none in the group's usual rhythm lately.
 */
export type DataGap = 'no-results-yet' | 'no-results-lately';

/** One pupil: needs help or not (and why), and their mastery per line with evidence. */
export interface PupilReportLine {
  readonly pupil: PupilRef;
  /** On the page's list of who needs help: a reason about learning (a data gap alone is not one). */
  readonly needsHelp: boolean;
  /** Listed only for the absence of data (the page's lists apart), or null. */
  readonly dataGap: DataGap | null;
  readonly reasons: readonly Reason[];
  readonly lines: Readonly<Record<string, LineReport>>;
}

export interface GroupReport {
  readonly goals: readonly GoalReportLine[];
  readonly pupils: readonly PupilReportLine[];
}

const lineReport = (mastery: LineMastery): LineReport => ({
  value: mastery.value,
  status: mastery.status,
  goals: mastery.goalsWithEvidence,
  mastered: mastery.goalsMastered,
  results: mastery.evidence,
});

/** The sources of a pupil's results with evidence on a goal up to `now`, in order. */
function sourcesOf(results: readonly Result[], pupil: PupilRef, goal: string, now: Date | string): SourceId[] {
  const own = results.filter((result) => result.pupil === pupil && result.goals.some((id) => id === goal));
  return [...new Set(observationsOf(own, now).map(({ source }) => source))].sort();
}

export function groupReport(input: GroupReportInput): GroupReport {
  const { results, lines, now, estimatorOf } = input;
  const pupils = input.pupils.map((ref, i) => ({ key: pupilKey(i + 1), ref }));
  // As the views: one group context; the grid shows the level that follows the group, needs-help measures growth without it.
  const context = groupContext(results, now);
  const grid = estimatedClassGrid(pupils, results, lines, { ...context, followGroup: true }, estimatorOf);
  // The teacher's judgement in force (newest per pupil x goal, not contradicted by newer results) is followed.
  const judged = new Map([...currentJudgements(input.judgements ?? [])].map(([key, item]) => [key, judgementState(item, results)] as const));
  const inForce = new Map([...judged].flatMap(([key, state]) => (state.outdated ? [] : [[key, state.judgement] as const])));
  const refOf = new Map(pupils.map((pupil) => [pupil.key, pupil.ref]));
  const found = needsHelp({ pupils, results, lines, targetLevel: input.targetLevel, now, estimatorOf, context }, input.rule ?? DEFAULT_RULE);
  const followed = followJudgements(found, (key) => refOf.get(key), inForce);
  const entries = new Map(followed.map((entry) => [entry.key, entry.reasons]));
  const gaps = new Map(
    followed.flatMap((entry) => (isDataMatter(entry) ? [[entry.key, isNoResultsYet(entry) ? 'no-results-yet' : 'no-results-lately'] as const] : [])),
  );
  const goals: GoalReportLine[] = [];
  const pupilLines: PupilReportLine[] = [];
  for (const row of grid) {
    for (const line of lines)
      for (const goal of line.goals) {
        const mastery = row.goals[goal.id];
        if (!mastery) continue;
        const { low, high } = marginInterval(mastery.value, mastery.uncertainty ?? 0);
        const state = judged.get(judgementKey(row.ref, goal.id));
        const follow = state && !state.outdated;
        goals.push({
          pupil: row.ref,
          goal: goal.id,
          line: line.id,
          estimate: mastery.value,
          low,
          high,
          status: follow ? state.judgement.status : mastery.status,
          results: mastery.evidence,
          sources: sourcesOf(results, row.ref, goal.id, now),
          lastResult: mastery.lastAt,
          ...(state
            ? {
                ...(follow ? { estimateStatus: mastery.status } : {}),
                judgement: { status: state.judgement.status, date: state.judgement.date, role: state.judgement.role, outdated: state.outdated },
              }
            : {}),
        });
      }
    const reasons = entries.get(row.key) ?? [];
    const withEvidence = Object.entries(row.lines).filter(([, mastery]) => mastery.value !== null);
    pupilLines.push({
      pupil: row.ref,
      needsHelp: reasons.length > 0 && !gaps.has(row.key),
      dataGap: gaps.get(row.key) ?? null,
      reasons,
      lines: Object.fromEntries(withEvidence.map(([id, mastery]) => [id, lineReport(mastery)])),
    });
  }
  return { goals, pupils: pupilLines };
}
