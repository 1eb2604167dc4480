import { describe, expect, it } from 'vitest';
import { pupilRef } from '@/domain/ids';
import { scaleScore } from '@/domain/model';
import { encodeResults } from '@/domain/progress/encoded-results';
import { buildResult } from '../../../support/result-builder';

/** A fresh copy of a string (a new string object, as each parsed record gives). */
const copy = (value: string) => JSON.parse(JSON.stringify(value)) as string;
const PREFIX = 'https://demo.invalid/nep-eckid/201703/';
const hex = (n: number, length: number) => n.toString(16).padStart(length, '0');
/** One result per pupil ref, in the order given, each with its own copy of the ref. */
const encodedPupils = (refs: readonly string[]) =>
  encodeResults(refs.map((ref) => buildResult({ pupil: pupilRef(copy(ref)), time: '2026-03-02T12:00:00.000Z', score: scaleScore(1, 0, 1) })));

describe('encodeResults: the dictionary codes', () => {
  it('gives codes 0, 1, 2 ... in order of first appearance, and the same code to every copy', () => {
    const encoded = encodedPupils(['b', 'a', 'b', 'c', 'a']);
    expect(Array.from(encoded.pupil)).toEqual([0, 1, 0, 2, 1]);
    expect(encoded.pupils).toEqual(['b', 'a', 'c']);
    expect(encoded.pupilCode(pupilRef(copy('c')))).toBe(2);
    expect(encoded.pupilCode(pupilRef('d'))).toBe(-1);
    expect(encoded.pupils).toHaveLength(3);
  });

  it('keeps codes stable while it grows to many 160-character pseudonyms', () => {
    const refs = Array.from({ length: 5000 }, (_, n) => PREFIX + hex(n * 2654435761, 160 - PREFIX.length));
    const order = refs.map((_, n) => n);
    const encoded = encodedPupils(refs);
    expect(Array.from(encoded.pupil)).toEqual(order);
    expect(refs.map((ref) => encoded.pupilCode(pupilRef(copy(ref))))).toEqual(order);
    expect(encoded.pupils).toHaveLength(5000);
  });

  it('tells apart 160-character strings that differ in one character only', () => {
    const tail = 'x'.repeat(156);
    const similar = Array.from({ length: 300 }, (_, n) => hex(n, 4) + tail);
    const encoded = encodedPupils(similar);
    expect(Array.from(encoded.pupil)).toEqual(similar.map((_, n) => n));
    expect(similar.map((value) => encoded.pupilCode(pupilRef(copy(value))))).toEqual(similar.map((_, n) => n));
    expect(encoded.pupilCode(pupilRef(hex(999, 4) + tail))).toBe(-1);
  });

  it('handles the empty string and short strings', () => {
    const encoded = encodedPupils(['', 'a']);
    expect(Array.from(encoded.pupil)).toEqual([0, 1]);
    expect(encoded.pupilCode(pupilRef(''))).toBe(0);
  });
});
