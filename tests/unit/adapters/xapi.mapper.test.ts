import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goalId, sourceId, type GoalId } from '@/domain/ids';
import { REJECTION_CODES } from '@/domain/model';
import { xapiToResult, type XapiMapContext, type XapiMapOutcome } from '@/adapters/xapi/xapi.mapper';
import { mapStatements } from '@/adapters/xapi/xapi.page';

const PUPIL = `https://demo.invalid/nep-eckid/201703/${'ab'.repeat(64)}`;
const ACTIVITY = 'https://kompas-toetsen.example/xapi/toetsen/rekenen-getallen-1f';
const SLO = (uuid: string) => `https://opendata.slo.nl/curriculum/uuid/${uuid}`;
const GETALLEN = 'cbe5831f-4031-464d-9f9b-ea9d3c2f324e';
const resolved: string[][] = [];
const context: XapiMapContext = {
  source: sourceId('src-lrs'),
  mapping: { [ACTIVITY]: [goalId('rekenen.getallen.1f')] },
  resolveSloIds: (uuids) => {
    resolved.push([...uuids]);
    return uuids.includes(GETALLEN) ? [goalId('rekenen.getallen.1f'), goalId('rekenen.getallen.2f')] : [];
  },
  now: '2026-07-03T14:00:00.000Z',
};

const good = {
  id: '8a69db4c-bb60-41fd-9740-e713dba8de2e',
  actor: { objectType: 'Agent', name: 'Emma de Vries', account: { homePage: 'https://demo.invalid', name: PUPIL } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'nl-NL': 'geslaagd' } },
  object: { objectType: 'Activity', id: ACTIVITY, definition: { name: { 'nl-NL': 'Getallen 1F, toets oktober' } } },
  result: { score: { scaled: 0.85, raw: 34, min: 0, max: 40 }, success: true, completion: true, duration: 'PT12M30S' },
  context: {
    registration: 'b22893ae-a13e-406f-abb6-fd463ed7c645',
    contextActivities: { grouping: [{ id: SLO(GETALLEN) }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.6, 'https://kompas-toetsen.example/xapi/extensions/attempt': 2 },
  },
  timestamp: '2026-03-12T10:15:00+01:00',
  stored: '2026-03-12T09:15:02.120Z',
};

function resultOf(outcome: XapiMapOutcome) {
  if (!('result' in outcome)) throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}
