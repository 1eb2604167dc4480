import type { PupilRef } from '@/domain/ids';
import { byNewest, toProblem, type Intervention, type InterventionProblem } from '@/domain/intervention';
import { retentionCutoff } from '@/domain/privacy';
import { schoolDay } from '@/domain/school-day';
import type { LeerzichtDb } from './db';
import { InterventionDraftError, interventionDraftSchema } from './interventions.schema';
import { retentionYears } from './privacy.repo';

/**
 * Records an intervention for one pupil or for every pupil of an instruction group (one row each,
 * one batch). The draft (anything: it is the boundary) is checked first: a wrong value is an InterventionDraftError, never stored.
 */
export async function recordIntervention(db: LeerzichtDb, input: unknown, now: Date): Promise<Intervention[]> {
  const earliest = schoolDay(retentionCutoff(now, await retentionYears(db)));
  const parsed = interventionDraftSchema(schoolDay(now), earliest).safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, InterventionProblem> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'form')] ??= toProblem(issue.message);
    throw new InterventionDraftError(fields);
  }
  const draft = parsed.data;
  const batch = crypto.randomUUID();
  const rows: Intervention[] = [...new Set(draft.pupils)].map((pupil) => ({
    id: `${batch}|${pupil}`,
    batch,
    pupil,
    group: draft.group,
    goal: draft.goal,
    kind: draft.kind,
    date: draft.date,
    note: draft.note,
    recordedAt: now.toISOString(),
  }));
  await db.interventions.bulkAdd(rows);
  return rows;
}

export const removeIntervention = (db: LeerzichtDb, id: string) => db.interventions.delete(id);

/** A pupil's interventions, newest first. */
export const interventionsOfPupil = async (db: LeerzichtDb, pupil: PupilRef) =>
  (await db.interventions.where('pupil').equals(pupil).toArray()).sort(byNewest);

/** The interventions of these pupils (a group), newest first. */
export const interventionsOfPupils = async (db: LeerzichtDb, pupils: readonly PupilRef[]) =>
  pupils.length === 0
    ? []
    : (
        await db.interventions
          .where('pupil')
          .anyOf([...new Set(pupils)])
          .toArray()
      ).sort(byNewest);
