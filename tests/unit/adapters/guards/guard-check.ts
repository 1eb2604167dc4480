import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { z } from 'zod';

/**
 * Checks for a guard in front of a zod schema (src/adapters/shared/guards.ts): it never passes a
 * value the schema rejects, on valid records mutated one or a few fields at a time and on any value;
 * and the records the schema accepts in the demo pass it too, so the fast path is really taken.
 */

type Path = readonly (string | number)[];

/** Every path to a value inside a JSON-like value (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

/** A deep copy with the value at `path` replaced, or removed (`remove`). */
function changed(value: unknown, path: Path, next: unknown, remove: boolean): unknown {
  const [head, ...rest] = path;
  if (head === undefined || typeof value !== 'object' || value === null) return next;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length > 0) copy[head] = changed(copy[head], rest, next, remove);
  else if (remove) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** Values near the edges of what schemas allow: bounds, wrong types, odd numbers, near-valid times and ids. */
const EDGES: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  2,
  100,
  101,
  1e21,
  2 ** 53,
  -(2 ** 53),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'x',
  '1',
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(2000),
  'x'.repeat(2001),
  [],
  {},
  [{}],
  { id: 'x' },
  '2026-02-29T10:00:00Z',
  '2024-02-29T10:00:00Z',
  '2026-03-05T08:15:00+01:00',
  '2026-03-05T08:15:00',
  '2026-03-05T24:00:00Z',
  '2026-03-05t08:15:00z',
  '2026-03-05T08:15:00.1234Z',
  '2026-03-05T08:15Z',
  '2026-03-05',
  'I',
  'VI',
  'toets',
  'oefenen',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  'not-a-guid',
  'urn:uuid:x',
];

/** Strings at and around the length bounds schemas set. */
const LENGTHS = [0, 1, 2, 63, 64, 65, 199, 200, 201, 1999, 2000, 2001, 2047, 2048, 2049, 4095, 4096, 4097].map((length) => 'x'.repeat(length));

/** Field names at the edges of what a record schema takes for its keys. */
const KEY_EDGES = ['', 'x'.repeat(2048), 'x'.repeat(2049), 'constructor', '__proto__'];

/** The value (an object) with one more own field named `key` (also '__proto__', as JSON.parse makes it). */
function withKey(value: unknown, key: string): unknown {
  const copy = { ...(value as object) };
  Object.defineProperty(copy, key, { value: 1, enumerable: true, configurable: true, writable: true });
  return copy;
}

const isPlain = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every record with one field replaced by each edge value, or removed, or one more field (each edge name) in any object. */
function singleChanges(records: readonly unknown[], edges: readonly unknown[]): unknown[] {
  return records.flatMap((record) => {
    const objects = [[], ...pathsOf(record)].filter((path) =>
      isPlain(path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], record)),
    );
    return [
      ...objects.flatMap((path) =>
        KEY_EDGES.map((key) =>
          path.length === 0
            ? withKey(record, key)
            : changed(
                record,
                path,
                withKey(
                  path.reduce<unknown>((at, step) => (at as Record<string | number, unknown>)[step], record),
                  key,
                ),
                false,
              ),
        ),
      ),
      ...pathsOf(record).flatMap((path) => [changed(record, path, undefined, true), ...edges.map((edge) => changed(record, path, edge, false))]),
    ];
  });
}

/**
 * A valid record with one to three changes (a field replaced by an edge value or any value, removed,
 * or an unknown field added), or any value at all.
 */
export function nearAndFar(valid: readonly unknown[], extraEdges: readonly unknown[] = []): fc.Arbitrary<unknown> {
  const edge = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...EDGES, ...LENGTHS, ...extraEdges) },
    fc.anything(),
    fc.string({ maxLength: 3 }),
    fc.double(),
    fc.integer(),
  );
  const change = (record: unknown) =>
    fc.tuple(fc.nat(), edge, fc.nat(9), fc.string({ maxLength: 8 })).map(([at, next, how, key]) => {
      const paths = pathsOf(record);
      if (how === 0 || paths.length === 0) return changed(record, [key], next, false);
      const path = paths[at % paths.length] as Path;
      return changed(record, path, next, how === 1);
    });
  const mutated = fc
    .constantFrom(...valid)
    .chain(change)
    .chain((once) => fc.oneof(fc.constant(once), change(once)))
    .chain((twice) => fc.oneof(fc.constant(twice), change(twice)));
  return fc.oneof({ weight: 8, arbitrary: mutated }, { weight: 1, arbitrary: fc.anything() }, { weight: 1, arbitrary: fc.jsonValue() });
}

/**
 * The guard passes nothing the schema rejects: every single change of every sample by every edge
 * value (each field removed, replaced; an unknown one added), then random changes and any values.
 */
export function expectNeverLooser(
  guard: (value: unknown) => boolean,
  schema: z.ZodType,
  samples: readonly unknown[],
  extraEdges: readonly unknown[] = [],
  numRuns = 3000,
): void {
  const looser = singleChanges(samples, [...EDGES, ...LENGTHS, ...extraEdges]).filter((value) => guard(value) && !schema.safeParse(value).success);
  expect(looser.slice(0, 3)).toEqual([]);
  fc.assert(
    fc.property(nearAndFar(samples, extraEdges), (value) => !guard(value) || schema.safeParse(value).success),
    { numRuns },
  );
}