function rejectionOf(outcome: XapiMapOutcome) {
  if (!('rejection' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome)}`);
  return outcome.rejection;
}
const map = (value: unknown) => xapiToResult(value, context);
const withResult = (result: Record<string, unknown>) => ({ ...good, result });

describe('xapiToResult: scored statements', () => {
  it('maps every canonical field', () => {
    expect(resultOf(map(good))).toEqual({
      id: 'src-lrs|8a69db4c-bb60-41fd-9740-e713dba8de2e',
      source: 'src-lrs',
      recordId: '8a69db4c-bb60-41fd-9740-e713dba8de2e',
      pupil: PUPIL,
      code: ACTIVITY,
      goals: ['rekenen.getallen.1f'],
      level: null,
      workForm: 'test',
      time: '2026-03-12T09:15:00.000Z',
      score: { raw: 34, min: 0, max: 40, scaled: 0.85 },
      success: true,
      completion: true,
      durationSeconds: 750,
      attempt: 2,
      normBand: null,
    });
  });

  it('keeps no names, titles or display strings', () => {
    const text = JSON.stringify(resultOf(map(good)));
    expect(text).not.toContain('Emma');
    expect(text).not.toContain('toets oktober');
    expect(text).not.toContain('geslaagd');
  });

  it('uses stored when there is no timestamp', () => {
    const { timestamp: _omit, ...rest } = good;
    expect(resultOf(map(rest)).time).toBe('2026-03-12T09:15:02.120Z');
  });

  it.each([
    ['scaled only', { scaled: 0.7 }, { raw: 0.7, min: 0, max: 1, scaled: 0.7 }],
    ['negative scaled clamps to 0', { scaled: -0.5 }, { raw: -0.5, min: 0, max: 1, scaled: 0 }],
    ['raw/min/max', { raw: 15, min: 10, max: 30 }, { raw: 15, min: 10, max: 30, scaled: 0.25 }],
    ['raw/max, min defaults to 0', { raw: 24, max: 30 }, { raw: 24, min: 0, max: 30, scaled: 0.8 }],
    ['scaled wins over raw/max', { scaled: 0.5, raw: 9, max: 10 }, { raw: 9, min: 0, max: 10, scaled: 0.5 }],
  ])('score: %s', (_name, score, expected) => {
    expect(resultOf(map(withResult({ score }))).score).toEqual(expected);
  });

  it('a raw score without max has no scale: score null, result kept', () => {
    const result = resultOf(map(withResult({ score: { raw: 17 }, success: false })));
    expect(result.score).toBeNull();
    expect(result.success).toBe(false);
  });

  it('success and completion follow the verb when the result does not say', () => {
    const verb = (name: string) => ({ ...good, verb: { id: `http://adlnet.gov/expapi/verbs/${name}` }, result: undefined });
    expect(resultOf(map(verb('passed')))).toMatchObject({ success: true, completion: null, score: null, workForm: 'test' });
    expect(resultOf(map(verb('failed')))).toMatchObject({ success: false, workForm: 'test' });
    expect(resultOf(map(verb('completed')))).toMatchObject({ success: null, completion: true, workForm: 'practice' });
    expect(resultOf(map(verb('mastered')))).toMatchObject({ success: true, workForm: 'practice' });
  });

  it('a scored statement without success is judged against the cmi5 masteryScore', () => {
    const scored = (scaled: number) => ({ ...good, verb: { id: 'http://adlnet.gov/expapi/verbs/scored' }, result: { score: { scaled } } });
    expect(resultOf(map(scored(0.6))).success).toBe(true);
    expect(resultOf(map(scored(0.59))).success).toBe(false);
    const { extensions: _omit, ...noExtensions } = good.context;
    expect(resultOf(map({ ...scored(0.9), context: noExtensions })).success).toBeNull();
  });

  it('an assessment activity is a test whatever the verb', () => {
    const answered = {
      ...good,
      verb: { id: 'https://w3id.org/xapi/adl/verbs/answered' },
      object: { id: ACTIVITY, definition: { type: 'http://adlnet.gov/expapi/activities/assessment' } },
    };
    expect(resultOf(map(answered)).workForm).toBe('test');
    expect(resultOf(map({ ...answered, object: { id: ACTIVITY } })).workForm).toBe('practice');
  });

  it('an unmapped activity gets its goals from SLO ids in contextActivities', () => {
    resolved.length = 0;
    const other = 'https://kompas-toetsen.example/xapi/toetsen/rekenen-gemengd-1f';
    const slo = {
      ...good,
      object: { id: other },
      context: {
        contextActivities: {
          parent: [{ id: 'https://lms.example/course/0a3b2f8b-7f3c-4c2f-91e0-d9a8b7c6d5e4' }],
          other: [{ id: SLO(GETALLEN.toUpperCase()) }],
        },
      },
    };
    expect(resultOf(map(slo)).goals).toEqual(['rekenen.getallen.1f', 'rekenen.getallen.2f']);
    expect(resolved).toEqual([[GETALLEN]]);
  });

  it('the mapping table wins over SLO ids; no mapping and no SLO ids gives goals []', () => {
    resolved.length = 0;
    expect(resultOf(map(good)).goals).toEqual(['rekenen.getallen.1f']);
    expect(resolved).toEqual([]);
    expect(
      resultOf(map({ ...good, object: { id: 'https://kompas-toetsen.example/xapi/toetsen/begrijpend-luisteren' }, context: undefined })).goals,
    ).toEqual([]);
  });

  it('a resolver that throws gives goals [] instead of an exception', () => {
    const throwing: XapiMapContext = {
      ...context,
      resolveSloIds: () => {
        throw new Error('curriculum niet geladen');
      },
    };
    const result = resultOf(xapiToResult({ ...good, object: { id: 'https://x.example/a' } }, throwing));
    expect(result.goals).toEqual([] satisfies GoalId[]);
  });
});

