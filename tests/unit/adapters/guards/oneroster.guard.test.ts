import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOfText, isOneRosterResult, oneRosterResultsPage, withDecimalScore } from '@/adapters/oneroster/oneroster.guard';
import { OneRosterResult, OneRosterResultsPage } from '@/adapters/oneroster/oneroster.schema';
import { oneRosterGradebook } from '../../../../mocks/suppliers/oneroster/oneroster.generator';
import { expectSameOutputNear, expectValidPass, strippedOf } from './guard-check';

const { results } = oneRosterGradebook();
const STUDENT = { sourcedId: 'https://x.example/person/0123456789abcdef', href: '/users/x', type: 'user' };
/** Demo results (each score status, broken ones among them) and valid ones in the other forms the schema allows. */
const samples: unknown[] = [
  ...results.slice(0, 12),
  ...results.filter((result) => result['scoreStatus'] !== 'fully graded').slice(0, 3),
  {
    sourcedId: 'r1',
    status: 'tobedeleted',
    student: STUDENT,
    lineItem: { sourcedId: 'li-1' },
    scoreStatus: 'fully graded',
    score: '7,5',
    textScore: ' goed ',
    scoreScale: { sourcedId: 'ss-1', extra: 1 },
    scoreDate: null,
    dateLastModified: '2026-03-05T08:15:00Z',
    learningObjectiveSet: [
      {
        source: 'SLO',
        learningObjectiveResults: [{ learningObjectiveId: 'lo-1', score: 3, textScore: null, extra: 1 }],
        learningObjectiveIds: ['lo-2'],
      },
      { learningObjectiveIds: [] },
    ],
    extra: { a: 1 },
  },
  { sourcedId: 'r2', student: STUDENT, lineItem: { sourcedId: 'li-1' }, scoreStatus: 'submitted', textScore: 'goed', learningObjectiveSet: null },
];
const EDGES = [
  'fully graded',
  'exempt',
  'active',
  'tobedeleted',
  '3',
  ' 3',
  '3.5',
  '3,5',
  '-3',
  'goed',
  ' goed',
  'goed ',
  '\u00a0goed',
  'x'.repeat(40),
  'x'.repeat(41),
];

/** The result as OneRosterResult keeps it when the guard passes it (unknown keys dropped, nothing transformed). */
const fast = (value: unknown) => (isOneRosterResult(value) ? strippedOf(OneRosterResult, value) : undefined);

describe('the OneRoster guards pass only what their schema accepts, with the known fields as zod gives them', () => {
  it('a result: never looser than OneRosterResult, and zod changes none of its known fields', () => {
    expectSameOutputNear(fast, OneRosterResult, samples, EDGES);
  });

  it('every demo result the schema accepts passes the guard', () => {
    expectValidPass(isOneRosterResult, OneRosterResult, results);
  });

  it('the results envelope: the same output as OneRosterResultsPage, or zod reads it', () => {
    const parsed = (value: unknown) => {
      const read = oneRosterResultsPage.safeParse(value);
      return read.success ? read.data : undefined;
    };
    expectSameOutputNear(parsed, OneRosterResultsPage, [{ results: results.slice(0, 2) }, { results: [], extra: 1 }]);
  });
});

/** Score texts near the schema's Decimal: decimals, commas, exponents, signs, spaces of several kinds, empty, huge. */
const DECIMAL_TEXTS = [
  '',
  ' ',
  '0',
  '-0',
  '007',
  '7',
  '7.5',
  '7,5',
  ' 7.5 ',
  '\t7,5\n',
  '\u00a07.5\u00a0',
  '\u20037.5',
  '\ufeff7.5',
  '+7',
  '- 7',
  '--7',
  '7.',
  '.5',
  ',5',
  '7,5,5',
  '7.5.5',
  '7,5.5',
  '1e3',
  '1E3',
  '1.5e-3',
  '0x10',
  'Infinity',
  '-Infinity',
  'NaN',
  '\u0663',
  '７',
  '9'.repeat(400),
  `-${'9'.repeat(400)}`,
  `0.${'1'.repeat(400)}`,
  '12345678901234567890.5',
];
const decimalText = fc.oneof(
  fc.constantFrom(...DECIMAL_TEXTS),
  fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '.', ',', '-', '+', 'e', 'E', ' ', '\t', '\u00a0', 'x', '\u0663'), maxLength: 8 }),
  fc.tuple(fc.double({ noNaN: false }), fc.boolean()).map(([value, comma]) => (comma ? String(value).replace('.', ',') : String(value))),
);

/** The result as the OneRoster mapper's guards pass it: as it is, or with its score text read as zod reads it. */
const fastScored = (value: unknown) => {
  if (isOneRosterResult(value)) return strippedOf(OneRosterResult, value);
  const scored = withDecimalScore(value);
  return scored !== null && isOneRosterResult(scored) ? strippedOf(OneRosterResult, scored) : undefined;
};

describe('a score as text (results.csv) is read as the schema reads it', () => {
  it("decimalOfText gives zod's number for every text the schema's Decimal takes, and nothing for any other", () => {
    const score = OneRosterResult.shape.score;
    fc.assert(
      fc.property(decimalText, (text) => {
        const parsed = score.safeParse(text);
        expect(decimalOfText(text)).toBe(parsed.success ? parsed.data : undefined);
      }),
      { numRuns: 20_000 },
    );
  });

  it("a result with its score as text: the guard's verdict on it with the number is zod's on the text, with zod's output", () => {
    const texted = results
      .slice(0, 12)
      .map((result) => (typeof result['score'] === 'number' ? { ...result, score: String(result['score']) } : result));
    expect(texted.filter((result) => typeof result['score'] === 'string').length).toBeGreaterThan(3);
    expectSameOutputNear(fastScored, OneRosterResult, texted, DECIMAL_TEXTS);
    fc.assert(
      fc.property(fc.constantFrom(...texted), decimalText, (result, score) => {
        const value = { ...result, score };
        const parsed = OneRosterResult.safeParse(value);
        const fast = fastScored(value);
        if (fast !== undefined) expect(fast).toStrictEqual(parsed.success ? parsed.data : 'refused by zod');
        if (parsed.success && Number.isFinite(parsed.data.score ?? 0)) expect(fast).toBeDefined();
      }),
      { numRuns: 5000 },
    );
  });
});
