import { describe, expect, it } from 'vitest';
import { BUILT_IN_RUBRICS, rubricById } from '@/curriculum/rubrics';
import { checkRubric } from '@/curriculum/rubrics/rubric.schema';
import type { Rubric } from '@/domain/rubric';
import { removeLevel } from '@/domain/rubric-edit';

const base = rubricById('samenwerken')!;
const codes = (input: unknown) => {
  const checked = checkRubric(input);
  return checked.ok ? [] : checked.issues.map((issue) => `${issue.code}@${issue.path}`);
};

describe('rubric validation', () => {
  it('accepts every built-in rubric', () => {
    for (const rubric of BUILT_IN_RUBRICS) expect(codes(rubric), rubric.id).toEqual([]);
  });

  it('needs at least two levels and one criterion', () => {
    const oneLevel = removeLevel(removeLevel(removeLevel(base, 'expert'), 'gevorderd'), 'op-weg');
    expect(codes({ ...oneLevel, targets: {} })).toEqual(['levels-min@levels']);
    expect(codes({ ...base, criteria: [], targets: {} })).toEqual(['criteria-min@criteria']);
  });

  it('needs unique ids and a descriptor in every cell, naming the criterion and the level', () => {
    const [first, second] = base.criteria as [Rubric['criteria'][number], Rubric['criteria'][number]];
    const broken: Rubric = {
      ...base,
      criteria: [first, { ...second, id: first.id, descriptors: { ...second.descriptors, expert: { nl: ' ', en: '' } } }],
      targets: {},
    };
    const checked = checkRubric(broken);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((issue) => issue.code)).toEqual(['criterion-id-duplicate', 'descriptor-missing']);
    expect(checked.issues[1]?.params).toMatchObject({ criterion: 2, name: 'Taken verdelen', level: 4, levelName: 'expert' });
    expect(codes({ ...base, levels: [...base.levels, base.levels[0]] })).toContain('level-id-duplicate@levels.4.id');
  });

  it('targets must name a criterion and a level the rubric has', () => {
    expect(codes({ ...base, targets: { 'groep-5': { afspraken: 'meester' } } })).toEqual(['target-level-unknown@targets.groep-5.afspraken']);
    expect(codes({ ...base, targets: { 'groep-5': { weg: 'expert' } } })).toEqual(['target-criterion-unknown@targets.groep-5.weg']);
  });

  it('rejects a weight that is not a positive number, an empty title and a bad id; reports shape problems by path', () => {
    expect(codes({ ...base, criteria: base.criteria.map((item, index) => (index === 0 ? { ...item, weight: 0 } : item)) })).toEqual([
      'weight-invalid@criteria.0.weight',
    ]);
    // An empty title is one problem with one message, not also an unusable id "()" (issue 11).
    expect(codes({ ...base, id: '', title: { nl: '', en: '' } })).toEqual(['title-empty@title']);
    expect(codes({ ...base, id: 'Met Spaties' })).toEqual(['id-invalid@id']);
    expect(codes({ ...base, levels: 'vier' })).toEqual(['shape@levels']);
  });
});
