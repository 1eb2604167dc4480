import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { useLocale } from './use-labels';

/** How far a file import is (decision 023): the main file read so far, and what the store has taken. */
export interface ImportProgressValue {
  readonly bytesRead: number;
  readonly bytes: number;
  readonly line: number | null;
  readonly lines: number | null;
  readonly added: number;
}

/** A running file import: a progress bar, "N van M regels gelezen" and a cancel button. */
export function ImportProgress({ name, progress, onCancel }: { name: string; progress: ImportProgressValue | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number, digits = 0) => formatNumber(locale, value, digits);
  const text =
    progress === null
      ? t('common.fileImport.starting')
      : progress.line !== null && progress.lines !== null
        ? t('common.fileImport.lines', { line: n(progress.line), lines: n(progress.lines), added: n(progress.added) })
        : t('common.fileImport.bytes', { read: n(progress.bytesRead / 1e6, 1), total: n(progress.bytes / 1e6, 1), added: n(progress.added) });
  return (
    <div className="file-import-progress">
      <progress max={progress?.bytes || 1} value={progress?.bytesRead ?? 0} aria-label={t('common.fileImport.label', { name })} />
      <p role="status">{text}</p>
      <button type="button" className="secondary" onClick={onCancel} aria-label={t('common.fileImport.cancelFor', { name })}>
        {t('common.fileImport.cancel')}
      </button>
    </div>
  );
}

/** What a cancelled import kept, in words: results up to a line, or nothing. */
export function CancelledImport({ progress }: { progress: ImportProgressValue | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const added = formatNumber(locale, progress?.added ?? 0);
  const text =
    !progress || progress.added === 0
      ? t('common.fileImport.cancelledNothing')
      : progress.line !== null
        ? t('common.fileImport.cancelledKept', { added, line: formatNumber(locale, progress.line) })
        : t('common.fileImport.cancelledKeptBytes', { added });
  return <p role="status">{text}</p>;
}

/** How far a dossier check is: which of its two passes over the file, and the bytes that pass has read. */
export interface DossierCheckValue {
  readonly pass: 1 | 2;
  readonly bytesRead: number;
  readonly bytes: number;
}

/** How far the check of an OSO dossier is (decision 029): two passes over the file, as one bar; and a cancel button. */
export function DossierCheckBar({ name, progress, onCancel }: { name: string; progress: DossierCheckValue | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const done = progress && progress.bytes > 0 ? (progress.pass - 1 + progress.bytesRead / progress.bytes) / 2 : 0;
  const text = progress
    ? t('common.dossierCheck.progress', {
        percent: formatNumber(locale, Math.floor(done * 100)),
        total: formatNumber(locale, progress.bytes / 1e6, 1),
      })
    : t('common.dossierCheck.starting');
  return (
    <div className="file-import-progress">
      <progress max={1} value={done} aria-label={t('common.dossierCheck.label', { name })} />
      <p role="status">{text}</p>
      <button type="button" className="secondary" onClick={onCancel} aria-label={t('common.dossierCheck.cancelFor', { name })}>
        {t('common.dossierCheck.cancel')}
      </button>
    </div>
  );
}
