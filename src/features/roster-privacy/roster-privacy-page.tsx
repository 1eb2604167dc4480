import { useTranslation } from 'react-i18next';
import { ConsentTable } from './consent-table';
import { RetentionSettings } from './retention-settings';
import { RosterImport } from './roster-import';

/** For the ICT coordinator: the roster (names, local only), consent per pupil per source, retention. */
export function RosterPrivacyPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      <RosterImport />
      <ConsentTable />
      <RetentionSettings />
    </section>
  );
}
