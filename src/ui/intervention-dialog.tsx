import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERVENTION_KINDS, type InterventionKind, type InterventionProblem } from '@/domain/intervention';

/** A goal to choose, in a group of the list (the line's level). */
export interface GoalOption {
  readonly id: string;
  readonly label: string;
  readonly group: string;
}

/** What the form hands over; the store checks it (interventions.schema.ts). */
export interface InterventionFormValues {
  readonly kind: InterventionKind;
  readonly goal: string;
  readonly date: string;
  readonly note: string;
}

/** Per field, the key (under interventions.error) of what to fix; null when it was saved. */
export type FieldErrors = Readonly<Partial<Record<string, InterventionProblem>>>;

interface InterventionDialogProps {
  readonly title: string;
  /** The goals to choose from; one goal is fixed (an instruction group's goal) and shown as text. */
  readonly goals: readonly GoalOption[];
  readonly today: string;
  readonly onSave: (values: InterventionFormValues) => Promise<FieldErrors | null>;
  readonly onClose: (saved: InterventionFormValues | null) => void;
}

const FIELDS = ['kind', 'goal', 'date', 'note'] as const;

/** The form for one intervention, as a non-modal dialog in the page: Escape or Annuleren closes it. */
export function InterventionDialog({ title, goals, today, onSave, onClose }: InterventionDialogProps) {
  const { t } = useTranslation();
  const base = useId();
  const id = (part: string) => `${base}-${part}`;
  const [values, setValues] = useState<InterventionFormValues>({ kind: 'extra-instruction', goal: goals[0]?.id ?? '', date: today, note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const set = (field: keyof InterventionFormValues, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const groups = [...new Set(goals.map((goal) => goal.group))];
  const described = (field: string) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': id(`${field}-error`) } : {});
  const message = (field: string) => {
    const problem = errors[field];
    return problem ? (
      <span id={id(`${field}-error`)} className="field-error">
        {t(`interventions.error.${problem}`)}
      </span>
    ) : null;
  };
  const submit = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const found = await onSave({ ...values, note: values.note.trim() });
      if (found) setErrors(found);
      else onClose(values);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const other = Object.entries(errors).flatMap(([field, problem]) => (problem && !(FIELDS as readonly string[]).includes(field) ? [problem] : []));
  return (
    <div
      role="dialog"
      aria-labelledby={id('title')}
      aria-describedby={id('help')}
      className="notice intervention-dialog"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose(null);
      }}
    >
      <p id={id('title')} className="notice__title">
        {title}
      </p>
      <p id={id('help')} className="muted">
        {t('interventions.help')}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>
          <label htmlFor={id('kind')}>{t('interventions.field.kind')}</label>{' '}
          <select id={id('kind')} value={values.kind} autoFocus onChange={(event) => set('kind', event.target.value)} {...described('kind')}>
            {INTERVENTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`interventions.kind.${kind}`)}
              </option>
            ))}
          </select>{' '}
          {message('kind')}
        </p>
        <p>
          <label htmlFor={id('goal')}>{t('interventions.field.goal')}</label>{' '}
          {goals.length === 1 ? (
            <output id={id('goal')}>{goals[0]?.label}</output>
          ) : (
            <select id={id('goal')} value={values.goal} onChange={(event) => set('goal', event.target.value)} {...described('goal')}>
              {groups.map((group) => (
                <optgroup key={group} label={group}>
                  {goals
                    .filter((goal) => goal.group === group)
                    .map((goal) => (
                      <option key={goal.id} value={goal.id}>
                        {goal.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}{' '}
          {message('goal')}
        </p>
        <p>
          <label htmlFor={id('date')}>{t('interventions.field.date')}</label>{' '}
          <input
            id={id('date')}
            type="date"
            max={today}
            value={values.date}
            onChange={(event) => set('date', event.target.value)}
            {...described('date')}
          />{' '}
          {message('date')}
        </p>
        <p>
          <label htmlFor={id('note')}>{t(values.kind === 'other' ? 'interventions.field.noteOther' : 'interventions.field.note')}</label>
          <br />
          <textarea
            id={id('note')}
            rows={3}
            cols={48}
            value={values.note}
            onChange={(event) => set('note', event.target.value)}
            {...described('note')}
          />{' '}
          {message('note')}
        </p>
        {other.map((problem) => (
          <p key={problem} role="alert">
            {t(`interventions.error.${problem}`)}
          </p>
        ))}
        {failed ? <p role="alert">{t('interventions.failed')}</p> : null}
        <button type="submit" disabled={busy}>
          {t('interventions.save')}
        </button>{' '}
        <button type="button" className="secondary" onClick={() => onClose(null)}>
          {t('interventions.cancel')}
        </button>
      </form>
    </div>
  );
}
