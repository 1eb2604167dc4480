import { checkRubric, type RubricCheck } from '@/curriculum/rubrics/rubric.schema';
import { rubricId } from '@/domain/ids';
import type { LocalText } from '@/domain/model';
import type { Rubric } from '@/domain/rubric';
import { slugOf, tidyTargets, type Locale } from '@/domain/rubric-edit';

/**
 * A required text as the editor saves it: the teacher writes in the language the app is shown in,
 * so a text left blank there is blank (the other language only held a translation of what was
 * cleared), and a blank other language follows the written one.
 */
function asWritten(text: LocalText, locale: Locale): LocalText {
  const written = text[locale];
  if (written.trim() === '') return { nl: '', en: '' };
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  return text[other].trim() === '' ? { nl: written, en: written } : text;
}

/**
 * The draft as it would be saved: a new rubric gets an id from its title (unique among the rubrics
 * there are), required texts count in the language being written, the top level loses any steps
 * (there is no next level), empty year groups go.
 */
export function prepareRubric(
  draft: Rubric,
  { isNew, takenIds, locale }: { isNew: boolean; takenIds: ReadonlySet<string>; locale: Locale },
): RubricCheck {
  const title = asWritten(draft.title, locale);
  let id: string = draft.id;
  if (isNew) {
    const slug = slugOf(title.nl || title.en);
    id = slug;
    for (let n = 2; slug !== '' && takenIds.has(id); n += 1) id = `${slug}-${n}`;
  }
  const top = draft.levels.at(-1)?.id;
  const levels = draft.levels.map((level) => ({ ...level, label: asWritten(level.label, locale) }));
  const criteria = draft.criteria.map((criterion) => {
    const steps = Object.fromEntries(
      Object.entries(criterion.steps).filter(([level, text]) => level !== top && (text.nl.trim() !== '' || text.en.trim() !== '')),
    );
    const descriptors = Object.fromEntries(Object.entries(criterion.descriptors).map(([level, text]) => [level, asWritten(text, locale)]));
    return { ...criterion, title: asWritten(criterion.title, locale), descriptors, steps };
  });
  return checkRubric(tidyTargets({ ...draft, id: rubricId(id), title, levels, criteria }));
}
