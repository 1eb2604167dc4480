import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric, RubricCriterion } from '@/domain/rubric';
import { parseWeight } from '@/domain/rubric-edit';
import { GoalPicker } from './goal-picker';
import { MoveButtons } from './move-buttons';
import { useEditText } from './use-editor-text';

interface CriterionEditorProps {
  readonly draft: Rubric;
  readonly criterion: RubricCriterion;
  readonly index: number;
  readonly onChange: (criterion: RubricCriterion) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onDelete: () => void;
}

/** One criterion: title, optional weight, a descriptor per level, the steps to the next level, linked goals. */
export function CriterionEditor({ draft, criterion, index, onChange, onMove, onDelete }: CriterionEditorProps) {
  const { t } = useTranslation();
  const edit = useEditText();
  const base = useId();
  const [weight, setWeight] = useState(String(criterion.weight));
  const name = edit.read(criterion.title) || t('rubrics.editor.untitled');
  const what = t('rubrics.editor.criterionWhat', { n: index + 1 });
  const weightInvalid = !(criterion.weight > 0);
  return (
    <fieldset className="panel">
      <legend>{t('rubrics.editor.criterion', { n: index + 1, title: name })}</legend>
      <MoveButtons what={what} first={index === 0} last={index === draft.criteria.length - 1} onMove={onMove} onDelete={onDelete} />
      <p>
        <label htmlFor={`${base}-title`}>{t('rubrics.editor.criterionTitle', { n: index + 1 })}</label>{' '}
        <input
          id={`${base}-title`}
          value={edit.read(criterion.title)}
          size={40}
          onChange={(event) => onChange({ ...criterion, title: edit.write(criterion.title, event.target.value) })}
        />
      </p>
      <p>
        <label htmlFor={`${base}-weight`}>{t('rubrics.editor.weight', { n: index + 1 })}</label>{' '}
        {/* Text, not type="number": a number field hands over "" for "1e" or "-", which read as the default 1. */}
        <input
          id={`${base}-weight`}
          inputMode="decimal"
          size={6}
          value={weight}
          aria-invalid={weightInvalid || undefined}
          aria-describedby={weightInvalid ? `${base}-weight-error` : undefined}
          onChange={(event) => {
            setWeight(event.target.value);
            onChange({ ...criterion, weight: parseWeight(event.target.value) });
          }}
        />
        {weightInvalid ? (
          <span id={`${base}-weight-error`} className="notice notice--error">
            {t('rubrics.editor.weightInvalid')}
          </span>
        ) : null}
      </p>
      <p>{t('rubrics.editor.cells')}</p>
      {draft.levels.map((level, levelIndex) => {
        const levelName = edit.read(level.label) || String(levelIndex + 1);
        const descriptor = criterion.descriptors[level.id] ?? { nl: '', en: '' };
        const step = criterion.steps[level.id] ?? { nl: '', en: '' };
        return (
          <div key={level.id}>
            <label htmlFor={`${base}-d-${level.id}`}>{t('rubrics.editor.descriptor', { level: levelName, criterion: name })}</label>
            <br />
            <textarea
              id={`${base}-d-${level.id}`}
              rows={2}
              cols={60}
              value={edit.read(descriptor)}
              onChange={(event) =>
                onChange({ ...criterion, descriptors: { ...criterion.descriptors, [level.id]: edit.write(descriptor, event.target.value) } })
              }
            />
            {levelIndex < draft.levels.length - 1 ? (
              <>
                <br />
                <label htmlFor={`${base}-s-${level.id}`}>{t('rubrics.editor.steps', { level: levelName, criterion: name })}</label>
                <br />
                <textarea
                  id={`${base}-s-${level.id}`}
                  rows={2}
                  cols={60}
                  value={edit.read(step)}
                  onChange={(event) => onChange({ ...criterion, steps: { ...criterion.steps, [level.id]: edit.write(step, event.target.value) } })}
                />
              </>
            ) : null}
          </div>
        );
      })}
      <GoalPicker criterion={name} goals={criterion.goals} onChange={(goals) => onChange({ ...criterion, goals })} />
    </fieldset>
  );
}
