/**
 * What is usual in a group, so a pupil is listed only for standing out from it (decision 006): the
 * median of the pupils' shortfalls (in standard errors short of keeping up with the group's growth)
 * and their spread, robustly (1.4826 x the median absolute deviation, so a handful of stuck pupils do
 * not widen it), at least 1 standard error. Where the data fit the rule's noise model the spread is
 * about 1 and standing out asks little more than being credible; where they do not (coarse or
 * non-linear scales, floors and ceilings, skewed noise, many pupils at a level where a tool shows no
 * growth) the shortfalls of pupils who do grow spread out, and the rule says less, not more.
 */
export interface GroupSpread {
  readonly center: number;
  readonly spread: number;
}

/** Pupils with a shortfall needed before the group's spread says what is usual. */
export const GROUP_SPREAD_MIN_PUPILS = 8;

/** The median of sorted values (not empty). */
export const medianOf = (sorted: readonly number[]) => {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The group's median shortfall and its robust spread; null with fewer than GROUP_SPREAD_MIN_PUPILS. */
export function groupSpreadOf(values: readonly number[]): GroupSpread | null {
  if (values.length < GROUP_SPREAD_MIN_PUPILS) return null;
  const center = medianOf([...values].sort((a, b) => a - b));
  const deviation = medianOf(values.map((value) => Math.abs(value - center)).sort((a, b) => a - b));
  return { center, spread: Math.max(1, 1.4826 * deviation) };
}

/** At least `by` spreads above the group's median; true where the group's spread is not known or `by` is null. */
export const standsOut = (value: number, group: GroupSpread | null, by: number | null): boolean =>
  by === null || group === null || (value - group.center) / group.spread >= by;
