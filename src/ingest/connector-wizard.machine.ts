import { assign, fromPromise, setup } from 'xstate';
import type { ExportFile, FileKind } from '@/adapters/files/export-file';
import type { Credentials } from '@/adapters/port';
import type { GoalId, PupilKey } from '@/domain/ids';
import type { Rejection, Result } from '@/domain/model';
import type { CodeMapping, SourceKind, SourceScope } from '@/domain/source';
import { scopeProblem } from '@/domain/source-scope';

export interface ConnectorDraft {
  readonly kind: SourceKind | null;
  readonly name: string;
  readonly endpoint: string;
  readonly credentials: Credentials;
  /** What to read (time window, only our groups); absent: everything, as before (decision 018). */
  readonly scope?: SourceScope;
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
  readonly check: string | null;
  readonly error: WizardError | null;
  readonly preview: Preview | null;
  /** Codes the ICT coordinator mapped in this wizard, on top of the kind's default table (when editing: the source's whole mapping). */
  readonly mapping: CodeMapping;
  readonly savedId: string | null;
}

export type WizardEvent =
  | { type: 'CHOOSE_KIND'; kind: SourceKind; defaults: Omit<ConnectorDraft, 'kind'>; origin?: Origin }
  | { type: 'LOAD'; id: string; kind: SourceKind; draft: Omit<ConnectorDraft, 'kind'>; origin: Origin; mapping: CodeMapping; unmapped: Preview['unmapped'] }
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

/** The I/O the wizard needs, provided by the app (real adapters) or by tests (fakes). */
export const wizardActors = {
  testConnection: fromPromise<string, TestInput>(async () => {
    throw new Error('testConnection not provided');
  }),
  inspectFiles: fromPromise<FileInspection, InspectInput>(async () => {
    throw new Error('inspectFiles not provided');
  }),
  previewFirstPage: fromPromise<Preview, ConnectorInput>(async () => {
    throw new Error('previewFirstPage not provided');
  }),
  saveConnector: fromPromise<string, ConnectorInput>(async () => {
    throw new Error('saveConnector not provided');
  }),
};

const errorOf = (error: unknown): WizardError =>
  typeof error === 'object' && error !== null && 'code' in error
    ? { code: String((error as { code: unknown }).code), detail: String((error as { detail?: unknown }).detail ?? '') }
    : { code: 'unknown', detail: error instanceof Error ? error.message : String(error) };

const EMPTY: ConnectorDraft = { kind: null, name: '', endpoint: '', credentials: { type: 'none' } };
const FRESH = { draft: EMPTY, origin: 'endpoint' as Origin, files: [], inspection: null, columns: null, pupil: null, editing: null, check: null, error: null, preview: null, mapping: {}, savedId: null };

/** Whether the endpoint or credentials differ from what the edited connector had (then it is tested again). */
export const connectionChanged = (context: WizardContext): boolean =>
  context.editing !== null && (context.draft.endpoint.trim() !== context.editing.endpoint || JSON.stringify(context.draft.credentials) !== JSON.stringify(context.editing.credentials));

const inputOf = ({ context }: { context: WizardContext }): ConnectorInput => ({
  ...context.draft,
  mapping: context.mapping,
  origin: context.origin,
  files: context.files,
  columns: context.columns,
  pupil: context.pupil,
  editing: context.editing?.id ?? null,
});

/**
 * Connector set-up for the ICT coordinator: choose the kind -> endpoint and credentials, or export
 * files -> test the connection with a real request (files: recognise them; a CSV gets its columns
 * mapped, an OSO dossier without ECK iD its pupil chosen) -> preview the first page as normalised results with the codes that have no goal -> map
 * those codes -> save. LOAD starts the same steps for an existing connector (edit in place).
 */
