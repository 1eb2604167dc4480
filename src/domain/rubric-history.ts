import type { PupilRef } from './ids';
import { againstTarget, levelScale, type Assessment, type Rubric, type TargetState } from './rubric';

/** One dated judgement in a pupil's rubric history. */
export interface RubricHistoryPoint {
  readonly id: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
  /** Noon UTC of the date in ms: the x position on a time axis. */
  readonly t: number;
  readonly level: string;
  /** Position of the level in the rubric (0 = lowest); null for a level the rubric no longer has. */
  readonly levelIndex: number | null;
  readonly note: string;
  readonly state: TargetState;
}

export interface CriterionHistory {
  readonly criterion: string;
  /** False for assessments on a criterion the rubric no longer has: listed, never dropped. */
  readonly known: boolean;
  /** The year group's target level id, or null without one. */
  readonly target: string | null;
  readonly targetIndex: number | null;
  /** Oldest first (same date: the order they were given in). */
  readonly points: readonly RubricHistoryPoint[];
}

const levelIndexOf = (rubric: Rubric, level: string) => {
  const index = rubric.levels.findIndex((candidate) => candidate.id === level);
  return index < 0 ? null : index;
};

/** A pupil's judgements on one rubric over time, per criterion (rubric order, unknown criteria last), against the year group's target. */
export function rubricHistory(assessments: readonly Assessment[], rubric: Rubric, pupil: PupilRef, yearLevel: string): CriterionHistory[] {
  const byCriterion = new Map<string, Assessment[]>();
  for (const assessment of assessments) {
    if (assessment.rubric !== rubric.id || assessment.pupil !== pupil) continue;
    const list = byCriterion.get(assessment.criterion) ?? [];
    list.push(assessment);
    byCriterion.set(assessment.criterion, list);
  }
  const known = rubric.criteria.map((criterion) => criterion.id);
  const order = [...known.filter((id) => byCriterion.has(id)), ...[...byCriterion.keys()].filter((id) => !known.includes(id))];
  return order.map((criterion) => {
    const target = rubric.targets[yearLevel]?.[criterion] ?? null;
    const points = (byCriterion.get(criterion) ?? [])
      .map((assessment, index) => ({ assessment, index }))
      .sort((a, b) => (a.assessment.date === b.assessment.date ? a.index - b.index : a.assessment.date < b.assessment.date ? -1 : 1))
      .map(({ assessment }) => ({
        id: assessment.id,
        date: assessment.date,
        t: Date.parse(`${assessment.date}T12:00:00Z`),
        level: assessment.level,
        levelIndex: levelIndexOf(rubric, assessment.level),
        note: assessment.note,
        state: againstTarget(rubric, yearLevel, criterion, assessment.level),
      }));
    return { criterion, known: known.includes(criterion), target, targetIndex: target === null ? null : levelIndexOf(rubric, target), points };
  });
}

/** A pupil's latest levels on a rubric at a glance: the rubric score and where it stands against the targets. */
export interface RubricStanding {
  /** Weighted mean of the latest levels, 0..1 (see rubricScore); null when nothing was assessed. */
  readonly score: number | null;
  readonly state: TargetState;
  /** Criteria with a latest level the rubric knows. */
  readonly assessed: number;
}

/**
 * The latest level per criterion, weighted, against the weighted target of the same criteria
 * (only criteria that were assessed and have a target count towards the comparison).
 */
export function rubricStanding(assessments: readonly Assessment[], rubric: Rubric, pupil: PupilRef, yearLevel: string): RubricStanding {
  const latest = new Map<string, Assessment>();
  for (const assessment of assessments) {
    if (assessment.rubric !== rubric.id || assessment.pupil !== pupil) continue;
    const before = latest.get(assessment.criterion);
    if (!before || assessment.date >= before.date) latest.set(assessment.criterion, assessment);
  }
  let sumW = 0;
  let sum = 0;
  let assessed = 0;
  let targetW = 0;
  let have = 0;
  let want = 0;
  for (const criterion of rubric.criteria) {
    const assessment = latest.get(criterion.id);
    const scaled = assessment ? levelScale(rubric, assessment.level) : null;
    if (scaled === null) continue;
    assessed += 1;
    sumW += criterion.weight;
    sum += criterion.weight * scaled;
    const targetId = rubric.targets[yearLevel]?.[criterion.id];
    const target = targetId ? levelScale(rubric, targetId) : null;
    if (target === null) continue;
    targetW += criterion.weight;
    have += criterion.weight * scaled;
    want += criterion.weight * target;
  }
  const score = sumW === 0 ? null : sum / sumW;
  if (score === null) return { score, state: 'not-assessed', assessed };
  if (targetW === 0) return { score, state: 'no-target', assessed };
  const gap = have / targetW - want / targetW;
  return { score, state: Math.abs(gap) < 1e-9 ? 'at' : gap < 0 ? 'below' : 'above', assessed };
}
