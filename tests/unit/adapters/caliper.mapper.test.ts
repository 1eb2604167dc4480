import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { goalId, sourceId } from '@/domain/ids';
import { REJECTION_CODES } from '@/domain/model';
import { caliperEventToResult, mapCaliperEvents, type CaliperMapContext, type CaliperMapOutcome } from '@/adapters/caliper/caliper.mapper';

const PUPIL = `https://demo.invalid/nep-eckid/201703/${'cd'.repeat(64)}`;
const TEST = 'https://werkboek.demo.invalid/hoofdstukken/rekenen-getallen-2f/toets';
const ctx: CaliperMapContext = {
  source: sourceId('src-caliper'),
  mapping: { [TEST]: [goalId('rekenen.getallen.2f')] },
  now: '2026-07-03T14:00:00.000Z',
};

const grade = {
  '@context': 'http://purl.imsglobal.org/ctx/caliper/v1p2',
  id: 'urn:uuid:11111111-2222-4333-a444-555555555555',
  type: 'GradeEvent',
  actor: { id: 'https://werkboek.demo.invalid/nakijkhulp', type: 'SoftwareApplication' },
  action: 'Graded',
  object: {
    id: `${TEST}/pogingen/1`,
    type: 'Attempt',
    assignee: { id: PUPIL, type: 'Person' },
    assignable: { id: TEST, type: 'Assessment', maxScore: 20 },
    count: 2,
    duration: 'PT12M30S',
  },
  eventTime: '2026-03-12T10:15:00+01:00',
  generated: { id: `${TEST}/pogingen/1/score`, type: 'Score', scoreGiven: 15, maxScore: 20 },
};
const actorEvent = (type: string, action: string, extra: Record<string, unknown>) => ({
  id: `urn:uuid:${type}-0001-4000-a000-000000000001`,
  type,
  action,
  actor: { id: PUPIL, type: 'Person' },
  eventTime: '2026-03-12T09:00:00.000Z',
  ...extra,
});
const item = (generated: unknown) =>
  actorEvent('AssessmentItemEvent', 'Completed', {
    object: { id: `${TEST}/vragen/1`, type: 'AssessmentItem', isPartOf: { id: TEST, type: 'Assessment' } },
    generated,
  });
const toolUse = (items: unknown[], target: unknown = { id: 'https://werkboek.demo.invalid/hoofdstukken/lezen-fictie-1f', type: 'DigitalResource' }) =>
  actorEvent('ToolUseEvent', 'Used', {
    object: { id: 'https://werkboek.demo.invalid', type: 'SoftwareApplication' },
    target,
    generated: { type: 'AggregateMeasureCollection', items },
  });

function resultOf(outcome: CaliperMapOutcome) {
  if (!('result' in outcome)) throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}
