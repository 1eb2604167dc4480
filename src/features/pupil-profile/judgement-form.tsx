import { useTranslation } from 'react-i18next';
import type { PupilRef } from '@/domain/ids';
import { schoolDay } from '@/domain/school-day';
import { JUDGED_STATUSES, type JudgedStatus, type JudgementProblem } from '@/domain/teacher-judgement';
import { useRecordJudgement } from '@/store/judgements.mutations';
import { useClock } from '@/ui/clock-context';
import { DateField, FirstChoiceField, FormActions, NoteField } from '@/ui/form-fields';
import { useFieldForm } from '@/ui/use-field-form';

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
  const save = useRecordJudgement(clock);
  const form = useFieldForm<{ status: string; date: string; note: string }, JudgementProblem>(
    { status: 'mastered', date: schoolDay(clock()), note: '' },
    FIELDS,
    (problem) => t(`judgements.error.${problem}`),
  );
  const { id, values } = form;
  const submit = () =>
    form.submit(
      () => save({ pupil, goal, status: values.status as JudgedStatus, date: values.date, note: values.note }),
      () => onClose({ status: values.status as JudgedStatus, date: values.date }),
    );
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
      <FirstChoiceField
        form={form}
        field="status"
        label={t('judgements.field.status')}
        choices={JUDGED_STATUSES}
        choiceText={(status) => t(`common.status.${status as JudgedStatus}`)}
      />
      <DateField form={form} label={t('judgements.field.date')} max={schoolDay(clock())} />
      <NoteField form={form} label={t('judgements.field.note')} />
      <FormActions
        form={form}
        failedText={t('judgements.failed')}
        saveText={t('judgements.save')}
        cancelText={t('judgements.cancel')}
        onCancel={() => onClose(null)}
      />
    </form>
  );
}
