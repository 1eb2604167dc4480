import { describe, it } from 'vitest';
import { isSommenspoorSession, sommenspoorSessionsPage, sommenspoorVerdict } from '@/adapters/sommenspoor/sommenspoor.guard';
import { SommenspoorSession, SommenspoorSessionsPage } from '@/adapters/sommenspoor/sommenspoor.schema';
import { sommenspoorData } from '../../../../mocks/suppliers/sommenspoor/sommenspoor.generator';
import { expectNeverLooser, expectSameOutput, expectSameVerdict, expectValidPass, nearAndFar } from './guard-check';

const sessions = sommenspoorData().sessions;
/** Every demo session with a break in it, and valid ones with nullish and extra fields. */
const samples: unknown[] = [
  ...sessions.filter((session) => sommenspoorData().broken.has(session.session_id)).slice(0, 8),
  ...sessions.slice(0, 20),
  { ...sessions[0], duration_sec: null, ability: null, extra: 1 },
  { ...sessions[1], ability: { band: 'II', rating: null } },
];

describe('the Sommenspoor guards pass only what their schema accepts', () => {
  it('a session: never looser than SommenspoorSession', () => {
    expectNeverLooser(isSommenspoorSession, SommenspoorSession, samples, ['ss-1', 'GET-BW-1']);
  });

  it("a session the guard refuses: sommenspoorVerdict gives zod's verdict, its first issue word for word", () => {
    expectSameVerdict(sommenspoorVerdict, SommenspoorSession, samples, ['ss-1', 'GET-BW-1', 'VI']);
  });

  it('every demo session the schema accepts passes the guard', () => {
    expectValidPass(isSommenspoorSession, SommenspoorSession, sessions);
  });

  it('the sessions envelope: the same output as SommenspoorSessionsPage, or zod reads it', () => {
    const fast = (value: unknown) => {
      const parsed = sommenspoorSessionsPage.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    };
    const pages = [
      { data: sessions.slice(0, 2), next_cursor: 'abc', total: 9000 },
      { data: [], next_cursor: null },
      { data: [1, null], next_cursor: 'x'.repeat(2000), total: 0, extra: true },
    ];
    expectSameOutput(fast, SommenspoorSessionsPage, nearAndFar(pages));
  });
});
