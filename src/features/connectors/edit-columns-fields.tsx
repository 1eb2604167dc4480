import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '@/adapters/files/export-file';
import { readChosenFiles, type Refused } from '@/ingest/chosen-files';
import { TooLargeAlert } from './file-fields';
import { FileInput } from '@/ui/file-input';

/**
 * Editing a CSV file source: choose a sample export again to change its column layout. The sample
 * goes through the same column step and preview; saving updates the saved layout only (no import).
 */
export function EditColumnsFields({ busy, onFiles, onRead }: { busy: boolean; onFiles: (files: ExportFile[]) => void; onRead: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState(false);
  const [tooLarge, setTooLarge] = useState<Refused | null>(null);
  const choose = (list: FileList | null) => {
    void readChosenFiles(list ? [...list] : []).then((read) => {
      setTooLarge('refused' in read ? read.refused : null);
      if (!('files' in read)) return;
      setChosen(read.files.length > 0);
      onFiles(read.files);
    });
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('connectors.fileChoice.columns.title')}</h2>
      <p id={`${id}-help`} className="muted">
        {t('connectors.fileChoice.columns.help')}
      </p>
      <p>
        <label htmlFor={id}>{t('connectors.fileChoice.columns.file')}</label>{' '}
        <FileInput id={id} aria-describedby={`${id}-help`} accept=".csv,.txt,.tsv" onChange={(event) => choose(event.target.files)} />
      </p>
      <TooLargeAlert refused={tooLarge} />
      <button type="button" className="secondary" disabled={busy || !chosen} onClick={onRead}>
        {t('connectors.fileChoice.columns.read')}
      </button>
    </section>
  );
}
