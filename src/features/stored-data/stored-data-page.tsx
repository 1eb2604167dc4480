import { useTranslation } from 'react-i18next';
import { DeleteAll } from './delete-all';
import { ExportAll } from './export-all';
import { ForgetPupil } from './forget-pupil';
import { SummaryTable } from './summary-table';

/**
 * "Wat is er opgeslagen" (route /opgeslagen, for the ICT coordinator): what this browser keeps per
 * kind, export of everything, deleting everything, and forgetting one pupil in every store.
 */
export function StoredDataPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="stored-data-title">
      <h1 id="stored-data-title">{t('storedData.title')}</h1>
      <p>{t('storedData.intro')}</p>
      <SummaryTable />
      <ExportAll />
      <ForgetPupil />
      <DeleteAll />
    </section>
  );
}
