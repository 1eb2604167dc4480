import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { rubricById } from '@/curriculum/rubrics';
import { RUBRIC_LEVELS } from '@/curriculum/rubrics/build-rubric';
import { rubricId } from '@/domain/ids';
import { emptyRubric } from '@/domain/rubric-edit';
import { useDeleteRubric } from '@/store/rubrics.mutations';
import { useRubrics } from '@/store/rubrics.queries';
import { useLocalText } from '@/ui/use-labels';
import { CaseImportSection } from './case-import';
import { RubricForm } from './rubric-form';

/**
 * /rubrics/nieuw and /rubrics/:id/bewerken. Open to every role (teacher and ICT coordinator): a
 * rubric holds no pupil data, and writing rubrics is the teachers' work (docs/decisions).
 * Editing a built-in rubric saves the school's copy under the same id; "back to the built-in
 * version" deletes that copy. Assessments are never deleted here.
 */
export function RubricEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const text = useLocalText();
  const deleteRubric = useDeleteRubric();
  const navigate = useNavigate();
  const library = useRubrics();
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const isNew = id === undefined;
  const saved = isNew ? null : (library.byId(id) ?? null);
  const origin = isNew ? undefined : library.originOf(id);
  const takenIds = new Set(library.rubrics.map((rubric) => rubric.id as string));
  const back = (
    <p>
      <Link to={saved ? `/rubrics?rubric=${encodeURIComponent(saved.id)}` : '/rubrics'}>{t('rubrics.editor.back')}</Link>
    </p>
  );
  if (!isNew && library.isPending) return null;
  if (!isNew && !saved)
    return (
      <section aria-labelledby="rubric-editor-title">
        <h1 id="rubric-editor-title">{t('rubrics.editor.newTitle')}</h1>
        <p role="alert">{t('rubrics.editor.notFound')}</p>
        {back}
      </section>
    );
  const forget = async (message: string) => {
    await deleteRubric.mutateAsync(id ?? '');
    setConfirming(false);
    setNotice(message);
    setVersion((before) => before + 1);
  };
  const initial =
    saved ??
    emptyRubric(
      rubricId(''),
      RUBRIC_LEVELS.map((level) => level.label),
    );
  return (
    <section aria-labelledby="rubric-editor-title">
      <h1 id="rubric-editor-title">{saved ? t('rubrics.editor.editTitle', { title: text(saved.title) }) : t('rubrics.editor.newTitle')}</h1>
      {back}
      <p>{t('rubrics.editor.intro')}</p>
      {notice ? <p role="status">{notice}</p> : null}
      {id && rubricById(id) ? (
        <div className="notice">
          <p>{t('rubrics.editor.builtIn')}</p>
          {origin === 'edited' ? (
            <button type="button" className="secondary" onClick={() => void forget(t('rubrics.editor.resetDone'))}>
              {t('rubrics.editor.reset')}
            </button>
          ) : null}
        </div>
      ) : null}
      {origin === 'school' ? (
        <p>
          {confirming ? (
            <>
              {t('rubrics.editor.removeConfirm')}{' '}
              <button type="button" className="secondary" onClick={() => void forget(t('rubrics.editor.removed')).then(() => navigate('/rubrics'))}>
                {t('rubrics.editor.remove')}
              </button>
            </>
          ) : (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              {t('rubrics.editor.remove')}
            </button>
          )}
        </p>
      ) : null}
      {isNew ? <CaseImportSection library={library} /> : null}
      {!isNew && !saved ? null : <RubricForm key={`${id ?? 'nieuw'}-${version}`} initial={initial} saved={saved} takenIds={takenIds} />}
    </section>
  );
}
