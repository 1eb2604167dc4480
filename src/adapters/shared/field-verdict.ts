import type { z } from 'zod';
import { isObject } from './guards';

/** Each field of an object schema with its guard: exactly that field schema's constraints, or stricter (never looser). */
export type FieldGuards = Readonly<Record<string, (value: unknown) => boolean>>;

/** Zod's verdict on a record: its output, or its first issue (the path from the record's root). */
export type Verdict<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issue: z.core.$ZodIssue };

/** Distinct refused values remembered per field (then it starts over). */
const MEMO_SIZE = 256;

/**
 * A value whose verdict can be remembered: its field's schema gives a value it refuses the same
 * issue every time (the issue never holds the value), so a feed that breaks the same way on many
 * records (a missing field, the same impossible date) asks zod once. Only primitives that a Map
 * tells apart as zod does (not -0, which a Map takes for 0) and short texts, so the memo stays small.
 */
const isPlainValue = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && !Object.is(value, -0)) ||
  (typeof value === 'string' && value.length <= 64);

/** What this needs of a zod object schema: its fields, in their order. */
interface ObjectSchema<T> {
  readonly shape: Readonly<Record<string, z.ZodType>>;
  safeParse(value: unknown): { readonly success: true; readonly data: T } | { readonly success: false; readonly error: z.ZodError };
}

/**
 * Zod's verdict on a record its guard did not pass, without zod's walk over the whole record
 * (docs/decisions/041-json-readers-reasons-and-bundled-bench.md). Zod checks an object's fields in its shape's key order and
 * gives their issues in that order, so its first issue is the first failing field's first issue.
 * Here the fields are checked in that order by their guards (each never looser than the field's
 * schema), and the first field a guard refuses is read by that field's own schema: its first issue,
 * with the field's key in front of its path, is the record's, word for word (the same schema gives
 * the same message). A field its guard refused but its schema accepts (a guard may be stricter) is
 * passed over; when no field gives an issue, or the value is not an object, zod reads the whole
 * record as before. Zod still words every reason; it only reads less, and a refused value it has
 * seen before in the same field (a short text, a number, a missing field) gets the issue it gave then.
 *
 * Throws at start when `fields` does not name exactly the schema's keys, or when a field's schema
 * takes `undefined` without being optional (zod then adds an issue of its own for a missing key).
 */
export function fieldVerdict<T>(schema: ObjectSchema<T>, fields: FieldGuards): (raw: unknown) => Verdict<T> {
  const keys = Object.keys(schema.shape);
  const named = Object.keys(fields);
  if (keys.length !== named.length || keys.some((key) => !Object.prototype.hasOwnProperty.call(fields, key))) {
    throw new Error(`field guards must name exactly the schema's fields: ${keys.join(', ')}`);
  }
  const checks = keys.map((key) => {
    const field = schema.shape[key] as z.ZodType;
    if (field._zod.optin !== 'optional' && field.safeParse(undefined).success)
      throw new Error(`field ${key}: takes undefined without being optional`);
    return { key, field, guard: fields[key] as (value: unknown) => boolean, known: new Map<unknown, z.core.$ZodIssue | null>() };
  });
  return (raw) => {
    if (isObject(raw)) {
      for (const { key, field, guard, known } of checks) {
        const value = raw[key];
        if (guard(value)) continue;
        const plain = isPlainValue(value);
        let issue = plain ? known.get(value) : undefined;
        if (issue === undefined) {
          const parsed = field.safeParse(value);
          const first = parsed.success ? undefined : parsed.error.issues[0];
          issue = first === undefined ? null : { ...first, path: [key, ...first.path] };
          if (plain) {
            if (known.size >= MEMO_SIZE) known.clear();
            known.set(value, issue);
          }
        }
        if (issue !== null) return { success: false, issue };
      }
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { success: true, data: parsed.data };
    const issue = parsed.error.issues[0];
    return issue === undefined
      ? { success: false, issue: { code: 'custom', path: [], message: 'ongeldig record', input: undefined } }
      : { success: false, issue };
  };
}
