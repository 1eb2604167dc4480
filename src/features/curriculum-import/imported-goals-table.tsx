import { useTranslation } from 'react-i18next';
import type { CurriculumLibrary } from '@/store/curriculum.queries';
import { useLocalText } from '@/ui/use-labels';
import { ScrollRegion } from '@/ui/scroll-region';

/** Every imported SLO goal that none of our lines carries, with what replaced it, if anything. */
export function ImportedGoalsTable({ curriculum }: { curriculum: CurriculumLibrary }) {
  const { t } = useTranslation();
  const text = useLocalText();
  const goals = curriculum.imported;
  return (
    <section aria-labelledby="imported-goals-title" className="panel">
      <h2 id="imported-goals-title">{t('curriculum.list.title')}</h2>
      {curriculum.broken.length > 0 ? <p role="alert">{t('curriculum.list.broken', { count: curriculum.broken.length })}</p> : null}
      {goals.length === 0 ? (
        <p>{t('curriculum.list.empty')}</p>
      ) : (
        <ScrollRegion label={t('curriculum.list.caption', { count: goals.length })}>
          <table>
            <caption>{t('curriculum.list.caption', { count: goals.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('curriculum.list.goal')}</th>
                <th scope="col">{t('curriculum.list.collection')}</th>
                <th scope="col">{t('curriculum.list.parent')}</th>
                <th scope="col">{t('curriculum.list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {goals.map((goal) => (
                <tr key={goal.id}>
                  <th scope="row">{goal.title}</th>
                  <td>{goal.collection}</td>
                  <td>{goal.parents.map((parent) => parent.title).join('; ')}</td>
                  <td>
                    {goal.replacedBy.length === 0
                      ? t('curriculum.list.current')
                      : t('curriculum.list.replacedBy', {
                          successors:
                            curriculum
                              .resolve(goal.id)
                              .map((successor) => text(successor.title))
                              .join('; ') || goal.replacedBy.join('; '),
                        })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
