import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import type { NeedsHelpEntry } from '@/domain/progress/needs-help';
import { useCarriedHref } from '@/ui/use-view-filters';
import { useReasonText } from './use-reason-text';

interface DataMatterNoticeProps {
  /** noResults: not a single result while the group practises; quiet: none for longer than the group's usual spells. */
  readonly notice: 'noResults' | 'quiet';
  readonly entries: readonly NeedsHelpEntry[];
  readonly nameOf: (key: PupilKey) => string;
}

/**
 * Pupils listed only for the absence of data: a data matter (is the pupil linked in the tool, do they still work with
 * it?), not a learning one, so apart from who needs help (decision 006, sixth robustness pass; decision 026). A quiet
 * pupil's spell is said in words. Nothing when there are none.
 */
export function DataMatterNotice({ notice, entries, nameOf }: DataMatterNoticeProps) {
  const { t } = useTranslation();
  const hrefTo = useCarriedHref();
  const reasonText = useReasonText();
  const heading = useId();
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={heading}>
      <h2 id={heading}>{t(`needsHelp.${notice}.title`)}</h2>
      <p>{t(`needsHelp.${notice}.intro`, { count: entries.length })}</p>
      <ul aria-labelledby={heading}>
        {entries.map((entry) => (
          <li key={entry.key}>
            <Link to={hrefTo(`/leerling/${entry.key}`)}>{nameOf(entry.key)}</Link>
            {notice === 'quiet' ? `: ${entry.reasons.map(reasonText).join(' ')}` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
