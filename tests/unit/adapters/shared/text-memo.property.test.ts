import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textMemo } from '@/adapters/shared/text-memo';

/** A function whose answer names the text, counting its calls. */
function counted() {
  const calls: string[] = [];
  return { calls, compute: (text: string) => (calls.push(text), `v:${text}`) };
}

describe('textMemo: the function of a text, worked out once per text while there is room', () => {
  it('always gives what the function gives, also when texts crowd a small table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('a', 'b', 'x'.repeat(166), `${'x'.repeat(165)}y`)), { maxLength: 300 }),
        (texts) => {
          const { compute } = counted();
          const memo = textMemo(compute, 8, 3);
          for (const text of texts) expect(memo(text)).toBe(`v:${text}`);
        },
      ),
    );
  });

  it('works a repeated text out once, also texts alike in every character it samples', () => {
    const { calls, compute } = counted();
    const memo = textMemo(compute);
    // 166 characters: it reads the last 16 and every 11th before them, so these differ only where it does not look.
    const texts = Array.from({ length: 50 }, (_, n) => `${'p'.repeat(100)}${String(n).padStart(2, '0')}${'q'.repeat(64)}`);
    for (let round = 0; round < 3; round += 1) for (const text of texts) expect(memo(text)).toBe(`v:${text}`);
    // Alike texts share slots: each tries up to 8; what does not fit is worked out again, never answered wrongly.
    expect(calls.length).toBeGreaterThanOrEqual(texts.length);
    const distinct = Array.from({ length: 500 }, (_, n) => `https://x.example/${'z'.repeat(120)}${n.toString(16).padStart(8, '0')}`);
    const before = calls.length;
    for (let round = 0; round < 3; round += 1) for (const text of distinct) memo(text);
    expect(calls.length - before).toBe(distinct.length);
  });

  it('starts over when half full, and still answers right', () => {
    const { calls, compute } = counted();
    const memo = textMemo(compute, 16);
    const texts = Array.from({ length: 40 }, (_, n) => `t${n}`);
    for (const text of texts) expect(memo(text)).toBe(`v:${text}`);
    expect(memo('t39')).toBe('v:t39');
    expect(calls.filter((text) => text === 't39')).toHaveLength(1);
  });
});
