import { describe, expect, it } from 'vitest';
import { pupilOfActor } from '@/adapters/xapi/xapi.actor';
import { decodeCursor, encodeCursor } from '@/adapters/xapi/xapi.cursor';
import { agentOf, CLOCK_MARGIN_MS, endOfRun, learnerKey, orderedLearners, stepOf, type Learner } from '@/adapters/xapi/xapi.learners';
import { pupilRef } from '@/domain/ids';

const ECK = pupilRef(`https://ketenid.nl/201703/${'c'.repeat(128)}`);
const ref = (n: number) => pupilRef(`https://demo.invalid/nep-eckid/201703/${n.toString(16).padStart(128, '0')}`);
const NOW = new Date('2026-07-03T14:00:00.000Z');

describe('agentOf', () => {
  it('asks for the account whose homePage is the pseudonym’s origin and whose name is the whole pseudonym, which the actor rule maps back to the same pupil', () => {
    const agent = JSON.parse(agentOf(ECK) ?? 'null') as { account: unknown };
    expect(agent).toEqual({ objectType: 'Agent', account: { homePage: 'https://ketenid.nl', name: ECK } });
    expect(pupilOfActor(agent)).toEqual({ pupil: ECK });
  });

  it('cannot ask for a pseudonym that is not an http(s) URI', () => {
    expect(agentOf(pupilRef('leerling-1234567890abcdef'))).toBeNull();
    expect(agentOf(pupilRef('urn:eckid:1234567890abcdef'))).toBeNull();
  });
});

describe('learners in a run', () => {
  const learners = orderedLearners([ref(3), ref(1), ref(2), ref(1), pupilRef('geen-uri-maar-wel-lang-genoeg')]);

  it('are ordered by key, once each, without the ones that cannot be asked for; keys are 11 base-36 digits', () => {
    expect(learners).toHaveLength(3);
    expect(learners.map((learner) => learner.key)).toEqual([...learners.map((learner) => learner.key)].sort());
    expect(learnerKey(ref(1))).toMatch(/^[0-9a-z]{11}$/);
    expect(learnerKey(ref(1))).not.toBe(learnerKey(ref(2)));
  });

  it('start at the first learner, from the window’s start for a learner not covered by an earlier run', () => {
    const step = stepOf({ more: null, since: '2026-05-01T00:00:00.000Z', latest: null, page: 1 }, learners, NOW, false);
    expect(step).toMatchObject({ index: 0, since: null, resume: false, state: { at: learners[0]?.key, started: NOW.toISOString() } });
  });

  it('resume at the stored learner with its more link, or at the next key when that learner is gone', () => {
    const [first, second, third] = learners;
    const state = { at: second?.key ?? null, covered: `${first?.key}${second?.key}`, started: '2026-07-03T13:00:00.000Z', done: first?.key ?? '' };
    const cursor = { more: 'https://lrs.example/xapi/statements/more/x', since: '2026-05-01T00:00:00.000Z', latest: null, page: 2, learners: state };
    expect(stepOf(cursor, learners, NOW, true)).toMatchObject({
      index: 1,
      since: '2026-05-01T00:00:00.000Z',
      resume: true,
      state: { started: '2026-07-03T13:00:00.000Z' },
    });
    const without = learners.filter((learner) => learner !== second);
    expect(stepOf(cursor, without, NOW, true)).toMatchObject({ learner: third, resume: false, since: null });
    expect(stepOf({ ...cursor, learners: { ...state, at: 'zzzzzzzzzzz' } }, learners, NOW, true)).toBeNull();
  });

  it('end with one since for the next run: the newest stored, but not after this run’s start less the clock margin; all learners covered', () => {
    const started = '2026-07-03T13:00:00.000Z';
    const done = learners.map((l) => l.key).join('');
    const cursor = {
      more: null,
      since: '2026-05-01T00:00:00.000Z',
      latest: null,
      page: 1,
      learners: { at: learners[2]?.key ?? null, covered: '', started, done },
    };
    const end = endOfRun(cursor, '2026-06-01T00:00:00.000Z', learners);
    expect(end).toEqual({
      more: null,
      since: '2026-06-01T00:00:00.000Z',
      latest: '2026-06-01T00:00:00.000Z',
      page: 1,
      learners: { at: null, covered: done, started: null, done: '' },
    });
    const during = endOfRun(cursor, '2026-07-03T13:30:00.000Z', learners);
    expect(during.since).toBe(new Date(Date.parse(started) - CLOCK_MARGIN_MS).toISOString());
    expect(endOfRun(cursor, null, learners).since).toBe('2026-05-01T00:00:00.000Z');
  });

  it('end covering only the learners read to the end: one that joined behind the run’s position (key before `at`) is not covered', () => {
    const [first, second, third] = learners as [Learner, Learner, Learner];
    // The run read the first and third; the second joined (consent given again) after the run had passed its key.
    const cursor = {
      more: null,
      since: '2026-05-01T00:00:00.000Z',
      latest: null,
      page: 1,
      learners: { at: third.key, covered: `${first.key}${second.key}`, started: '2026-07-03T13:00:00.000Z', done: `${first.key}${third.key}` },
    };
    expect(endOfRun(cursor, '2026-06-01T00:00:00.000Z', learners).learners?.covered).toBe(`${first.key}${third.key}`);
    // A new run starts with nothing done.
    expect(stepOf({ ...cursor, learners: { ...cursor.learners, at: null } }, learners, NOW, false)?.state.done).toBe('');
  });

  it('a running cursor written before `done` decodes with nothing done, so the next run reads everyone from the window’s start', () => {
    const legacy = `xa1.${Buffer.from(JSON.stringify({ v: 2, more: null, since: null, latest: null, page: 1, learners: { at: learners[1]?.key, covered: '', started: NOW.toISOString() } })).toString('base64url')}`;
    expect(decodeCursor(legacy).learners?.done).toBe('');
  });

  it('round-trip through the cursor; an old (v1) cursor still decodes', () => {
    const cursor = {
      more: null,
      since: null,
      latest: null,
      page: 1,
      learners: { at: learners[0]?.key ?? null, covered: '', started: NOW.toISOString(), done: '' },
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ more: null, since: null, latest: null, page: 1 }))).toEqual({
      more: null,
      since: null,
      latest: null,
      page: 1,
    });
  });
});
