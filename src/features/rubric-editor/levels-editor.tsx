import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '@/domain/rubric';
import { addLevel, moveById, removeLevel, updateLevel } from '@/domain/rubric-edit';
import { MoveButtons } from './move-buttons';
import { useEditText } from './use-editor-text';

/** The rubric's levels, lowest first: name, reorder, add, remove. */
export function LevelsEditor({ draft, onChange }: { draft: Rubric; onChange: (next: Rubric) => void }) {
  const { t } = useTranslation();
  const edit = useEditText();
  const base = useId();
  return (
    <fieldset className="panel">
      <legend>{t('rubrics.editor.levels')}</legend>
      <ol>
        {draft.levels.map((level, index) => {
          const what = t('rubrics.editor.levelWhat', { n: index + 1 });
          return (
            <li key={level.id}>
              <label htmlFor={`${base}-${level.id}`}>{t('rubrics.editor.levelName', { n: index + 1 })}</label>{' '}
              <input
                id={`${base}-${level.id}`}
                value={edit.read(level.label)}
                onChange={(event) => onChange(updateLevel(draft, level.id, edit.write(level.label, event.target.value)))}
              />{' '}
              <MoveButtons
                what={what}
                first={index === 0}
                last={index === draft.levels.length - 1}
                onMove={(by) => onChange({ ...draft, levels: moveById(draft.levels, level.id, by) })}
                onDelete={() => onChange(removeLevel(draft, level.id))}
              />
            </li>
          );
        })}
      </ol>
      <button type="button" className="secondary" onClick={() => onChange(addLevel(draft))}>
        {t('rubrics.editor.addLevel')}
      </button>
    </fieldset>
  );
}
