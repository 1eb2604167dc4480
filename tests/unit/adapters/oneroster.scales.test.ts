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
import { scaleValuesOfCell, scoreOf, toScoreScaleInfo, type ScoreScaleInfo } from '@/adapters/oneroster/oneroster.scales';
import { goalId, sourceId } from '@/domain/ids';

const PUPIL = `https://demo.invalid/nep-eckid/201703/${'ab'.repeat(64)}`;
const SLO = '15887593-f6c3-4e43-ae10-c2876ad657f1';

function scale(raw: unknown): ScoreScaleInfo {
  const read = toScoreScaleInfo(raw);
  if (!('info' in read)) throw new Error(read.reason);
  return read.info;
}
const OVG = scale({
  sourcedId: 'ss-ovg',
  title: 'Beoordeling o/v/g',
  scoreScaleValue: [
    { itemValueLHS: 'onvoldoende', itemValueRHS: '1' },
    { itemValueLHS: 'voldoende', itemValueRHS: '2' },
    { itemValueLHS: 'goed', itemValueRHS: '3' },
  ],
});
const CIJFER = scale({
  sourcedId: 'ss-cijfer',
  title: 'Cijfer',
  scoreScaleValue: Array.from({ length: 10 }, (_, at) => ({ itemValueLHS: String(at + 1), itemValueRHS: at + 1 })),
});
const scales = new Map([OVG, CIJFER].map((info) => [info.id, info]));

function lineItem(raw: Record<string, unknown>): LineItemInfo {
  const read = toLineItemInfo({ sourcedId: 'x', ...raw }, scales);
  if (!('info' in read)) throw new Error(read.reason);
  return read.info;
}
const ctx: OneRosterMapContext = {
  source: sourceId('or'),
  mapping: {
    'li-werkstuk': [goalId('lezen.zakelijk.1f')],
    'RR-1': [goalId('rekenen.getallen.1f')],
    'RR-2': [goalId('rekenen.verhoudingen.1f')],
    'RR-2B': [goalId('rekenen.verhoudingen.1f')],
  },
  now: '2026-07-03T14:00:00.000Z',
  resolveSloIds: (uuids) => (uuids.includes(SLO) ? [goalId('lezen.fictie.1f')] : []),
  lineItems: new Map([
    ['li-werkstuk', lineItem({ scoreScale: { sourcedId: 'ss-ovg' } })],
    [
      'li-toets',
      lineItem({
        resultValueMin: 0,
        resultValueMax: 40,
        scoreScale: { sourcedId: 'ss-ovg' },
        learningObjectiveSet: [{ source: 'Unknown', learningObjectiveIds: ['RR-1', 'RR-2'] }],
      }),
    ],
    ['li-plain', lineItem({ resultValueMin: 0, resultValueMax: 10 })],
  ]),
  scales,
};
const record = (over: Record<string, unknown> = {}) => ({
  sourcedId: 'r-1',
  status: 'active',
  lineItem: { sourcedId: 'li-werkstuk' },
  student: { sourcedId: PUPIL },
  scoreStatus: 'fully graded',
  scoreDate: '2026-03-04',
  ...over,
});
const rows = (outcome: OneRosterOutcome) =>
  'results' in outcome ? outcome.results.map((result) => [result.recordId, result.goals, result.score?.raw, result.score?.scaled]) : outcome;
const rejected = (outcome: OneRosterOutcome) => ('rejection' in outcome ? [outcome.rejection.code, outcome.rejection.detail] : outcome);

