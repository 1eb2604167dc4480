import { assign, fromPromise, setup } from 'xstate';
import { endpointProblem } from '@/adapters/http/endpoint';
import { credentialsForEndpoint } from './credentials-follow-endpoint';
import type { Reached } from '@/adapters/port';
import { scopeProblem } from '@/domain/source-scope';
import type { ConnectorInput, FileInspection, InspectInput, Preview, TestInput, WizardContext, WizardEvent } from './connector-wizard.types';
import { connectionChanged, errorOf, fileReached, FRESH, inputOf } from './connector-wizard.context';

export type {
  ConnectorDraft,
  TestInput,
  Origin,
  ColumnChoice,
  WizardError,
  Preview,
  DossierInspection,
  InspectInput,
  FileInspection,
  Editing,
  WizardContext,
  WizardEvent,
  ConnectorInput,
} from './connector-wizard.types';

/** The I/O the wizard needs, provided by the app (real adapters) or by tests (fakes). */
export const wizardActors = {
  testConnection: fromPromise<Reached, TestInput>(async () => {
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
    hasKind: ({ context }) =>
      context.draft.kind !== null &&
      context.origin === 'endpoint' &&
      context.draft.endpoint.trim() !== '' &&
      endpointProblem(context.draft.endpoint) !== 'not-https' &&
      scopeProblem(context.draft.scope) === null,
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
        CHOOSE_KIND: {
          target: 'details',
          actions: assign({
            draft: ({ event }) => ({ kind: event.kind, ...event.defaults }),
            origin: ({ event }) => event.origin ?? 'endpoint',
            files: [],
            error: null,
          }),
        },
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
        EDIT: {
          actions: assign({
            draft: ({ context, event }) => {
              const draft = { ...context.draft, ...event.draft };
              return context.editing ? credentialsForEndpoint(draft, context.editing) : draft;
            },
            error: null,
          }),
        },
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
          {
            target: 'columns',
            guard: 'isCsv',
            actions: assign({
              inspection: ({ event }) => event.output,
              columns: ({ event }) => event.output.columns,
              check: ({ event }) => fileReached(event.output.main),
              error: null,
            }),
          },
          {
            target: 'pupil',
            guard: 'needsPupil',
            actions: assign({
              inspection: ({ event }) => event.output,
              pupil: ({ event }) => event.output.dossier?.pupil ?? null,
              check: ({ event }) => fileReached(event.output.main),
              error: null,
            }),
          },
          {
            target: 'previewing',
            actions: assign({ inspection: ({ event }) => event.output, check: ({ event }) => fileReached(event.output.main), error: null }),
          },
        ],
        onError: { target: 'details', actions: assign({ error: ({ event }) => errorOf(event.error) }) },
      },
      // Leaving stops the check of an OSO dossier (decision 029): the actor's signal ends the file worker; nothing was stored.
      on: { CANCEL: { target: 'details', actions: assign({ error: { code: 'check-cancelled', detail: '' } }) } },
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
          {
            target: 'columns',
            guard: ({ context }) => context.inspection?.reader === 'csv-columns',
            actions: assign({ error: ({ event }) => errorOf(event.error) }),
          },
          {
            target: 'pupil',
            guard: ({ context }) => context.inspection?.dossier?.needsPupil === true,
            actions: assign({ error: ({ event }) => errorOf(event.error) }),
          },
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
              context.preview && {
                ...context.preview,
                unmapped: context.preview.unmapped.filter((item) => item.code !== event.code || event.goals.length === 0),
              },
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
      // Leaving stops the save: its import's signal aborts, the file worker ends, the new source is removed.
      on: { CANCEL: { target: 'mapping', actions: assign({ error: { code: 'import-cancelled', detail: '' } }) } },
    },
    saved: {},
  },
});
