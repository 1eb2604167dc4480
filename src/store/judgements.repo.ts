import type { PupilRef } from '@/domain/ids';
import { retentionCutoff } from '@/domain/privacy';
import { schoolDay } from '@/domain/school-day';
import { byNewestJudgement, toJudgementProblem, type JudgementProblem, type TeacherJudgement } from '@/domain/teacher-judgement';
import type { LeerzichtDb } from './db';
import { JudgementDraftError, judgementDraftSchema } from './judgements.schema';
import { retentionYears } from './privacy.repo';

/**
 * Records a teacher's judgement of a pupil on a goal. The draft (anything: this is the boundary) is
 * checked first: a wrong value is a JudgementDraftError, never stored. The newest earlier judgement on
 * the same pupil and goal is what it replaces; that row stays as history.
 */
export async function recordJudgement(db: LeerzichtDb, input: unknown, now: Date): Promise<TeacherJudgement> {
  const earliest = schoolDay(retentionCutoff(now, await retentionYears(db)));
  const parsed = judgementDraftSchema(schoolDay(now), earliest).safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, JudgementProblem> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'form')] ??= toJudgementProblem(issue.message);
    throw new JudgementDraftError(fields);
  }
  const draft = parsed.data;
  return db.transaction('rw', db.judgements, async () => {
    const earlier = (await db.judgements.where('pupil').equals(draft.pupil).toArray())
      .filter((item) => item.goal === draft.goal)
      .sort(byNewestJudgement);
    const row: TeacherJudgement = {
      id: crypto.randomUUID(),
      pupil: draft.pupil,
      goal: draft.goal,
      status: draft.status,
      date: draft.date,
      note: draft.note,
      role: draft.role,
      recordedAt: now.toISOString(),
      replaces: earlier[0]?.id ?? null,
    };
    await db.judgements.add(row);
    return row;
  });
}

/** A pupil's judgements (every goal, history included), newest first. */
export const judgementsOfPupil = async (db: LeerzichtDb, pupil: PupilRef) =>
  (await db.judgements.where('pupil').equals(pupil).toArray()).sort(byNewestJudgement);

/** The judgements of these pupils (a group), newest first. */
export const judgementsOfPupils = async (db: LeerzichtDb, pupils: readonly PupilRef[]) =>
  pupils.length === 0
    ? []
    : (
        await db.judgements
          .where('pupil')
          .anyOf([...new Set(pupils)])
          .toArray()
      ).sort(byNewestJudgement);