/**
 * Equal in every way toStrictEqual looks (types, undefined fields, holes, -0, NaN): the checks below
 * run expect only on a difference, which then decides and words the failure. expect() itself costs
 * about 10 µs (vitest copies its state at every call), most of these checks' time over tens of thousands of values.
 */
const same = (actual: unknown, expected: unknown) => isDeepStrictEqual(actual, expected);

/** When `fast` gives anything for the value, zod accepts it and gives exactly that. */
function expectSame(fast: (value: unknown) => unknown, schema: z.ZodType, value: unknown): void {
  const out = fast(value);
  if (out === undefined) return;
  const parsed = schema.safeParse(value);
  if (parsed.success && same(out, parsed.data)) return;
  expect(parsed.success).toBe(true);
  expect(out).toStrictEqual(parsed.data);
}

/** A fast parse gives exactly what zod's parsed.data would, whenever it gives anything. */
export function expectSameOutput(fast: (value: unknown) => unknown, schema: z.ZodType, values: fc.Arbitrary<unknown>, numRuns = 3000): void {
  fc.assert(
    fc.property(values, (value) => expectSame(fast, schema, value)),
    { numRuns },
  );
}

/**
 * expectSameOutput on every single change of the samples (each field removed or replaced by each
 * edge value, each edge field name added to each object, `__proto__` too), then on random changes.
 */
export function expectSameOutputNear(
  fast: (value: unknown) => unknown,
  schema: z.ZodType,
  samples: readonly unknown[],
  extraEdges: readonly unknown[] = [],
  numRuns = 3000,
): void {
  for (const value of singleChanges(samples, [...EDGES, ...LENGTHS, ...extraEdges])) expectSame(fast, schema, value);
  expectSameOutput(fast, schema, nearAndFar(samples, extraEdges), numRuns);
}

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; catchall?: unknown };

/**
 * A value as a stripping schema keeps it, without running its checks or transforms: of each
 * z.object only the keys its shape names (those the value has, as zod keeps them), lists copied,
 * a union's value read by the first option that accepts it. For a value a guard passes and its
 * mapper reads by known fields only, zod's output must equal this: then nothing was transformed.
 */
export function strippedOf(schema: z.ZodType, value: unknown): unknown {
  const def = schema._zod.def as unknown as Def;
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType)
    return value === undefined || value === null ? value : strippedOf(def.innerType, value);
  if (def.type === 'array' && def.element && Array.isArray(value)) return value.map((item) => strippedOf(def.element as z.ZodType, item));
  if (def.type === 'union' && def.options) {
    const option = def.options.find((one) => one.safeParse(value).success);
    return option === undefined ? value : strippedOf(option, value);
  }
  if (def.type !== 'object' || !def.shape || def.catchall !== undefined || !isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(def.shape))
    if (key in (value as object)) out[key] = strippedOf(field, (value as Record<string, unknown>)[key]);
  return out;
}

/** Each record the schema accepts passes the guard: the fast path is the one the demo's records take. */
export function expectValidPass(guard: (value: unknown) => boolean, schema: z.ZodType, records: readonly unknown[]): void {
  const accepted = records.filter((record) => schema.safeParse(record).success);
  expect(accepted.length).toBeGreaterThan(records.length / 2);
  expect(accepted.filter((record) => !guard(record))).toEqual([]);
}

/** What a field verdict (src/adapters/shared/field-verdict.ts) gives. */
type Verdict = { readonly success: true; readonly data: unknown } | { readonly success: false; readonly issue: unknown };

/** The verdict says what zod says: the same output, or zod's first issue (path, code, message, bounds), word for word. */
function expectSameVerdictOn(verdict: (value: unknown) => Verdict, schema: z.ZodType, value: unknown): void {
  const parsed = schema.safeParse(value);
  const said = verdict(value);
  const want = parsed.success ? { success: true, data: parsed.data } : { success: false, issue: parsed.error.issues[0] };
  if (!same(said, want)) expect(said).toStrictEqual(want);
}

/**
 * A field verdict gives zod's verdict on every single change of the samples (each field removed or
 * replaced by each edge value, an unknown field added; an edge value refused in a field for one
 * sample comes from the memo of refused values for the next), then on two changes of every sample pair of fields (a later field broken beside an
 * earlier one: the earlier one's issue must win), then on random changes and any values.
 */
export function expectSameVerdict(
  verdict: (value: unknown) => Verdict,
  schema: z.ZodType,
  samples: readonly unknown[],
  extraEdges: readonly unknown[] = [],
  numRuns = 3000,
): void {
  const edges = [...EDGES, ...LENGTHS, ...extraEdges];
  // The same edge value comes back in the same field for every sample: all but the first come from the memo.
  for (const value of singleChanges(samples, edges)) expectSameVerdictOn(verdict, schema, value);
  const sample = samples[samples.length - 1];
  for (const path of pathsOf(sample))
    for (const other of pathsOf(sample))
      for (const edge of [undefined, null, -1, 'x', 2 ** 53, {}])
        expectSameVerdictOn(verdict, schema, changed(changed(sample, path, edge, false), other, 'x', false));
  fc.assert(
    fc.property(nearAndFar(samples, extraEdges), (value) => expectSameVerdictOn(verdict, schema, value)),
    { numRuns },
  );
}
