import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '@/adapters/shared/map-helpers';

/** The key as it was made before: FNV-1a over JSON.stringify's text, the type's name where it gives none or throws. */
function stringifiedKey(raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(typeof raw);
  } catch {
    text = String(typeof raw);
  }
  return keyOfText(text);
}
function keyOfText(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return `anon-${(hash >>> 0).toString(16)}`;
}

const nested = (depth: number, leaf: unknown, asObject: boolean): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asObject ? { [`k${i % 3}`]: value, n: i } : [value, i];
  return value;
};

describe('fingerprint: the same key as JSON.stringify text hashed, for a record read again in a later version', () => {
  it('equals it for JSON values (what the readers parse)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(fingerprint(value)).toBe(stringifiedKey(value));
      }),
      { numRuns: 3_000 },
    );
  });

  it('equals it for any value: undefined, functions, symbols, bigints, Dates, Maps, boxed values, typed and sparse arrays, null prototypes', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    const odd = fc.constantFrom<unknown>(undefined, () => 1, Symbol('s'), -0, NaN, Infinity, { a: undefined, b: () => 1, c: Symbol('c') }, [
      undefined,
      () => 1,
    ]);
    fc.assert(
      fc.property(fc.oneof(anything, odd, fc.array(fc.oneof(anything, odd), { maxLength: 4 })), (value) => {
        expect(fingerprint(value)).toBe(stringifiedKey(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('equals it for toJSON, getters, an array without its prototype and a cycle', () => {
    const withToJson = { a: 1, nested: { toJSON: () => ({ b: 2 }) } };
    const withGetter = Object.defineProperty({ a: 1 }, 'g', { get: () => 'got', enumerable: true });
    const bare = Object.setPrototypeOf([1, 2], null) as unknown;
    const cycle: Record<string, unknown> = { a: [1] };
    (cycle['a'] as unknown[]).push(cycle);
    for (const value of [withToJson, withGetter, bare, cycle, new Date(0), [new Date(0)], Object.create(null) as unknown]) {
      expect(fingerprint(value)).toBe(stringifiedKey(value));
    }
  });

  it('equals it for deep nesting, and past the depth where JSON.stringify gives up hashes the text as it would be', () => {
    for (const depth of [1, 10, 200, 1_200]) {
      for (const asObject of [false, true]) {
        const value = nested(depth, 'x', asObject);
        expect(fingerprint(value)).toBe(stringifiedKey(value));
      }
    }
    // 20,000 deep (JSON.parse reads it; JSON.stringify overflows the stack, and all such records got one key)
    const depth = 20_000;
    const text = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    expect(fingerprint(JSON.parse(text))).toBe(keyOfText(text));
    expect(fingerprint(JSON.parse(`${'['.repeat(depth)}2${']'.repeat(depth)}`))).not.toBe(keyOfText(text));
  });
});
