import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import type { NeedsHelpEntry } from '@/domain/progress/needs-help';
import { useCarriedHref } from '@/ui/use-view-filters';

interface NoResultsYetProps {
  readonly entries: readonly NeedsHelpEntry[];
  readonly nameOf: (key: PupilKey) => string;
}

/**
 * Pupils without a single result while the group practises: a data matter (is the pupil linked in the tool?),
 * not a learning one, so apart from who needs help (decision 006, sixth robustness pass). Nothing when there are none.
 */
export function NoResultsYet({ entries, nameOf }: NoResultsYetProps) {
  const { t } = useTranslation();
  const hrefTo = useCarriedHref();
  const heading = useId();
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={heading}>
      <h2 id={heading}>{t('needsHelp.noResults.title')}</h2>
      <p>{t('needsHelp.noResults.intro', { count: entries.length })}</p>
      <ul aria-labelledby={heading}>
        {entries.map((entry) => (
          <li key={entry.key}>
            <Link to={hrefTo(`/leerling/${entry.key}`)}>{nameOf(entry.key)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
