import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cmi5SessionOutcome } from '@/adapters/xapi/xapi.cmi5';

const REGISTRATION = 'b6cbbce3-516b-478d-9ff8-a62b1dfdc431';
const EXT = 'https://w3id.org/xapi/cmi5/context/extensions';
const verbs = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
};

function st(verb: keyof typeof verbs, options: { scaled?: number; extensions?: Record<string, unknown>; registration?: string } = {}) {
  return {
    verb: { id: verbs[verb] },
    ...(options.scaled !== undefined ? { result: { score: { scaled: options.scaled } } } : {}),
    context: { registration: options.registration ?? REGISTRATION, extensions: options.extensions ?? {} },
  };
}
const launched = (moveOn: string, masteryScore?: number) =>
  st('launched', { extensions: { [`${EXT}/moveon`]: moveOn, ...(masteryScore !== undefined ? { [`${EXT}/masteryscore`]: masteryScore } : {}) } });

describe('cmi5SessionOutcome', () => {
  it('failed then passed ends passed, with the passing score', () => {
    const outcome = cmi5SessionOutcome([launched('Passed', 0.8), st('failed', { scaled: 0.5 }), st('passed', { scaled: 0.9 }), st('terminated')]);
    expect(outcome).toEqual({
      registration: REGISTRATION,
      moveOn: 'Passed',
      masteryScore: 0.8,
      passed: true,
      completed: false,
      satisfied: true,
      score: 0.9,
      ignored: 0,
    });
  });

  it('passed then failed stays passed (cmi5 forbids the failed)', () => {
    expect(cmi5SessionOutcome([st('passed', { scaled: 0.9 }), st('failed', { scaled: 0.2 })])).toMatchObject({ passed: true, score: 0.9 });
  });

  it('only failed: passed false, not satisfied under moveOn Passed', () => {
    expect(cmi5SessionOutcome([launched('Passed'), st('failed', { scaled: 0.3 })])).toMatchObject({ passed: false, satisfied: false, score: 0.3 });
  });

  it('a passed below the masteryScore does not count as passed', () => {
    const outcome = cmi5SessionOutcome([launched('Passed', 0.9), st('passed', { scaled: 0.7 })]);
    expect(outcome).toMatchObject({ passed: false, satisfied: false, masteryScore: 0.9 });
  });

  it.each([
    ['Completed', [st('completed')], true],
    ['Completed', [st('passed')], false],
    ['CompletedAndPassed', [st('passed')], false],
    ['CompletedAndPassed', [st('passed'), st('completed')], true],
    ['CompletedOrPassed', [st('failed'), st('completed')], true],
    ['CompletedOrPassed', [st('failed')], false],
    ['NotApplicable', [], true],
  ] as const)('moveOn %s', (moveOn, statements, satisfied) => {
    expect(cmi5SessionOutcome([launched(moveOn), ...statements]).satisfied).toBe(satisfied);
  });

  it('the LMS saying satisfied is enough', () => {
    expect(cmi5SessionOutcome([launched('Passed'), st('satisfied')]).satisfied).toBe(true);
  });

  it('statements of another registration are left out and counted', () => {
    const outcome = cmi5SessionOutcome([launched('Passed'), st('passed', { registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7' })]);
    expect(outcome).toMatchObject({ passed: null, satisfied: false, ignored: 1 });
  });

  it('an invalid moveOn or masteryScore is ignored', () => {
    expect(cmi5SessionOutcome([launched('Altijd', 7)])).toMatchObject({ moveOn: null, masteryScore: null });
  });

  it('any list of values gives an outcome, never an exception', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ withNullPrototype: true })), (values) => typeof cmi5SessionOutcome(values).satisfied === 'boolean'),
      { numRuns: 300 },
    );
  });
});
