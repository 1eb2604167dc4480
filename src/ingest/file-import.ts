/**
 * Export files as a source: which reader reads them, what an OSO dossier or a CSV's header asks of the
 * coordinator, and the import itself (through the same store path as a sync). The wizard's actors
 * (connector-actions.ts) and the re-import on the Bronnen page use it.
 */
import { CsvColumns } from '@/adapters/csv/csv.columns';
import type { ExportFile } from '@/adapters/files/export-file';
import * as Comlink from 'comlink';
import { AdapterError } from '@/adapters/http/adapter-error';
import type { Page, PullRequest } from '@/adapters/port';
import { pullFitting } from '@/adapters/shared/pseudonym-fit';
import type { PupilKey } from '@/domain/ids';
import type { Source, SourceKind } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import { isFileEndpoint } from '@/store/file-endpoint';
import { COLUMNS_PREFIX, savedColumns, savedPupil, savePupil } from '@/store/file-source-settings';
import type { ColumnChoice, ConnectorDeps, DossierInspection } from './connector-wizard.types';
import { chooseFiles, FileCheckError } from './file-choice';
import type { DossierCheckProgress } from './dossier-check.api';
import {
  errorOf,
  startFileRead,
  unlessAborted,
  withSloLinks,
  workerFileAdapter,
  type FileWorkerHandle,
  type ImportProgress,
} from './file-read.client';
import type { Stored } from './file-store.api';
import type { SyncSummary } from './sync-source';

export { chooseFiles, FileCheckError };

export const isFileSource = (source: Pick<Source, 'endpoint'>) => isFileEndpoint(source.endpoint);

/** The reader option for a dossier's pupil: the pseudonym looked up by key, here, so it never passes through a view. */
export async function pupilOption(db: LeerzichtDb, pupil: PupilKey | null): Promise<string | null> {
  if (pupil === null) return null;
  const found = await db.pupils.get(pupil);
  if (!found || found.leftAt) throw new FileCheckError('file-pupil-unknown', String(pupil));
  return found.ref;
}

/** A mapping saved for any source whose columns this header has: the next file from that supplier needs no mapping. */
export async function knownColumns(db: LeerzichtDb, headers: readonly string[]): Promise<ColumnChoice | null> {
  const rows = await db.settings.where('key').startsWith(COLUMNS_PREFIX).toArray();
  for (const row of rows) {
    const parsed = CsvColumns.safeParse(row.value);
    if (parsed.success && Object.values(parsed.data).every((header) => header === undefined || headers.includes(header))) return parsed.data;
  }
  return null;
}

/** A saved column layout, without the columns this header lacks (the column step then asks for them again). */
export function columnsIn(columns: ColumnChoice, headers: readonly string[]): ColumnChoice {
  return Object.fromEntries(Object.entries(columns).filter(([, header]) => header !== undefined && headers.includes(header)));
}

/**
 * An OSO dossier checked once without a pupil, in the file worker by streaming (decision 029):
 * opted out of toetsresultaten, or without its own ECK iD (then the coordinator chooses). A file that
 * is no dossier passes; a dossier that cannot be read is refused with the reason its import gives.
 * A cancel (the signal) ends the worker at once: a check stores nothing.
 */
export async function inspectDossier(
  deps: ConnectorDeps,
  kind: SourceKind | null,
  files: readonly ExportFile[],
  saved: PupilKey | null,
  signal: AbortSignal,
): Promise<DossierInspection> {
  const handle = fileReadOf(deps);
  const report = Comlink.proxy((progress: DossierCheckProgress) => deps.onCheckProgress?.(progress));
  let stopped = false;
  // Once: a worker's comlink proxy cannot be released twice.
  const stop = () => {
    if (!stopped) handle.stop();
    stopped = true;
  };
  const onAbort = () => {
    void handle.api.cancelCheck();
    stop();
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const checked = await unlessAborted(handle.api.checkDossier({ kind, files, now: deps.now().toISOString() }, report), signal);
    if (!checked.ok) throw checked.cancelled ? new AdapterError('aborted', 'afgebroken') : errorOf(checked.failure);
    return { optedOut: checked.optedOut, needsPupil: checked.needsPupil, pupil: saved };
  } finally {
    signal.removeEventListener('abort', onAbort);
    stop();
  }
}