export const connectorWizardMachine = setup({
  types: { context: {} as WizardContext, events: {} as WizardEvent },
  actors: wizardActors,
  guards: {
    hasKind: ({ context }) => context.draft.kind !== null && context.origin === 'endpoint' && context.draft.endpoint.trim() !== '' && scopeProblem(context.draft.scope) === null,
    hasFiles: ({ context }) => context.draft.kind !== null && context.origin === 'file' && context.files.length > 0,
    isCsv: ({ event }) => 'output' in event && (event.output as FileInspection).reader === 'csv-columns',
    needsPupil: ({ event }) => 'output' in event && (event.output as FileInspection).dossier?.needsPupil === true,
    unchangedEdit: ({ context }) => context.editing !== null && !connectionChanged(context) && scopeProblem(context.draft.scope) === null,
  },
}).createMachine({
  id: 'connectorWizard',
  context: FRESH,
  initial: 'chooseKind',
  on: { RESTART: { target: '.chooseKind', actions: assign(FRESH) } },
  states: {
    chooseKind: {
      on: {
        CHOOSE_KIND: { target: 'details', actions: assign({ draft: ({ event }) => ({ kind: event.kind, ...event.defaults }), origin: ({ event }) => event.origin ?? 'endpoint', files: [], error: null }) },
        LOAD: {
          target: 'details',
          actions: assign({
            draft: ({ event }) => ({ kind: event.kind, ...event.draft }),
            origin: ({ event }) => event.origin,
            mapping: ({ event }) => event.mapping,
            preview: ({ event }) => ({ results: [], rejections: [], unmapped: event.unmapped }),
            editing: ({ event }) => ({ id: event.id, endpoint: event.draft.endpoint.trim(), credentials: event.draft.credentials }),
            error: null,
          }),
        },
      },
    },
    details: {
      on: {
        EDIT: { actions: assign({ draft: ({ context, event }) => ({ ...context.draft, ...event.draft }), error: null }) },
        ORIGIN: { guard: ({ context }) => context.editing === null, actions: assign({ origin: ({ event }) => event.origin, error: null }) },
        FILES: { actions: assign({ files: ({ event }) => event.files, inspection: null, columns: null, pupil: null, error: null }) },
        TEST: [
          { target: 'inspecting', guard: 'hasFiles' },
          { target: 'testing', guard: 'hasKind' },
        ],
        NEXT: { target: 'mapping', guard: 'unchangedEdit' },
        BACK: { target: 'chooseKind', guard: ({ context }) => context.editing === null },
      },
    },
    testing: {
      invoke: {
        src: 'testConnection',
        input: ({ context }) => ({ ...context.draft, editing: context.editing?.id ?? null }),
        onDone: { target: 'previewing', actions: assign({ check: ({ event }) => event.output, error: null }) },
        onError: { target: 'details', actions: assign({ error: ({ event }) => errorOf(event.error) }) },
      },
    },
    inspecting: {
      invoke: {
        src: 'inspectFiles',
        input: ({ context }) => ({ kind: context.draft.kind, files: context.files, editing: context.editing?.id ?? null }),
        onDone: [
          { target: 'columns', guard: 'isCsv', actions: assign({ inspection: ({ event }) => event.output, columns: ({ event }) => event.output.columns, check: ({ event }) => event.output.main, error: null }) },
          {
            target: 'pupil',
            guard: 'needsPupil',
            actions: assign({ inspection: ({ event }) => event.output, pupil: ({ event }) => event.output.dossier?.pupil ?? null, check: ({ event }) => event.output.main, error: null }),
          },
          { target: 'previewing', actions: assign({ inspection: ({ event }) => event.output, check: ({ event }) => event.output.main, error: null }) },
        ],
        onError: { target: 'details', actions: assign({ error: ({ event }) => errorOf(event.error) }) },
      },
    },
    // An OSO dossier without an ECK iD: whose is it? (A roster pupil; without a roster nothing can be chosen.)
    pupil: {
      on: {
        PUPIL: { actions: assign({ pupil: ({ event }) => event.pupil, error: null }) },
        NEXT: { target: 'previewing', guard: ({ context }) => context.pupil !== null },
        BACK: 'details',
      },
    },
    columns: {
      on: {
        COLUMNS: { actions: assign({ columns: ({ event }) => event.columns, error: null }) },
        NEXT: 'previewing',
        BACK: 'details',
      },
    },
    previewing: {
      invoke: {
        src: 'previewFirstPage',
        input: inputOf,
        onDone: { target: 'mapping', actions: assign({ preview: ({ event }) => event.output }) },
        onError: [
          { target: 'columns', guard: ({ context }) => context.inspection?.reader === 'csv-columns', actions: assign({ error: ({ event }) => errorOf(event.error) }) },
          { target: 'pupil', guard: ({ context }) => context.inspection?.dossier?.needsPupil === true, actions: assign({ error: ({ event }) => errorOf(event.error) }) },
          { target: 'details', actions: assign({ error: ({ event }) => errorOf(event.error) }) },
        ],
      },
    },
    mapping: {
      on: {
        MAP: {
          actions: assign({
            mapping: ({ context, event }) => ({ ...context.mapping, [event.code]: event.goals }),
            preview: ({ context, event }) =>
              context.preview && { ...context.preview, unmapped: context.preview.unmapped.filter((item) => item.code !== event.code || event.goals.length === 0) },
          }),
        },
        SAVE: { target: 'saving', guard: ({ context }) => context.inspection?.dossier?.optedOut !== true },
        BACK: [
          { target: 'columns', guard: ({ context }) => context.inspection?.reader === 'csv-columns' },
          { target: 'pupil', guard: ({ context }) => context.inspection?.dossier?.needsPupil === true },
          { target: 'details' },
        ],
      },
    },
    saving: {
      invoke: {
        src: 'saveConnector',
        input: inputOf,
        onDone: { target: 'saved', actions: assign({ savedId: ({ event }) => event.output, files: [] }) },
        onError: { target: 'mapping', actions: assign({ error: ({ event }) => errorOf(event.error) }) },
      },
    },
    saved: {},
  },
});
