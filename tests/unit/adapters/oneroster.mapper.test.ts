import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mapOneRosterResults,
  oneRosterToResult,
  toLineItemInfo,
  type LineItemInfo,
  type OneRosterMapContext,
  type OneRosterOutcome,
} from '@/adapters/oneroster/oneroster.mapper';
import { goalId, sourceId } from '@/domain/ids';
import { REJECTION_CODES } from '@/domain/model';

const PUPIL = `https://demo.invalid/nep-eckid/201703/${'ab'.repeat(64)}`;
const SLO = '15887593-f6c3-4e43-ae10-c2876ad657f1';
const lineItems = new Map<string, LineItemInfo>([
  ['li-1', { min: 0, max: 40, objectiveIds: ['RR-GETALLEN-1F'] }],
  ['li-2', { min: 10, max: 20, objectiveIds: [`https://opendata.slo.nl/curriculum/uuid/${SLO.toUpperCase()}`] }],
]);
const ctx: OneRosterMapContext = {
  source: sourceId('or'),
  mapping: { 'RR-GETALLEN-1F': [goalId('rekenen.getallen.1f')], 'li-2': [goalId('lezen.fictie.1f')] },
  now: '2026-07-03T14:00:00.000Z',
  resolveSloIds: (uuids) => (uuids.includes(SLO) ? [goalId('lezen.zakelijk.1f')] : []),
  lineItems,
};
const record = (over: Record<string, unknown> = {}) => ({
  sourcedId: 'r-1',
  status: 'active',
  dateLastModified: '2026-03-05T10:00:00Z',
  lineItem: { href: '/lineItems/li-1', sourcedId: 'li-1', type: 'lineItem' },
  student: { href: '/users/x', sourcedId: PUPIL, type: 'user' },
  scoreStatus: 'fully graded',
  score: 30,
  scoreDate: '2026-03-04',
  comment: 'Goed gedaan, Emma!',
  ...over,
});
const rejectionOf = (outcome: OneRosterOutcome) => ('rejection' in outcome ? [outcome.rejection.code, outcome.rejection.detail] : null);
/** The one result a record without per-objective scores gives (or the outcome, to show in a failure). */
const only = (outcome: OneRosterOutcome) =>
  'results' in outcome && outcome.results.length === 1 && outcome.voids.length === 0 ? outcome.results[0] : outcome;
const one = (outcome: OneRosterOutcome) => {
  const result = only(outcome);
  if (!result || !('recordId' in result)) throw new Error(`expected one result, got ${JSON.stringify(outcome)}`);
  return result;
};

