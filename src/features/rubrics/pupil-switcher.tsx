import { useTranslation } from 'react-i18next';

interface SwitcherProps {
  readonly index: number;
  readonly total: number;
  readonly name: string;
  /** Called with -1 or +1; the page moves focus into the grid afterwards. */
  readonly onMove: (step: -1 | 1) => void;
}

/** Previous/next pupil in pupil-at-a-time entry, with the pupil in view announced in a live region. */
export function PupilSwitcher({ index, total, name, onMove }: SwitcherProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <button type="button" className="secondary" disabled={index === 0} onClick={() => onMove(-1)}>
        {t('rubrics.previous')}
      </button>
      <button type="button" className="secondary" disabled={index >= total - 1} onClick={() => onMove(1)}>
        {t('rubrics.next')}
      </button>
      <p role="status">{total > 0 ? t('rubrics.position', { n: index + 1, total, name }) : null}</p>
    </div>
  );
}
