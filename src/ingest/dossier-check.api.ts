/**
 * The OSO dossier check in the file worker (decision 029): the dossier streamed from its File in
 * both passes of the XML reader (decision 027), with progress and cancel, so a dossier of any size
 * is checked off the main thread and never held whole. Outcomes are values, as for the import.
 */
import type { ExportFile } from '@/adapters/files/export-file';
import { readBatches, sourceOf } from '@/adapters/files/file-batches';
import { sizeOf } from '@/adapters/files/text-stream';
import { dossierCheckOf, type DossierCheck } from '@/adapters/uwlr/oso.check';
import type { XmlPassProgress } from '@/adapters/uwlr/uwlr.batches';
import { sourceId } from '@/domain/ids';
import type { SourceKind } from '@/domain/source';
import { chooseFiles } from './file-choice';
import { readFailureOf, type ReadFailure } from './file-read.api';

export interface DossierCheckJob {
  readonly kind: SourceKind | null;
  readonly files: readonly ExportFile[];
  /** ISO instant of the check (future results are judged against it, as in the import). */
  readonly now: string;
  readonly pieceBytes?: number;
}

/** How far a check is: which pass of two, and the bytes of the dossier that pass has read. */
export interface DossierCheckProgress extends XmlPassProgress {
  readonly bytes: number;
}

export type DossierChecked =
  ({ readonly ok: true } & DossierCheck) | { readonly ok: false; readonly cancelled: boolean; readonly failure: ReadFailure };

export interface DossierCheckApi {
  /** Checks the chosen files when they are an OSO dossier; any other file passes (its import says what is wrong). */
  checkDossier(job: DossierCheckJob, onProgress?: (progress: DossierCheckProgress) => void): Promise<DossierChecked>;
  /** Stops the running check at its next slice of text. */
  cancelCheck(): Promise<void>;
}

class CheckCancelled extends Error {}

export function createDossierCheckApi(): DossierCheckApi {
  let cancel: (() => void) | null = null;
  return {
    async checkDossier(job, onProgress) {
      let cancelled = false;
      const mine = () => (cancelled = true);
      cancel = mine;
      let main = job.files[0]?.name ?? '';
      try {
        const chosen = chooseFiles(job.kind, job.files);
        main = chosen.files[0]?.name ?? main;
        if (chosen.reader.kind !== 'oso-dossier') return { ok: true, optedOut: false, needsPupil: false };
        let bytes = sizeOf(sourceOf(chosen.files[0] as ExportFile));
        let told = -1;
        // At once: the file's text is checked for its encoding first (no slices yet), and the view shows a cancel from the start.
        void Promise.resolve(onProgress?.({ pass: 1, bytesRead: 0, bytes })).catch(() => undefined);
        const batches = readBatches(
          chosen.reader,
          chosen.files,
          { source: sourceId('concept'), mapping: {}, now: job.now, resolveSloIds: () => [] },
          {
            batchRecords: 1,
            ...(job.pieceBytes ? { pieceBytes: job.pieceBytes } : {}),
            onSize: (size) => (bytes = size.bytes),
            watch: ({ pass, bytesRead }) => {
              if (cancelled) throw new CheckCancelled();
              // One message per piece read, not per slice parsed.
              const at = pass * (bytes + 1) + bytesRead;
              if (at !== told) void Promise.resolve(onProgress?.({ pass, bytesRead, bytes })).catch(() => undefined);
              told = at;
            },
          },
        );
        return { ok: true, ...(await dossierCheckOf(batches)) };
      } catch (error) {
        return { ok: false, cancelled: error instanceof CheckCancelled, failure: readFailureOf(error, main) };
      } finally {
        if (cancel === mine) cancel = null;
      }
    },
    async cancelCheck() {
      cancel?.();
    },
  };
}