describe('oneRosterToResult', () => {
  it('a fully graded result: scaled with the line item range, goals from its objective codes, no comment kept', () => {
    const outcome = oneRosterToResult(record(), ctx);
    expect(only(outcome)).toEqual({
      id: 'or|r-1',
      source: 'or',
      recordId: 'r-1',
      pupil: PUPIL,
      code: 'li-1',
      goals: ['rekenen.getallen.1f'],
      level: null,
      workForm: 'test',
      time: '2026-03-04T12:00:00.000Z',
      score: { raw: 30, min: 0, max: 40, scaled: 0.75 },
      success: null,
      completion: true,
      durationSeconds: null,
      attempt: null,
      normBand: null,
    });
    expect(JSON.stringify(outcome)).not.toContain('Emma');
  });

  it('SLO UUIDs in learningObjectiveIds resolve through the curriculum, beside the mapping of the line item code', () => {
    const outcome = oneRosterToResult(record({ lineItem: { sourcedId: 'li-2' }, score: '15' }), ctx);
    expect([one(outcome).goals, one(outcome).score?.scaled]).toEqual([['lezen.fictie.1f', 'lezen.zakelijk.1f'], 0.5]);
  });

  it('goals from the result’s own learningObjectiveSet join those of its line item', () => {
    const outcome = oneRosterToResult(record({ learningObjectiveSet: [{ source: 'SLO', learningObjectiveIds: [SLO] }] }), ctx);
    expect(one(outcome).goals).toEqual(['rekenen.getallen.1f', 'lezen.zakelijk.1f']);
  });

  it('a result’s learningObjectiveSet in the 1.2 form (learningObjectiveResults) gives goals, is not rejected; an objective’s own score gets its own result', () => {
    const plain = [
      { source: 'CASE', learningObjectiveResults: [{ learningObjectiveId: `urn:uuid:${SLO}` }] },
      { source: 'Unknown', learningObjectiveResults: [] },
    ];
    // without a score of its own the objective only gives goals (and withdraws an own result an earlier version may have had)
    const plainOutcome = oneRosterToResult(record({ learningObjectiveSet: plain }), ctx);
    expect('results' in plainOutcome ? [plainOutcome.results.map((result) => result.goals), plainOutcome.voids] : plainOutcome).toEqual([
      [['rekenen.getallen.1f', 'lezen.zakelijk.1f']],
      [`r-1|lo:urn:uuid:${SLO}`],
    ]);
    const set = [
      { source: 'CASE', learningObjectiveResults: [{ learningObjectiveId: `urn:uuid:${SLO}`, score: 3, textScore: 'beheerst' }] },
      { source: 'Unknown', learningObjectiveResults: [] },
    ];
    const outcome = oneRosterToResult(record({ learningObjectiveSet: set }), ctx);
    expect('results' in outcome ? outcome.results.map((result) => [result.recordId, result.goals, result.score?.raw]) : outcome).toEqual([
      ['r-1', ['rekenen.getallen.1f'], 30],
      [`r-1|lo:urn:uuid:${SLO}`, ['lezen.zakelijk.1f'], 3],
    ]);
    expect(JSON.stringify(outcome)).not.toContain('beheerst');
    expect(
      rejectionOf(oneRosterToResult(record({ learningObjectiveSet: [{ source: 'CASE', learningObjectiveResults: [{ score: 3 }] }] }), ctx))?.[1],
    ).toMatch(/learningObjectiveId/);
  });

  it('not fully graded: skipped by scoreStatus; tobedeleted: a void', () => {
    expect(oneRosterToResult(record({ scoreStatus: 'exempt', score: null }), ctx)).toEqual({ skipped: 'scoreStatus exempt' });
    expect(oneRosterToResult(record({ scoreStatus: 'submitted' }), ctx)).toEqual({ skipped: 'scoreStatus submitted' });
    expect(oneRosterToResult(record({ status: 'tobedeleted' }), ctx)).toEqual({ record: 'r-1', results: [], voids: ['r-1'] });
  });

  it.each([
    [{ student: { sourcedId: '' } }, 'missing-pupil'],
    [{ student: { sourcedId: 'emma.jansen@school.nl' } }, 'not-a-pseudonym'],
    [{ score: 41 }, 'invalid-score'],
    [{ score: 'tien' }, 'invalid-score'],
    [{ score: null }, 'invalid-score'],
    [{ scoreDate: 'gisteren' }, 'invalid-time'],
    [{ scoreDate: null, dateLastModified: null }, 'invalid-time'],
    [{ scoreStatus: 'graded-ish' }, 'invalid-record'],
    [{ lineItem: { sourcedId: 'li-unknown' } }, 'invalid-record'],
  ])('%j is rejected as %s, with a reason', (over, code) => {
    const outcome = oneRosterToResult(record(over), ctx);
    expect(rejectionOf(outcome)?.[0]).toBe(code);
    expect(String(rejectionOf(outcome)?.[1]).length).toBeGreaterThan(5);
  });

  it('without a scoreDate, dateLastModified gives the time', () => {
    const outcome = oneRosterToResult(record({ scoreDate: null }), ctx);
    expect(one(outcome).time).toBe('2026-03-05T10:00:00.000Z');
  });
});

