import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedUtf8, decodeBytes, utf8Problem } from '@/adapters/files/decode';
import { textOf } from '@/adapters/files/export-file';

const encoder = new TextEncoder();
const bom = [0xef, 0xbb, 0xbf];

describe('checkedUtf8: the check and the decode in one', () => {
  it('gives valid UTF-8 as the text decodeBytes gives (one byte-order mark or two, CRLF, any characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 0, max: 2 }), (text, marks) => {
        const bytes = new Uint8Array([...Array.from({ length: marks }, () => bom).flat(), ...encoder.encode(text)]);
        expect(checkedUtf8(bytes)).toEqual({ text: decodeBytes(bytes) });
        expect(textOf({ name: 'x.csv', bytes, text: decodeBytes(bytes) })).toBe(textOf({ name: 'x.csv', bytes }));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives any bytes either their text, exactly as decodeBytes gives it, or the place of the first invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const checked = checkedUtf8(bytes);
        const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
        if (utf16) expect(checked).toBeNull();
        else if (checked !== null && 'text' in checked) {
          expect(checked.text).toBe(decodeBytes(bytes));
        } else {
          expect(checked).toEqual({ problem: utf8Problem(bytes) });
          expect(checked?.problem.byte).toBeGreaterThan(0);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('names the line and byte of the first invalid sequence', () => {
    expect(checkedUtf8(new Uint8Array([...encoder.encode('a\r\nb\rc\n'), 0xc0, 0xaf]))).toEqual({ problem: { line: 4, byte: 8 } });
  });
});
