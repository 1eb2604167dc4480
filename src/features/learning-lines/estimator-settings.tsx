import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningLine } from '@/domain/model';
import { ESTIMATOR_NAMES, estimatorNameFor, isEstimatorName } from '@/domain/progress/estimators/registry';
import { useCurriculum } from '@/store/curriculum.queries';
import { useSetLineEstimator } from '@/store/estimator-choice.mutations';
import { useLineEstimatorChoices } from '@/store/estimator-choice.queries';
import { useIsCoordinator } from '@/store/use-is-coordinator';
import { useLocalText } from '@/ui/use-labels';

function LineMethodSelect({ line }: { line: LearningLine }) {
  const { t } = useTranslation();
  const text = useLocalText();
  const id = useId();
  const { choices } = useLineEstimatorChoices();
  const save = useSetLineEstimator();
  const [saved, setSaved] = useState<string | null>(null);
  const current = estimatorNameFor(line.id, choices);
  const title = text(line.title);
  return (
    <div>
      <label htmlFor={id}>{t('learningLines.estimator.label', { line: title })}</label>{' '}
      <select
        id={id}
        value={current}
        aria-describedby={`${id}-explain`}
        disabled={save.isPending}
        onChange={(event) => {
          const name = event.target.value;
          if (!isEstimatorName(name)) return;
          setSaved(null);
          save.mutate(
            { line: line.id, name },
            { onSuccess: () => setSaved(t('learningLines.estimator.saved', { line: title, method: t(`learningLines.estimator.name.${name}`) })) },
          );
        }}
      >
        {ESTIMATOR_NAMES.map((name) => (
          <option key={name} value={name}>
            {t(`learningLines.estimator.name.${name}`)}
          </option>
        ))}
      </select>
      <p id={`${id}-explain`} className="muted">
        {t(`learningLines.estimator.explain.${current}`)}
      </p>
      {saved ? <p role="status">{saved}</p> : null}
      {save.error ? <p role="alert">{t('learningLines.estimator.saveFailed', { message: save.error.message })}</p> : null}
    </div>
  );
}

/** The ICT coordinator's choice of mastery method per line; a teacher or a locked session sees the choices, not the form. */
export function EstimatorSettings() {
  const { t } = useTranslation();
  const text = useLocalText();
  const { choices } = useLineEstimatorChoices();
  const { lines } = useCurriculum();
  // Only the ICT coordinator changes the school-wide choice: not a teacher, nor a locked session.
  const coordinator = useIsCoordinator();
  return (
    <section aria-labelledby="estimator-settings-title" className="panel">
      <h2 id="estimator-settings-title">{t('learningLines.estimator.title')}</h2>
      {coordinator ? (
        <>
          <p>{t('learningLines.estimator.intro')}</p>
          {lines.map((line) => (
            <LineMethodSelect key={line.id} line={line} />
          ))}
        </>
      ) : (
        <>
          <p>{t('learningLines.estimator.teacherIntro')}</p>
          <ul aria-label={t('learningLines.estimator.caption')}>
            {lines.map((line) => (
              <li key={line.id}>
                {text(line.title)}: {t(`learningLines.estimator.name.${estimatorNameFor(line.id, choices)}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
