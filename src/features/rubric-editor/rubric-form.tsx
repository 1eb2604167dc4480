import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RubricIssue } from '@/curriculum/rubrics/rubric.schema';
import type { Rubric } from '@/domain/rubric';
import { addCriterion, moveById, removeCriterion, removedParts, updateCriterion } from '@/domain/rubric-edit';
import { useDb } from '@/store/db-context';
import { useSaveRubric } from '@/store/rubrics.mutations';
import { rubricQueries } from '@/store/rubrics.queries';
import { useNow } from '@/ui/clock-context';
import { useLocale } from '@/ui/use-labels';
import { CriterionEditor } from './criterion-editor';
import { LevelsEditor } from './levels-editor';
import { prepareRubric } from './save-rubric';
import { TargetsTable } from './targets-table';
import { useEditText, useIssueText } from './use-editor-text';

interface RubricFormProps {
  readonly initial: Rubric;
  /** The saved version (null for a new rubric): to warn about removed parts that carry assessments. */
  readonly saved: Rubric | null;
  readonly takenIds: ReadonlySet<string>;
}

const count = (parts: ReturnType<typeof removedParts>) => [...parts.criteria.values(), ...parts.levels.values()].reduce((sum, n) => sum + n, 0);

/** The whole rubric as one form; validated on save, every problem listed in words. */
export function RubricForm({ initial, saved, takenIds }: RubricFormProps) {
  const { t } = useTranslation();
  const db = useDb();
  const now = useNow();
  const navigate = useNavigate();
  const edit = useEditText();
  const locale = useLocale();
  const issueText = useIssueText();
  const ids = { title: useId(), description: useId() };
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<readonly RubricIssue[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  // A failed save moves the focus to the list of problems (a new list each time, so each attempt).
  useEffect(() => {
    if (issues.length > 0) summary.current?.focus();
  }, [issues]);
  const assessments = useQuery({ ...rubricQueries.assessments(db, saved?.id ?? ''), enabled: saved !== null });
  const removing = saved ? count(removedParts(assessments.data ?? [], draft)) - count(removedParts(assessments.data ?? [], saved)) : 0;
  const save = useSaveRubric(now);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = prepareRubric(draft, { isNew: saved === null, takenIds, locale });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    save.mutate(checked.rubric, {
      onSuccess: (rubric) => navigate(`/rubrics?rubric=${encodeURIComponent(rubric.id)}`, { state: { savedTitle: edit.read(rubric.title) } }),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="rubric-editor-title">
      {issues.length > 0 ? (
        <div ref={summary} tabIndex={-1} role="alert" className="notice notice--error">
          <p className="notice__title">{t('rubrics.editor.invalidTitle')}</p>
          <ul>
            {issues.map((issue, index) => (
              <li key={`${issue.code}-${issue.path}-${index}`}>{issueText(issue)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <label htmlFor={ids.title}>{t('rubrics.editor.title')}</label>{' '}
        <input
          id={ids.title}
          value={edit.read(draft.title)}
          size={50}
          onChange={(event) => setDraft({ ...draft, title: edit.write(draft.title, event.target.value) })}
        />
      </p>
      <p>
        <label htmlFor={ids.description}>{t('rubrics.editor.description')}</label>
        <br />
        <textarea
          id={ids.description}
          rows={3}
          cols={70}
          value={edit.read(draft.description)}
          onChange={(event) => setDraft({ ...draft, description: edit.write(draft.description, event.target.value) })}
        />
      </p>
      <LevelsEditor draft={draft} onChange={setDraft} />
      <h2>{t('rubrics.editor.criteria')}</h2>
      {draft.criteria.map((criterion, index) => (
        <CriterionEditor
          key={criterion.id}
          draft={draft}
          criterion={criterion}
          index={index}
          onChange={(next) => setDraft(updateCriterion(draft, criterion.id, () => next))}
          onMove={(by) => setDraft({ ...draft, criteria: moveById(draft.criteria, criterion.id, by) })}
          onDelete={() => setDraft(removeCriterion(draft, criterion.id))}
        />
      ))}
      <p>
        <button type="button" className="secondary" onClick={() => setDraft(addCriterion(draft))}>
          {t('rubrics.editor.addCriterion')}
        </button>
      </p>
      <h2>{t('rubrics.editor.targets')}</h2>
      <TargetsTable draft={draft} onChange={setDraft} />
      {removing > 0 ? <p className="notice">{t('rubrics.editor.removedWarning', { n: removing })}</p> : null}
      {save.isError ? (
        <p role="alert" className="notice notice--error">
          {t('rubrics.editor.saveFailed', { detail: save.error instanceof Error ? save.error.message : String(save.error) })}
        </p>
      ) : null}
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? t('rubrics.editor.saving') : t('rubrics.editor.save')}
      </button>
    </form>
  );
}
