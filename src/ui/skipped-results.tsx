import { useTranslation } from 'react-i18next';

/** Says that some stored results could not be read and were left out, and what to do about it. Nothing when none were. */
export function SkippedResults({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <p className="notice" role="status">
      {t('common.skippedResults', { count })}
    </p>
  );
}
