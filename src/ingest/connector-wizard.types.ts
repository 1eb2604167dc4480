/**
 * The connector wizard's data: the draft, what the files turned out to be, the preview, and the
 * events the machine (connector-wizard.machine.ts) takes.
 */
import type { ExportFile, FileKind } from '@/adapters/files/export-file';
import type { Credentials, Reached, SourceAdapter } from '@/adapters/port';
import type { GoalId, PupilKey } from '@/domain/ids';
import type { Rejection, Result } from '@/domain/model';
import type { PseudonymShape } from '@/domain/pseudonym-shape';
import type { CodeMapping, SourceKind, SourceScope } from '@/domain/source';
import type { LeerzichtDb } from '@/store/db';
import type { DossierCheckProgress } from './dossier-check.api';
import type { FileWorkerHandle, ImportProgress } from './file-read.client';

export interface ConnectorDraft {
  readonly kind: SourceKind | null;
  readonly name: string;
  readonly endpoint: string;
  readonly credentials: Credentials;
  /** What to read (time window, only our groups); absent: everything, as before (decision 018). */
  readonly scope?: SourceScope;
  /** The form the pupil keys must have; absent: the kind's default (decision 025). */
  readonly pseudonym?: PseudonymShape;
}

/** The connection test's input: the draft, and the connector being edited (its consents apply to the probe). */
export type TestInput = ConnectorDraft & { readonly editing?: string | null };

/** Where results come from: a live endpoint, or export files handed over by the ICT coordinator. */
export type Origin = 'endpoint' | 'file';

/** Which column holds which field of a supplier's CSV (header text as in the file). */
export type ColumnChoice = Readonly<Partial<Record<string, string>>>;

export interface WizardError {
  readonly code: string;
  readonly detail: string;
}

export interface Preview {
  readonly results: readonly Result[];
  readonly rejections: readonly Rejection[];
  /** Supplier codes on the first page without a goal, with how many results carry them. */
  readonly unmapped: readonly { code: string; count: number }[];
  /** Records skipped on purpose, by reason (e.g. `toetsresultaten:opt-uit` for an opted-out OSO dossier). */
  readonly skipped?: Readonly<Record<string, number>>;
  /** Results older than the retention cutoff: left out of `results`, never stored. */
  readonly expired?: { readonly count: number; readonly cutoff: string };
}

/** An OSO dossier names no pseudonym: whether the coordinator must choose its pupil, or it was opted out. */
export interface DossierInspection {
  /** The dossier's toetsresultaten are OPT-UIT: nothing of it is read, whoever it belongs to. */
  readonly optedOut: boolean;
  /** No ECK iD in the dossier: the coordinator chooses the pupil (a roster pupil, by local key). */
  readonly needsPupil: boolean;
  /** The pupil to start from: the one saved for the source being edited, else none. */
  readonly pupil: PupilKey | null;
}

/** What the inspect actor gets: the kind chosen, the files, and the source being edited (for its saved choices). */
export interface InspectInput {
  readonly kind: SourceKind | null;
  readonly files: readonly ExportFile[];
  readonly editing?: string | null;
}

/** What the files turned out to be: the reader that recognised the main file, and a CSV's header. */
export interface FileInspection {
  readonly reader: FileKind;
  readonly main: string;
  readonly headers: readonly string[] | null;
  /** The CSV column mapping to start from: saved for this supplier earlier, else guessed. */
  readonly columns: ColumnChoice | null;
  /** Only for an OSO dossier. */
  readonly dossier?: DossierInspection;
}

/** The connector being edited: its id and the connection it had, to know when to test again. */
export interface Editing {
  readonly id: string;
  readonly endpoint: string;
  readonly credentials: Credentials;
}

export interface WizardContext {
  readonly draft: ConnectorDraft;
  readonly origin: Origin;
  readonly files: readonly ExportFile[];
  readonly inspection: FileInspection | null;
  readonly columns: ColumnChoice | null;
  /** Whose OSO dossier this is: a roster pupil's local key (the pseudonym is looked up only when reading). */
  readonly pupil: PupilKey | null;
  readonly editing: Editing | null;
  /** What the connection test reached, or the export file read (its name). */
  readonly check: Reached | null;
  readonly error: WizardError | null;
  readonly preview: Preview | null;
  /** Codes the ICT coordinator mapped in this wizard, on top of the kind's default table (when editing: the source's whole mapping). */
  readonly mapping: CodeMapping;
  readonly savedId: string | null;
}

export type WizardEvent =
  | { type: 'CHOOSE_KIND'; kind: SourceKind; defaults: Omit<ConnectorDraft, 'kind'>; origin?: Origin }
  | {
      type: 'LOAD';
      id: string;
      kind: SourceKind;
      draft: Omit<ConnectorDraft, 'kind'>;
      origin: Origin;
      mapping: CodeMapping;
      unmapped: Preview['unmapped'];
    }
  | { type: 'EDIT'; draft: Partial<Omit<ConnectorDraft, 'kind'>> }
  | { type: 'ORIGIN'; origin: Origin }
  | { type: 'FILES'; files: readonly ExportFile[] }
  | { type: 'COLUMNS'; columns: ColumnChoice }
  | { type: 'PUPIL'; pupil: PupilKey | null }
  | { type: 'TEST' }
  | { type: 'BACK' }
  | { type: 'NEXT' }
  | { type: 'MAP'; code: string; goals: readonly GoalId[] }
  | { type: 'SAVE' }
  /** Stops saving (a file import under way): nothing of it is kept. */
  | { type: 'CANCEL' }
  | { type: 'RESTART' };

/** What the preview and save actors get: the draft plus the file branch's choices. */
export type ConnectorInput = ConnectorDraft & {
  readonly mapping: CodeMapping;
  readonly origin?: Origin;
  readonly files?: readonly ExportFile[];
  readonly columns?: ColumnChoice | null;
  readonly pupil?: PupilKey | null;
  readonly editing?: string | null;
};

/** What the wizard's actions and a file import need from outside: the store, the adapters, the clock. */
export interface ConnectorDeps {
  readonly db: LeerzichtDb;
  readonly adapterFor: (kind: SourceKind) => SourceAdapter | null;
  readonly defaultMappingFor: (kind: SourceKind) => CodeMapping;
  readonly now: () => Date;
  /** SLO UUIDs named in a file's records -> our goals. */
  readonly resolveSloIds?: (uuids: readonly string[]) => readonly GoalId[];
  /** Starts a file read (file-read.client.ts `startFileRead`: a worker in the browser); tests may hand one over a MessageChannel. */
  readonly startFileRead?: () => FileWorkerHandle;
  /** How far the file import of a save is (the wizard shows it). */
  readonly onImportProgress?: (progress: ImportProgress) => void;
  /** How far the check of a chosen OSO dossier is (the wizard shows it). */
  readonly onCheckProgress?: (progress: DossierCheckProgress) => void;
  /** The vault key while unlocked, to re-seal credentials the coordinator chose to remember. */
  readonly vaultKey?: () => CryptoKey | null;
}
