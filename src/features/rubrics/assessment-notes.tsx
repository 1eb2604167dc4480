import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pupil } from '@/domain/model';
import type { Notes } from '@/domain/rubric-entry';

interface NotesProps {
  /** The pupils a note can be written for now: the pupil in view, or those with a level chosen. */
  readonly pupils: readonly { pupil: Pupil; name: string }[];
  readonly notes: Notes;
  readonly onChange: (pupil: number, note: string) => void;
}

/** One note field per pupil, named for that pupil, so a note never lands on someone else's assessment. */
export function AssessmentNotes({ pupils, notes, onChange }: NotesProps) {
  const { t } = useTranslation();
  const base = useId();
  return (
    <fieldset className="rubric-notes">
      <legend>{t('rubrics.notes.title')}</legend>
      <p className="muted">{pupils.length === 0 ? t('rubrics.notes.none') : t('rubrics.notes.intro')}</p>
      {pupils.map(({ pupil, name }) => (
        <p key={pupil.key}>
          <label htmlFor={`${base}-${pupil.key}`}>{t('rubrics.notes.for', { name })}</label>{' '}
          <input id={`${base}-${pupil.key}`} value={notes[pupil.key] ?? ''} onChange={(event) => onChange(pupil.key, event.target.value)} size={40} />
        </p>
      ))}
    </fieldset>
  );
}