function rejectionOf(outcome: CaliperMapOutcome) {
  if (!('rejection' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome)}`);
  return outcome.rejection;
}

describe('caliperEventToResult: GradeEvent', () => {
  it('maps every canonical field; the learner is the assignee, not the grading actor', () => {
    expect(resultOf(caliperEventToResult(grade, ctx))).toEqual({
      id: 'src-caliper|urn:uuid:11111111-2222-4333-a444-555555555555',
      source: 'src-caliper',
      recordId: 'urn:uuid:11111111-2222-4333-a444-555555555555',
      pupil: PUPIL,
      code: TEST,
      goals: ['rekenen.getallen.2f'],
      level: null,
      workForm: 'test',
      time: '2026-03-12T09:15:00.000Z',
      score: { raw: 15, min: 0, max: 20, scaled: 0.75 },
      success: null,
      completion: true,
      durationSeconds: 750,
      attempt: 2,
      normBand: null,
    });
  });

  it('reads the assignee as an IRI string, the max from the assignable, and 1.0 totalScore', () => {
    const thin = { ...grade, object: { ...grade.object, assignee: PUPIL }, generated: { type: 'Score', totalScore: 5 } };
    const result = resultOf(caliperEventToResult(thin, ctx));
    expect([result.pupil, result.score?.raw, result.score?.max]).toEqual([PUPIL, 5, 20]);
  });

  it('an assignable that is not an Assessment is practice; an unmapped code keeps its result with goals []', () => {
    const homework = {
      ...grade,
      object: { ...grade.object, assignable: { id: 'https://x.example/opdracht/7', type: 'AssignableDigitalResource', maxScore: 10 } },
      generated: { type: 'Score', scoreGiven: 4 },
    };
    const result = resultOf(caliperEventToResult(homework, ctx));
    expect([result.workForm, result.code, result.goals, result.score?.scaled]).toEqual(['practice', 'https://x.example/opdracht/7', [], 0.4]);
  });

  it.each([
    ['grader-only (the Attempt is a bare IRI)', { ...grade, object: `${TEST}/pogingen/1` }, 'missing-pupil', 'object'],
    ['missing assignee', { ...grade, object: { ...grade.object, assignee: undefined } }, 'missing-pupil', 'object.assignee'],
    [
      'assignee is the grading software',
      { ...grade, object: { ...grade.object, assignee: { id: 'https://x.example/app', type: 'SoftwareApplication' } } },
      'missing-pupil',
      'object.assignee',
    ],
    [
      'assignee is a mailto: IRI',
      { ...grade, object: { ...grade.object, assignee: 'mailto:emma@school.example' } },
      'not-a-pseudonym',
      'object.assignee',
    ],
    [
      'assignee without an id',
      { ...grade, object: { ...grade.object, assignee: { type: 'Person', name: 'Emma' } } },
      'not-a-pseudonym',
      'object.assignee',
    ],
    [
      'the spec’s anonymous Person',
      { ...grade, object: { ...grade.object, assignee: 'http://purl.imsglobal.org/caliper/Person' } },
      'not-a-pseudonym',
      'object.assignee',
    ],
    ['object is a Person', { ...grade, object: { id: PUPIL, type: 'Person' } }, 'invalid-record', 'object.type'],
    ['no assignable', { ...grade, object: { ...grade.object, assignable: undefined } }, 'invalid-record', 'object.assignable'],
    ['score above the max', { ...grade, generated: { ...grade.generated, scoreGiven: 21 } }, 'invalid-score', 'scoreGiven'],
    ['negative score', { ...grade, generated: { ...grade.generated, scoreGiven: -1 } }, 'invalid-score', 'scoreGiven'],
    ['no scoreGiven', { ...grade, generated: { type: 'Score', maxScore: 20 } }, 'invalid-score', 'scoreGiven'],
    [
      'no max anywhere',
      { ...grade, object: { ...grade.object, assignable: TEST }, generated: { type: 'Score', scoreGiven: 3 } },
      'invalid-score',
      'maxScore',
    ],
    ['score as text', { ...grade, generated: { ...grade.generated, scoreGiven: '15' } }, 'invalid-score', 'generated.scoreGiven'],
    ['no Score generated', { ...grade, generated: undefined }, 'invalid-score', 'generated'],
    ['unparseable time', { ...grade, eventTime: 'gisteren' }, 'invalid-time', 'eventTime'],
    ['impossible date', { ...grade, eventTime: '2026-02-30T10:00:00Z' }, 'invalid-time', 'eventTime'],
  ] as const)('%s is rejected with a reason', (_name, record, code, field) => {
    const rejection = rejectionOf(caliperEventToResult(record, ctx));
    expect([rejection.code, rejection.recordId, rejection.id, rejection.at]).toEqual([code, grade.id, `src-caliper|${grade.id}`, ctx.now]);
    expect(rejection.detail).toContain(field);
  });

  it('never echoes the offending value in the detail', () => {
    const rejection = rejectionOf(caliperEventToResult({ ...grade, object: { ...grade.object, assignee: 'mailto:emma@school.example' } }, ctx));
    expect(rejection.detail).not.toContain('emma');
  });
});

describe('caliperEventToResult: the learner acts', () => {
  it('AssessmentEvent Submitted is completion evidence without a score', () => {
    const submitted = actorEvent('AssessmentEvent', 'Submitted', { object: TEST, generated: { type: 'Attempt', count: 1, duration: 'PT10M30S' } });
    expect(resultOf(caliperEventToResult(submitted, ctx))).toMatchObject({
      pupil: PUPIL,
      code: TEST,
      goals: ['rekenen.getallen.2f'],
      score: null,
      success: null,
      completion: true,
      workForm: 'test',
      attempt: 1,
      durationSeconds: 630,
    });
  });

  it('AssessmentItemEvent Completed counts towards its assessment; isCorrect (or extensions.isCorrect) is success', () => {
    expect(resultOf(caliperEventToResult(item({ type: 'Response', isCorrect: true }), ctx))).toMatchObject({
      code: TEST,
      goals: ['rekenen.getallen.2f'],
      success: true,
      score: null,
      workForm: 'test',
    });
    expect(resultOf(caliperEventToResult(item({ type: 'Response', extensions: { isCorrect: false } }), ctx)).success).toBe(false);
    expect(resultOf(caliperEventToResult(item('https://x.example/responses/1'), ctx)).success).toBeNull();
  });

  it('an actor that is not a Person, or an e-mail address, is no learner', () => {
    const bot = { ...item(null), actor: { id: 'https://x.example/bot', type: 'SoftwareApplication' } };
    expect(rejectionOf(caliperEventToResult(bot, ctx)).code).toBe('missing-pupil');
    expect(rejectionOf(caliperEventToResult({ ...item(null), actor: { id: 'mailto:a@b.example', type: 'Person' } }, ctx)).code).toBe(
      'not-a-pseudonym',
    );
    expect(rejectionOf(caliperEventToResult({ ...item(null), actor: undefined }, ctx)).code).toBe('missing-pupil');
  });

  it('ToolUseEvent: UnitsCompleted of maxMetricValue (or of UnitsToComplete) is the progress score; MinutesOnTask the duration', () => {
    const progress = toolUse([
      { metric: 'MinutesOnTask', metricValue: 42.5 },
      { metric: 'UnitsCompleted', metricValue: 5, maxMetricValue: 20 },
    ]);
    expect(resultOf(caliperEventToResult(progress, ctx))).toMatchObject({
      code: 'https://werkboek.demo.invalid/hoofdstukken/lezen-fictie-1f',
      workForm: 'practice',
      score: { raw: 5, min: 0, max: 20, scaled: 0.25 },
      completion: false,
      durationSeconds: 2550,
    });
    const ratio = toolUse(
      [
        { metric: 'UnitsCompleted', metricValue: 8 },
        { metric: 'UnitsToComplete', metricValue: 8 },
      ],
      null,
    );
    expect(resultOf(caliperEventToResult(ratio, ctx))).toMatchObject({
      code: 'https://werkboek.demo.invalid',
      completion: true,
      durationSeconds: null,
    });
  });

  it('ToolUseEvent without progress is skipped; broken progress is rejected', () => {
    expect(caliperEventToResult(toolUse([{ metric: 'MinutesOnTask', metricValue: 5 }]), ctx)).toEqual({ skipped: 'ToolUseEvent:zonder-voortgang' });
    expect(caliperEventToResult({ ...toolUse([]), generated: undefined }, ctx)).toEqual({ skipped: 'ToolUseEvent:zonder-voortgang' });
    expect(rejectionOf(caliperEventToResult(toolUse([{ metric: 'UnitsCompleted', metricValue: 30, maxMetricValue: 20 }]), ctx)).code).toBe(
      'invalid-score',
    );
    expect(rejectionOf(caliperEventToResult(toolUse([{ metric: 'UnitsCompleted', metricValue: 'veel', maxMetricValue: 20 }]), ctx)).code).toBe(
      'invalid-score',
    );
  });
});

describe('caliperEventToResult: goals from learningObjectives', () => {
  const SLO = '3c8a2f38-2a4b-4b70-9f5c-1f5b2c3d4e5f';
  const withObjectives = {
    ...grade,
    object: {
      ...grade.object,
      assignable: {
        id: 'https://x.example/toets/9',
        type: 'Assessment',
        maxScore: 20,
        learningObjectives: [
          { id: `https://opendata.slo.nl/curriculum/uuid/${SLO.toUpperCase()}`, type: 'LearningObjective' },
          'https://x.example/doel/zonder-uuid',
        ],
      },
    },
  };

  it('passes the SLO UUIDs to resolveSloIds when the mapping lacks the code', () => {
    const resolveSloIds = vi.fn(() => [goalId('rekenen.verbanden.1s')]);
    expect(resultOf(caliperEventToResult(withObjectives, { ...ctx, resolveSloIds })).goals).toEqual(['rekenen.verbanden.1s']);
    expect(resolveSloIds).toHaveBeenCalledWith([SLO]);
  });

  it('the mapping wins; a resolver that throws gives [] and the result is kept', () => {
    const mapping = { 'https://x.example/toets/9': [goalId('lezen.fictie.1f')] };
    expect(resultOf(caliperEventToResult(withObjectives, { ...ctx, mapping, resolveSloIds: () => [goalId('x')] })).goals).toEqual([
      'lezen.fictie.1f',
    ]);
    const broken = () => {
      throw new Error('boom');
    };
    expect(resultOf(caliperEventToResult(withObjectives, { ...ctx, resolveSloIds: broken })).goals).toEqual([]);
  });
});

