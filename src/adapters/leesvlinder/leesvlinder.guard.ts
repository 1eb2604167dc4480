import { guarded, isNumber, isObject, isText, isWhole } from '../shared/guards';
import { ISO_WEEK, LeesvlinderPage, type LeesvlinderPage as Page, type LeesvlinderSummary } from './leesvlinder.schema';

/**
 * True only for a weekly summary LeesvlinderSummary accepts (its output is then this value without
 * unknown keys): each check is the schema's constraint for that field (the week's the schema's own
 * ISO_WEEK). False sends it to zod.
 */
export function isLeesvlinderSummary(raw: unknown): raw is LeesvlinderSummary {
  if (!isObject(raw)) return false;
  const { week, percentage, minutes } = raw;
  return (
    isText(raw['id'], 1, 200) &&
    isText(raw['pupil'], 1) &&
    typeof week === 'string' &&
    ISO_WEEK.test(week) &&
    isText(raw['skill'], 1, 64) &&
    isText(raw['level'], 1, 64) &&
    isNumber(percentage) &&
    percentage >= 0 &&
    percentage <= 100 &&
    isWhole(raw['exercises'], 0) &&
    (minutes === undefined || (isNumber(minutes) && minutes >= 0))
  );
}

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
