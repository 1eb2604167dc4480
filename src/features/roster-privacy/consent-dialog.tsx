import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceId } from '@/domain/ids';
import type { Pupil } from '@/domain/model';
import { consentDateProblem, WHOLE_APP } from '@/domain/privacy';

/** A consent the coordinator is about to change: give it (`grant`) or withdraw it. */
export interface PendingConsent {
  readonly pupil: Pupil;
  readonly name: string;
  readonly source: SourceId | typeof WHOLE_APP;
  readonly sourceName: string;
  readonly grant: boolean;
}

interface ConsentDialogProps {
  readonly pending: PendingConsent;
  /** The school's today (yyyy-mm-dd): the default date and the latest allowed. */
  readonly today: string;
  readonly busy: boolean;
  readonly onConfirm: (date: string, note: string) => void;
  readonly onCancel: () => void;
  /** A failed save, shown inside the dialog so the date and note typed stay. */
  readonly error?: ReactNode;
}

/**
 * Asks when the parents (or the pupil) gave or withdrew their word, and an optional note, before
 * a consent changes. Withdrawing deletes stored results, so it is an alertdialog. Escape cancels.
 */
export function ConsentDialog({ pending, today, busy, onConfirm, onCancel, error }: ConsentDialogProps) {
  const { t } = useTranslation();
  const ids = { title: useId(), text: useId(), date: useId(), help: useId(), problem: useId(), note: useId() };
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const problem = consentDateProblem(date, today);
  // A date in the future is shown at once; an empty or half-typed one only when confirming.
  const shown = checked || problem === 'future' ? problem : null;
  const whole = pending.source === WHOLE_APP;
  const words = { name: pending.name, source: pending.sourceName };
  const text = pending.grant ? (whole ? 'grantTextAll' : 'grantText') : whole ? 'confirmTextAll' : 'confirmText';
  return (
    <div
      role={pending.grant ? 'dialog' : 'alertdialog'}
      aria-labelledby={ids.title}
      aria-describedby={ids.text}
      className={pending.grant ? 'notice' : 'notice notice--error'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={ids.title} className="notice__title">
        {t(pending.grant ? 'privacy.consent.grantTitle' : 'privacy.consent.confirmTitle', words)}
      </p>
      <p id={ids.text}>{t(`privacy.consent.${text}`, words)}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (problem === null) onConfirm(date, note.trim());
        }}
      >
        <p>
          <label htmlFor={ids.date}>{t('privacy.consent.date')}</label>{' '}
          <input
            id={ids.date}
            type="date"
            required
            max={today}
            value={date}
            autoFocus
            aria-invalid={shown !== null}
            aria-describedby={shown ? `${ids.help} ${ids.problem}` : ids.help}
            onChange={(event) => setDate(event.target.value)}
          />{' '}
          <span id={ids.help} className="muted">
            {t('privacy.consent.dateHelp')}
          </span>
        </p>
        {shown ? (
          <p id={ids.problem} role="alert">
            {t(`privacy.consent.dateProblem.${shown}`)}
          </p>
        ) : null}
        <p>
          <label htmlFor={ids.note}>{t('privacy.consent.note')}</label>{' '}
          <input id={ids.note} value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
        </p>
        {error}
        <button type="submit" disabled={busy}>
          {t(pending.grant ? 'privacy.consent.grant' : 'privacy.consent.withdraw')}
        </button>{' '}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('privacy.consent.cancel')}
        </button>
      </form>
    </div>
  );
}
