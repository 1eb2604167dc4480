/**
 * Stable keys for a CSV's rows without personal data in them: a 64-bit hash (two FNV-1a variants)
 * of the parts joined by U+001F, written as "csv-" and 16 hex digits. Computed without building the
 * joined text, and written in one string (Number#toString(16) on a 32-bit value, with padStart, was
 * most of a CSV row's mapping time); the digits are the same as before, so ids stay stable.
 */

/** The char code of a hex digit (0-9, a-f). */
const hexCode = (nibble: number) => (nibble < 10 ? 48 + nibble : 87 + nibble);

// The two hash states while a key is computed (one key at a time: no array of parts per row).
let stateA = 0;
let stateB = 0;

function begin(text: string): void {
  stateA = 2166136261;
  stateB = 0x811c9dc5 ^ 0x5bd1e995;
  mix(text);
}

function mix(text: string): void {
  let a = stateA;
  let b = stateB;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  stateA = a;
  stateB = b;
}

/** The separator between two parts (U+001F), then the part. */
function mixNext(text: string): void {
  stateA = Math.imul(stateA ^ 0x1f, 16777619);
  stateB = Math.imul(stateB ^ 0x1f, 0x01000193) ^ (stateB >>> 13);
  mix(text);
}

/** "csv-" and the two states in 16 lower-case hex digits, as one string. */
function keyOfState(): string {
  const a = stateA;
  const b = stateB;
  return String.fromCharCode(
    99, // c
    115, // s
    118, // v
    45, // -
    hexCode((a >>> 28) & 15),
    hexCode((a >>> 24) & 15),
    hexCode((a >>> 20) & 15),
    hexCode((a >>> 16) & 15),
    hexCode((a >>> 12) & 15),
    hexCode((a >>> 8) & 15),
    hexCode((a >>> 4) & 15),
    hexCode(a & 15),
    hexCode((b >>> 28) & 15),
    hexCode((b >>> 24) & 15),
    hexCode((b >>> 20) & 15),
    hexCode((b >>> 16) & 15),
    hexCode((b >>> 12) & 15),
    hexCode((b >>> 8) & 15),
    hexCode((b >>> 4) & 15),
    hexCode(b & 15),
  );
}

/** "csv-" and the hash of the parts in 16 lower-case hex digits. */
export function hashedKey(parts: readonly string[]): string {
  begin(parts[0] ?? '');
  for (let p = 1; p < parts.length; p += 1) mixNext(parts[p] as string);
  return keyOfState();
}

/** The hash state after a row's pupil, the first part of its id: a file names the same pupils again and again. */
export interface PupilHash {
  readonly a: number;
  readonly b: number;
}

/** The hash of a pupil value, to be continued by `recordIdOf` with a row's time and code. */
export function pupilHashOf(pupil: string): PupilHash {
  begin(pupil);
  return { a: stateA, b: stateB };
}

/**
 * The id of a row's result: a hash of pupil, time and code (so an overlapping export updates), and
 * for the second and later row with the same three in one file its occurrence number, so two
 * attempts on one day stay two results (and a re-import of the same file gives the same ids).
 * The pupil comes as its hash (`pupilHashOf`), mixed once per distinct pupil: the same digits.
 */
export function recordIdOf(pupil: PupilHash, time: string, code: string, seen: Map<string, number>): string {
  stateA = pupil.a;
  stateB = pupil.b;
  mixNext(time);
  mixNext(code);
  const base = keyOfState();
  const occurrence = (seen.get(base) ?? 0) + 1;
  seen.set(base, occurrence);
  return occurrence === 1 ? base : `${base}-${occurrence}`;
}
