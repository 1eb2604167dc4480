import { z } from 'zod';
import { INTERVENTION_KINDS, type InterventionProblem } from '@/domain/intervention';
import { goalId, groupId, pupilRef } from '@/domain/ids';
import { isCalendarDate } from '@/domain/school-day';

export const NOTE_MAX = 1000;

/**
 * What the intervention form hands over, checked where it enters the store. Each message is the
 * key of a sentence under interventions.error that says what to change.
 * `today` and `earliest` (yyyy-mm-dd): no day in the future, none the retention period would drop at once.
 */
export const interventionDraftSchema = (today: string, earliest: string) =>
  z
    .object({
      kind: z.enum(INTERVENTION_KINDS, { message: 'kind' }),
      goal: z.string({ message: 'goal' }).min(1, { message: 'goal' }).transform(goalId),
      date: z
        .string({ message: 'dateInvalid' })
        .refine(isCalendarDate, { message: 'dateInvalid' })
        .refine((date) => date <= today, { message: 'dateFuture' })
        .refine((date) => date >= earliest, { message: 'dateTooOld' }),
      note: z.string().trim().max(NOTE_MAX, { message: 'noteTooLong' }),
      pupils: z.array(z.string().min(1).transform(pupilRef)).min(1, { message: 'noPupils' }),
      group: z.string().min(1).transform(groupId).nullable(),
    })
    .refine((draft) => draft.kind !== 'other' || draft.note.length > 0, { message: 'otherNeedsNote', path: ['note'] });

export type InterventionDraftInput = z.input<ReturnType<typeof interventionDraftSchema>>;
export type InterventionDraft = z.output<ReturnType<typeof interventionDraftSchema>>;

/** A draft that did not pass: per field, the key of what to fix. */
export class InterventionDraftError extends Error {
  constructor(readonly fields: Readonly<Record<string, InterventionProblem>>) {
    super(
      `intervention draft: ${Object.entries(fields)
        .map(([field, key]) => `${field}=${key}`)
        .join(', ')}`,
    );
    this.name = 'InterventionDraftError';
  }
}
