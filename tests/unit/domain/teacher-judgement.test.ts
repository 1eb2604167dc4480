import { describe, expect, it } from 'vitest';
import { goalId, pupilKey, pupilRef, resultIdOf, sourceId, type PupilRef } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { followJudgements } from '@/domain/progress/needs-help';
import {
  currentJudgements,
  judgementKey,
  judgementsByGoal,
  judgementsInForce,
  judgementState,
  type TeacherJudgement,
} from '@/domain/teacher-judgement';

const ANNA = pupilRef('anna');
const BRAM = pupilRef('bram');
const GOAL = goalId('rekenen.getallen.1f');
const OTHER = goalId('rekenen.verbanden.1f');
const SOURCE = sourceId('sommenspoor');

const judgement = (over: Partial<TeacherJudgement> = {}): TeacherJudgement => ({
  id: 'j1',
  pupil: ANNA,
  goal: GOAL,
  status: 'mastered',
  date: '2026-06-10',
  note: '',
  role: 'teacher',
  recordedAt: '2026-06-10T12:00:00.000Z',
  replaces: null,
  ...over,
});

let n = 0;
const result = (time: string, scaled: number, pupil: PupilRef = ANNA, goal = GOAL): Result => ({
  id: resultIdOf(SOURCE, `r${++n}`),
  source: SOURCE,
  recordId: `r${n}`,
  pupil,
  code: goal,
  goals: [goal],
  level: null,
  workForm: 'practice',
  time,
  score: { raw: scaled * 10, min: 0, max: 10, scaled },
  success: null,
  completion: true,
  durationSeconds: null,
  attempt: null,
  normBand: null,
});

describe('a teacher judgement against newer evidence', () => {
  it('stays in force without newer results, or with results on its own day or before it', () => {
    const results = [result('2026-06-01T10:00:00Z', 0.1), result('2026-06-10T15:00:00Z', 0.1), result('2026-06-10T16:00:00Z', 0.1)];
    expect(judgementState(judgement(), results)).toMatchObject({ outdated: false, newer: { count: 0, mean: null } });
  });

  it('is outdated ("verouderd") once two newer results on its goal read as another status', () => {
    const low = [result('2026-06-12T10:00:00Z', 0.2), result('2026-06-15T10:00:00Z', 0.3)];
    expect(judgementState(judgement(), low)).toMatchObject({ outdated: true, newer: { count: 2, mean: 0.25, status: 'working' } });
    // One newer result is not enough; results of another pupil or goal do not count.
    expect(judgementState(judgement(), low.slice(0, 1)).outdated).toBe(false);
    expect(judgementState(judgement(), [result('2026-06-12T10:00:00Z', 0.2, BRAM), result('2026-06-13T10:00:00Z', 0.2, ANNA, OTHER)]).outdated).toBe(
      false,
    );
    // Newer results that agree keep it in force.
    expect(judgementState(judgement(), [result('2026-06-12T10:00:00Z', 0.9), result('2026-06-13T10:00:00Z', 0.8)]).outdated).toBe(false);
  });

  it('the newest judgement per pupil and goal is the one in force; history newest first', () => {
    const first = judgement({ id: 'a', status: 'nearly', date: '2026-05-01', recordedAt: '2026-05-01T09:00:00Z' });
    const second = judgement({ id: 'b', status: 'mastered', date: '2026-06-10', replaces: 'a' });
    expect(currentJudgements([second, first]).get(judgementKey(ANNA, GOAL))?.id).toBe('b');
    const byGoal = judgementsByGoal([first, second], []);
    expect(byGoal.get(GOAL)?.history.map((item) => item.id)).toEqual(['b', 'a']);
    expect(byGoal.get(GOAL)?.current.judgement.id).toBe('b');
    const outdatedBy = [result('2026-06-12T10:00:00Z', 0.2), result('2026-06-15T10:00:00Z', 0.3)];
    expect(judgementsInForce([first, second], outdatedBy).size).toBe(0);
    expect(judgementsInForce([first, second], []).get(judgementKey(ANNA, GOAL))?.id).toBe('b');
  });
});

describe('needs-help follows the judgement in force', () => {
  const key = pupilKey(1);
  const stuck = { kind: 'stuck-while-others-master', goal: GOAL, value: 0.4, groupShareMastered: 0.8 } as const;
  const inactive = { kind: 'inactive', days: 12, lastAt: '2026-06-01T10:00:00Z' } as const;
  const refOf = () => ANNA;

  it('drops a reason about a goal judged mastered, and the pupil when no reason is left', () => {
    const inForce = judgementsInForce([judgement()], []);
    expect(followJudgements([{ key, reasons: [stuck] }], refOf, inForce)).toEqual([]);
    expect(followJudgements([{ key, reasons: [stuck, inactive] }], refOf, inForce)).toEqual([{ key, reasons: [inactive] }]);
  });

  it('keeps the reason when the judgement is not "mastered", is outdated, or is about another goal', () => {
    expect(followJudgements([{ key, reasons: [stuck] }], refOf, judgementsInForce([judgement({ status: 'nearly' })], []))).toHaveLength(1);
    const outdated = judgementsInForce([judgement()], [result('2026-06-12T10:00:00Z', 0.2), result('2026-06-15T10:00:00Z', 0.3)]);
    expect(followJudgements([{ key, reasons: [stuck] }], refOf, outdated)).toHaveLength(1);
    expect(followJudgements([{ key, reasons: [stuck] }], refOf, judgementsInForce([judgement({ goal: OTHER })], []))).toHaveLength(1);
  });
});
