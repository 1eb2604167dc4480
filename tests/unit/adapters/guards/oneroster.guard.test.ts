import { describe, it } from 'vitest';
import { isOneRosterResult, oneRosterResultsPage } from '@/adapters/oneroster/oneroster.guard';
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
