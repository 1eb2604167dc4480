import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXCERPT_LIMITS, excerptOf, type ExcerptValue } from '@/domain/excerpt';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Every string and number leaf of a value. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (typeof value === 'string' || typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => leaves(item, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => leaves(item, out));
  return out;
}

const PERSONAL_KEY =
  /name|mbox|mail|openid|address|birth|bsn|phone|homepage|actor|student|pupil|learner|account|agent|user|member|instructor|team|authority/i;

/** Every leaf found under a key that names a person or personal data, at any depth. */
function personalLeaves(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((item) => personalLeaves(item, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (PERSONAL_KEY.test(key)) leaves(child, out);
      else personalLeaves(child, out);
    }
  }
  return out;
}

const statement = {
  id: 'f4b0c1de-0000-4000-8000-000000000001',
  actor: {
    objectType: 'Agent',
    name: 'Anna de Boer',
    mbox: 'mailto:anna@school.example',
    account: { homePage: 'https://school.example', name: 'anna.deboer' },
  },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'nl-NL': 'voltooid', 'en-US': 'completed' } },
  object: {
    id: 'https://lesmateriaal.example/sommen/1',
    objectType: 'Activity',
    definition: { name: { 'nl-NL': 'Sommen 1' }, type: 'http://adlnet.gov/expapi/activities/assessment' },
  },
  result: { score: { raw: 7, min: 0, max: 10, scaled: 0.7 }, success: true, response: 'Anna schreef dit zelf' },
  context: {
    instructor: { name: 'Meester Jan', mbox: 'mailto:jan@school.example' },
    registration: 'ab12cd34-0000-4000-8000-000000000002',
    extensions: { 'https://x.example/birthdate': '2016-04-01' },
  },
  timestamp: '2026-03-02T09:15:00Z',
};

