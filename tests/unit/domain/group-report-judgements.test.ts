import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import { goalId, pupilRef, resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import { groupReport } from '@/domain/progress/group-report';
import type { TeacherJudgement } from '@/domain/teacher-judgement';

const NOW = '2026-07-03T14:00:00.000Z';
const GOAL = 'rekenen.getallen.1f';
const SOURCE = sourceId('sommenspoor');
const pupils = [1, 2, 3, 4, 5].map((n) => pupilRef(`p${n}`));
const result = (id: string, pupil: number, time: string, scaled: number): Result => ({
  id: resultIdOf(SOURCE, id),
  source: SOURCE,
  recordId: id,
  pupil: pupils[pupil - 1]!,
  code: GOAL,
  goals: [goalId(GOAL)],
  level: null,
  workForm: 'practice',
  time,
  score: { raw: scaled * 20, min: 0, max: 20, scaled },
  success: null,
  completion: true,
  durationSeconds: 600,
  attempt: null,
  normBand: null,
});
// Five pupils practising every day; pupil 2 stays at 40% (below the target, no growth: needs help).
const daily: Result[] = [];
for (let day = 50; day >= 1; day -= 1)
  for (let pupil = 1; pupil <= 5; pupil += 1)
    daily.push(result(`d${day}-${pupil}`, pupil, new Date(Date.parse(NOW) - day * 86_400_000).toISOString(), pupil === 2 ? 0.4 : 0.9));
const judgement: TeacherJudgement = {
  id: 'j1',
  pupil: pupils[1]!,
  goal: goalId(GOAL),
  status: 'mastered',
  date: '2026-07-02',
  note: '',
  role: 'teacher',
  recordedAt: NOW,
  replaces: null,
};
const run = (results: readonly Result[], judgements: readonly TeacherJudgement[]) =>
  groupReport({
    pupils,
    results,
    lines: BUILT_IN_LINES,
    targetLevel: (line) => targetLevelFor(line, 'groep-5'),
    now: NOW,
    estimatorOf: (line) => estimatorFor(line.id),
    judgements,
  });
const second = (report: ReturnType<typeof run>) => report.pupils.find((line) => line.pupil === pupils[1]);

describe('the report follows a teacher’s judgement until newer results disagree', () => {
  it('needs-help and the goal status follow the judgement in force, and the estimate again once it is outdated', () => {
    expect(second(run(daily, []))?.needsHelp).toBe(true);
    const judged = run(daily, [judgement]);
    expect(second(judged)).toMatchObject({ needsHelp: false, reasons: [] });
    expect(judged.goals.find((line) => line.pupil === pupils[1] && line.goal === GOAL)).toMatchObject({
      status: 'mastered',
      estimateStatus: 'working',
      judgement: { status: 'mastered', outdated: false },
    });
    const later = [...daily, result('n1', 2, '2026-07-03T08:00:00.000Z', 0.3), result('n2', 2, '2026-07-03T09:00:00.000Z', 0.3)];
    const outdated = run(later, [judgement]);
    expect(second(outdated)?.needsHelp).toBe(true);
    expect(outdated.goals.find((line) => line.pupil === pupils[1] && line.goal === GOAL)).toMatchObject({
      status: 'working',
      judgement: { outdated: true },
    });
  });
});
