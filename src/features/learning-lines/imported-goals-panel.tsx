import { useTranslation } from 'react-i18next';
import { useCurriculum } from '@/store/curriculum.queries';
import { useLocalText } from '@/ui/use-labels';

/** Goals imported from SLO that none of our lines carries; a replaced one names what replaced it. */
export function ImportedGoalsPanel() {
  const { t } = useTranslation();
  const text = useLocalText();
  const curriculum = useCurriculum();
  if (curriculum.imported.length === 0) return null;
  return (
    <section aria-labelledby="imported-slo-goals-title" className="panel">
      <h2 id="imported-slo-goals-title">{t('curriculum.view.importedTitle')}</h2>
      <p className="muted">{t('curriculum.view.importedIntro')}</p>
      <ul>
        {curriculum.imported.map((goal) => (
          <li key={goal.id}>
            {goal.title}
            {goal.parents.length > 0 ? <span className="muted"> ({goal.parents.map((parent) => parent.title).join('; ')})</span> : null}
            {goal.replacedBy.length > 0 ? <div className="muted">{t('curriculum.view.replacedBy', { successors: curriculum.resolve(goal.id).map((successor) => text(successor.title)).join('; ') || goal.replacedBy.join('; ') })}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
