import { useId, useState, type ReactNode } from 'react';

/** Per field, what to fix (a problem key); fields the form does not show are said as alerts. */
export type FieldProblems<P extends string> = Readonly<Partial<Record<string, P>>>;

/** What a field of the form needs: its id, its value, how to change it and how its problem is said. */
export interface FieldBinding<F extends string> {
  readonly id: (part: string) => string;
  readonly values: Readonly<Record<F, string>>;
  readonly set: (field: F, value: string) => void;
  /** aria-invalid and aria-describedby for a field with a problem. */
  readonly described: (field: F) => { readonly 'aria-invalid'?: true; readonly 'aria-describedby'?: string };
  /** The field's problem in words, beside it; null without one. */
  readonly message: (field: F) => ReactNode;
}

export interface FieldForm<V extends Readonly<Record<keyof V, string>>, P extends string> extends FieldBinding<keyof V & string> {
  readonly values: V;
  readonly busy: boolean;
  readonly failed: boolean;
  /** Problems of fields the form does not show, in words. */
  readonly alerts: readonly string[];
  /** Saves; problems are shown per field, `saved` runs when there were none, a thrown error shows `failed`. */
  readonly submit: (save: () => Promise<FieldProblems<P> | null>, saved: () => void) => Promise<void>;
}

/** The state of a form whose draft the store checks: values, problems per field, busy and failed. */
export function useFieldForm<V extends Readonly<Record<keyof V, string>>, P extends string>(
  initial: V,
  fields: readonly string[],
  problemText: (problem: P) => string,
): FieldForm<V, P> {
  const base = useId();
  const id = (part: string) => `${base}-${part}`;
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldProblems<P>>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const set = (field: keyof V & string, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const described = (field: string) => (errors[field] ? ({ 'aria-invalid': true, 'aria-describedby': id(`${field}-error`) } as const) : {});
  const message = (field: string) => {
    const problem = errors[field];
    return problem ? (
      <span id={id(`${field}-error`)} className="field-error">
        {problemText(problem)}
      </span>
    ) : null;
  };
  const alerts = Object.entries(errors).flatMap(([field, problem]) => (problem && !fields.includes(field) ? [problemText(problem)] : []));
  const submit = async (save: () => Promise<FieldProblems<P> | null>, saved: () => void) => {
    setBusy(true);
    setFailed(false);
    try {
      const found = await save();
      if (found) setErrors(found);
      else saved();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return { id, values, set, described, message, busy, failed, alerts, submit };
}
