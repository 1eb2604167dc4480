import { describe, expect, it } from 'vitest';
import { nl } from '@/i18n/nl';

const texts = (node: unknown, path = ''): [string, string][] =>
  typeof node === 'string' ? [[path, node]] : Object.entries(node as object).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));

describe('the Dutch texts', () => {
  it('say "je" throughout, never "u" or "uw"', () => {
    const formal = texts(nl).filter(([, text]) => /(^|[\s(“"'])(u|uw|U|Uw)(?=[\s,.;:!?)”"']|$)/.test(text));
    expect(formal).toEqual([]);
  });

  it('name the learning record store in Dutch', () => {
    expect(texts(nl).filter(([, text]) => /learning record store/i.test(text))).toEqual([]);
  });
});
