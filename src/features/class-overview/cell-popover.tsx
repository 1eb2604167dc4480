import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';

/** What a grid cell rests on. */
export interface CellDetail {
  readonly count: number;
  readonly lastAt: string | null;
  readonly sources: readonly string[];
  /** The 95% margin in percentage points, when the method states one. */
  readonly margin: number | null;
  /** Where the results behind the cell are listed. */
  readonly href: string;
}

interface CellPopoverProps {
  readonly pupil: string;
  readonly column: string;
  readonly detail: CellDetail | null;
  readonly onClose: () => void;
}

/** The detail of one cell, opened with Enter; Escape or the close button closes it and focus goes back to the cell. */
export function CellPopover({ pupil, column, detail, onClose }: CellPopoverProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div
      role="dialog"
      aria-labelledby={titleId}
      className="notice cell-popover"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <p id={titleId} className="notice__title">
        {t('classOverview.cell.title', { pupil, column })}
      </p>
      {detail && detail.count > 0 ? (
        <dl>
          <dt>{t('classOverview.cell.count')}</dt>
          <dd>{formatNumber(locale, detail.count)}</dd>
          <dt>{t('classOverview.cell.last')}</dt>
          <dd>{detail.lastAt ? formatDate(locale, detail.lastAt) : '–'}</dd>
          <dt>{t('classOverview.cell.sources')}</dt>
          <dd>{detail.sources.join(', ')}</dd>
          <dt>{t('classOverview.cell.margin')}</dt>
          <dd>
            {detail.margin === null
              ? t('classOverview.cell.noMargin')
              : t('classOverview.cell.marginValue', { n: formatNumber(locale, detail.margin) })}
          </dd>
        </dl>
      ) : (
        <p>{t('classOverview.cell.none')}</p>
      )}
      {detail ? (
        <p>
          <Link to={detail.href}>{t('classOverview.cell.link', { pupil })}</Link>
        </p>
      ) : null}
      <button type="button" ref={close} className="secondary" onClick={onClose}>
        {t('classOverview.cell.close')}
      </button>
    </div>
  );
}
