import { useTranslation } from 'react-i18next';
import { FILE_KINDS, type FileKind } from '@/adapters/files/export-file';
import { fileKindOfEndpoint } from '@/store/file-endpoint';

const isFileKind = (value: string | null): value is FileKind => value !== null && (FILE_KINDS as readonly string[]).includes(value);

/** The form of export a file source was read as ("OSO-dossier", "OneRoster CSV"); a file source's endpoint holds no file name. */
export function FileForm({ endpoint }: { endpoint: string }) {
  const { t } = useTranslation();
  const kind = fileKindOfEndpoint(endpoint);
  return <>{isFileKind(kind) ? t(`sources.file.kind.${kind}`) : t('sources.file.kind.unknown')}</>;
}
