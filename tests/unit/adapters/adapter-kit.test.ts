import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AdapterError } from '@/adapters/http/adapter-error';
import { checkConnection } from '@/adapters/http/check-connection';
import { cursorCodec } from '@/adapters/http/cursor-codec';

const Schema = z.object({ v: z.literal(1), p: z.number().int().positive() });

describe('the adapter kit', () => {
  it('cursorCodec reads back what it wrote, with or without prefix and base64url', () => {
    for (const options of [{}, { prefix: 'zz1.' }, { prefix: 'zz1.', base64: true }]) {
      const codec = cursorCodec(Schema, { ...options, invalid: 'ongeldige cursor' });
      expect(codec.decode(codec.encode({ v: 1, p: 3 }))).toEqual({ v: 1, p: 3 });
    }
    expect(cursorCodec(Schema, { prefix: 'zz1.', invalid: 'x' }).encode({ v: 1, p: 2 })).toBe('zz1.{"v":1,"p":2}');
  });

  it('cursorCodec refuses a cursor it did not write: wrong prefix, not JSON, or not the schema', () => {
    const codec = cursorCodec(Schema, { prefix: 'zz1.', base64: true, invalid: 'ongeldige cursor' });
    for (const text of ['{"v":1,"p":2}', 'zz1.%%%', `zz1.${btoa('{"v":2,"p":1}')}`]) {
      expect(() => codec.decode(text)).toThrow(AdapterError);
      try {
        codec.decode(text);
      } catch (error) {
        expect(error).toMatchObject({ code: 'config', detail: 'ongeldige cursor', page: text.slice(0, 80) });
      }
    }
  });

  it('checkConnection keeps an AdapterError and calls anything else unreachable', async () => {
    const refused = new AdapterError('unauthorized', 'sleutel geweigerd', 401);
    expect(await checkConnection(() => Promise.reject(refused))).toEqual({ ok: false, error: refused });
    const down = await checkConnection(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(down).toMatchObject({ ok: false, error: { code: 'unreachable', detail: 'Failed to fetch' } });
    const reached = { ok: true as const, detail: { code: 'school' as const, params: { school: 'De Linde' } } };
    expect(await checkConnection(async () => reached)).toBe(reached);
  });
});
