import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '@/adapters/files/export-file';
import { FILE_READERS } from '@/adapters/files/readers';
import { adapterFor } from '@/adapters/registry';
import type { SourceKind } from '@/domain/source';
import type { Origin } from '@/ingest/connector-wizard.machine';
import { findTooLarge, type TooLarge } from '@/ui/file-limit';

/** Kinds that can come from a file: those a registered file reader produces. */
export const fileKinds = (): SourceKind[] => [...new Set(FILE_READERS.map((reader) => reader.sourceKind))];
export const canReadFiles = (kind: SourceKind | null) => kind !== null && fileKinds().includes(kind);
export const canConnect = (kind: SourceKind | null) => kind !== null && adapterFor(kind) !== null;

/** The chosen files' bytes, in memory only (never stored). */
export const readExportFiles = (files: FileList | null): Promise<ExportFile[]> =>
  Promise.all([...(files ?? [])].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));

/** Endpoint or file, for kinds that can be both. */
export function OriginChoice({ value, onChange }: { value: Origin; onChange: (origin: Origin) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset>
      <legend>{t('connectors.origin.legend')}</legend>
      {(['endpoint', 'file'] as const).map((origin) => (
        <label key={origin} className="choice">
          <input type="radio" name={name} value={origin} checked={value === origin} onChange={() => onChange(origin)} />{' '}
          {t(`connectors.origin.${origin}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** A labelled file input (several files allowed); the names chosen are shown back. */
export function FileFields({ files, onFiles }: { files: readonly ExportFile[]; onFiles: (files: ExportFile[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [tooLarge, setTooLarge] = useState<TooLarge | null>(null);
  const choose = (list: FileList | null) => {
    // Refused before reading: the files chosen before stay chosen.
    const refused = findTooLarge(list ? [...list] : [], 'export');
    setTooLarge(refused);
    if (!refused) void readExportFiles(list).then(onFiles);
  };
  return (
    <>
      <p>
        <label htmlFor={id}>{t('connectors.files')}</label>{' '}
        <input
          id={id}
          type="file"
          multiple
          aria-describedby={`${id}-help`}
          accept=".csv,.txt,.tsv,.json,.jsonl,.xml,.zip"
          onChange={(event) => choose(event.target.files)}
        />
      </p>
      {tooLarge ? <p role="alert">{t('connectors.tooLarge', { ...tooLarge })}</p> : null}
      <p id={`${id}-help`} className="muted">
        {t('connectors.filesHelp')}
      </p>
      {files.length > 0 ? <p>{t('connectors.filesChosen', { names: files.map((file) => file.name).join(', ') })}</p> : null}
    </>
  );
}
