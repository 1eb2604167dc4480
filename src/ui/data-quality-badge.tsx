import { useTranslation } from 'react-i18next';

export interface StaleSource {
  readonly name: string;
  readonly days: number;
}

/** The compact data-quality line on a teacher's view: stale sources and reports counted once. Nothing when all is well. */
export function DataQualityBadge({ stale, duplicates }: { stale: readonly StaleSource[]; duplicates: number }) {
  const { t } = useTranslation();
  if (stale.length === 0 && duplicates === 0) return null;
  return (
    <div className="notice">
      {stale.map((source) => (
        <p key={source.name}>
          <span className="badge">{t('common.staleSources', { names: source.name, days: source.days })}</span>
        </p>
      ))}
      {duplicates > 0 ? <p>{t('common.duplicatesCounted', { count: duplicates })}</p> : null}
    </div>
  );
}
