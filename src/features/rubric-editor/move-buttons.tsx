import { useTranslation } from 'react-i18next';

/** Up, down and delete for one item in an ordered list; each button says which item it acts on. */
export function MoveButtons({ what, first, last, onMove, onDelete }: { what: string; first: boolean; last: boolean; onMove: (by: -1 | 1) => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <span className="toolbar">
      <button type="button" className="secondary" disabled={first} onClick={() => onMove(-1)}>
        {t('rubrics.editor.moveUp', { what })}
      </button>
      <button type="button" className="secondary" disabled={last} onClick={() => onMove(1)}>
        {t('rubrics.editor.moveDown', { what })}
      </button>
      <button type="button" className="secondary" onClick={onDelete}>
        {t('rubrics.editor.delete', { what })}
      </button>
    </span>
  );
}
