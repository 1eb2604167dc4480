import type { PupilRef, SourceId } from '@/domain/ids';
import { consentKey, retentionCutoff, WHOLE_APP, type Consent } from '@/domain/privacy';
import type { LeerzichtDb } from './db';

export async function consentMap(db: LeerzichtDb): Promise<Map<string, Consent>> {
  return new Map((await db.consents.toArray()).map((consent) => [consentKey(consent.pupil, consent.source), consent]));
}

/** The consents of these pupils only (a page's pupils), keyed like consentMap. */
export async function consentMapFor(db: LeerzichtDb, pupils: readonly PupilRef[]): Promise<Map<string, Consent>> {
  if (pupils.length === 0) return new Map();
  const rows = await db.consents
    .where('pupil')
    .anyOf([...new Set(pupils)])
    .toArray();
  return new Map(rows.map((consent) => [consentKey(consent.pupil, consent.source), consent]));
}

/**
 * Records consent. Withdrawing it deletes what was stored for that pupil from that source
 * (or from every source for the whole app). Returns how many results were deleted.
 *
 * Given again after being withheld: a source read per pupil ("only our groups", decision 018)
 * counts the pupil as read up to its last sync and would ask only for what came later, so what
 * the withdrawal deleted would never come back. Its sync cursor restarts: the next sync reads the
 * window again (what is still stored is updated, not added).
 */
export async function setConsent(db: LeerzichtDb, consent: Consent): Promise<number> {
  return db.transaction('rw', [db.consents, db.results, db.sources, db.syncStatus], async () => {
    const before = await db.consents.where('[pupil+source]').equals([consent.pupil, consent.source]).first();
    await db.consents.put(consent);
    if (consent.granted) {
      if (before?.granted === false) await restartPerPupilSources(db, consent.source);
      return 0;
    }
    const ofPupil = db.results.where('pupil').equals(consent.pupil);
    return consent.source === WHOLE_APP ? ofPupil.delete() : ofPupil.filter((result) => result.source === consent.source).delete();
  });
}

/** Restarts the sync of the sources read per pupil that a consent for `source` (or the whole app) touches. */
async function restartPerPupilSources(db: LeerzichtDb, source: SourceId | typeof WHOLE_APP): Promise<void> {
  const sources = await db.sources.toArray();
  for (const row of sources) {
    if (row.scope?.pupils === 'our-groups' && (source === WHOLE_APP || row.id === source)) await db.syncStatus.update(row.id, { cursor: null });
  }
}

const RETENTION_KEY = 'retention.schoolYears';

export async function retentionYears(db: LeerzichtDb): Promise<number> {
  const stored = (await db.settings.get(RETENTION_KEY))?.value;
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 && stored <= 10 ? stored : 2;
}

export const setRetentionYears = (db: LeerzichtDb, years: number) => db.settings.put({ key: RETENTION_KEY, value: years });

/** The retention cutoff (ISO instant) at `now` with the school's setting: what is older is not kept. */
export const retentionCutoffAt = async (db: LeerzichtDb, now: Date): Promise<string> => retentionCutoff(now, await retentionYears(db)).toISOString();

export interface Purged {
  /** Results whose time is before the cutoff. */
  readonly removed: number;
  /** Rejected records (with their excerpts) kept aside before the cutoff. */
  readonly rejections: number;
  /** Rubric assessments dated before the cutoff. */
  readonly assessments: number;
  /** Interventions dated before the cutoff. */
  readonly interventions: number;
  /** Teacher judgements dated before the cutoff. */
  readonly judgements: number;
  readonly cutoff: string;
}

/**
 * Deletes what is older than the retention period (default: this school year and the previous one):
 * results, rejected records (by when they were rejected), rubric assessments, interventions and teacher judgements (by their date).
 * Ingest never stores a result older than the cutoff either (sync-source.ts).
 */
export async function purgeExpired(db: LeerzichtDb, now: Date): Promise<Purged> {
  const cutoff = await retentionCutoffAt(db, now);
  return db.transaction('rw', [db.results, db.rejections, db.assessments, db.interventions, db.judgements], async () => {
    const removed = await db.results.where('time').below(cutoff).delete();
    const rejections = await db.rejections.where('at').below(cutoff).delete();
    // Assessment dates are YYYY-MM-DD: compared with the cutoff's day, so the first day of the kept years stays.
    const assessments = await db.assessments.where('date').below(cutoff.slice(0, 10)).delete();
    const interventions = await db.interventions.where('date').below(cutoff.slice(0, 10)).delete();
    const judgements = await db.judgements.where('date').below(cutoff.slice(0, 10)).delete();
    return { removed, rejections, assessments, interventions, judgements, cutoff };
  });
}

const IDLE_KEY = 'lock.idleMinutes';
export const IDLE_CHOICES = [5, 10, 15, 30, 60] as const;

/** Minutes without activity before the app locks (default 15). */
export async function idleMinutes(db: LeerzichtDb): Promise<number> {
  const stored = (await db.settings.get(IDLE_KEY))?.value;
  return typeof stored === 'number' && (IDLE_CHOICES as readonly number[]).includes(stored) ? stored : 15;
}

export const setIdleMinutes = (db: LeerzichtDb, minutes: number) => db.settings.put({ key: IDLE_KEY, value: minutes });
