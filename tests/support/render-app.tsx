import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { adapterFor, registryKit } from '@/adapters/registry';
import { AppProviders, AppRoutes } from '@/app/app';
import { createI18n } from './i18n';
import { createQueryClient, createSyncInvalidator } from '@/app/query-client';
import type { Locale } from '@/i18n/format';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import { LeerzichtDb } from '@/store/db';

export const DEMO_NOW = new Date('2026-07-03T14:00:00.000Z');

export const freshDb = () => new LeerzichtDb(`test-${crypto.randomUUID()}`);

/** The real app (routes, providers, adapters) on a fresh database, at a path, in a language. */
export function renderApp(
  path: string,
  { db = freshDb(), locale = 'nl' as Locale, onCaughtError = undefined as ((error: unknown) => void) | undefined } = {},
) {
  const queryClient = createQueryClient();
  const hub = new SyncHub({
    db,
    adapterFor,
    credentialsFor: getCredentials,
    onStored: createSyncInvalidator(queryClient, 10),
    retentionNow: () => DEMO_NOW,
  });
  const view = render(
    <AppProviders db={db} queryClient={queryClient} i18n={createI18n(locale)} hub={hub} kit={registryKit} now={() => DEMO_NOW}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
    onCaughtError ? { onCaughtError } : undefined,
  );
  return { ...view, db, hub, queryClient };
}
