import { useTranslation } from 'react-i18next';
import { ADAPTER_ERROR_CODES } from '@/adapters/http/adapter-error';
import { SOURCE_KINDS } from '@/domain/source';
import type { WizardError } from '@/ingest/connector-wizard.machine';
import { ErrorNotice } from '@/ui/error-notice';

const FILE_ERRORS = ['file-none', 'file-unreadable', 'file-wrong-kind', 'file-pupil-unknown'] as const;
type FileErrorCode = (typeof FILE_ERRORS)[number];
const isFileError = (code: string): code is FileErrorCode => (FILE_ERRORS as readonly string[]).includes(code);

/**
 * A wizard error in words a person can act on, the technical detail one click away. `during`: the
 * connection test (and first page) or saving the connector, for the title; never a sync.
 */
export function WizardErrorNotice({
  error,
  name,
  file,
  during = 'test',
}: {
  error: WizardError;
  name: string;
  file: boolean;
  during?: 'test' | 'save';
}) {
  const { t } = useTranslation();
  const detail = `${error.code}: ${error.detail}`;
  const label = t('common.error.details');
  if (isFileError(error.code)) {
    const found = (SOURCE_KINDS as readonly string[]).includes(error.detail)
      ? t(`connectors.kind.${error.detail as (typeof SOURCE_KINDS)[number]}`)
      : error.detail;
    return (
      <ErrorNotice
        title={t('connectors.fileError.title')}
        message={t(`connectors.fileError.${error.code}`, { detail: error.detail, found })}
        detail={detail}
        detailLabel={label}
      />
    );
  }
  if (file && error.code === 'invalid-payload')
    return (
      <ErrorNotice title={t('connectors.fileError.title')} message={t('connectors.fileError.invalid-payload')} detail={detail} detailLabel={label} />
    );
  const key = (ADAPTER_ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as (typeof ADAPTER_ERROR_CODES)[number]) : 'unknown';
  return (
    <ErrorNotice
      title={during === 'test' ? t('connectors.testFailed', { name }) : t('connectors.saveFailed', { name })}
      message={t(`sources.error.${key}`, { name })}
      detail={detail}
      detailLabel={label}
    />
  );
}
