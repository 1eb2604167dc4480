import { useTranslation } from 'react-i18next';
import type { Assessment, Rubric } from '@/domain/rubric';
import { removedParts } from '@/domain/rubric-edit';

/**
 * Assessments on criteria or levels removed from the rubric since they were made: kept in the store
 * and listed here, never deleted silently; the score and the target comparison skip them.
 */
export function RemovedParts({ rubric, assessments }: { rubric: Rubric; assessments: readonly Assessment[] }) {
  const { t } = useTranslation();
  const parts = removedParts(assessments, rubric);
  if (parts.criteria.size === 0 && parts.levels.size === 0) return null;
  return (
    <section aria-labelledby="removed-parts-title" className="panel">
      <h2 id="removed-parts-title">{t('rubrics.library.removedTitle')}</h2>
      <ul>
        {[...parts.criteria].map(([id, n]) => (
          <li key={`c-${id}`}>{t('rubrics.library.removedCriterion', { id, n })}</li>
        ))}
        {[...parts.levels].map(([id, n]) => (
          <li key={`l-${id}`}>{t('rubrics.library.removedLevel', { id, n })}</li>
        ))}
      </ul>
    </section>
  );
}
