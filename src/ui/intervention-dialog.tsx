import { useTranslation } from 'react-i18next';
import { INTERVENTION_KINDS, type InterventionKind, type InterventionProblem } from '@/domain/intervention';
import { DateField, FirstChoiceField, FormActions, NoteField } from './form-fields';
import { useFieldForm, type FieldProblems } from './use-field-form';

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
export type FieldErrors = FieldProblems<InterventionProblem>;

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
  const form = useFieldForm<InterventionFormValues, InterventionProblem>(
    { kind: 'extra-instruction', goal: goals[0]?.id ?? '', date: today, note: '' },
    FIELDS,
    (problem) => t(`interventions.error.${problem}`),
  );
  const { id, values } = form;
  const groups = [...new Set(goals.map((goal) => goal.group))];
  const submit = () =>
    form.submit(
      () => onSave({ ...values, note: values.note.trim() }),
      () => onClose(values),
    );
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
        <FirstChoiceField
          form={form}
          field="kind"
          label={t('interventions.field.kind')}
          choices={INTERVENTION_KINDS}
          choiceText={(kind) => t(`interventions.kind.${kind as InterventionKind}`)}
        />
        <p>
          <label htmlFor={id('goal')}>{t('interventions.field.goal')}</label>{' '}
          {goals.length === 1 ? (
            <output id={id('goal')}>{goals[0]?.label}</output>
          ) : (
            <select id={id('goal')} value={values.goal} onChange={(event) => form.set('goal', event.target.value)} {...form.described('goal')}>
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
          {form.message('goal')}
        </p>
        <DateField form={form} label={t('interventions.field.date')} max={today} />
        <NoteField form={form} label={t(values.kind === 'other' ? 'interventions.field.noteOther' : 'interventions.field.note')} />
        <FormActions
          form={form}
          failedText={t('interventions.failed')}
          saveText={t('interventions.save')}
          cancelText={t('interventions.cancel')}
          onCancel={() => onClose(null)}
        />
      </form>
    </div>
  );
}
