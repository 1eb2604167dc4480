import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { caseFileName, toCaseRubric } from '@/curriculum/rubrics/case-rubric-export.mapper';
import type { Rubric } from '@/domain/rubric';
import type { RubricOrigin } from '@/store/rubrics.queries';
import { useNow } from '@/ui/clock-context';
import { downloadText } from '@/ui/download';

/** New, edit and export for the chosen rubric, and where it comes from. */
export function RubricActions({ rubric, origin }: { rubric: Rubric; origin: RubricOrigin | undefined }) {
  const { t } = useTranslation();
  const now = useNow();
  const exportCase = () => downloadText(caseFileName(rubric), `${JSON.stringify(toCaseRubric(rubric, { now }), null, 2)}\n`, 'application/json');
  return (
    <div className="toolbar">
      {origin ? <p className="muted">{t('rubrics.library.originLabel', { origin: t(`rubrics.library.origin.${origin}`) })}</p> : null}
      <Link to="/rubrics/nieuw">{t('rubrics.library.newRubric')}</Link>
      <Link to={`/rubrics/${encodeURIComponent(rubric.id)}/bewerken`}>{t('rubrics.library.edit')}</Link>
      <button type="button" className="secondary" onClick={exportCase}>
        {t('rubrics.library.exportCase')}
      </button>
    </div>
  );
}
