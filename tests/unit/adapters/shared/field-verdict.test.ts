import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldVerdict } from '@/adapters/shared/field-verdict';

const Record = z.object({ id: z.string().min(1), count: z.number().int().max(9), note: z.string().optional() });
const fields = {
  id: (value: unknown) => typeof value === 'string' && value.length >= 1,
  count: (value: unknown) => Number.isSafeInteger(value) && (value as number) <= 9,
  note: (value: unknown) => value === undefined || typeof value === 'string',
};

describe('fieldVerdict', () => {
  it('gives the first failing field its issue, with the field in front of its path, as zod does', () => {
    const verdict = fieldVerdict(Record, fields);
    const raw = { id: '', count: 10 };
    const zod = Record.safeParse(raw);
    expect(zod.success).toBe(false);
    expect(verdict(raw)).toStrictEqual({ success: false, issue: zod.error?.issues[0] });
    expect(verdict(raw)).toMatchObject({ issue: { path: ['id'], code: 'too_small' } });
    expect(verdict({ id: 'a', count: 10 })).toMatchObject({ issue: { path: ['count'], code: 'too_big' } });
  });

  it('passes over a field a stricter guard refused but zod accepts, and gives zod output when nothing fails', () => {
    const strict = fieldVerdict(Record, { ...fields, id: () => false });
    expect(strict({ id: 'a', count: 10 })).toMatchObject({ issue: { path: ['count'] } });
    expect(strict({ id: 'a', count: 3, extra: 1 })).toStrictEqual({ success: true, data: { id: 'a', count: 3 } });
    expect(strict([])).toMatchObject({ success: false, issue: { path: [], code: 'invalid_type' } });
  });

  it('refuses at start field guards that do not name exactly the schema fields, or a field that takes undefined without being optional', () => {
    const { note: _note, ...fewer } = fields;
    expect(() => fieldVerdict(Record, fewer)).toThrow(/exactly the schema's fields/);
    expect(() => fieldVerdict(Record, { ...fields, other: () => true })).toThrow(/exactly the schema's fields/);
    expect(() => fieldVerdict(z.object({ any: z.unknown() }), { any: () => true })).toThrow(/takes undefined/);
  });
});
