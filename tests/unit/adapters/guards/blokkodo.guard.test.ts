import { describe, it } from 'vitest';
import { blokkodoCompletionsPage, blokkodoVerdict, isBlokkodoCompletion } from '@/adapters/blokkodo/blokkodo.guard';
import { BlokkodoCompletion, BlokkodoCompletionsPage } from '@/adapters/blokkodo/blokkodo.schema';
import { blokkodoBrokenIds, blokkodoCompletions } from '../../../../mocks/suppliers/blokkodo/blokkodo.generator';
import { expectNeverLooser, expectSameOutput, expectSameVerdict, expectValidPass, nearAndFar } from './guard-check';

const completions = blokkodoCompletions();
/** Demo completions with a break in them, valid ones, and valid ones in the other forms the schema allows. */
const samples: unknown[] = [
  ...completions.filter((completion) => blokkodoBrokenIds().has(completion.completion_id)).slice(0, 6),
  ...completions.slice(0, 16),
  { ...completions[0], time_spent_ms: null, puzzle: { concept: 'loops', difficulty: 9, world: null }, extra: 1 },
];

describe('the Blokkodo guards pass only what their schema accepts', () => {
  it('a completion: never looser than BlokkodoCompletion', () => {
    expectNeverLooser(isBlokkodoCompletion, BlokkodoCompletion, samples, [
      'loops',
      'Loops',
      'a'.repeat(40),
      'a'.repeat(41),
      3,
      4,
      9,
      10,
      10_000,
      10_001,
      604_800_000,
      604_800_001,
    ]);
  });

  it("a completion the guard refuses: blokkodoVerdict gives zod's verdict, its first issue word for word", () => {
    expectSameVerdict(blokkodoVerdict, BlokkodoCompletion, samples, ['loops', 'Loops', 'a'.repeat(41), 4, 10, 10_001, 604_800_001]);
  });

  it('every demo completion the schema accepts passes the guard', () => {
    expectValidPass(isBlokkodoCompletion, BlokkodoCompletion, completions);
  });

  it('the completions envelope: the same output as BlokkodoCompletionsPage, or zod reads it', () => {
    const fast = (value: unknown) => {
      const parsed = blokkodoCompletionsPage.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    };
    const pages = [
      {
        results: completions.slice(0, 2),
        meta: { offset: 0, limit: 250, count: 900 },
        links: { next: 'https://x.example/v1/completions?offset=250' },
      },
      { results: [], meta: { offset: 5, limit: 1, count: 0, extra: 1 }, links: { next: null, prev: 'x' } },
    ];
    expectSameOutput(fast, BlokkodoCompletionsPage, nearAndFar(pages));
  });
});
