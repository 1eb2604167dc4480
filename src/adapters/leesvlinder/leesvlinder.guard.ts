import { fieldVerdict } from '../shared/field-verdict';
import { guarded, isNumber, isObject, isText, isWhole } from '../shared/guards';
import { ISO_WEEK, LeesvlinderPage, LeesvlinderSummary, type LeesvlinderPage as Page } from './leesvlinder.schema';

/** Each field of LeesvlinderSummary with its check: the schema's constraints for that field (the week's the schema's own ISO_WEEK). */
const FIELDS = {
  id: (value: unknown) => isText(value, 1, 200),
  pupil: (value: unknown) => isText(value, 1),
  week: (value: unknown) => typeof value === 'string' && ISO_WEEK.test(value),
  skill: (value: unknown) => isText(value, 1, 64),
  level: (value: unknown) => isText(value, 1, 64),
  percentage: (value: unknown) => isNumber(value) && value >= 0 && value <= 100,
  exercises: (value: unknown) => isWhole(value, 0),
  minutes: (value: unknown) => value === undefined || (isNumber(value) && value >= 0),
};

/**
 * True only for a weekly summary LeesvlinderSummary accepts (its output is then this value without
 * unknown keys): each check is the schema's constraint for that field. False sends it to
 * leesvlinderVerdict.
 */
export function isLeesvlinderSummary(raw: unknown): raw is LeesvlinderSummary {
  return (
    isObject(raw) &&
    FIELDS.id(raw['id']) &&
    FIELDS.pupil(raw['pupil']) &&
    FIELDS.week(raw['week']) &&
    FIELDS.skill(raw['skill']) &&
    FIELDS.level(raw['level']) &&
    FIELDS.percentage(raw['percentage']) &&
    FIELDS.exercises(raw['exercises']) &&
    FIELDS.minutes(raw['minutes'])
  );
}

/** What LeesvlinderSummary says of a summary the guard did not pass (its output, or its first issue), reading only the failing field. */
export const leesvlinderVerdict = fieldVerdict(LeesvlinderSummary, FIELDS);

/** The weekly-summaries envelope, guarded: what LeesvlinderPage gives, without zod for a well-formed page. */
export const leesvlinderPage = guarded(LeesvlinderPage, (value): Page | undefined => {
  if (!isObject(value) || !Array.isArray(value['items'])) return undefined;
  const { page, per_page: perPage, total_pages: totalPages, total_items: totalItems } = value;
  if (!isWhole(page, 1) || !isWhole(perPage, 1) || !isWhole(totalPages, 0) || !(totalItems === undefined || isWhole(totalItems, 0))) return undefined;
  // A copy of the list, as zod makes; an optional key zod keeps when the value names it (`in`, as zod tests).
  const items: unknown[] = [...value['items']];
  const counts = { page, per_page: perPage, total_pages: totalPages };
  return 'total_items' in value ? { ...counts, total_items: totalItems, items } : { ...counts, items };
});
