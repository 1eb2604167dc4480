/**
 * The product's needs-help rule (src/domain/progress/needs-help) on the simulated school, against the
 * truly stalled pupils: the school is split into groups of `groupSize` pupils (the app judges one
 * group at a time, "others" are that group), every goal is one learning line at one level that is
 * every group's target, and a pupil counts as flagged when any reason holds. The rule runs as the
 * app runs it, on the group's results only.
 */
import { lineId, pupilKey } from '@/domain/ids';
import type { LearningLine } from '@/domain/model';
import { DEFAULT_RULE, isDataMatter, isNoResultsYet, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { f1Of, precisionOf, recallOf, type Confusion } from './metrics';
import { trulyStalled, weekEnd, type Simulation } from './simulate';

export interface RuleRow {
  readonly estimator: string;
  readonly weeks: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly stalled: number;
  readonly flagged: number;
  /** Share of a group flagged: mean over the groups, and the largest. */
  readonly flaggedShare: number;
  readonly maxGroupShare: number;
  /** Share of the pupils truly stalled (what a perfect rule would flag). */
  readonly stalledShare: number;
  /** Flagged pupils per reason kind (a pupil with two kinds counts for both); NO_RESULTS_YET: left out as such. */
  readonly byReason: Readonly<Record<string, number>>;
  /** Of those, truly stalled (byReasonStuck / byReason: each reason's own precision). */
  readonly byReasonStuck: Readonly<Record<string, number>>;
}

export const SIM_LEVEL = 'sim-level';
/** byReason's key for the pupils left out as "no results yet" (isNoResultsYet): shown apart, not counted as listed. */
export const NO_RESULTS_YET = 'no-results-yet';
/** byReason's key for the pupils left out as without results lately (isDataMatter, decision 026): shown apart, not counted as listed. */
export const QUIET_APART = 'quiet-apart';

/** The simulated goals as one learning line with one level. */
export function simLine(sim: Simulation): LearningLine {
  const id = lineId('sim-line');
  const text = (value: string) => ({ nl: value, en: value });
  return {
    id,
    subject: 'rekenen' as LearningLine['subject'],
    title: text('Simulated line'),
    description: text(''),
    levels: [{ id: SIM_LEVEL, label: text(SIM_LEVEL), sloIds: [], order: 0 }],
    strands: [{ id: 'sim', title: text('sim'), sloIds: [] }],
    goals: sim.goals.map((goal, order) => ({
      id: goal,
      sloIds: [],
      line: id,
      subject: 'rekenen' as LearningLine['subject'],
      level: SIM_LEVEL,
      strand: 'sim',
      order,
      title: text(goal),
    })),
  };
}

export function evaluateRule(
  sim: Simulation,
  weeks: readonly number[],
  { groupSize = 25, rule = DEFAULT_RULE, name = 'needsHelp' }: { groupSize?: number; rule?: NeedsHelpRule; name?: string } = {},
): RuleRow[] {
  const line = simLine(sim);
  return weeks.map((week) => {
    const nowMs = weekEnd(sim, week);
    const confusion: Confusion = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
    const byReason: Record<string, number> = {};
    const byReasonStuck: Record<string, number> = {};
    let stalled = 0;
    let flagged = 0;
    const shares: number[] = [];
    for (let first = 0; first < sim.pupils.length; first += groupSize) {
      const group = sim.pupils.slice(first, first + groupSize);
      const refs = new Set(group.map((pupil) => pupil.ref as string));
      const results = sim.results.filter((result) => refs.has(result.pupil) && Date.parse(result.time) <= nowMs);
      const pupils = group.map((pupil, i) => ({ key: pupilKey(first + i), ref: pupil.ref }));
      const entries = new Map(
        needsHelp({ pupils, results, lines: [line], targetLevel: () => SIM_LEVEL, now: new Date(nowMs) }, rule).map((entry) => [
          entry.key as number,
          entry,
        ]),
      );
      // "no results yet" and "no results lately" are data matters the page shows apart (decision 006, sixth pass;
      // decision 026): not counted as listed
      const apart = new Map(
        [...entries].filter(([, entry]) => isDataMatter(entry)).map(([key, entry]) => [key, isNoResultsYet(entry) ? NO_RESULTS_YET : QUIET_APART]),
      );
      for (const key of apart.keys()) entries.delete(key);
      shares.push(entries.size / group.length);
      group.forEach((pupil, i) => {
        const entry = entries.get(first + i);
        const isStalled = trulyStalled(pupil, sim.goals.length, week);
        if (isStalled) stalled += 1;
        const kind = apart.get(first + i);
        if (kind) {
          byReason[kind] = (byReason[kind] ?? 0) + 1;
          if (isStalled) byReasonStuck[kind] = (byReasonStuck[kind] ?? 0) + 1;
        }
        if (entry) {
          flagged += 1;
          for (const kind of new Set(entry.reasons.map((reason) => reason.kind))) {
            byReason[kind] = (byReason[kind] ?? 0) + 1;
            if (isStalled) byReasonStuck[kind] = (byReasonStuck[kind] ?? 0) + 1;
          }
        }
        if (isStalled && entry) confusion.truePositive += 1;
        else if (entry) confusion.falsePositive += 1;
        else if (isStalled) confusion.falseNegative += 1;
      });
    }
    return {
      estimator: name,
      weeks: week,
      precision: precisionOf(confusion),
      recall: recallOf(confusion),
      f1: f1Of(confusion),
      stalled,
      flagged,
      flaggedShare: shares.reduce((sum, share) => sum + share, 0) / shares.length,
      maxGroupShare: Math.max(...shares),
      stalledShare: stalled / sim.pupils.length,
      byReason,
      byReasonStuck,
    };
  });
}
