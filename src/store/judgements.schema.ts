import { z } from 'zod';
import { goalId, pupilRef } from '@/domain/ids';
import { isCalendarDate } from '@/domain/school-day';
import { JUDGE_ROLES, JUDGED_STATUSES, type JudgementProblem } from '@/domain/teacher-judgement';

export const JUDGEMENT_NOTE_MAX = 1000;

/**
 * What the judgement form hands over, checked where it enters the store. Each message is the key of
 * a sentence under judgements.error. `today` and `earliest` (yyyy-mm-dd): no day in the future, none
 * the retention period would drop at once.
 */
export const judgementDraftSchema = (today: string, earliest: string) =>
  z.object({
    pupil: z.string({ message: 'pupil' }).min(1, { message: 'pupil' }).transform(pupilRef),
    goal: z.string({ message: 'goal' }).min(1, { message: 'goal' }).transform(goalId),
    status: z.enum(JUDGED_STATUSES, { message: 'status' }),
    date: z
      .string({ message: 'dateInvalid' })
      .refine(isCalendarDate, { message: 'dateInvalid' })
      .refine((date) => date <= today, { message: 'dateFuture' })
      .refine((date) => date >= earliest, { message: 'dateTooOld' }),
    note: z.string().trim().max(JUDGEMENT_NOTE_MAX, { message: 'noteTooLong' }),
    role: z.enum(JUDGE_ROLES, { message: 'role' }),
  });

export type JudgementDraftInput = z.input<ReturnType<typeof judgementDraftSchema>>;

/** A draft that did not pass: per field, the key of what to fix. */
export class JudgementDraftError extends Error {
  constructor(readonly fields: Readonly<Record<string, JudgementProblem>>) {
    super(
      `judgement draft: ${Object.entries(fields)
        .map(([field, key]) => `${field}=${key}`)
        .join(', ')}`,
    );
    this.name = 'JudgementDraftError';
  }
}
