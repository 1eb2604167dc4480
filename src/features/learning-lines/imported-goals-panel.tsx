import { useTranslation } from 'react-i18next';
import { useCurriculum } from '@/store/curriculum.queries';
import { useLocalText } from '@/ui/use-labels';
import { HiddenImportedGoals } from '@/ui/hidden-imported-goals';

/**
 * Goals imported from SLO that none of our lines carries; a replaced one names what replaced it.
 * With `used`, only the goals in it (lower-case ids the school uses) and a line saying how many are hidden.
 */
export function ImportedGoalsPanel({ used }: { readonly used: ReadonlySet<string> | undefined }) {
  const { t } = useTranslation();
  const text = useLocalText();
  const curriculum = useCurriculum();
  if (curriculum.imported.length === 0) return null;
  const shown = used ? curriculum.imported.filter((goal) => used.has(goal.id.toLowerCase())) : curriculum.imported;
  return (
    <section aria-labelledby="imported-slo-goals-title" className="panel">
      <h2 id="imported-slo-goals-title">{t('curriculum.view.importedTitle')}</h2>
      <p className="muted">{t('curriculum.view.importedIntro')}</p>
      <HiddenImportedGoals hidden={curriculum.imported.length - shown.length} />
      {shown.length > 0 ? (
        <ul>
          {shown.map((goal) => (
            <li key={goal.id}>
              {goal.title}
              {goal.parents.length > 0 ? <span className="muted"> ({goal.parents.map((parent) => parent.title).join('; ')})</span> : null}
              {goal.replacedBy.length > 0 ? (
                <div className="muted">
                  {t('curriculum.view.replacedBy', {
                    successors:
                      curriculum
                        .resolve(goal.id)
                        .map((successor) => text(successor.title))
                        .join('; ') || goal.replacedBy.join('; '),
                  })}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
