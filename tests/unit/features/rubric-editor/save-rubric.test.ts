import { describe, expect, it } from 'vitest';
import { rubricById } from '@/curriculum/rubrics';
import { rubricId } from '@/domain/ids';
import { prepareRubric } from '@/features/rubric-editor/save-rubric';

const base = rubricById('samenwerken')!;

describe('preparing a rubric for saving', () => {
  it('a new rubric takes its id from the title, unique among the rubrics there are', () => {
    const draft = { ...base, id: rubricId(''), title: { nl: 'Samenwerken', en: 'Collaborating' } };
    const first = prepareRubric(draft, { isNew: true, takenIds: new Set(['samenwerken', 'samenwerken-2']), locale: 'nl' });
    expect(first.ok && first.rubric.id).toBe('samenwerken-3');
    const edited = prepareRubric(base, { isNew: false, takenIds: new Set(['samenwerken']), locale: 'nl' });
    expect(edited.ok && edited.rubric.id).toBe('samenwerken');
    const noLetters = prepareRubric({ ...draft, title: { nl: '!!!', en: '' } }, { isNew: true, takenIds: new Set(), locale: 'nl' });
    expect(noLetters.ok ? [] : noLetters.issues.map((issue) => issue.code)).toEqual(['id-invalid']);
  });

  it('drops steps of the top level and empty ones, and year groups without targets', () => {
    const criterion = base.criteria[0]!;
    const draft = {
      ...base,
      criteria: [
        { ...criterion, steps: { ...criterion.steps, expert: { nl: 'verder', en: 'on' }, beginner: { nl: ' ', en: '' } } },
        ...base.criteria.slice(1),
      ],
      targets: { ...base.targets, 'groep-3': {} },
    };
    const prepared = prepareRubric(draft, { isNew: false, takenIds: new Set(), locale: 'nl' });
    expect(prepared.ok && Object.keys(prepared.rubric.criteria[0]!.steps)).toEqual(['op-weg', 'gevorderd']);
    expect(prepared.ok && Object.keys(prepared.rubric.targets)).not.toContain('groep-3');
  });

  it('a required text counts in the language being written: cleared there, it is missing even if the other language still has its old translation', () => {
    const criterion = base.criteria[0]!;
    const draft = {
      ...base,
      title: { nl: '', en: 'Collaborating' },
      criteria: [
        { ...criterion, descriptors: { ...criterion.descriptors, beginner: { nl: ' ', en: 'Follows agreements' } } },
        ...base.criteria.slice(1),
      ],
    };
    const dutch = prepareRubric(draft, { isNew: false, takenIds: new Set(), locale: 'nl' });
    expect(dutch.ok ? [] : dutch.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['title-empty', 'title'],
      ['descriptor-missing', 'criteria.0.descriptors.beginner'],
    ]);
    const english = prepareRubric({ ...base, title: { nl: '', en: 'Collaborating' } }, { isNew: false, takenIds: new Set(), locale: 'en' });
    expect(english.ok && english.rubric.title).toEqual({ nl: 'Collaborating', en: 'Collaborating' });
  });
});
