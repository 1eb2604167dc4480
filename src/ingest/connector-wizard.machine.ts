import { assign, fromPromise, setup } from 'xstate';
import type { Credentials } from '@/adapters/port';
import type { GoalId } from '@/domain/ids';
import type { Rejection, Result } from '@/domain/model';
import type { CodeMapping, SourceKind } from '@/domain/source';

export interface ConnectorDraft {
  readonly kind: SourceKind | null;
  readonly name: string;
  readonly endpoint: string;
  readonly credentials: Credentials;
}

export interface WizardError {
  readonly code: string;
  readonly detail: string;
}

export interface Preview {
  readonly results: readonly Result[];
  readonly rejections: readonly Rejection[];
  /** Supplier codes on the first page without a goal, with how many results carry them. */
  readonly unmapped: readonly { code: string; count: number }[];
}

export interface WizardContext {
  readonly draft: ConnectorDraft;
  readonly check: string | null;
  readonly error: WizardError | null;
  readonly preview: Preview | null;
  /** Codes the ICT coordinator mapped in this wizard, on top of the kind's default table. */
  readonly mapping: CodeMapping;
  readonly savedId: string | null;
}

export type WizardEvent =
  | { type: 'CHOOSE_KIND'; kind: SourceKind; defaults: Omit<ConnectorDraft, 'kind'> }
  | { type: 'EDIT'; draft: Partial<Omit<ConnectorDraft, 'kind'>> }
  | { type: 'TEST' }
  | { type: 'BACK' }
  | { type: 'NEXT' }
  | { type: 'MAP'; code: string; goals: readonly GoalId[] }
  | { type: 'SAVE' }
  | { type: 'RESTART' };

/** The I/O the wizard needs, provided by the app (real adapters) or by tests (fakes). */
export const wizardActors = {
  testConnection: fromPromise<string, ConnectorDraft>(async () => {
    throw new Error('testConnection not provided');
  }),
  previewFirstPage: fromPromise<Preview, ConnectorDraft & { mapping: CodeMapping }>(async () => {
    throw new Error('previewFirstPage not provided');
  }),
  saveConnector: fromPromise<string, ConnectorDraft & { mapping: CodeMapping }>(async () => {
    throw new Error('saveConnector not provided');
  }),
};

const errorOf = (error: unknown): WizardError =>
  typeof error === 'object' && error !== null && 'code' in error
    ? { code: String((error as { code: unknown }).code), detail: String((error as { detail?: unknown }).detail ?? '') }
    : { code: 'unknown', detail: error instanceof Error ? error.message : String(error) };

const EMPTY: ConnectorDraft = { kind: null, name: '', endpoint: '', credentials: { type: 'none' } };

/**
 * Connector set-up for the ICT coordinator: choose the kind -> endpoint and credentials ->
 * test the connection with a real request -> preview the first page as normalised results
 * with the codes that have no goal -> map those codes -> save.
 */
export const connectorWizardMachine = setup({
  types: { context: {} as WizardContext, events: {} as WizardEvent },
  actors: wizardActors,
  guards: { hasKind: ({ context }) => context.draft.kind !== null && context.draft.endpoint.trim() !== '' },
}).createMachine({
  id: 'connectorWizard',
  context: { draft: EMPTY, check: null, error: null, preview: null, mapping: {}, savedId: null },
  initial: 'chooseKind',
  on: { RESTART: { target: '.chooseKind', actions: assign({ draft: EMPTY, check: null, error: null, preview: null, mapping: {}, savedId: null }) } },
  states: {
    chooseKind: {
      on: { CHOOSE_KIND: { target: 'details', actions: assign({ draft: ({ event }) => ({ kind: event.kind, ...event.defaults }), error: null }) } },
    },
    details: {
      on: {
        EDIT: { actions: assign({ draft: ({ context, event }) => ({ ...context.draft, ...event.draft }), error: null }) },
        TEST: { target: 'testing', guard: 'hasKind' },
        BACK: 'chooseKind',
      },
    },
    testing: {
      invoke: {
        src: 'testConnection',
        input: ({ context }) => context.draft,
        onDone: { target: 'previewing', actions: assign({ check: ({ event }) => event.output, error: null }) },
        onError: { target: 'details', actions: assign({ error: ({ event }) => errorOf(event.error) }) },
      },
    },
    previewing: {
      invoke: {
        src: 'previewFirstPage',
        input: ({ context }) => ({ ...context.draft, mapping: context.mapping }),
        onDone: { target: 'mapping', actions: assign({ preview: ({ event }) => event.output }) },
        onError: { target: 'details', actions: assign({ error: ({ event }) => errorOf(event.error) }) },
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
        SAVE: 'saving',
        BACK: 'details',
      },
    },
    saving: {
      invoke: {
        src: 'saveConnector',
        input: ({ context }) => ({ ...context.draft, mapping: context.mapping }),
        onDone: { target: 'saved', actions: assign({ savedId: ({ event }) => event.output }) },
        onError: { target: 'mapping', actions: assign({ error: ({ event }) => errorOf(event.error) }) },
      },
    },
    saved: {},
  },
});