describe('toLineItemInfo', () => {
  it('reads the range (numbers or decimal strings) and the objective ids; refuses an empty range', () => {
    expect(
      toLineItemInfo({
        sourcedId: 'a',
        resultValueMin: '0',
        resultValueMax: '12,5',
        learningObjectiveSet: [{ source: 'x', learningObjectiveIds: ['c1', 'c2'] }],
      }),
    ).toEqual({
      id: 'a',
      info: { min: 0, max: 12.5, objectiveIds: ['c1', 'c2'] },
    });
    expect(toLineItemInfo({ sourcedId: 'b', resultValueMin: 5, resultValueMax: 5 })).toMatchObject({
      id: 'b',
      reason: expect.stringContaining('resultValueMax'),
    });
    expect(toLineItemInfo({ sourcedId: 'c', resultValueMax: 5 })).toMatchObject({ id: 'c', reason: expect.stringContaining('resultValueMin') });
    expect(toLineItemInfo({ sourcedId: 'd' })).toMatchObject({
      id: 'd',
      reason: expect.stringContaining('geen resultValueMin/Max en geen scoreScale'),
    });
  });
});

describe('mapOneRosterResults', () => {
  it('keeps the same sourcedId once within a page', () => {
    const mapped = mapOneRosterResults([record(), record(), record({ sourcedId: 'r-2' })], ctx);
    expect(mapped.results.map((result) => result.recordId)).toEqual(['r-1', 'r-2']);
  });
});

describe('hostile input (property)', () => {
  const isOutcome = (outcome: OneRosterOutcome) => {
    if ('results' in outcome)
      return (
        outcome.results.every((result) => result.score === null || (result.score.scaled >= 0 && result.score.scaled <= 1)) &&
        outcome.voids.every((id) => typeof id === 'string')
      );
    if ('rejection' in outcome) return REJECTION_CODES.includes(outcome.rejection.code) && outcome.rejection.detail.length > 0;
    return typeof outcome.skipped === 'string';
  };

  it('any value gives results (or voids), a rejection with a reason, or a skip; never an exception', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true }), (value) =>
        isOutcome(oneRosterToResult(value, ctx)),
      ),
      { numRuns: 500 },
    );
  });

  it('any JSON value, and records that are nearly right, likewise', () => {
    fc.assert(
      fc.property(fc.json(), (text) => isOutcome(oneRosterToResult(JSON.parse(text), ctx))),
      { numRuns: 300 },
    );
    const nearly = fc.record({
      sourcedId: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      status: fc.constantFrom('active', 'tobedeleted', 'x', undefined),
      lineItem: fc.oneof(fc.record({ sourcedId: fc.constantFrom('li-1', 'li-2', '', 'zz') }), fc.string()),
      student: fc.oneof(fc.record({ sourcedId: fc.oneof(fc.constant(PUPIL), fc.string()) }), fc.constant(null)),
      scoreStatus: fc.constantFrom('fully graded', 'exempt', 'partially graded', '', 'FULLY GRADED'),
      score: fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null)),
      scoreDate: fc.oneof(
        fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'x' : date.toISOString())),
        fc.string(),
        fc.constant(null),
      ),
      learningObjectiveSet: fc.oneof(fc.anything(), fc.array(fc.record({ learningObjectiveIds: fc.array(fc.string()) }))),
    });
    fc.assert(
      fc.property(fc.array(nearly, { maxLength: 20 }), (records) => {
        const mapped = mapOneRosterResults(records, ctx);
        // a record is rejected, skipped, or gives results and voids: at most one for itself and one per learning objective it names
        const judged = mapped.rejections.length + Object.values(mapped.skipped).reduce((a, b) => a + b, 0);
        const objectives = (record: { learningObjectiveSet: unknown }) =>
          Array.isArray(record.learningObjectiveSet)
            ? record.learningObjectiveSet.flatMap((set: { learningObjectiveIds?: unknown }) =>
                Array.isArray(set?.learningObjectiveIds) ? set.learningObjectiveIds : [],
              ).length
            : 0;
        const most = records.reduce((sum, record) => sum + 1 + objectives(record), 0);
        return (
          judged <= records.length &&
          mapped.results.length + mapped.voids.length <= most &&
          mapped.rejections.every((rejection) => rejection.detail.length > 0)
        );
      }),
      { numRuns: 300 },
    );
  });
});
