import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFile } from '@/adapters/files/export-file';
import { FILE_READERS } from '@/adapters/files/readers';
import type { SourceKind } from '@/domain/source';
import type { ConnectorKit } from '@/ingest/connector-kit';
import type { Origin } from '@/ingest/connector-wizard.machine';
import { readChosenFiles, type Refused } from '@/ingest/chosen-files';
import { FileInput } from '@/ui/file-input';

/** Kinds that can come from a file: those a registered file reader produces. */
export const fileKinds = (): SourceKind[] => [...new Set(FILE_READERS.map((reader) => reader.sourceKind))];
export const canReadFiles = (kind: SourceKind | null) => kind !== null && fileKinds().includes(kind);
export const canConnect = (kind: SourceKind | null, kit: ConnectorKit) => kind !== null && kit.adapterFor(kind) !== null;

/** The refusal of a chosen file that is too large, in words (decision 017, decision 023). */
export function TooLargeAlert({ refused }: { refused: Refused | null }) {
  const { t } = useTranslation();
  if (!refused) return null;
  const { name, size, limit } = refused;
  return (
    <p role="alert">
      {refused.reason === 'whole' ? t('connectors.tooLargeWhole', { name, size, limit }) : t('connectors.tooLarge', { name, size, limit })}
    </p>
  );
}

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
  const [tooLarge, setTooLarge] = useState<Refused | null>(null);
  const choose = (list: FileList | null) => {
    // Refused before reading (beyond the first 64 kB): the files chosen before stay chosen.
    void readChosenFiles(list ? [...list] : []).then((chosen) => {
      setTooLarge('refused' in chosen ? chosen.refused : null);
      if ('files' in chosen) onFiles(chosen.files);
    });
  };
  return (
    <>
      <p>
        <label htmlFor={id}>{t('connectors.files')}</label>{' '}
        <FileInput
          showChosen={false}
          id={id}
          multiple
          aria-describedby={`${id}-help`}
          accept=".csv,.txt,.tsv,.json,.jsonl,.xml,.zip"
          onChange={(event) => choose(event.target.files)}
        />
      </p>
      <TooLargeAlert refused={tooLarge} />
      <p id={`${id}-help`} className="muted">
        {t('connectors.filesHelp')}
      </p>
      {files.length > 0 ? <p>{t('connectors.filesChosen', { names: files.map((file) => file.name).join(', ') })}</p> : null}
    </>
  );
}
