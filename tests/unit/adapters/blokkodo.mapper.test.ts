import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goalId, sourceId } from '@/domain/ids';
import { REJECTION_CODES } from '@/domain/model';
import { blokkodoToResult, type BlokkodoMapContext, type BlokkodoMapOutcome } from '@/adapters/blokkodo/blokkodo.mapper';
import { BLOKKODO_DEFAULT_MAPPING } from '@/adapters/blokkodo/blokkodo.mapping';

const PUPIL = `https://demo.invalid/nep-eckid/201703/${'ab'.repeat(64)}`;
const context: BlokkodoMapContext = { source: sourceId('src-blokkodo'), mapping: BLOKKODO_DEFAULT_MAPPING, now: '2026-07-03T14:00:00.000Z' };

const good = {
  completion_id: 'bk-88812',
  learner: PUPIL,
  puzzle: { id: 'bos-07', title: 'Het bos: herhaal de sprong', concept: 'loops', world: 'Bos', difficulty: 2 },
  stars: 2,
  attempts: 3,
  completed_at: '2026-03-12T10:15:00+01:00',
  time_spent_ms: 184_400,
};

function resultOf(outcome: BlokkodoMapOutcome) {
  if (!('result' in outcome)) throw new Error(`expected a result, got ${JSON.stringify(outcome.rejection)}`);
  return outcome.result;
}
function rejectionOf(outcome: BlokkodoMapOutcome) {
  if (!('rejection' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.result)}`);
  return outcome.rejection;
}

describe('blokkodoToResult: good records', () => {
  it('maps every canonical field', () => {
    expect(resultOf(blokkodoToResult(good, context))).toEqual({
      id: 'src-blokkodo|bk-88812',
      source: 'src-blokkodo',
      recordId: 'bk-88812',
      pupil: PUPIL,
      code: 'loops:2',
      goals: [goalId('programmeren.herhaling.mb')],
      level: 'moeilijkheid 2',
      workForm: 'practice',
      time: '2026-03-12T09:15:00.000Z',
      score: { raw: 2, min: 0, max: 3, scaled: 2 / 3 },
      success: true,
      completion: true,
      durationSeconds: 184,
      attempt: 3,
      normBand: null,
    });
  });

  it('keeps no supplier strings: no puzzle title, world or id', () => {
    const text = JSON.stringify(resultOf(blokkodoToResult(good, context)));
    expect(text).not.toContain('herhaal de sprong');
    expect(text).not.toContain('bos-07');
    expect(text).not.toContain('Bos');
  });

  it('difficulty picks the bouw: 1 -> ob, 3 -> bb; stars below 2 are no success', () => {
    const easy = resultOf(blokkodoToResult({ ...good, stars: 1, puzzle: { ...good.puzzle, concept: 'sequence', difficulty: 1 } }, context));
    expect(easy.goals).toEqual(['programmeren.algoritmes.ob']);
    expect(easy.success).toBe(false);
    expect(easy.score?.scaled).toBeCloseTo(1 / 3);
    const hard = resultOf(blokkodoToResult({ ...good, stars: 0, puzzle: { ...good.puzzle, concept: 'abstraction', difficulty: 3 } }, context));
    expect(hard.goals).toEqual(['programmeren.abstractie.bb']);
    expect(hard.level).toBe('moeilijkheid 3');
    expect(hard.score).toEqual({ raw: 0, min: 0, max: 3, scaled: 0 });
  });

  it("a puzzle in the world 'Eigen project' is work form project", () => {
    const result = resultOf(blokkodoToResult({ ...good, puzzle: { ...good.puzzle, world: 'Eigen project' } }, context));
    expect(result.workForm).toBe('project');
  });

  it('rounds the duration and allows it to be absent', () => {
    expect(resultOf(blokkodoToResult({ ...good, time_spent_ms: 1_500 }, context)).durationSeconds).toBe(2);
    const { time_spent_ms: _omit, ...withoutTime } = good;
    expect(resultOf(blokkodoToResult(withoutTime, context)).durationSeconds).toBeNull();
  });

  it('an unmapped code (events) still gives a result, with goals []', () => {
    const result = resultOf(blokkodoToResult({ ...good, puzzle: { ...good.puzzle, concept: 'events', difficulty: 1 } }, context));
    expect(result.code).toBe('events:1');
    expect(result.goals).toEqual([]);
  });

  it('a custom mapping is used', () => {
    const mapping = { 'events:1': [goalId('programmeren.algoritmes.ob')] };
    const result = resultOf(blokkodoToResult({ ...good, puzzle: { ...good.puzzle, concept: 'events', difficulty: 1 } }, { ...context, mapping }));
    expect(result.goals).toEqual(['programmeren.algoritmes.ob']);
  });
});

describe('blokkodoToResult: broken records are rejected with a reason', () => {
  it.each([
    ['missing learner', { ...good, learner: undefined }, 'missing-pupil', 'learner'],
    ['empty learner', { ...good, learner: '' }, 'missing-pupil', 'learner'],
    ['a name instead of a pseudonym', { ...good, learner: 'Emma de Vries' }, 'not-a-pseudonym', 'learner'],
    ['an e-mail instead of a pseudonym', { ...good, learner: 'emma@school.example' }, 'not-a-pseudonym', 'learner'],
    ['unparseable date', { ...good, completed_at: 'gisteren na de lunch' }, 'invalid-time', 'completed_at'],
    ['impossible date', { ...good, completed_at: '2026-02-30T10:00:00Z' }, 'invalid-time', 'completed_at'],
    ['stars out of range', { ...good, stars: 5 }, 'invalid-score', 'stars'],
    ['fractional stars', { ...good, stars: 1.5 }, 'invalid-score', 'stars'],
    ['zero attempts', { ...good, attempts: 0 }, 'invalid-record', 'attempts'],
    ['no difficulty', { ...good, puzzle: { ...good.puzzle, difficulty: undefined } }, 'invalid-record', 'puzzle.difficulty'],
  ] as const)('%s', (_name, record, code, field) => {
    const rejection = rejectionOf(blokkodoToResult(record, context));
    expect(rejection.code).toBe(code);
    expect(rejection.detail).toContain(field);
    expect(rejection.recordId).toBe('bk-88812');
    expect(rejection.id).toBe('src-blokkodo|bk-88812');
    expect(rejection.source).toBe('src-blokkodo');
    expect(rejection.at).toBe(context.now);
  });

  it('never echoes the offending value in the detail', () => {
    const rejection = rejectionOf(blokkodoToResult({ ...good, learner: 'Emma de Vries' }, context));
    expect(rejection.detail).not.toContain('Emma');
  });

  it('a record without an id gets a stable rejection id', () => {
    const record = { ...good, completion_id: undefined };
    const first = rejectionOf(blokkodoToResult(record, context));
    expect(first.code).toBe('invalid-record');
    expect(first.recordId).toBeNull();
    expect(first.id).toMatch(/^src-blokkodo\|zonder-id-[0-9a-f]{8}$/);
    expect(rejectionOf(blokkodoToResult({ ...record }, context)).id).toBe(first.id);
    // The key Blokkodo's rejections were always stored under (FNV-1a of the JSON text, 8 hex digits): a re-sync finds them.
    let hash = 2166136261;
    for (const char of JSON.stringify(record)) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    expect(first.id).toBe(`src-blokkodo|zonder-id-${(hash >>> 0).toString(16).padStart(8, '0')}`);
  });

  it.each([null, 42, 'bk-1', [], {}])('rejects a non-record %j', (value) => {
    expect(rejectionOf(blokkodoToResult(value, context)).code).toBe('invalid-record');
  });
});

describe('blokkodoToResult: hostile input', () => {
  const isOutcome = (outcome: BlokkodoMapOutcome) =>
    'result' in outcome ? outcome.result.source === context.source : REJECTION_CODES.includes(outcome.rejection.code);

  it('any value gives a result or a rejection, never an exception', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true }), (value) =>
        isOutcome(blokkodoToResult(value, context)),
      ),
      { numRuns: 500 },
    );
  });

  it('any JSON text, parsed, gives a result or a rejection', () => {
    fc.assert(
      fc.property(fc.json(), (text) => isOutcome(blokkodoToResult(JSON.parse(text), context))),
      { numRuns: 300 },
    );
  });

  it('records close to valid give a result or a rejection', () => {
    const nearly = fc.record({
      completion_id: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)),
      learner: fc.oneof(fc.constant(PUPIL), fc.string(), fc.constant(null)),
      puzzle: fc.record({
        concept: fc.oneof(fc.constantFrom('loops', 'events', 'x'), fc.string()),
        world: fc.option(fc.string()),
        difficulty: fc.oneof(fc.integer(), fc.double()),
      }),
      stars: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double()),
      attempts: fc.integer({ min: -1, max: 20 }),
      completed_at: fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        fc.string(),
      ),
      time_spent_ms: fc.oneof(fc.nat(), fc.double(), fc.constant(null)),
    });
    fc.assert(
      fc.property(nearly, (value) => isOutcome(blokkodoToResult(value, context))),
      { numRuns: 500 },
    );
  });
});
