/**
 * What the wizard and a re-import must know of an OSO dossier before it is imported (decision 029):
 * whether a privacy category withholds its toetsresultaten, and whether it names its own pupil (an
 * ECK iD) or the coordinator must choose one. Judged from the dossier's batches as the import reads
 * them (read without a chosen pupil), so the rules are the reader's own: the first result found
 * settles it, and the rest of the file is not mapped.
 */
import type { FileBatch } from '../files/file-batch';

export interface DossierCheck {
  /** A cat_toetsresultaten that is not VERPLICHT or OPTIONEEL (any case): nothing of the dossier is read. */
  readonly optedOut: boolean;
  /** No result could be filed without a chosen pupil: the dossier names none by pseudonym. */
  readonly needsPupil: boolean;
}

const PUPIL_CODES: ReadonlySet<string> = new Set(['missing-pupil', 'not-a-pseudonym']);

/** The check, from the batches of a dossier read with no pupil chosen (stops reading at the first result). */
export async function dossierCheckOf(batches: AsyncIterable<FileBatch>): Promise<DossierCheck> {
  let optedOut = false;
  let pupilRejected = false;
  for await (const batch of batches) {
    if ((batch.skipped['toetsresultaten:opt-uit'] ?? 0) > 0) optedOut = true;
    // A result: the dossier names its pupil (an ECK iD of its own).
    if (batch.results.length > 0) return { optedOut: false, needsPupil: false };
    if (batch.rejections.some((rejection) => PUPIL_CODES.has(rejection.code))) pupilRejected = true;
  }
  return { optedOut, needsPupil: !optedOut && pupilRejected };
}