/** For a re-import: whether the files are an OSO dossier (then checked by `inspectDossier` before the import). */
export function isDossierChoice(kind: SourceKind, files: readonly ExportFile[]): boolean {
  try {
    return files.length > 0 && chooseFiles(kind, files).reader.kind === 'oso-dossier';
  } catch {
    return false; // the import itself says what is wrong with the files
  }
}

/** Reader options: a CSV's columns, an OSO dossier's pupil (pseudonym); undefined when neither. */
export function optionsOf(columns: ColumnChoice | null | undefined, pupil: string | null = null): Record<string, unknown> | undefined {
  const options = { ...(columns ? { columns } : {}), ...(pupil ? { pupil } : {}) };
  return Object.keys(options).length > 0 ? options : undefined;
}

/** What the coordinator chose for an import; undefined = what was saved for the source. */
export interface ImportChoice {
  readonly columns?: ColumnChoice | null;
  readonly pupil?: PupilKey | null;
}

/** Starts a file worker: a Web Worker in the browser (decision 023), inline where there is none. */
export const fileReadOf = (deps: ConnectorDeps): FileWorkerHandle =>
  deps.startFileRead?.() ?? startFileRead({ resolveSloIds: deps.resolveSloIds ?? (() => []), db: deps.db });

/** The first page of files as an import would store it (a first batch: the rest of the file is not read; keys not in the connector's pseudonym form rejected). */
export async function previewFilePage(
  deps: ConnectorDeps,
  kind: SourceKind | null,
  files: readonly ExportFile[],
  request: PullRequest,
): Promise<Page> {
  chooseFiles(kind, files);
  const handle = fileReadOf(deps);
  try {
    const now = deps.now().toISOString();
    return await pullFitting(workerFileAdapter(handle, withSloLinks({ kind, files, now })), request, now);
  } finally {
    handle.stop();
  }
}

/** Imports export files into a file source through the same store path as a sync (consent filter, rejections, idempotent ids). */
export async function importFiles(
  deps: ConnectorDeps,
  source: Source,
  files: readonly ExportFile[],
  signal: AbortSignal,
  choice: ImportChoice = {},
  onProgress?: (progress: ImportProgress) => void,
): Promise<SyncSummary> {
  const { reader } = chooseFiles(source.kind, files);
  const columns = choice.columns === undefined ? await savedColumns(deps.db, source.id) : choice.columns;
  const dossier = reader.kind === 'oso-dossier';
  const pupil = dossier ? (choice.pupil === undefined ? await savedPupil(deps.db, source.id) : choice.pupil) : null;
  const options = optionsOf(columns, await pupilOption(deps.db, pupil));
  // Read and stored in the worker, one batch per transaction (decision 023).
  const handle = fileReadOf(deps);
  const job = withSloLinks({ dbName: deps.db.name, source, files, now: deps.now().toISOString(), ...(options ? { options } : {}) });
  // Progress messages arrive in order, before the outcome: the last one is what was stored.
  const report = Comlink.proxy((progress: ImportProgress) => onProgress?.(progress));
  try {
    const outcome = await untilCancelled(handle, handle.api.importFile(job, report), signal);
    if (!outcome.ok) {
      const { code, detail, status, page } = outcome.failure;
      throw new AdapterError(outcome.cancelled ? 'aborted' : code, detail, status, page);
    }
    // The dossier's pupil becomes the default for the next dossier file of this source.
    if (pupil !== null) await savePupil(deps.db, source.id, pupil);
    return outcome.summary;
  } finally {
    handle.stop();
  }
}

/** How long a cancel waits for the worker to finish the batch it is storing before it is ended. */
const CANCEL_GRACE_MS = 3_000;

/**
 * The import's outcome; on cancel the worker is asked to stop after its batch (then the outcome
 * says exactly what was kept), and ended when it does not answer in time (a worker busy reading a
 * whole document cannot answer; its open transaction is aborted with it).
 */
function untilCancelled(handle: FileWorkerHandle, outcome: Promise<Stored>, signal: AbortSignal): Promise<Stored> {
  if (signal.aborted) void handle.api.cancelImport();
  return new Promise<Stored>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onAbort = () => {
      void handle.api.cancelImport();
      timer = setTimeout(() => {
        handle.stop();
        reject(new AdapterError('aborted', 'afgebroken'));
      }, CANCEL_GRACE_MS);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    outcome.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
      if (timer) clearTimeout(timer);
    });
  });
}
