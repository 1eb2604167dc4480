import { describe, it } from 'vitest';
import { isXapiScoredStatement, xapiStatementResult } from '@/adapters/xapi/xapi.guard';
import { XapiScoredStatement, XapiStatementResult } from '@/adapters/xapi/xapi.schema';
import { lrsData } from '../../../../mocks/suppliers/lrs/lrs.generator';
import { expectNeverLooser, expectSameOutput, expectValidPass, nearAndFar } from './guard-check';

const statements = lrsData().all;
const scored = statements.filter((statement) => statement['result'] !== undefined);
/** Demo statements with and without a result, and valid ones in the other forms the schema allows. */
const samples: unknown[] = [
  ...scored.slice(0, 12),
  ...statements.slice(0, 4),
  { ...scored[0], timestamp: undefined, context: { contextActivities: { parent: { id: 'https://x.example/a' } } } },
  { ...scored[1], result: { score: { raw: 3, min: 0, max: 5 }, duration: 'PT1M' }, context: { extensions: { 'https://x.example/attempt': 2 } } },
  { id: '00000000-0000-4000-8000-000000000000', object: { id: 'a' } },
];

describe('the xAPI guards pass only what their schema accepts', () => {
  it('a statement: never looser than XapiScoredStatement', () => {
    expectNeverLooser(isXapiScoredStatement, XapiScoredStatement, samples, ['Activity', 'StatementRef', 'PT1M', '2026-03-05T08:15:00.000Z']);
  });

  it('every demo statement the schema accepts passes the guard', () => {
    expectValidPass(isXapiScoredStatement, XapiScoredStatement, statements);
  });

  it('the StatementResult envelope: the same output as XapiStatementResult, or zod reads it', () => {
    const fast = (value: unknown) => {
      const parsed = xapiStatementResult.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    };
    const pages = [
      { statements: statements.slice(0, 2), more: '/xapi/statements/more/1' },
      { statements: [] },
      { statements: [1], more: null, extra: 1 },
    ];
    expectSameOutput(fast, XapiStatementResult, nearAndFar(pages));
  });
});
