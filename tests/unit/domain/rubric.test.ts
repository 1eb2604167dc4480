import { describe, expect, it } from 'vitest';
import { allGoals } from '@/curriculum';
import { BUILT_IN_RUBRICS, rubricById } from '@/curriculum/rubrics';
import { pupilRef, rubricId } from '@/domain/ids';
import { againstTarget, latestPerCriterion, levelScale, nextStep, rubricScore, type Assessment } from '@/domain/rubric';

const rubric = rubricById('eigenaarschap')!;
const pupil = pupilRef('p'.repeat(40));
const assess = (criterion: string, level: string, date: string, who = pupil): Assessment => ({
  id: `${criterion}-${date}`,
  rubric: rubricId('eigenaarschap'),
  criterion,
  pupil: who,
  level,
  date,
  note: '',
});

describe('rubrics', () => {
  it('scale levels from 0 (beginner) to 1 (expert)', () => {
    expect(['beginner', 'op-weg', 'gevorderd', 'expert'].map((level) => levelScale(rubric, level))).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(levelScale(rubric, 'onbekend')).toBeNull();
  });

  it('take the newest assessment per criterion and average them by weight', () => {
    const assessments = [
      assess('plannen', 'beginner', '2026-01-10'),
      assess('plannen', 'gevorderd', '2026-03-01'),
      assess('hulp', 'expert', '2026-02-01'),
      assess('hulp', 'beginner', '2026-02-01', pupilRef('q'.repeat(40))),
    ];
    expect(latestPerCriterion(assessments, rubric, pupil).get('plannen')?.level).toBe('gevorderd');
    expect(rubricScore(assessments, rubric, pupil)).toBeCloseTo((2 / 3 + 1) / 2);
    expect(rubricScore([], rubric, pupil)).toBeNull();
  });

  it('give the step from a level to the next: none at the top, none when not written, none for a level the rubric does not have', () => {
    const plannen = rubric.criteria.find((criterion) => criterion.id === 'plannen')!;
    expect(nextStep(rubric, plannen, 'op-weg')).toEqual({
      kind: 'step',
      text: { nl: 'Schrijf je doel voor deze week op je weektaak', en: 'Write your goal for this week on your weekly task' },
    });
    expect(nextStep(rubric, plannen, 'expert')).toEqual({ kind: 'top' });
    expect(nextStep(rubric, plannen, 'onbekend')).toEqual({ kind: 'none' });
    expect(nextStep(rubric, { ...plannen, steps: { beginner: { nl: ' ', en: '' } } }, 'beginner')).toEqual({ kind: 'none' });
  });

  it('compare a level with the year group’s target level', () => {
    expect(againstTarget(rubric, 'groep-7', 'plannen', 'op-weg')).toBe('below');
    expect(againstTarget(rubric, 'groep-7', 'plannen', 'gevorderd')).toBe('at');
    expect(againstTarget(rubric, 'groep-5', 'plannen', 'gevorderd')).toBe('above');
    expect(againstTarget(rubric, 'groep-7', 'plannen', null)).toBe('not-assessed');
    expect(againstTarget(rubricById('digitale-basisvaardigheden')!, 'groep-5', 'gezond', 'expert')).toBe('no-target');
    // A level the rubric no longer has: neither below nor above, and not "no target" when there is one.
    expect(againstTarget(rubric, 'groep-7', 'plannen', 'oud-niveau')).toBe('level-removed');
  });

  it('built-in rubrics: four levels, a descriptor per level and steps to the next level in both languages, goals that exist', () => {
    const goals = new Set(allGoals().map((goal) => goal.id as string));
    expect(BUILT_IN_RUBRICS.map((candidate) => candidate.id)).toEqual([
      'samenwerken',
      'eigenaarschap',
      'ct-programmeren',
      'digitale-basisvaardigheden',
    ]);
    for (const candidate of BUILT_IN_RUBRICS) {
      for (const criterion of candidate.criteria) {
        expect(Object.keys(criterion.descriptors)).toEqual(['beginner', 'op-weg', 'gevorderd', 'expert']);
        expect(Object.keys(criterion.steps)).toEqual(['beginner', 'op-weg', 'gevorderd']);
        for (const text of [...Object.values(criterion.descriptors), ...Object.values(criterion.steps)])
          expect(text.nl && text.en && text.nl !== text.en).toBeTruthy();
        for (const goal of criterion.goals) expect(goals.has(goal), `${candidate.id}/${criterion.id}: ${goal}`).toBe(true);
      }
    }
    expect(Object.keys(rubricById('eigenaarschap')!.criteria.map((criterion) => criterion.id))).toHaveLength(4);
  });
});
