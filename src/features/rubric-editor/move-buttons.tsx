import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Up, down and delete for one item in an ordered list; each button says which item it acts on.
 * After a move the focus stays with the moved item (its same button, or the other one at an end),
 * so a keyboard user can keep moving it.
 */
export function MoveButtons({
  what,
  first,
  last,
  onMove,
  onDelete,
}: {
  what: string;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const move = (by: -1 | 1) => {
    onMove(by);
    requestAnimationFrame(() => {
      const [same, other] = by === -1 ? [up.current, down.current] : [down.current, up.current];
      (same && !same.disabled ? same : other)?.focus();
    });
  };
  return (
    <span className="toolbar">
      <button ref={up} type="button" className="secondary" disabled={first} onClick={() => move(-1)}>
        {t('rubrics.editor.moveUp', { what })}
      </button>
      <button ref={down} type="button" className="secondary" disabled={last} onClick={() => move(1)}>
        {t('rubrics.editor.moveDown', { what })}
      </button>
      <button type="button" className="secondary" onClick={onDelete}>
        {t('rubrics.editor.delete', { what })}
      </button>
    </span>
  );
}
