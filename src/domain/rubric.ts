import type { GoalId, PupilRef, RubricId } from './ids';
import type { LocalText } from './model';

/** A level of a rubric, lowest first. */
export interface RubricLevel {
  readonly id: string;
  readonly label: LocalText;
}

export interface RubricCriterion {
  readonly id: string;
  readonly title: LocalText;
  /** Relative weight in the rubric's overall score (default 1). */
  readonly weight: number;
  /** Goals this criterion gives evidence for. */
  readonly goals: readonly GoalId[];
  /** What a pupil at each level shows, by level id. */
  readonly descriptors: Readonly<Record<string, LocalText>>;
  /** The steps that lead from each level to the next, by level id (none for the top level). */
  readonly steps: Readonly<Record<string, LocalText>>;
}

/** A skills rubric: criteria x levels, with a target level (streefdoel) per criterion per year group. */
export interface Rubric {
  readonly id: RubricId;
  readonly title: LocalText;
  readonly description: LocalText;
  readonly levels: readonly RubricLevel[];
  readonly criteria: readonly RubricCriterion[];
  /** yearLevel ('groep-5', 'brugklas', ...) -> criterion id -> target level id. */
  readonly targets: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A teacher's judgement of one pupil on one criterion, dated. */
export interface Assessment {
  readonly id: string;
  readonly rubric: RubricId;
  readonly criterion: string;
  readonly pupil: PupilRef;
  readonly level: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
  readonly note: string;
}

/** A level's position as 0..1 (lowest 0, highest 1), or null for a level the rubric does not have. */
export function levelScale(rubric: Rubric, level: string): number | null {
  const index = rubric.levels.findIndex((candidate) => candidate.id === level);
  if (index < 0) return null;
  return rubric.levels.length === 1 ? 1 : index / (rubric.levels.length - 1);
}

/** What leads on from a level: the criterion's step for it, or none at the top level, or none written (or a level the rubric no longer has). */
export type NextStep = { readonly kind: 'step'; readonly text: LocalText } | { readonly kind: 'top' } | { readonly kind: 'none' };

export function nextStep(rubric: Rubric, criterion: RubricCriterion, level: string): NextStep {
  const index = rubric.levels.findIndex((candidate) => candidate.id === level);
  if (index < 0) return { kind: 'none' };
  if (index === rubric.levels.length - 1) return { kind: 'top' };
  const step = criterion.steps[level];
  return step && (step.nl.trim() !== '' || step.en.trim() !== '') ? { kind: 'step', text: step } : { kind: 'none' };
}

/** The newest assessment per criterion for one pupil (later date wins; on the same date the later entry). */
export function latestPerCriterion(assessments: readonly Assessment[], rubric: Rubric, pupil: PupilRef): Map<string, Assessment> {
  const latest = new Map<string, Assessment>();
  for (const assessment of assessments) {
    if (assessment.rubric !== rubric.id || assessment.pupil !== pupil) continue;
    const before = latest.get(assessment.criterion);
    if (!before || assessment.date >= before.date) latest.set(assessment.criterion, assessment);
  }
  return latest;
}

/** Weighted mean of the latest levels on a 0..1 scale; null when nothing was assessed. */
export function rubricScore(assessments: readonly Assessment[], rubric: Rubric, pupil: PupilRef): number | null {
  const latest = latestPerCriterion(assessments, rubric, pupil);
  let sumW = 0;
  let sum = 0;
  for (const criterion of rubric.criteria) {
    const assessment = latest.get(criterion.id);
    const scaled = assessment ? levelScale(rubric, assessment.level) : null;
    if (scaled === null) continue;
    sumW += criterion.weight;
    sum += criterion.weight * scaled;
  }
  return sumW === 0 ? null : sum / sumW;
}

/** 'level-removed': judged at a level the rubric no longer has, so it cannot be held against a target. */
export type TargetState = 'below' | 'at' | 'above' | 'no-target' | 'not-assessed' | 'level-removed';

/** Where a pupil stands against the year group's target level on one criterion. */
export function againstTarget(rubric: Rubric, yearLevel: string, criterion: string, level: string | null): TargetState {
  if (level !== null && levelScale(rubric, level) === null) return 'level-removed';
  const target = rubric.targets[yearLevel]?.[criterion];
  if (!target) return 'no-target';
  if (level === null) return 'not-assessed';
  const have = levelScale(rubric, level);
  const want = levelScale(rubric, target);
  if (have === null || want === null) return 'no-target';
  return have < want ? 'below' : have > want ? 'above' : 'at';
}
