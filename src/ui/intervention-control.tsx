import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/i18n/format';
import { InterventionDialog, type FieldErrors, type GoalOption, type InterventionFormValues } from './intervention-dialog';
import { useLocale } from './use-labels';

interface InterventionControlProps {
  /** The button's text. */
  readonly label: string;
  readonly title: string;
  readonly goals: readonly GoalOption[];
  readonly today: string;
  readonly onSave: (values: InterventionFormValues) => Promise<FieldErrors | null>;
}

/** A button that opens the intervention form; after saving or closing, focus is back on the button and the outcome is announced. */
export function InterventionControl({ label, title, goals, today, onSave }: InterventionControlProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<InterventionFormValues | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="intervention-control">
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-expanded={open}
        onClick={() => {
          setOpen(true);
          setSaved(null);
        }}
      >
        {label}
      </button>
      {open ? (
        <InterventionDialog
          title={title}
          goals={goals}
          today={today}
          onSave={onSave}
          onClose={(values) => {
            setOpen(false);
            setSaved(values);
            button.current?.focus();
          }}
        />
      ) : null}
      <p role="status" className={saved ? undefined : 'visually-hidden'}>
        {saved ? t('interventions.saved', { kind: t(`interventions.kind.${saved.kind}`), date: formatDate(locale, saved.date) }) : ''}
      </p>
    </div>
  );
}
