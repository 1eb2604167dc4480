import { checkRubric, type RubricCheck } from '@/curriculum/rubrics/rubric.schema';
import { rubricId } from '@/domain/ids';
import type { Rubric } from '@/domain/rubric';
import { slugOf, tidyTargets } from '@/domain/rubric-edit';

/**
 * The draft as it would be saved: a new rubric gets an id from its title (unique among the rubrics
 * there are), the top level loses any steps (there is no next level), empty year groups go.
 */
export function prepareRubric(draft: Rubric, { isNew, takenIds }: { isNew: boolean; takenIds: ReadonlySet<string> }): RubricCheck {
  let id: string = draft.id;
  if (isNew) {
    const slug = slugOf(draft.title.nl || draft.title.en);
    id = slug;
    for (let n = 2; slug !== '' && takenIds.has(id); n += 1) id = `${slug}-${n}`;
  }
  const top = draft.levels.at(-1)?.id;
  const criteria = draft.criteria.map((criterion) => {
    const steps = Object.fromEntries(Object.entries(criterion.steps).filter(([level, text]) => level !== top && (text.nl.trim() !== '' || text.en.trim() !== '')));
    return { ...criterion, steps };
  });
  return checkRubric(tidyTargets({ ...draft, id: rubricId(id), criteria }));
}
