import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import type { NeedsHelpEntry } from '@/domain/progress/needs-help';
import { useCarriedHref } from '@/ui/use-view-filters';
import { useReasonText } from './use-reason-text';

interface QuietLatelyProps {
  readonly entries: readonly NeedsHelpEntry[];
  readonly nameOf: (key: PupilKey) => string;
}

/**
 * Pupils listed only for having no results lately (longer than the group's usual quiet spells): absence of data alone
 * is not a stall (decision 026), so apart from who needs help, each with the quiet spell in words. Nothing when there
 * are none.
 */
export function QuietLately({ entries, nameOf }: QuietLatelyProps) {
  const { t } = useTranslation();
  const hrefTo = useCarriedHref();
  const reasonText = useReasonText();
  const heading = useId();
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={heading}>
      <h2 id={heading}>{t('needsHelp.quiet.title')}</h2>
      <p>{t('needsHelp.quiet.intro', { count: entries.length })}</p>
      <ul aria-labelledby={heading}>
        {entries.map((entry) => (
          <li key={entry.key}>
            <Link to={hrefTo(`/leerling/${entry.key}`)}>{nameOf(entry.key)}</Link>: {entry.reasons.map(reasonText).join(' ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