describe('xapiToResult: skips and voids', () => {
  it.each(['launched', 'initialized', 'terminated', 'attempted', 'experienced'])('%s is skipped and counted by verb', (verb) => {
    expect(map({ ...good, verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` } })).toEqual({ skipped: verb });
  });

  it('a verb of another vocabulary is skipped, even when it is called passed', () => {
    expect(map({ ...good, verb: { id: 'https://w3id.org/xapi/adl/verbs/satisfied' } })).toEqual({ skipped: 'satisfied' });
    expect(map({ ...good, verb: { id: 'http://example.com/verbs#passed' } })).toEqual({ skipped: 'passed' });
  });

  it('a voiding statement voids the ResultId of the statement it names, whoever the actor is', () => {
    const voiding = {
      actor: { mbox: 'mailto:admin@example.com' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: 'e05aa883-acaf-40ad-bf54-02c8ce485fb0' },
    };
    expect(map(voiding)).toEqual({ voids: 'src-lrs|e05aa883-acaf-40ad-bf54-02c8ce485fb0' });
    expect(rejectionOf(map({ ...voiding, object: { objectType: 'Activity', id: 'https://x.example' } })).code).toBe('invalid-record');
  });

  it('mapStatements: a duplicate gives one result, a voided result is left out, skips are counted', () => {
    const voiding = {
      id: '33cff416-e331-4c9d-969e-5373a1756120',
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: good.id },
    };
    const second = { ...good, id: '1c356160-0150-45bb-b27c-d340dd5fc582' };
    const launched = { ...good, id: '0a305868-4258-430b-b189-887fba6b1fe3', verb: { id: 'http://adlnet.gov/expapi/verbs/launched' } };
    const page = mapStatements([good, second, second, launched, launched, voiding, { actor: { mbox: 'mailto:x@y.example' } }], context);
    expect(page.results.map((result) => result.recordId)).toEqual([second.id]);
    expect(page.voids).toEqual([`src-lrs|${good.id}`]);
    expect(page.skipped).toEqual({ launched: 2 });
    expect(page.rejections.map((rejection) => rejection.code)).toEqual(['invalid-record']);
  });
});

describe('xapiToResult: rejected with a reason', () => {
  it.each([
    ['only mbox', { mbox: 'mailto:emma@school.example' }, 'not-a-pseudonym', 'mbox'],
    ['only mbox_sha1sum', { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' }, 'not-a-pseudonym', 'mbox_sha1sum'],
    ['only openid', { openid: 'http://toby.openid.example.org/' }, 'not-a-pseudonym', 'openid'],
    [
      'an e-mail as account name',
      { account: { homePage: 'https://school.example', name: 'emma@school.example' } },
      'not-a-pseudonym',
      'account.name',
    ],
    ['a group', { objectType: 'Group', account: { homePage: 'https://demo.invalid', name: PUPIL }, member: [] }, 'unsupported', 'groep'],
    ['no actor', undefined, 'missing-pupil', 'actor'],
    ['an empty account name', { account: { homePage: 'https://demo.invalid', name: '' } }, 'missing-pupil', 'account.name'],
    ['a homePage that is no URL', { account: { homePage: 'demo', name: PUPIL } }, 'invalid-record', 'homePage'],
  ])('actor: %s', (_name, actor, code, field) => {
    const rejection = rejectionOf(map({ ...good, actor }));
    expect(rejection.code).toBe(code);
    expect(rejection.detail).toContain(field);
    expect(rejection.detail).not.toContain('emma');
    expect(rejection.recordId).toBe(good.id);
    expect(rejection.id).toBe(`src-lrs|${good.id}`);
    expect(rejection.at).toBe(context.now);
  });

  it('an mbox actor is rejected even on a verb that would be skipped', () => {
    expect(rejectionOf(map({ ...good, actor: { mbox: 'mailto:a@b.example' }, verb: { id: 'http://adlnet.gov/expapi/verbs/launched' } })).code).toBe(
      'not-a-pseudonym',
    );
  });

  it.each([
    ['no timestamp and no stored', { timestamp: undefined, stored: undefined }, 'invalid-time', 'timestamp'],
    ['an impossible date', { timestamp: '2026-02-30T10:00:00Z' }, 'invalid-time', 'timestamp'],
    ['a time without zone', { timestamp: '2026-03-12T10:15:00' }, 'invalid-time', 'timestamp'],
    ['scaled above 1', { result: { score: { scaled: 1.5 } } }, 'invalid-score', 'result.score.scaled'],
    ['raw above max', { result: { score: { raw: 50, max: 40 } } }, 'invalid-score', 'max'],
    ['min not below max', { result: { score: { raw: 5, min: 10, max: 10 } } }, 'invalid-score', 'min'],
    ['a malformed duration', { result: { duration: '12 minuten' } }, 'invalid-record', 'result.duration'],
    ['no statement id', { id: undefined }, 'invalid-record', 'id'],
    ['a sub-statement as object', { object: { objectType: 'SubStatement', actor: {}, verb: {}, object: {} } }, 'invalid-record', 'object'],
  ])('%s', (_name, patch, code, field) => {
    const rejection = rejectionOf(map({ ...good, ...patch }));
    expect(rejection.code).toBe(code);
    expect(rejection.detail).toContain(field);
  });

  it('a statement without an id gets a stable rejection id', () => {
    const record = { ...good, id: undefined, actor: { mbox: 'mailto:x@y.example' } };
    const first = rejectionOf(map(record));
    expect(first.recordId).toBeNull();
    expect(first.id).toMatch(/^src-lrs\|zonder-id-anon-[0-9a-f]+$/);
    expect(rejectionOf(map({ ...record })).id).toBe(first.id);
  });

  it.each([null, 42, 'statement', [], {}, { verb: 'passed' }])('rejects a non-statement %j', (value) => {
    expect(rejectionOf(map(value)).code).toBe('invalid-record');
  });
});

describe('xapiToResult: hostile input', () => {
  const isOutcome = (outcome: XapiMapOutcome) => {
    if ('result' in outcome) return outcome.result.source === context.source && outcome.result.pupil.length > 0;
    if ('rejection' in outcome) return REJECTION_CODES.includes(outcome.rejection.code) && outcome.rejection.detail.length > 0;
    if ('voids' in outcome) return outcome.voids.startsWith('src-lrs|');
    return /^[\w.-]{1,40}$/.test(outcome.skipped);
  };

  it('any value gives a result, rejection, skip or void, never an exception', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true }), (value) =>
        isOutcome(map(value)),
      ),
      { numRuns: 500 },
    );
  });

  it('any JSON text, parsed, gives an outcome', () => {
    fc.assert(
      fc.property(fc.json(), (text) => isOutcome(map(JSON.parse(text)))),
      { numRuns: 300 },
    );
  });

  it('statements close to valid give an outcome', () => {
    const nearly = fc.record(
      {
        id: fc.oneof(fc.uuid(), fc.string(), fc.constant(undefined)),
        actor: fc.oneof(
          fc.record({
            account: fc.record({
              homePage: fc.oneof(fc.constant('https://demo.invalid'), fc.string()),
              name: fc.oneof(fc.constant(PUPIL), fc.string()),
            }),
          }),
          fc.record({ mbox: fc.string() }),
          fc.anything(),
        ),
        verb: fc.record({
          id: fc.oneof(
            fc.constantFrom('passed', 'failed', 'completed', 'launched', 'voided', 'scored').map((name) => `http://adlnet.gov/expapi/verbs/${name}`),
            fc.string(),
          ),
        }),
        object: fc.oneof(
          fc.record({ id: fc.oneof(fc.constant(ACTIVITY), fc.webUrl(), fc.string()) }),
          fc.record({ objectType: fc.constant('StatementRef'), id: fc.oneof(fc.uuid(), fc.string()) }),
        ),
        result: fc.record(
          {
            score: fc.record({ scaled: fc.double(), raw: fc.double(), min: fc.double(), max: fc.double() }, { requiredKeys: [] }),
            success: fc.oneof(fc.boolean(), fc.string()),
            duration: fc.oneof(fc.constantFrom('PT1M30S', 'P1DT2H', 'PT', 'P'), fc.string()),
          },
          { requiredKeys: [] },
        ),
        context: fc.anything(),
        timestamp: fc.oneof(
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
          fc.string(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(nearly, (value) => isOutcome(map(value))),
      { numRuns: 500 },
    );
  });
});
