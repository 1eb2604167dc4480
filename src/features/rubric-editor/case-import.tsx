import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { readCaseRubricText, type CaseImport, type CaseProblem, type CaseWarning } from '@/curriculum/rubrics/case-rubric-import.mapper';
import type { Rubric } from '@/domain/rubric';
import { useSaveRubric } from '@/store/rubrics.mutations';
import type { RubricLibrary } from '@/store/rubrics.queries';
import { useNow } from '@/ui/clock-context';
import { ErrorNotice } from '@/ui/error-notice';
import { FileTooLargeError, findTooLarge } from '@/ui/file-limit';
import { useLocalText } from '@/ui/use-labels';
import { useIssueText } from './use-editor-text';
import { FileInput } from '@/ui/file-input';

/** "CASE-rubric importeren": a labelled file input, a preview with warnings, or the errors by path. Nothing is stored until the user saves. */
export function CaseImportSection({ library }: { library: RubricLibrary }) {
  const { t } = useTranslation();
  const now = useNow();
  const text = useLocalText();
  const navigate = useNavigate();
  const issueText = useIssueText();
  const fileId = useId();
  const [result, setResult] = useState<CaseImport | null>(null);
  const read = useMutation({
    mutationFn: async (file: File) => {
      const tooLarge = findTooLarge([file], 'small');
      if (tooLarge) throw new FileTooLargeError(tooLarge);
      return readCaseRubricText(await file.text());
    },
    onSuccess: setResult,
  });
  const save = useSaveRubric(now);
  const saveRubric = (rubric: Rubric) =>
    save.mutate(rubric, {
      onSuccess: (saved) => navigate(`/rubrics?rubric=${encodeURIComponent(saved.id)}`, { state: { savedTitle: text(saved.title) } }),
    });
  const problemText = (problem: CaseProblem) =>
    t(`rubrics.case.problem.${problem.problem}`, {
      path: problem.path || t('rubrics.case.root'),
      detail: '',
      expected: '',
      ...problem.params,
      count: Number(problem.params.count ?? 0),
    });
  const warningText = (warning: CaseWarning) =>
    t(`rubrics.case.warning.${warning.kind}`, {
      path: '',
      goal: '',
      matches: 0,
      names: '',
      used: '',
      ...warning,
      count: warning.kind === 'more-rubrics' ? warning.count : 0,
    });
  const existing = result?.ok ? library.byId(result.rubric.id) : undefined;
  return (
    <section aria-labelledby="case-import-title" className="panel">
      <h2 id="case-import-title">{t('rubrics.case.title')}</h2>
      <p>{t('rubrics.case.intro')}</p>
      <label htmlFor={fileId}>{t('rubrics.case.file')}</label>{' '}
      <FileInput
        id={fileId}
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          setResult(null);
          if (file) read.mutate(file);
        }}
      />
      {read.isPending ? <p role="status">{t('rubrics.case.reading')}</p> : null}
      {read.isError ? (
        <ErrorNotice
          title={t('rubrics.case.errorTitle')}
          message={read.error instanceof FileTooLargeError ? t('rubrics.case.tooLarge', { ...read.error.tooLarge }) : t('rubrics.case.readFailed')}
          detail={read.error instanceof Error ? read.error.name : String(read.error)}
          detailLabel={t('rubrics.case.details')}
        />
      ) : null}
      {result && !result.ok ? (
        <ErrorNotice
          title={t('rubrics.case.errorTitle')}
          message={t('rubrics.case.errorHelp')}
          detail={[
            ...result.problems.map((problem) => `${problem.path || '$'}: ${problem.problem} ${JSON.stringify(problem.params)}`),
            ...result.issues.map((issue) => `${issue.path}: ${issue.code}`),
          ].join('\n')}
          detailLabel={t('rubrics.case.details')}
          action={
            <ul>
              {result.problems.map((problem, index) => (
                <li key={`p-${index}`}>{problemText(problem)}</li>
              ))}
              {result.issues.map((issue, index) => (
                <li key={`i-${index}`}>{issueText(issue)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {result?.ok ? (
        <div>
          <h3>{t('rubrics.case.preview', { title: text(result.rubric.title) })}</h3>
          <p>{text(result.rubric.description)}</p>
          <p>
            {t('rubrics.case.summary', {
              criteria: result.rubric.criteria.length,
              levels: result.rubric.levels.length,
              levelNames: result.rubric.levels.map((level) => text(level.label)).join(', '),
            })}
          </p>
          <ul>
            {result.rubric.criteria.map((criterion) => (
              <li key={criterion.id}>{text(criterion.title)}</li>
            ))}
          </ul>
          {result.warnings.length > 0 ? (
            <ul className="notice">
              {result.warnings.map((warning, index) => (
                <li key={index}>{warningText(warning)}</li>
              ))}
            </ul>
          ) : null}
          {existing ? <p className="notice">{t('rubrics.case.replaces', { title: text(existing.title) })}</p> : null}
          <button type="button" disabled={save.isPending} onClick={() => saveRubric(result.rubric)}>
            {t('rubrics.case.save')}
          </button>
          {save.isError ? (
            <p role="alert">{t('rubrics.editor.saveFailed', { detail: save.error instanceof Error ? save.error.message : String(save.error) })}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