describe('score scales (1.2 ScoreScale): reading one', () => {
  it('itemValueLHS is the text, itemValueRHS its value; the range is the lowest..highest value; the title names it', () => {
    expect(OVG).toEqual({
      id: 'ss-ovg',
      label: '"Beoordeling o/v/g" (ss-ovg)',
      values: new Map([
        ['onvoldoende', 1],
        ['voldoende', 2],
        ['goed', 3],
      ]),
      min: 1,
      max: 3,
    });
  });

  it('a scale that cannot scale anything is refused with a reason', () => {
    expect(toScoreScaleInfo({ sourcedId: 'a', scoreScaleValue: [{ itemValueLHS: 'A', itemValueRHS: 'hoog' }] })).toMatchObject({
      id: 'a',
      reason: expect.stringContaining('itemValueRHS'),
    });
    expect(
      toScoreScaleInfo({
        sourcedId: 'b',
        scoreScaleValue: [
          { itemValueLHS: 'A', itemValueRHS: '1' },
          { itemValueLHS: 'B', itemValueRHS: '1' },
        ],
      }),
    ).toMatchObject({ reason: expect.stringContaining('minder dan twee') });
    expect(
      toScoreScaleInfo({
        sourcedId: 'c',
        scoreScaleValue: [
          { itemValueLHS: 'A', itemValueRHS: '1' },
          { itemValueLHS: 'A', itemValueRHS: '2' },
        ],
      }),
    ).toMatchObject({ reason: expect.stringContaining('twee keer') });
    expect(toScoreScaleInfo({ sourcedId: 'd', scoreScaleValue: [] })).toMatchObject({ id: 'd', reason: expect.stringContaining('scoreScaleValue') });
  });

  it('the CSV cell: LHS:RHS items (in {} or [], comma/semicolon/| separated) or a JSON array; a malformed item is a reason', () => {
    expect(scaleValuesOfCell('{onvoldoende:1},{voldoende:2}, {goed:3}')).toEqual([
      { itemValueLHS: 'onvoldoende', itemValueRHS: '1' },
      { itemValueLHS: 'voldoende', itemValueRHS: '2' },
      { itemValueLHS: 'goed', itemValueRHS: '3' },
    ]);
    expect(scaleValuesOfCell('niveau: 1:0;niveau: 2:5')).toEqual([
      { itemValueLHS: 'niveau: 1', itemValueRHS: '0' },
      { itemValueLHS: 'niveau: 2', itemValueRHS: '5' },
    ]);
    expect(scaleValuesOfCell('[{"itemValueLHS":"A","itemValueRHS":"4"}]')).toEqual([{ itemValueLHS: 'A', itemValueRHS: '4' }]);
    expect(scaleValuesOfCell('voldoende:5,5')).toEqual({ reason: expect.stringContaining('"5"') });
    expect(scaleValuesOfCell('  ')).toEqual({ reason: 'scoreScaleValue is leeg' });
  });

  it('never throws and never scales outside 0..1, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.double(), fc.constant(null)), fc.oneof(fc.string(), fc.constant(null)), (raw, score, text) => {
        const read = toScoreScaleInfo(raw);
        const rule = { min: null, max: null, scale: 'info' in read ? read.info : OVG };
        const scored = scoreOf(score, text, rule);
        return 'reason' in scored ? scored.reason.length > 0 : scored.scaled >= 0 && scored.scaled <= 1;
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const values = scaleValuesOfCell(cell);
        const read = 'reason' in values ? null : toScoreScaleInfo({ sourcedId: 's', scoreScaleValue: values });
        return 'reason' in values
          ? values.reason.length > 0
          : read !== null && ('info' in read ? read.info.max > read.info.min : read.reason.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('line items with a score scale', () => {
  it('a line item with only a scale (no resultValueMin/Max, optional in 1.2) is accepted; without a scale, or with an unknown one, it is refused naming why', () => {
    expect(toLineItemInfo({ sourcedId: 'li', scoreScale: { sourcedId: 'ss-ovg' } }, scales)).toEqual({
      id: 'li',
      info: { min: null, max: null, scale: OVG, objectiveIds: [] },
    });
    expect(toLineItemInfo({ sourcedId: 'li' }, scales)).toMatchObject({
      reason: expect.stringContaining('geen resultValueMin/Max en geen scoreScale'),
    });
    expect(toLineItemInfo({ sourcedId: 'li', scoreScale: { sourcedId: 'ss-weg' } }, scales)).toMatchObject({
      reason: expect.stringContaining('scoreScale ss-weg ontbreekt of is afgekeurd'),
    });
    expect(toLineItemInfo({ sourcedId: 'li', resultValueMin: 0, resultValueMax: 10, scoreScale: { sourcedId: 'ss-weg' } }, scales)).toEqual({
      id: 'li',
      info: { min: 0, max: 10, missingScale: 'ss-weg', objectiveIds: [] },
    });
  });
});

describe('results scored through a scale', () => {
  it('a textScore goes through the line item’s scale: its value, scaled by the scale’s own range (case ignored when unambiguous)', () => {
    expect(rows(oneRosterToResult(record({ textScore: 'voldoende' }), ctx))).toEqual([['r-1', ['lezen.zakelijk.1f'], 2, 0.5]]);
    expect(rows(oneRosterToResult(record({ textScore: ' Goed ' }), ctx))).toEqual([['r-1', ['lezen.zakelijk.1f'], 3, 1]]);
    expect(JSON.stringify(oneRosterToResult(record({ textScore: 'voldoende' }), ctx))).not.toContain('voldoende');
  });

  it('a numeric score on a scale must be one of its values (itemValueRHS)', () => {
    expect(rows(oneRosterToResult(record({ score: 1 }), ctx))).toEqual([['r-1', ['lezen.zakelijk.1f'], 1, 0]]);
    expect(rejected(oneRosterToResult(record({ score: 2.5 }), ctx))).toEqual([
      'invalid-score',
      'score 2.5 is geen waarde (itemValueRHS) van scoreScale "Beoordeling o/v/g" (ss-ovg)',
    ]);
  });

  it('a text that is not on the scale is rejected, naming the text, the scale and the texts it has', () => {
    const [code, detail] = rejected(oneRosterToResult(record({ textScore: 'uitstekend' }), ctx)) as [string, string];
    expect(code).toBe('invalid-score');
    expect(detail).toBe(
      'textScore "uitstekend" staat niet op scoreScale "Beoordeling o/v/g" (ss-ovg): kies een van "onvoldoende", "voldoende", "goed" of voeg de tekst toe aan de schaal',
    );
  });

  it('with both a range and a scale, a numeric score is judged by the range and a textScore (without score) by the scale', () => {
    expect(rows(oneRosterToResult(record({ lineItem: { sourcedId: 'li-toets' }, score: 30, textScore: 'goed' }), ctx))).toEqual([
      ['r-1', ['rekenen.getallen.1f', 'rekenen.verhoudingen.1f'], 30, 0.75],
    ]);
    expect(rows(oneRosterToResult(record({ lineItem: { sourcedId: 'li-toets' }, textScore: 'onvoldoende' }), ctx))).toEqual([
      ['r-1', ['rekenen.getallen.1f', 'rekenen.verhoudingen.1f'], 1, 0],
    ]);
  });

  it('a result’s own scoreScale wins over its line item’s; one we lack is named; a textScore without any scale says so', () => {
    expect(rows(oneRosterToResult(record({ scoreScale: { sourcedId: 'ss-cijfer' }, textScore: '7' }), ctx))).toEqual([
      ['r-1', ['lezen.zakelijk.1f'], 7, 6 / 9],
    ]);
    expect(rejected(oneRosterToResult(record({ scoreScale: { sourcedId: 'ss-weg' }, textScore: 'goed' }), ctx))).toEqual([
      'invalid-score',
      'textScore "goed" is niet te lezen: scoreScale ss-weg ontbreekt of is afgekeurd',
    ]);
    expect(rejected(oneRosterToResult(record({ lineItem: { sourcedId: 'li-plain' }, textScore: 'goed' }), ctx))).toEqual([
      'invalid-score',
      'textScore "goed" is niet te lezen: de lineItem en het resultaat verwijzen naar geen scoreScale',
    ]);
    expect(rejected(oneRosterToResult(record({}), ctx))).toEqual(['invalid-score', 'score en textScore zijn leeg bij scoreStatus fully graded']);
  });
});

describe('per-objective scores (learningObjectiveResults with their own score or textScore)', () => {
  const objectives = (...results: Record<string, unknown>[]) => ({
    learningObjectiveSet: [{ source: 'Unknown', learningObjectiveResults: results }],
  });
  const toets = (over: Record<string, unknown>) => record({ lineItem: { sourcedId: 'li-toets' }, score: 20, ...over });

  it('an objective with its own score gets a result for its goals, scaled like the result’s; the result’s score counts for the goals left', () => {
    const outcome = oneRosterToResult(toets(objectives({ learningObjectiveId: 'RR-2', score: 40 }, { learningObjectiveId: 'RR-1' })), ctx);
    expect(rows(outcome)).toEqual([
      ['r-1', ['rekenen.getallen.1f'], 20, 0.5],
      ['r-1|lo:RR-2', ['rekenen.verhoudingen.1f'], 40, 1],
    ]);
    expect('results' in outcome ? [outcome.results[1]?.id, outcome.results[1]?.code, outcome.results[1]?.time, outcome.voids] : outcome).toEqual([
      'or|r-1|lo:RR-2',
      'RR-2',
      '2026-03-04T12:00:00.000Z',
      ['r-1|lo:RR-1'],
    ]);
  });

  it('a later version in which an objective has no score of its own any more withdraws that objective’s earlier result', () => {
    const before = oneRosterToResult(toets(objectives({ learningObjectiveId: 'RR-2', score: 40 })), ctx);
    expect('results' in before ? before.results.map((result) => result.recordId) : before).toEqual(['r-1', 'r-1|lo:RR-2']);
    const after = oneRosterToResult(toets(objectives({ learningObjectiveId: 'RR-2' })), ctx);
    expect(rows(after)).toEqual([['r-1', ['rekenen.getallen.1f', 'rekenen.verhoudingen.1f'], 20, 0.5]]);
    expect('voids' in after ? after.voids : after).toEqual(['r-1|lo:RR-2']);
  });

  it('an objective’s textScore goes through the result’s scale; one not on it rejects the result, naming objective, text and scale', () => {
    expect(rows(oneRosterToResult(toets(objectives({ learningObjectiveId: 'RR-1', textScore: 'voldoende' })), ctx))).toEqual([
      ['r-1', ['rekenen.verhoudingen.1f'], 20, 0.5],
      ['r-1|lo:RR-1', ['rekenen.getallen.1f'], 2, 0.5],
    ]);
    const [code, detail] = rejected(oneRosterToResult(toets(objectives({ learningObjectiveId: 'RR-1', textScore: 'super' })), ctx)) as [
      string,
      string,
    ];
    expect([code, detail]).toEqual([
      'invalid-score',
      expect.stringMatching(/^learningObjectiveResults\[RR-1\]: textScore "super" staat niet op scoreScale "Beoordeling o\/v\/g" \(ss-ovg\)/),
    ]);
  });

  it('when every goal has its own objective score, the result itself is voided (an earlier sync may hold it) and only the objectives’ results remain', () => {
    const outcome = oneRosterToResult(toets(objectives({ learningObjectiveId: 'RR-1', score: 10 }, { learningObjectiveId: 'RR-2', score: 30 })), ctx);
    expect(rows(outcome)).toEqual([
      ['r-1|lo:RR-1', ['rekenen.getallen.1f'], 10, 0.25],
      ['r-1|lo:RR-2', ['rekenen.verhoudingen.1f'], 30, 0.75],
    ]);
    expect('voids' in outcome ? outcome.voids : outcome).toEqual(['r-1']);
  });

  it('two scored objectives on the same goal: the first in the set takes it; an objective that maps to no goal gives no result', () => {
    const outcome = oneRosterToResult(
      toets(
        objectives(
          { learningObjectiveId: 'RR-2', score: 10 },
          { learningObjectiveId: 'RR-2B', score: 40 },
          { learningObjectiveId: 'ONBEKEND', score: 5 },
        ),
      ),
      ctx,
    );
    expect(rows(outcome)).toEqual([
      ['r-1', ['rekenen.getallen.1f'], 20, 0.5],
      ['r-1|lo:RR-2', ['rekenen.verhoudingen.1f'], 10, 0.25],
    ]);
  });

  it('SLO UUIDs in an objective id resolve through the curriculum for its own result too', () => {
    expect(rows(oneRosterToResult(toets(objectives({ learningObjectiveId: `urn:uuid:${SLO}`, score: 8 })), ctx))).toEqual([
      ['r-1', ['rekenen.getallen.1f', 'rekenen.verhoudingen.1f'], 20, 0.5],
      [`r-1|lo:urn:uuid:${SLO}`, ['lezen.fictie.1f'], 8, 0.2],
    ]);
  });

  it('ids are deterministic: the same record read twice gives the same results; tobedeleted voids the result and its objectives’ results', () => {
    const raw = toets(objectives({ learningObjectiveId: 'RR-2', score: 40 }));
    expect(oneRosterToResult(raw, ctx)).toEqual(oneRosterToResult(structuredClone(raw), ctx));
    expect(oneRosterToResult({ ...raw, status: 'tobedeleted' }, ctx)).toEqual({ record: 'r-1', results: [], voids: ['r-1', 'r-1|lo:RR-2'] });
    const page = mapOneRosterResults([raw, raw, { ...raw, sourcedId: 'r-2' }], ctx);
    expect(page.results.map((result) => result.id)).toEqual(['or|r-1', 'or|r-1|lo:RR-2', 'or|r-2', 'or|r-2|lo:RR-2']);
  });
});
