import { describe, expect, it } from 'vitest';
import { rubricById } from '@/curriculum/rubrics';
import { pupilRef, rubricId } from '@/domain/ids';
import type { Assessment, Rubric } from '@/domain/rubric';
import { rubricHistory, rubricStanding } from '@/domain/rubric-history';

const rubric = rubricById('eigenaarschap')!;
const pupil = pupilRef('p'.repeat(40));
const other = pupilRef('q'.repeat(40));
let n = 0;
const assess = (criterion: string, level: string, date: string, { who = pupil, note = '', on = 'eigenaarschap' } = {}): Assessment => ({
  id: `a${(n += 1)}`,
  rubric: rubricId(on),
  criterion,
  pupil: who,
  level,
  date,
  note,
});

describe('rubricHistory', () => {
  it('lists each criterion’s judgements oldest first, with the level’s position and the year group’s target', () => {
    const history = rubricHistory(
      [
        assess('plannen', 'gevorderd', '2026-03-01', { note: 'zelf een planning' }),
        assess('plannen', 'beginner', '2026-01-10'),
        assess('hulp', 'expert', '2026-02-01'),
      ],
      rubric,
      pupil,
      'groep-7',
    );
    expect(history.map((criterion) => criterion.criterion)).toEqual(
      rubric.criteria.map((criterion) => criterion.id).filter((id) => id === 'plannen' || id === 'hulp'),
    );
    const plannen = history.find((criterion) => criterion.criterion === 'plannen')!;
    expect(plannen).toMatchObject({ known: true, target: 'gevorderd', targetIndex: 2 });
    expect(plannen.points.map((point) => [point.date, point.level, point.levelIndex, point.state, point.note])).toEqual([
      ['2026-01-10', 'beginner', 0, 'below', ''],
      ['2026-03-01', 'gevorderd', 2, 'at', 'zelf een planning'],
    ]);
    expect(plannen.points[0]!.t).toBe(Date.parse('2026-01-10T12:00:00Z'));
  });

  it('keeps only this pupil on this rubric, and keeps judgements on removed criteria and levels (last, never dropped)', () => {
    const history = rubricHistory(
      [
        assess('plannen', 'op-weg', '2026-01-10', { who: other }),
        assess('plannen', 'op-weg', '2026-01-10', { on: 'samenwerken' }),
        assess('weg', 'op-weg', '2026-01-11'),
        assess('plannen', 'oud-niveau', '2026-01-12'),
      ],
      rubric,
      pupil,
      'groep-7',
    );
    expect(history.map((criterion) => [criterion.criterion, criterion.known])).toEqual([
      ['plannen', true],
      ['weg', false],
    ]);
    expect(history[0]!.points.map((point) => [point.levelIndex, point.state])).toEqual([[null, 'level-removed']]);
    expect(history[1]).toMatchObject({ target: null, targetIndex: null });
  });

  it('has no target without one for the year group, and nothing for a pupil never assessed', () => {
    const history = rubricHistory([assess('plannen', 'op-weg', '2026-01-10')], rubric, pupil, 'onbekend');
    expect(history[0]).toMatchObject({ target: null, targetIndex: null });
    expect(history[0]!.points[0]!.state).toBe('no-target');
    expect(rubricHistory([], rubric, pupil, 'groep-7')).toEqual([]);
  });
});

describe('rubricStanding', () => {
  const two: Rubric = {
    ...rubric,
    criteria: rubric.criteria.slice(0, 2).map((criterion, index) => ({ ...criterion, weight: index === 0 ? 3 : 1 })),
    targets: { 'groep-7': { [rubric.criteria[0]!.id]: 'gevorderd', [rubric.criteria[1]!.id]: 'gevorderd' } },
  };
  const [a, b] = [two.criteria[0]!.id, two.criteria[1]!.id];

  it('compares the weighted latest levels with the weighted targets', () => {
    // Latest: a expert (1, weight 3), b beginner (0, weight 1): 0.75 against a target of 2/3.
    const assessments = [assess(a, 'beginner', '2026-01-01'), assess(a, 'expert', '2026-02-01'), assess(b, 'beginner', '2026-02-01')];
    expect(rubricStanding(assessments, two, pupil, 'groep-7')).toEqual({ score: 0.75, state: 'above', assessed: 2 });
    expect(rubricStanding([assess(a, 'op-weg', '2026-01-01')], two, pupil, 'groep-7').state).toBe('below');
    expect(rubricStanding([assess(a, 'gevorderd', '2026-01-01'), assess(b, 'gevorderd', '2026-01-01')], two, pupil, 'groep-7').state).toBe('at');
  });

  it('says when there is nothing to compare', () => {
    expect(rubricStanding([], two, pupil, 'groep-7')).toEqual({ score: null, state: 'not-assessed', assessed: 0 });
    expect(rubricStanding([assess(a, 'expert', '2026-01-01')], two, pupil, 'groep-5')).toEqual({ score: 1, state: 'no-target', assessed: 1 });
    expect(rubricStanding([assess(a, 'verdwenen', '2026-01-01')], two, pupil, 'groep-7').state).toBe('not-assessed');
  });
});