describe('excerptOf', () => {
  it('keeps ids, codes, times, scores and verb names, and removes every personal field with a note', () => {
    const excerpt = excerptOf(statement);
    expect(excerpt.fields).toEqual({
      id: statement.id,
      verb: { id: statement.verb.id, display: { 'nl-NL': 'voltooid', 'en-US': 'completed' } },
      object: { id: statement.object.id, objectType: 'Activity', definition: { type: statement.object.definition.type } },
      result: { score: { raw: 7, min: 0, max: 10, scaled: 0.7 }, success: true },
      context: { registration: statement.context.registration },
      timestamp: statement.timestamp,
    });
    expect(excerpt.removed).toEqual(['actor', 'object.definition.name', 'context.instructor']);
    const text = JSON.stringify(excerpt);
    for (const secret of ['Anna', 'anna', 'Jan', 'school.example', '2016-04-01', 'zelf']) expect(text).not.toContain(secret);
  });

  it('removes supplier-specific pupil fields and values that look like e-mail addresses', () => {
    const excerpt = excerptOf({
      session_id: 's-1',
      student: { eckid: 'https://id.example/123' },
      domain_code: 'G-3',
      started_at: 'gisteren',
      email_id: 'x',
      code: 'anna@school.example',
    });
    expect(excerpt.fields).toEqual({ session_id: 's-1', domain_code: 'G-3', started_at: 'gisteren' });
    expect(excerpt.removed).toEqual(['student', 'mail', 'code']);
  });

  it('removes ids and codes of the person (studentId, leerlingid, userSourcedId, pupil_code), keeping ids of the record', () => {
    const excerpt = excerptOf({
      id: 'r1',
      resultId: 'res-9',
      studentId: 'ps-1234',
      userId: 'u-99',
      leerlingid: '2231',
      learner_id: 'L7',
      actorId: 'a1',
      userSourcedId: 's1',
      accountId: 'acc',
      memberId: 'm',
      pupil_code: 'pc',
      eckId: 'e',
    });
    expect(excerpt.fields).toEqual({ id: 'r1', resultId: 'res-9' });
    expect(excerpt.removed.length).toBeGreaterThan(0);
  });

  it('drops a kept field whose value also appears under a personal field', () => {
    const excerpt = excerptOf({ id: 'Bram Smit', learner: 'Bram Smit', completion_id: 42, user: { phone: 42 } });
    expect(excerpt.fields).toEqual({});
    expect(leaves(excerpt.fields)).not.toContain('Bram Smit');
  });

  it('finds personal fields at any depth', () => {
    let deep: Record<string, unknown> = { name: 'Cem Yilmaz', id: 'Cem Yilmaz' };
    for (let i = 0; i < 40; i += 1) deep = { object: deep };
    const excerpt = excerptOf({ id: 'r1', object: deep, code: 'Cem Yilmaz' });
    expect(JSON.stringify(excerpt)).not.toContain('Cem');
    expect(excerpt.fields).toEqual(expect.objectContaining({ id: 'r1' }));
    expect(excerpt.truncated).toBe(true);
  });

  it('stays small with a 100k string, an array of 10k and 10k keys', () => {
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}_id`, i]));
    const excerpt = excerptOf({
      id: 'x'.repeat(100_000),
      items: Array.from({ length: 10_000 }, (_, i) => ({ id: i, name: `Leerling ${i}` })),
      data: wide,
    });
    expect(bytes(excerpt)).toBeLessThanOrEqual(EXCERPT_LIMITS.bytes);
    const fields = excerpt.fields as Record<string, ExcerptValue>;
    expect(fields['id']).toBe(`${'x'.repeat(79)}…`);
    expect(fields['items']).toEqual([{ id: 0 }, { id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]);
    expect(excerpt.truncated).toBe(true);
    expect(JSON.stringify(excerpt)).not.toContain('Leerling');
  });

  it('survives nesting far deeper than any real record, and a cyclic object', () => {
    let nested: unknown = { id: 'bottom' };
    for (let i = 0; i < 100_000; i += 1) nested = { object: nested };
    const deep = excerptOf(nested);
    expect(deep.truncated).toBe(true);
    expect(bytes(deep)).toBeLessThanOrEqual(EXCERPT_LIMITS.bytes);
    const cyclic: Record<string, unknown> = { id: 'c1' };
    cyclic['object'] = cyclic;
    expect(excerptOf(cyclic).fields).toEqual(expect.objectContaining({ id: 'c1' }));
  });

  it('never lets a prototype key through or touches a prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"id": "polluted", "isAdmin": true}, "constructor": {"prototype": {"id": 1}}, "id": "r2"}') as unknown;
    const excerpt = excerptOf(hostile);
    expect(excerpt.fields).toEqual({ id: 'r2' });
    expect(Object.getPrototypeOf(excerpt.fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('keeps nothing of a record that is not an object, and never throws on a hostile object', () => {
    expect(excerptOf('Anna de Boer').fields).toBeNull();
    expect(excerptOf(undefined).fields).toBeNull();
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('nee');
        },
      },
    );
    expect(excerptOf(trap)).toEqual({ fields: null, removed: [], truncated: true });
  });

  it('is bounded and never keeps a value found under a personal key, for any JSON value', () => {
    const personalObject = fc.dictionary(
      fc.constantFrom(
        'name',
        'mbox',
        'email',
        'actor',
        'student',
        'account',
        'homePage',
        'birthDate',
        'bsn',
        'phone',
        'studentId',
        'userId',
        'accountId',
        'learner_id',
        'id',
        'code',
        'score',
        'object',
        'timestamp',
      ),
      fc.jsonValue({ maxDepth: 3 }),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.array(personalObject, { maxLength: 4 }), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), personalObject))),
        (raw) => {
          const excerpt = excerptOf(raw);
          expect(bytes(excerpt)).toBeLessThanOrEqual(EXCERPT_LIMITS.bytes);
          const secret = new Set(personalLeaves(raw));
          for (const leaf of leaves(excerpt.fields)) expect(secret.has(leaf)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
