import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDb } from '@/store/db-context';
import { schoolQueries } from '@/store/school.queries';
import { useIsCoordinator } from '@/store/use-is-coordinator';

/**
 * Pupils a source delivered who are not on the roster: not a group of "Leerling n" without columns,
 * but a notice that says what happened and where to fix it (the roster, or the source).
 */
export function UnrosteredNotice() {
  const { t } = useTranslation();
  const count = useQuery(schoolQueries.unrostered(useDb())).data ?? 0;
  const coordinator = useIsCoordinator();
  if (count === 0) return null;
  return (
    <section className="panel notice" aria-labelledby="unrostered-title">
      <h2 id="unrostered-title">{t('classOverview.unrostered.title', { count })}</h2>
      <p>{t('classOverview.unrostered.body')}</p>
      {coordinator ? (
        <p>
          <Link to="/privacy">{t('classOverview.unrostered.roster')}</Link> · <Link to="/bronnen">{t('classOverview.unrostered.sources')}</Link>
        </p>
      ) : (
        <p>{t('classOverview.unrostered.askCoordinator')}</p>
      )}
    </section>
  );
}
