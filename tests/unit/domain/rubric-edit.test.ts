import { describe, expect, it } from 'vitest';
import { rubricById } from '@/curriculum/rubrics';
import { pupilRef, rubricId } from '@/domain/ids';
import type { Assessment } from '@/domain/rubric';
import {
  addCriterion,
  addLevel,
  mergeRubrics,
  parseWeight,
  moveById,
  removeCriterion,
  removeLevel,
  removedParts,
  setLocalText,
  setTarget,
  slugOf,
  tidyTargets,
} from '@/domain/rubric-edit';

const base = rubricById('samenwerken')!;

describe('rubric edits', () => {
  it('removing a level drops its descriptors, steps and the targets that named it', () => {
    const edited = removeLevel(base, 'op-weg');
    expect(edited.levels.map((level) => level.id)).toEqual(['beginner', 'gevorderd', 'expert']);
    expect(Object.keys(edited.criteria[0]!.descriptors)).toEqual(['beginner', 'gevorderd', 'expert']);
    expect(Object.keys(edited.criteria[0]!.steps)).toEqual(['beginner', 'gevorderd']);
    expect(edited.targets['groep-5']).toEqual({});
    expect(edited.targets['groep-7']).toEqual({ afspraken: 'gevorderd', taken: 'gevorderd', bijdragen: 'gevorderd' });
    expect(Object.keys(tidyTargets(edited).targets)).toEqual(['groep-7', 'groep-8', 'brugklas']);
  });

  it('adds criteria and levels with fresh ids, removes a criterion with its targets, moves within bounds', () => {
    const added = addLevel(addCriterion(addCriterion(base)));
    expect(added.criteria.map((item) => item.id).slice(-2)).toEqual(['criterium-1', 'criterium-2']);
    expect(added.levels.at(-1)?.id).toBe('niveau-1');
    const removed = removeCriterion(base, 'taken');
    expect(removed.criteria.map((item) => item.id)).toEqual(['afspraken', 'bijdragen']);
    expect(removed.targets['groep-5']).toEqual({ afspraken: 'op-weg', bijdragen: 'op-weg' });
    expect(moveById(base.criteria, 'taken', -1).map((item) => item.id)).toEqual(['taken', 'afspraken', 'bijdragen']);
    expect(moveById(base.criteria, 'bijdragen', 1).map((item) => item.id)).toEqual(['afspraken', 'taken', 'bijdragen']);
  });

  it('sets and clears a target; English follows Dutch while it is a copy', () => {
    expect(setTarget(base, 'groep-5', 'taken', 'expert').targets['groep-5']?.taken).toBe('expert');
    expect(setTarget(base, 'groep-5', 'taken', '').targets['groep-5']).not.toHaveProperty('taken');
    expect(setLocalText({ nl: '', en: '' }, 'nl', 'Plannen')).toEqual({ nl: 'Plannen', en: 'Plannen' });
    expect(setLocalText({ nl: 'Plannen', en: 'Planning' }, 'nl', 'Plan')).toEqual({ nl: 'Plan', en: 'Planning' });
    expect(slugOf('Één Rubric: Spreken & luisteren!')).toBe('een-rubric-spreken-luisteren');
  });

  it('finds stored assessments on removed criteria and levels, without dropping them', () => {
    const pupil = pupilRef('p'.repeat(40));
    const at = (criterion: string, level: string): Assessment => ({
      id: `${criterion}-${level}`,
      rubric: rubricId('samenwerken'),
      criterion,
      pupil,
      level,
      date: '2026-05-01',
      note: '',
    });
    const assessments = [at('taken', 'expert'), at('taken', 'beginner'), at('afspraken', 'op-weg'), at('bijdragen', 'expert')];
    const edited = removeLevel(removeCriterion(base, 'taken'), 'op-weg');
    const parts = removedParts(assessments, edited);
    expect([...parts.criteria]).toEqual([['taken', 2]]);
    expect([...parts.levels]).toEqual([['op-weg', 1]]);
  });

  it('a stored rubric with a built-in id replaces it in place; others follow', () => {
    const own = { ...base, title: { nl: 'Samen', en: 'Together' } };
    const school = { ...base, id: rubricId('spreken') };
    const merged = mergeRubrics([base, rubricById('eigenaarschap')!], [school, own]);
    expect(merged.map((rubric) => [rubric.id, rubric.title.nl])).toEqual([
      ['samenwerken', 'Samen'],
      ['eigenaarschap', 'Eigenaar van je leerproces'],
      ['spreken', 'Samenwerken'],
    ]);
  });
});

describe('parseWeight', () => {
  it('reads blank as 1 and plain decimals (point or comma) as numbers; anything else is NaN, never a default', () => {
    expect([' ', '2', '1.5', '1,5', ',5'].map(parseWeight)).toEqual([1, 2, 1.5, 1.5, 0.5]);
    for (const typed of ['1e', '-', '-1', '1e2', '0x10', 'abc', '1.2.3']) expect(parseWeight(typed)).toBeNaN();
  });
});
