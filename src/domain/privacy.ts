import type { PupilRef, SourceId } from './ids';
import { isCalendarDate } from './school-day';

/** Consent as recorded by the ICT coordinator on the word of the parents or the pupil. `source: '*'` is the whole app. */
export interface Consent {
  readonly pupil: PupilRef;
  readonly source: SourceId | '*';
  readonly granted: boolean;
  /** When it was given or withdrawn (ISO date). */
  readonly date: string;
  readonly note: string;
  /**
   * Set on the marker "Een leerling vergeten" leaves (whole app, withheld, no note): only the
   * pseudonym, so a supplier's next sync does not bring the pupil's data back. Giving consent again
   * replaces it.
   */
  readonly forgotten?: true;
}

export const WHOLE_APP = '*' as const;

/** Withheld for this source, or for the whole app. Absent consent records mean: allowed (the school's default). */
export function isWithheld(consents: ReadonlyMap<string, Consent>, pupil: PupilRef, source: SourceId): boolean {
  return consents.get(`${pupil}|${WHOLE_APP}`)?.granted === false || consents.get(`${pupil}|${source}`)?.granted === false;
}

/** The pupil was forgotten ("Een leerling vergeten") and consent has not been given again since. */
export function isForgotten(consents: ReadonlyMap<string, Consent>, pupil: PupilRef): boolean {
  const whole = consents.get(consentKey(pupil, WHOLE_APP));
  return whole?.granted === false && whole.forgotten === true;
}

/** The marker a forgotten pupil leaves: whole app, withheld, no note, no name. */
export const forgottenMarker = (pupil: PupilRef, date: string): Consent => ({
  pupil,
  source: WHOLE_APP,
  granted: false,
  date,
  note: '',
  forgotten: true,
});

export const consentKey = (pupil: PupilRef, source: SourceId | '*') => `${pupil}|${source}`;

/**
 * One cell of the consent table: `allowed` or `withheld` by its own record (absent: allowed), or
 * `not-applicable` for a source while the whole-app consent is withheld (its own record is kept
 * and counts again once the whole app is allowed).
 */
export interface ConsentCell {
  readonly state: 'allowed' | 'withheld' | 'not-applicable';
  /** The cell's own record: when and why, as recorded. */
  readonly record: Consent | null;
}

export function consentCell(consents: ReadonlyMap<string, Consent>, pupil: PupilRef, source: SourceId | typeof WHOLE_APP): ConsentCell {
  const record = consents.get(consentKey(pupil, source)) ?? null;
  if (source !== WHOLE_APP && consents.get(consentKey(pupil, WHOLE_APP))?.granted === false) return { state: 'not-applicable', record };
  return { state: record?.granted === false ? 'withheld' : 'allowed', record };
}

/** Why a consent date cannot be recorded: missing or not a calendar date, or after `today` (yyyy-mm-dd, the school's today). */
export type ConsentDateProblem = 'invalid' | 'future';

export function consentDateProblem(date: string, today: string): ConsentDateProblem | null {
  if (!isCalendarDate(date)) return 'invalid';
  return date > today ? 'future' : null;
}

/**
 * Start of the oldest school year kept. Dutch school years run from 1 August; with `years` = 2 we
 * keep this school year and the previous one (the default).
 */
export function retentionCutoff(now: Date, years = 2): Date {
  const year = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return new Date(Date.UTC(year - (years - 1), 7, 1));
}
