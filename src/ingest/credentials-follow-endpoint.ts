import type { Credentials } from '@/adapters/port';
import type { ConnectorDraft } from './connector-wizard.types';

/** The same kind of credentials with every field empty (a basic login keeps its type, loses name and password). */
export const blankCredentials = (credentials: Credentials): Credentials =>
  Object.fromEntries(Object.entries(credentials).map(([field, value]) => [field, field === 'type' ? value : ''])) as unknown as Credentials;

const same = (a: Credentials, b: Credentials) => JSON.stringify(a) === JSON.stringify(b);

/**
 * While editing a connector: the saved credentials belong to its saved endpoint. Once the address
 * changes they are emptied in the form (never tested against, nor saved for, the new address);
 * back at the saved address, the saved ones return.
 */
export function credentialsForEndpoint(draft: ConnectorDraft, editing: { endpoint: string; credentials: Credentials }): ConnectorDraft {
  const moved = draft.endpoint.trim() !== editing.endpoint;
  if (moved && same(draft.credentials, editing.credentials)) return { ...draft, credentials: blankCredentials(editing.credentials) };
  if (!moved && same(draft.credentials, blankCredentials(editing.credentials))) return { ...draft, credentials: editing.credentials };
  return draft;
}
