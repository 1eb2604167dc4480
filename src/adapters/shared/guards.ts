import type { z } from 'zod';

/**
 * Guards in front of zod (docs/decisions/030-guards-before-zod.md): plain checks of exactly a
 * schema's constraints, so the records that pass them (nearly all) skip zod, which runs jitless
 * under the app's CSP and costs several microseconds a record. A guard may send a valid record on
 * to zod (it is then only slower) but must never pass one zod rejects: each guard has a property
 * test that says so, and that the demo's valid records do pass it. Zod still reads every record a
 * guard does not pass, and gives the reason.
 */

/** What fetchJson needs of a schema: zod's safeParse, or a guarded one. */
export interface Parser<T> {
  safeParse(value: unknown): { readonly success: true; readonly data: T } | { readonly success: false; readonly error: z.ZodError };
}

/**
 * A schema with a guard in front: `fast` gives exactly what zod's parsed.data would be for a value
 * it is sure of (a copy without unknown keys, as zod makes), undefined for any other; zod reads those.
 */
export function guarded<T>(schema: z.ZodType<T>, fast: (value: unknown) => T | undefined): Parser<T> {
  return {
    safeParse(value) {
      const data = fast(value);
      return data === undefined ? schema.safeParse(value) : { success: true, data };
    },
  };
}

/** A plain object as zod's z.object takes it (not null, not an array). */
export const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string of min..max UTF-16 units, as z.string().min().max() counts them. */
export const isText = (value: unknown, min = 0, max = Number.POSITIVE_INFINITY): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

/** A number z.number() takes: finite (zod 4 refuses NaN and the infinities). */
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A whole number z.number().int() takes (a safe integer), at least `min`. */
export const isWhole = (value: unknown, min: number): value is number => Number.isSafeInteger(value) && (value as number) >= min;

export const isNullish = (value: unknown): value is null | undefined => value === null || value === undefined;

/** The regular expression a string format schema (z.iso.datetime(), z.guid(), ...) tests with: the schema's own. */
export function patternOf(schema: z.ZodType): RegExp {
  const pattern: unknown = (schema._zod.def as { pattern?: unknown }).pattern;
  if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) throw new Error('schema has no plain pattern');
  return pattern;
}
