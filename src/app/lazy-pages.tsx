import { lazy, Suspense, type ComponentType } from 'react';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { loadBuiltIn } from '@/curriculum/built-in.load';
import { pageMessagesOf } from './i18n';
import { loadingPage } from './page-load-error';
import { PageLoading } from './page-loading';

/**
 * Pages other than the class overview (the first page) load on first visit, each in its own
 * chunk: recharts comes with the pupil profile, the connector wizard with its parsers and
 * machine, and so on. React.lazy wants a default export; our pages export by name. A chunk that
 * does not arrive is a PageLoadError, which PageLoadBoundary shows with a reload button.
 *
 * Each page has its own Suspense boundary: a navigation is a transition (react-router), and React
 * keeps showing an already visible boundary's old content during a transition, so one boundary
 * around the Outlet would leave the previous page on screen, still taking input, while the next
 * one loads. A boundary that mounts with the new page shows its loading status at once, as the
 * page used to appear at once. See docs/decisions/020-code-splitting.md.
 *
 * The messages of the pages other than the first load with the first of them, in the same boundary
 * (PageMessages suspends until they are there; decision 035). It suspends as a lazy component, one
 * per i18next instance, as the page itself does.
 */
const messagesGates = new WeakMap<i18n, ComponentType>();

function PageMessages() {
  const { i18n } = useTranslation();
  let Gate = messagesGates.get(i18n);
  if (!Gate) {
    Gate = lazy(async () => {
      await pageMessagesOf(i18n).catch((error: unknown) => {
        // Asked again at the next page (React keeps a lazy component's failure).
        messagesGates.delete(i18n);
        throw error;
      });
      return { default: () => null };
    });
    messagesGates.set(i18n, Gate);
  }
  return <Gate />;
}

// A page loads with the built-in learning lines (not in the first page's code), so useCurriculum has them at its first render.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType => {
  const Lazy = lazy<ComponentType>(async () => ({ default: (await loadingPage(Promise.all([load(), loadBuiltIn()])))[0][name] }));
  const Page = () => (
    <Suspense fallback={<PageLoading />}>
      <PageMessages />
      <Lazy />
    </Suspense>
  );
  Page.displayName = name;
  return Page;
};

export const NeedsHelpPage = page(() => import('@/features/needs-help/needs-help-page'), 'NeedsHelpPage');
export const ReportPage = page(() => import('@/features/pupil-profile/report-page'), 'ReportPage');
export const PupilProfilePage = page(() => import('@/features/pupil-profile/pupil-profile-page'), 'PupilProfilePage');
export const LearningLinePage = page(() => import('@/features/learning-lines/learning-line-page'), 'LearningLinePage');
export const RubricsPage = page(() => import('@/features/rubrics/rubrics-page'), 'RubricsPage');
export const RubricEditorPage = page(() => import('@/features/rubric-editor/rubric-editor-page'), 'RubricEditorPage');
export const SourcesPage = page(() => import('@/features/sources/sources-page'), 'SourcesPage');
export const ConnectorWizardPage = page(() => import('@/features/connectors/connector-wizard-page'), 'ConnectorWizardPage');
export const EditConnectorPage = page(() => import('@/features/connectors/edit-connector-page'), 'EditConnectorPage');
export const RosterPrivacyPage = page(() => import('@/features/roster-privacy/roster-privacy-page'), 'RosterPrivacyPage');
export const StoredDataPage = page(() => import('@/features/stored-data/stored-data-page'), 'StoredDataPage');
export const CurriculumImportPage = page(() => import('@/features/curriculum-import/curriculum-import-page'), 'CurriculumImportPage');