describe('caliperEventToResult: what is skipped or refused as a whole', () => {
  it('skips other event types, other actions and entities, by type', () => {
    expect(caliperEventToResult(actorEvent('NavigationEvent', 'NavigatedTo', { object: 'https://x.example/p' }), ctx)).toEqual({
      skipped: 'NavigationEvent',
    });
    expect(caliperEventToResult(actorEvent('AssessmentEvent', 'Started', { object: TEST }), ctx)).toEqual({ skipped: 'AssessmentEvent:Started' });
    expect(caliperEventToResult({ ...grade, action: '<script>' }, ctx)).toEqual({ skipped: 'GradeEvent:onbekend' });
    expect(caliperEventToResult({ id: PUPIL, type: 'Person' }, ctx)).toEqual({ skipped: 'entity:Person' });
  });

  it('an event without an id is invalid-record with a stable rejection id', () => {
    const first = rejectionOf(caliperEventToResult({ ...grade, id: undefined }, ctx));
    expect([first.code, first.recordId]).toEqual(['invalid-record', null]);
    expect(first.id).toMatch(/^src-caliper\|zonder-id-anon-[0-9a-f]+$/);
    expect(rejectionOf(caliperEventToResult({ ...grade, id: undefined }, ctx)).id).toBe(first.id);
  });

  it.each([null, 42, 'urn:uuid:1', [], {}, { type: 7 }])('rejects a non-event %j', (value) => {
    expect(rejectionOf(caliperEventToResult(value, ctx)).code).toBe('invalid-record');
  });

  it('mapCaliperEvents keeps order, gives one result per event id and counts skips', () => {
    const mapped = mapCaliperEvents(
      [grade, { id: PUPIL, type: 'Person' }, grade, item(null), actorEvent('SessionEvent', 'LoggedIn', {}), { ...grade, eventTime: 'x' }],
      ctx,
    );
    expect(mapped.results.map((result) => result.recordId)).toEqual([grade.id, item(null).id]);
    expect(mapped.rejections.map((rejection) => rejection.code)).toEqual(['invalid-time']);
    expect(mapped.skipped).toEqual({ 'entity:Person': 1, SessionEvent: 1 });
  });
});

