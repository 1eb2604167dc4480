import { describe, expect, it } from 'vitest';
import { StringDictionary } from '@/domain/progress/string-dictionary';

/** A fresh copy of a string (a new string object, as each parsed record gives). */
const copy = (value: string) => JSON.parse(JSON.stringify(value)) as string;
const PREFIX = 'https://demo.invalid/nep-eckid/201703/';
const hex = (n: number, length: number) => n.toString(16).padStart(length, '0');

describe('StringDictionary', () => {
  it('gives codes 0, 1, 2 ... in order of first appearance, and the same code to every copy', () => {
    const dictionary = new StringDictionary();
    expect(['b', 'a', 'b', 'c', 'a'].map((value) => dictionary.encode(copy(value)))).toEqual([0, 1, 0, 2, 1]);
    expect(dictionary.values).toEqual(['b', 'a', 'c']);
    expect(dictionary.size).toBe(3);
    expect(dictionary.codeOf(copy('c'))).toBe(2);
    expect(dictionary.codeOf('d')).toBe(-1);
    expect(dictionary.size).toBe(3);
  });

  it('keeps codes stable while it grows to many 160-character pseudonyms', () => {
    const dictionary = new StringDictionary();
    const refs = Array.from({ length: 5000 }, (_, n) => PREFIX + hex(n * 2654435761, 160 - PREFIX.length));
    const order = refs.map((_, n) => n);
    expect(refs.map((ref) => dictionary.encode(ref))).toEqual(order);
    expect(refs.map((ref) => dictionary.codeOf(copy(ref)))).toEqual(order);
    expect(dictionary.size).toBe(5000);
  });

  it('tells apart 160-character strings that differ in one character only', () => {
    const tail = 'x'.repeat(156);
    const similar = Array.from({ length: 300 }, (_, n) => hex(n, 4) + tail);
    const dictionary = new StringDictionary();
    expect(similar.map((value) => dictionary.encode(value))).toEqual(similar.map((_, n) => n));
    expect(similar.map((value) => dictionary.codeOf(copy(value)))).toEqual(similar.map((_, n) => n));
    expect(dictionary.codeOf(hex(999, 4) + tail)).toBe(-1);
  });

  it('handles the empty string and short strings', () => {
    const dictionary = new StringDictionary();
    expect(dictionary.encode('')).toBe(0);
    expect(dictionary.encode('a')).toBe(1);
    expect(dictionary.codeOf('')).toBe(0);
  });
});
