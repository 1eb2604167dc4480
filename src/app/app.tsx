import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ClassOverviewPage } from '@/features/class-overview/class-overview-page';
import { EntryDraftsProvider } from '@/features/rubrics/entry-drafts-context';
import { ConnectorKitProvider, type ConnectorKitSource } from '@/ingest/connector-kit';
import { SyncHubProvider, type SyncHubSource } from '@/ingest/sync-hub-context';
import type { LeerzichtDb } from '@/store/db';
import { DbProvider } from '@/store/db-context';
import { dropNamesOnLock } from '@/store/names-on-lock';
import { ClockProvider } from '@/ui/clock-context';
import { FirstSyncProvider, type FirstSyncSource } from '@/ui/first-sync';
import { SetupOpenContext } from '@/store/use-is-coordinator';
import { Layout } from './layout';
import {
  ConnectorWizardPage,
  CurriculumImportPage,
  EditConnectorPage,
  LearningLinePage,
  NeedsHelpPage,
  PupilProfilePage,
  ReportPage,
  RosterPrivacyPage,
  RubricEditorPage,
  RubricsPage,
  SourcesPage,
  StoredDataPage,
} from './lazy-pages';
import { RequireCoordinator } from './require-role';
import { NotFound } from './not-found';

export interface AppProps {
  readonly db: LeerzichtDb;
  readonly queryClient: QueryClient;
  readonly i18n: i18n;
  /** The sync hub, or (in the app) the promise of it: it loads beside the first page. */
  readonly hub: SyncHubSource;
  /** The supplier kinds for the connector views, or the promise of them (they load with the hub). */
  readonly kit?: ConnectorKitSource | null;
  readonly now: () => Date;
  /** Set in demo mode: settles when the demo's first sync is done. */
  readonly demoReady: Promise<void> | null;
  /** Set in demo mode: the demo vault's passphrase, shown on the unlock form. */
  readonly demoPassphrase: string | null;
  /** Demo mode: a ?demodatum value that is no later day, said in the banner (demo-clock.ts). */
  readonly demoDateRefused?: string | null;
  /** Set in demo mode: how far the demo's first sync is, for the views that wait for it. */
  readonly firstSync?: FirstSyncSource | null;
}

export function AppProviders({
  db,
  queryClient,
  i18n,
  hub,
  kit = null,
  now,
  children,
  firstSync = null,
}: Omit<AppProps, 'demoReady' | 'demoPassphrase' | 'demoDateRefused'> & { children: React.ReactNode }) {
  // A lock removes every cached query that holds names (issue 13 item 13), not only hides it.
  useEffect(() => dropNamesOnLock(queryClient), [queryClient]);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <DbProvider db={db}>
          <ClockProvider now={now}>
            <SyncHubProvider hub={hub}>
              <ConnectorKitProvider kit={kit}>
                <FirstSyncProvider source={firstSync}>
                  <EntryDraftsProvider>{children}</EntryDraftsProvider>
                </FirstSyncProvider>
              </ConnectorKitProvider>
            </SyncHubProvider>
          </ClockProvider>
        </DbProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

export function AppRoutes({
  demoReady = null,
  demoPassphrase = null,
  demoDateRefused = null,
}: {
  demoReady?: Promise<void> | null;
  demoPassphrase?: string | null;
  demoDateRefused?: string | null;
}) {
  return (
    // In demo mode the demo makes its own vault: "no vault yet" does not open the coordinator's pages to a visitor.
    <SetupOpenContext.Provider value={demoReady === null}>
      <Routes>
        <Route element={<Layout demoReady={demoReady} demoPassphrase={demoPassphrase} demoDateRefused={demoDateRefused} />}>
          <Route index element={<Navigate to="/klas" replace />} />
          <Route path="klas" element={<ClassOverviewPage />} />
          <Route path="hulp" element={<NeedsHelpPage />} />
          <Route path="leerling/:key" element={<PupilProfilePage />} />
          <Route path="leerlijnen" element={<LearningLinePage />} />
          <Route path="rapport" element={<ReportPage />} />
          <Route path="rubrics" element={<RubricsPage />} />
          <Route path="rubrics/nieuw" element={<RubricEditorPage />} />
          <Route path="rubrics/:id/bewerken" element={<RubricEditorPage />} />
          <Route
            path="bronnen"
            element={
              <RequireCoordinator>
                <SourcesPage />
              </RequireCoordinator>
            }
          />
          <Route
            path="bronnen/nieuw"
            element={
              <RequireCoordinator>
                <ConnectorWizardPage />
              </RequireCoordinator>
            }
          />
          <Route
            path="bronnen/:id/bewerken"
            element={
              <RequireCoordinator>
                <EditConnectorPage />
              </RequireCoordinator>
            }
          />
          <Route
            path="privacy"
            element={
              <RequireCoordinator>
                <RosterPrivacyPage />
              </RequireCoordinator>
            }
          />
          <Route
            path="opgeslagen"
            element={
              <RequireCoordinator>
                <StoredDataPage />
              </RequireCoordinator>
            }
          />
          <Route
            path="curriculum"
            element={
              <RequireCoordinator>
                <CurriculumImportPage />
              </RequireCoordinator>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </SetupOpenContext.Provider>
  );
}

export function App(props: AppProps) {
  return (
    <AppProviders {...props}>
      <BrowserRouter>
        <AppRoutes demoReady={props.demoReady} demoPassphrase={props.demoPassphrase} demoDateRefused={props.demoDateRefused ?? null} />
      </BrowserRouter>
    </AppProviders>
  );
}
