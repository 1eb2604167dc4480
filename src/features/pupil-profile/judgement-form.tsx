import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PupilRef } from '@/domain/ids';
import { schoolDay } from '@/domain/school-day';
import { JUDGED_STATUSES, type JudgedStatus, type JudgementProblem } from '@/domain/teacher-judgement';
import { useRecordJudgement } from '@/store/judgements.mutations';
import { useClock } from '@/ui/clock-context';

interface JudgementFormProps {
  readonly pupil: PupilRef;
  readonly pupilName: string;
  readonly goal: string;
  readonly goalLabel: string;
  /** Called with what was recorded (status and day), or null when cancelled. */
  readonly onClose: (saved: { status: JudgedStatus; date: string } | null) => void;
}

const FIELDS = ['status', 'date', 'note'] as const;

/** Sets a goal's status for a pupil by hand: status, day and note; the store checks the draft and says per field what to fix. */
export function JudgementForm({ pupil, pupilName, goal, goalLabel, onClose }: JudgementFormProps) {
  const { t } = useTranslation();
  const clock = useClock();
  const prefix = useId();
  const id = (name: string) => `${prefix}-${name}`;
  const save = useRecordJudgement(clock);
  const [values, setValues] = useState({ status: 'mastered' as string, date: schoolDay(clock()), note: '' });
  const [errors, setErrors] = useState<Readonly<Record<string, JudgementProblem>>>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const set = (field: keyof typeof values, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const described = (field: string) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': id(`${field}-error`) } : {});
  const message = (field: string) =>
    errors[field] ? (
      <span id={id(`${field}-error`)} className="field-error">
        {t(`judgements.error.${errors[field]}`)}
      </span>
    ) : null;
  const other = Object.entries(errors).flatMap(([field, problem]) => ((FIELDS as readonly string[]).includes(field) ? [] : [problem]));
  const submit = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const found = await save({ pupil, goal, status: values.status as JudgedStatus, date: values.date, note: values.note });
      if (found) setErrors(found);
      else onClose({ status: values.status as JudgedStatus, date: values.date });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      noValidate
      aria-labelledby={id('title')}
      className="notice"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose(null);
      }}
    >
      <p id={id('title')} className="notice__title">
        {t('judgements.title', { goal: goalLabel, name: pupilName })}
      </p>
      <p className="muted">{t('judgements.help')}</p>
      <p>
        <label htmlFor={id('status')}>{t('judgements.field.status')}</label>{' '}
        <select id={id('status')} autoFocus value={values.status} onChange={(event) => set('status', event.target.value)} {...described('status')}>
          {JUDGED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`common.status.${status}`)}
            </option>
          ))}
        </select>{' '}
        {message('status')}
      </p>
      <p>
        <label htmlFor={id('date')}>{t('judgements.field.date')}</label>{' '}
        <input
          id={id('date')}
          type="date"
          max={schoolDay(clock())}
          value={values.date}
          onChange={(event) => set('date', event.target.value)}
          {...described('date')}
        />{' '}
        {message('date')}
      </p>
      <p>
        <label htmlFor={id('note')}>{t('judgements.field.note')}</label>
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
          {t(`judgements.error.${problem}`)}
        </p>
      ))}
      {failed ? <p role="alert">{t('judgements.failed')}</p> : null}
      <button type="submit" disabled={busy}>
        {t('judgements.save')}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => onClose(null)}>
        {t('judgements.cancel')}
      </button>
    </form>
  );
}
