import type { PupilRef, SourceId } from './ids';

/** Consent as recorded by the ICT coordinator on the word of the parents or the pupil. `source: '*'` is the whole app. */
export interface Consent {
  readonly pupil: PupilRef;
  readonly source: SourceId | '*';
  readonly granted: boolean;
  /** When it was given or withdrawn (ISO date). */
  readonly date: string;
  readonly note: string;
}

export const WHOLE_APP = '*' as const;

/** Withheld for this source, or for the whole app. Absent consent records mean: allowed (the school's default). */
export function isWithheld(consents: ReadonlyMap<string, Consent>, pupil: PupilRef, source: SourceId): boolean {
  return consents.get(`${pupil}|${WHOLE_APP}`)?.granted === false || consents.get(`${pupil}|${source}`)?.granted === false;
}

export const consentKey = (pupil: PupilRef, source: SourceId | '*') => `${pupil}|${source}`;

/**
 * Start of the oldest school year kept. Dutch school years run from 1 August; with `years` = 2 we
 * keep this school year and the previous one (the default).
 */
export function retentionCutoff(now: Date, years = 2): Date {
  const year = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return new Date(Date.UTC(year - (years - 1), 7, 1));
}