describe('caliperEventToResult: hostile input', () => {
  const isOutcome = (outcome: CaliperMapOutcome) =>
    'result' in outcome
      ? outcome.result.source === ctx.source
      : 'rejection' in outcome
        ? REJECTION_CODES.includes(outcome.rejection.code) && outcome.rejection.detail.length > 0
        : outcome.skipped.length > 0;

  it('any value gives a result, a rejection or a skip, never an exception', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true }), (value) =>
        isOutcome(caliperEventToResult(value, ctx)),
      ),
      { numRuns: 500 },
    );
  });

  it('any JSON text, parsed, gives an outcome', () => {
    fc.assert(
      fc.property(fc.json(), (text) => isOutcome(caliperEventToResult(JSON.parse(text), ctx))),
      { numRuns: 300 },
    );
  });

  it('events close to valid give an outcome', () => {
    const ref = fc.oneof(
      fc.constant(PUPIL),
      fc.string(),
      fc.record({ id: fc.oneof(fc.constant(PUPIL), fc.string(), fc.integer()), type: fc.constantFrom('Person', 'SoftwareApplication', 'Attempt') }),
      fc.constant(null),
    );
    const nearly = fc.record({
      id: fc.oneof(fc.string(), fc.constant(grade.id), fc.integer()),
      type: fc.constantFrom('GradeEvent', 'AssessmentEvent', 'AssessmentItemEvent', 'ToolUseEvent', 'ViewEvent'),
      action: fc.constantFrom('Graded', 'Submitted', 'Completed', 'Used', 'Started'),
      actor: ref,
      object: fc.oneof(
        ref,
        fc.record({
          type: fc.constantFrom('Attempt', 'AssessmentItem'),
          assignee: ref,
          assignable: ref,
          isPartOf: ref,
          count: fc.oneof(fc.integer(), fc.double()),
          duration: fc.string(),
        }),
      ),
      target: fc.option(ref),
      eventTime: fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        fc.string(),
      ),
      generated: fc.oneof(
        fc.record({
          type: fc.constant('Score'),
          scoreGiven: fc.oneof(fc.double(), fc.integer()),
          maxScore: fc.oneof(fc.double(), fc.integer(), fc.constant(null)),
        }),
        fc.record({
          type: fc.constant('AggregateMeasureCollection'),
          items: fc.array(
            fc.record({
              metric: fc.constantFrom('UnitsCompleted', 'UnitsToComplete', 'MinutesOnTask'),
              metricValue: fc.oneof(fc.double(), fc.integer()),
              maxMetricValue: fc.option(fc.double()),
            }),
          ),
        }),
        fc.anything(),
      ),
    });
    fc.assert(
      fc.property(nearly, (value) => isOutcome(caliperEventToResult(value, ctx))),
      { numRuns: 800 },
    );
  });
});

describe('an AssessmentItemEvent must generate a Response (issue 13 item 13)', () => {
  it.each([
    ['a Score', { type: 'Score', scoreGiven: 1 }],
    ['an object without a type', { isCorrect: true }],
    ['a number', 42],
  ])('%s is rejected with the field named', (_name, generated) => {
    expect(rejectionOf(caliperEventToResult(item(generated), ctx))).toMatchObject({
      code: 'invalid-record',
      issue: { path: expect.stringMatching(/^generated/) },
    });
  });

  it('a Response, one of its Caliper 1.1 subtypes, a reference or none is read', () => {
    for (const generated of [{ type: 'Response' }, { type: 'MultipleChoiceResponse', isCorrect: true }, 'https://x.example/responses/1', null]) {
      expect(resultOf(caliperEventToResult(item(generated), ctx)).workForm).toBe('test');
    }
  });
});
