/** The connector wizard's context: where it starts, what its actors get, and how their errors and results are kept. */
import type { Reached } from '@/adapters/port';
import type { ConnectorDraft, ConnectorInput, Origin, WizardContext, WizardError } from './connector-wizard.types';

/** A failed step's error as the wizard shows it: a code to translate and the technical detail. */
export const errorOf = (error: unknown): WizardError =>
  typeof error === 'object' && error !== null && 'code' in error
    ? { code: String((error as { code: unknown }).code), detail: String((error as { detail?: unknown }).detail ?? '') }
    : { code: 'unknown', detail: error instanceof Error ? error.message : String(error) };

const EMPTY: ConnectorDraft = { kind: null, name: '', endpoint: '', credentials: { type: 'none' } };
/** An export file that was read: what the wizard shows as reached. */
export const fileReached = (name: string): Reached => ({ code: 'file', params: { name } });

/** The context of a wizard that starts from nothing (and after RESTART). */
export const FRESH = {
  draft: EMPTY,
  origin: 'endpoint' as Origin,
  files: [],
  inspection: null,
  columns: null,
  pupil: null,
  editing: null,
  check: null,
  error: null,
  preview: null,
  mapping: {},
  savedId: null,
};

/** Whether the endpoint or credentials differ from what the edited connector had (then it is tested again). */
export const connectionChanged = (context: WizardContext): boolean =>
  context.editing !== null &&
  (context.draft.endpoint.trim() !== context.editing.endpoint ||
    JSON.stringify(context.draft.credentials) !== JSON.stringify(context.editing.credentials));

/** What the preview and save actors get: the draft with the mapping, the files and the choices made. */
export const inputOf = ({ context }: { context: WizardContext }): ConnectorInput => ({
  ...context.draft,
  mapping: context.mapping,
  origin: context.origin,
  files: context.files,
  columns: context.columns,
  pupil: context.pupil,
  editing: context.editing?.id ?? null,
});
