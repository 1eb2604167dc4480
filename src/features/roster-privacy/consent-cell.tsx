import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentCell } from '@/domain/privacy';
import { formatDate } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';

interface ConsentCellViewProps {
  readonly cell: ConsentCell;
  /** The checkbox's accessible name ("Toestemming van Anna voor Sommenspoor"). */
  readonly label: string;
  readonly onToggle: (opener: HTMLInputElement) => void;
}

/** One pupil x source: a checkbox, and below it when and why it was recorded (also its accessible description). */
export function ConsentCellView({ cell, label, onToggle }: ConsentCellViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const record = cell.record;
  const date = record ? formatDate(locale, record.date) : '';
  const details =
    cell.state === 'not-applicable'
      ? t('privacy.consent.notApplicable')
      : !record
        ? null
        : record.forgotten && !record.granted
          ? t('privacy.consent.forgotten', { date })
          : record.granted
            ? record.note
              ? t('privacy.consent.givenNote', { date, note: record.note })
              : t('privacy.consent.given', { date })
            : record.note
              ? t('privacy.consent.withheldNote', { date, note: record.note })
              : t('privacy.consent.withheld', { date });
  return (
    <td>
      <input
        type="checkbox"
        checked={cell.state === 'allowed'}
        disabled={cell.state === 'not-applicable'}
        aria-label={label}
        aria-describedby={details ? id : undefined}
        onChange={(event) => onToggle(event.currentTarget)}
      />
      {details ? (
        <>
          <br />
          <small id={id} className="muted">
            {details}
          </small>
        </>
      ) : null}
    </td>
  );
}
