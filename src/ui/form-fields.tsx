import type { FieldBinding } from './use-field-form';

/** A day, at most `max`, with its problem beside it. */
export function DateField({ form, label, max }: { form: FieldBinding<'date'>; label: string; max: string }) {
  return (
    <p>
      <label htmlFor={form.id('date')}>{label}</label>{' '}
      <input
        id={form.id('date')}
        type="date"
        max={max}
        value={form.values.date}
        onChange={(event) => form.set('date', event.target.value)}
        {...form.described('date')}
      />{' '}
      {form.message('date')}
    </p>
  );
}

/** A free note of a few lines, with its problem beside it. */
export function NoteField({ form, label }: { form: FieldBinding<'note'>; label: string }) {
  return (
    <p>
      <label htmlFor={form.id('note')}>{label}</label>
      <br />
      <textarea
        id={form.id('note')}
        rows={3}
        cols={48}
        value={form.values.note}
        onChange={(event) => form.set('note', event.target.value)}
        {...form.described('note')}
      />{' '}
      {form.message('note')}
    </p>
  );
}

interface FormActionsProps {
  readonly form: { readonly alerts: readonly string[]; readonly failed: boolean; readonly busy: boolean };
  readonly failedText: string;
  readonly saveText: string;
  readonly cancelText: string;
  readonly onCancel: () => void;
}

/** The problems no field shows, a failed save, and the save and cancel buttons. */
export function FormActions({ form, failedText, saveText, cancelText, onCancel }: FormActionsProps) {
  return (
    <>
      {form.alerts.map((text) => (
        <p key={text} role="alert">
          {text}
        </p>
      ))}
      {form.failed ? <p role="alert">{failedText}</p> : null}
      <button type="submit" disabled={form.busy}>
        {saveText}
      </button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        {cancelText}
      </button>
    </>
  );
}

interface FirstChoiceFieldProps<F extends string> {
  readonly form: FieldBinding<F>;
  readonly field: F;
  readonly label: string;
  readonly choices: readonly string[];
  readonly choiceText: (choice: string) => string;
}

/** The form's first field (it takes the focus): one of a few choices, with its problem beside it. */
export function FirstChoiceField<F extends string>({ form, field, label, choices, choiceText }: FirstChoiceFieldProps<F>) {
  return (
    <p>
      <label htmlFor={form.id(field)}>{label}</label>{' '}
      <select
        id={form.id(field)}
        autoFocus
        value={form.values[field]}
        onChange={(event) => form.set(field, event.target.value)}
        {...form.described(field)}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choiceText(choice)}
          </option>
        ))}
      </select>{' '}
      {form.message(field)}
    </p>
  );
}
