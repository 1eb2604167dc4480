import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ConnectorWizardPage } from '@/features/connectors/connector-wizard-page';
import { CurriculumImportPage } from '@/features/curriculum-import/curriculum-import-page';
import { EditConnectorPage } from '@/features/connectors/edit-connector-page';
import { ClassOverviewPage } from '@/features/class-overview/class-overview-page';
import { LearningLinePage } from '@/features/learning-lines/learning-line-page';
import { StoredDataPage } from '@/features/stored-data/stored-data-page';
import { RubricsPage } from '@/features/rubrics/rubrics-page';
import { RubricEditorPage } from '@/features/rubric-editor/rubric-editor-page';
import { NeedsHelpPage } from '@/features/needs-help/needs-help-page';
import { PupilProfilePage } from '@/features/pupil-profile/pupil-profile-page';
import { RosterPrivacyPage } from '@/features/roster-privacy/roster-privacy-page';
import { SourcesPage } from '@/features/sources/sources-page';
import type { SyncHub } from '@/ingest/sync-hub';
import { SyncHubProvider } from '@/ingest/sync-hub-context';
import type { LeerzichtDb } from '@/store/db';
import { DbProvider } from '@/store/db-context';
import { ClockProvider } from '@/ui/clock-context';
import { Layout } from './layout';
import { RequireCoordinator } from './require-role';
import { NotFound } from './not-found';

export interface AppProps {
  readonly db: LeerzichtDb;
  readonly queryClient: QueryClient;
  readonly i18n: i18n;
  readonly hub: SyncHub;
  readonly now: () => Date;
  /** Set in demo mode: settles when the demo's first sync is done. */
  readonly demoReady: Promise<void> | null;
  /** Set in demo mode: the demo vault's passphrase, shown on the unlock form. */
  readonly demoPassphrase: string | null;
}

export function AppProviders({ db, queryClient, i18n, hub, now, children }: Omit<AppProps, 'demoReady' | 'demoPassphrase'> & { children: React.ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <DbProvider db={db}>
          <ClockProvider now={now}>
            <SyncHubProvider hub={hub}>{children}</SyncHubProvider>
          </ClockProvider>
        </DbProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

export function AppRoutes({ demoReady = null, demoPassphrase = null }: { demoReady?: Promise<void> | null; demoPassphrase?: string | null }) {
  return (
    <Routes>
      <Route element={<Layout demoReady={demoReady} demoPassphrase={demoPassphrase} />}>
        <Route index element={<Navigate to="/klas" replace />} />
        <Route path="klas" element={<ClassOverviewPage />} />
        <Route path="hulp" element={<NeedsHelpPage />} />
        <Route path="leerling/:key" element={<PupilProfilePage />} />
        <Route path="leerlijnen" element={<LearningLinePage />} />
        <Route path="rubrics" element={<RubricsPage />} />
        <Route path="rubrics/nieuw" element={<RubricEditorPage />} />
        <Route path="rubrics/:id/bewerken" element={<RubricEditorPage />} />
        <Route path="bronnen" element={<RequireCoordinator><SourcesPage /></RequireCoordinator>} />
        <Route path="bronnen/nieuw" element={<RequireCoordinator><ConnectorWizardPage /></RequireCoordinator>} />
        <Route path="bronnen/:id/bewerken" element={<RequireCoordinator><EditConnectorPage /></RequireCoordinator>} />
        <Route path="privacy" element={<RequireCoordinator><RosterPrivacyPage /></RequireCoordinator>} />
        <Route path="opgeslagen" element={<RequireCoordinator><StoredDataPage /></RequireCoordinator>} />
        <Route path="curriculum" element={<RequireCoordinator><CurriculumImportPage /></RequireCoordinator>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function App(props: AppProps) {
  return (
    <AppProviders {...props}>
      <BrowserRouter>
        <AppRoutes demoReady={props.demoReady} demoPassphrase={props.demoPassphrase} />
      </BrowserRouter>
    </AppProviders>
  );
}
