/**
 * Everything Wie heeft hulp nodig computes for one group, as one pure function over plain data, so
 * it can run off the main thread (the app's compute worker) as well as inline, with the same
 * outcome: the group's context (calibration and priors, learnt from all of its results as every
 * view does), the rule (with the group's course model, decision 006), the teacher's judgements in
 * force, and the instruction groups per line. Pure; only data that survives a structured clone
 * goes in and comes out (lines, choices and judgements as data, no functions).
 */
import type { LearningLine, Result } from '../../model';
import { judgementsInForce, type TeacherJudgement } from '../../teacher-judgement';
import { encodeResults } from '../encoded-results';
import type { EstimatorContext } from '../estimators/estimate';
import { contextInstant, groupContextEncoded, latestTime } from '../estimators/group-context';
import { estimatorFor, type LineEstimatorChoices } from '../estimators/registry';
import { filterResults, type ResultFilter } from '../result-filter';
import { followJudgements } from './follow-judgements';
import { goalEstimators } from './goal-estimators';
import { instructionGroups, type InstructionGroups } from './instruction-groups';
import { needsHelp, type NeedsHelpEntry, type NeedsHelpPupil } from './needs-help';
import type { NeedsHelpRule } from './rule';

export interface NeedsHelpViewInput {
  /** The group's pupils still in it, in the group's order. */
  readonly pupils: readonly NeedsHelpPupil[];
  /** All of the group's results (goals resolved), unfiltered: the context is learnt from them. */
  readonly results: readonly Result[];
  /** The view's filters (period, source, work form): they leave results out of what is judged. */
  readonly filter: ResultFilter;
  readonly lines: readonly LearningLine[];
  /** The group's target level per line id (null or absent: the line is not for this group). */
  readonly targetLevels: Readonly<Record<string, string | null>>;
  /** The method chosen per line. */
  readonly choices: LineEstimatorChoices;
  readonly rule: NeedsHelpRule;
  /** ISO instant. */
  readonly now: string;
  /** The teacher's judgements of these pupils: a reason about a goal judged mastered goes while they are in force. */
  readonly judgements: readonly TeacherJudgement[];
}

export interface LineInstructionGroups {
  readonly line: LearningLine;
  readonly groups: InstructionGroups;
}

export interface NeedsHelpView {
  /** Who needs help: inactive first (they need a word before instruction), then most reasons first (group order within). */
  readonly entries: readonly NeedsHelpEntry[];
  /** Instruction groups per line with goals at the group's target level, pupils listed as inactive left out. */
  readonly groups: readonly LineInstructionGroups[];
}

const isInactive = (entry: NeedsHelpEntry) => entry.reasons.some((reason) => reason.kind === 'inactive');
const severity = (entry: NeedsHelpEntry) => (isInactive(entry) ? 1000 : 0) + entry.reasons.length;

/** The group's context as every view of it learns it (store/group-context.results.ts): from all results, as of the newest one up to now. */
export function viewContext(results: readonly Result[], now: string): EstimatorContext {
  const encoded = encodeResults(results);
  return { ...groupContextEncoded(encoded, new Date(contextInstant(latestTime(encoded), Date.parse(now)))), now };
}

/** Who needs help and the instruction groups. Throws where the filter cannot be applied (as filterResults does). */
export function needsHelpView(input: NeedsHelpViewInput): NeedsHelpView {
  const { pupils, lines, rule, now } = input;
  const results = filterResults(input.results, input.filter, { now, lines });
  const targetLevel = (line: LearningLine) => input.targetLevels[line.id] ?? null;
  // Every reason and the instruction groups measure a goal with the method chosen for its line.
  const estimatorOf = (line: LearningLine) => estimatorFor(line.id, input.choices);
  const halfLife = rule.halfLifeDays ? { halfLifeDays: rule.halfLifeDays } : {};
  // The group's calibration and priors without followGroup: growth from a pupil's own results.
  const context = { ...viewContext(input.results, now), ...halfLife };
  // A reason about a goal the teacher judged mastered goes until newer results (all of them, unfiltered) disagree.
  const inForce = judgementsInForce(input.judgements, input.results);
  const refOf = new Map(pupils.map((pupil) => [pupil.key, pupil.ref] as const));
  const entries = followJudgements(
    needsHelp({ pupils, results, lines, targetLevel, now, estimatorOf, context }, rule),
    (key) => refOf.get(key),
    inForce,
  );
  // Per line (a pupil's weakest goal in reading and in programming are different lessons), without
  // the inactive pupils: they need a word first, not a small group.
  const inactive = new Set(entries.filter(isInactive).map((entry) => entry.key));
  const active = pupils.filter((pupil) => !inactive.has(pupil.key));
  const options = { now, estimatorOf: goalEstimators(lines, estimatorOf), context: { ...context, followGroup: true }, ...halfLife };
  const groups = lines.flatMap((line) => {
    const goals = line.goals.filter((goal) => goal.level === targetLevel(line));
    const found = goals.length > 0 ? instructionGroups(active, results, goals, options) : null;
    return found && (found.groups.length > 0 || found.leftovers.length > 0) ? [{ line, groups: found }] : [];
  });
  return { entries: [...entries].sort((a, b) => severity(b) - severity(a)), groups };
}
