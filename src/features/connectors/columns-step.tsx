import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_FIELDS, REQUIRED_CSV_FIELDS, type CsvField } from '@/adapters/csv/csv.columns';
import { csvColumnsReader } from '@/adapters/csv/csv.reader';
import { decodeBytes } from '@/adapters/files/decode';
import type { ExportFile } from '@/adapters/files/export-file';
import { rejectUnfit } from '@/adapters/shared/pseudonym-fit';
import { sourceId } from '@/domain/ids';
import type { PseudonymShape } from '@/domain/pseudonym-shape';
import type { CodeMapping } from '@/domain/source';
import type { ColumnChoice } from '@/ingest/connector-wizard.machine';
import { RejectionDetail } from '@/ui/rejection-detail';
import { PreviewTable } from './preview-table';

const PREVIEW_LINES = 12;

/** The header and the first lines of a CSV, so the live preview stays quick on a year's export. */
function headOfCsv(file: ExportFile): ExportFile {
  const text = decodeBytes(file.bytes, Math.min(file.bytes.length, 65_536));
  return {
    name: file.name,
    bytes: new TextEncoder().encode(
      text
        .split(/\r\n?|\n/)
        .slice(0, PREVIEW_LINES + 1)
        .join('\n'),
    ),
  };
}

export const missingFields = (columns: ColumnChoice | null): CsvField[] => REQUIRED_CSV_FIELDS.filter((field) => !columns?.[field]);

/** A select per field, prefilled with the guess, and the first rows as Leerzicht would store them. */
export function ColumnsStep({
  file,
  headers,
  columns,
  mapping,
  pseudonym,
  onChange,
}: {
  file: ExportFile;
  headers: readonly string[];
  columns: ColumnChoice | null;
  mapping: CodeMapping;
  /** The connector's pseudonym form: keys of another form are shown as rejected, as the import will. */
  pseudonym: PseudonymShape;
  onChange: (columns: ColumnChoice) => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const missing = missingFields(columns);
  const read = useMemo(() => {
    if (missing.length > 0) return null;
    const now = new Date().toISOString();
    const sample = csvColumnsReader.read(headOfCsv(file), [], {
      source: sourceId('voorbeeld'),
      mapping,
      now,
      resolveSloIds: () => [],
      options: { columns },
    });
    return sample.ok ? rejectUnfit(sample, pseudonym, now) : sample;
  }, [file, columns, mapping, pseudonym, missing.length]);
  const set = (field: CsvField, header: string) => {
    const next: Record<string, string> = { ...(columns as Record<string, string>) };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  return (
    <>
      <fieldset>
        <legend>{t('connectors.columns.legend')}</legend>
        <p className="muted">{t('connectors.columns.help')}</p>
        {CSV_FIELDS.map((field) => (
          <p key={field}>
            <label htmlFor={`${base}-${field}`}>
              {t(`connectors.columns.field.${field}`)}
              {(REQUIRED_CSV_FIELDS as readonly string[]).includes(field) ? ` ${t('connectors.columns.required')}` : ''}
            </label>{' '}
            <select id={`${base}-${field}`} value={columns?.[field] ?? ''} onChange={(event) => set(field, event.target.value)}>
              <option value="">{t('connectors.columns.none')}</option>
              {headers.map((header, index) => (
                <option key={`${index}-${header}`} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </p>
        ))}
      </fieldset>
      {missing.length > 0 ? (
        <p role="status">{t('connectors.columns.missing', { fields: missing.map((field) => t(`connectors.columns.field.${field}`)).join(', ') })}</p>
      ) : null}
      {read && !read.ok ? <p role="status">{t('connectors.columns.unreadable', { detail: read.detail })}</p> : null}
      {read?.ok ? (
        <>
          {read.results.length === 0 ? <p>{t('connectors.columns.noRows')}</p> : null}
          <PreviewTable caption={t('connectors.columns.previewCaption', { n: read.results.length })} results={read.results} />
          {read.rejections.length > 0 ? (
            <>
              <h2 id={`${base}-errors`}>{t('connectors.columns.rowErrors')}</h2>
              <ul aria-labelledby={`${base}-errors`}>
                {read.rejections.map((rejection) => (
                  <li key={rejection.id}>
                    <RejectionDetail rejection={rejection} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
