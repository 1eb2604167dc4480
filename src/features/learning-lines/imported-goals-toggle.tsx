import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ImportedGoalsToggleProps {
  /** Imported goals that stand today (the imported line's goals). */
  readonly total: number;
  readonly showAll: boolean;
  readonly onChange: (showAll: boolean) => void;
}

/** The box that shows every imported SLO goal instead of only those the school uses. */
export function ImportedGoalsToggle({ total, showAll, onChange }: ImportedGoalsToggleProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div>
      <input id={id} type="checkbox" checked={showAll} onChange={(event) => onChange(event.target.checked)} />{' '}
      <label htmlFor={id}>{t('learningLines.imported.showAll', { count: total })}</label>
    </div>
  );
}
