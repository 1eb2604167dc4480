import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import type { NeedsHelpEntry } from '@/domain/progress/needs-help';
import { formatDate } from '@/i18n/format';
import { useResultsSinceText } from '@/ui/use-intervention-text';
import { useLocale } from '@/ui/use-labels';
import { useCarriedHref } from '@/ui/use-view-filters';
import type { PupilIntervention } from './use-group-interventions';
import { useGoalText, useReasonText } from './use-reason-text';
import { CaptionedTable } from '@/ui/captioned-table';

interface NeedsHelpTableProps {
  readonly caption: string;
  readonly entries: readonly NeedsHelpEntry[];
  readonly nameOf: (key: PupilKey) => string;
  /** A pupil's latest intervention with what happened since, when they had one. */
  readonly interventions?: ReadonlyMap<PupilKey, PupilIntervention>;
}

/** Each pupil who needs help, linked to their profile, with every reason in words. */
const NONE: ReadonlyMap<PupilKey, PupilIntervention> = new Map();

export function NeedsHelpTable({ caption, entries, nameOf, interventions = NONE }: NeedsHelpTableProps) {
  const { t } = useTranslation();
  const hrefTo = useCarriedHref();
  const locale = useLocale();
  const reasonText = useReasonText();
  const goalText = useGoalText();
  const sinceText = useResultsSinceText();
  const hadText = ({ intervention, around }: PupilIntervention) =>
    t('interventions.needsHelp', {
      kind: t(`interventions.kind.${intervention.kind}`),
      date: formatDate(locale, intervention.date),
      goal: goalText(intervention.goal).goal,
      since: sinceText(around),
    });
  return (
    <CaptionedTable caption={caption} columns={[t('needsHelp.column.pupil'), t('needsHelp.column.reasons')]}>
      {entries.map((entry) => (
        <tr key={entry.key}>
          <th scope="row">
            <Link to={hrefTo(`/leerling/${entry.key}`)}>{nameOf(entry.key)}</Link>
          </th>
          <td>
            {entry.reasons.length === 1 ? (
              <ReasonList reasons={entry.reasons} text={reasonText} />
            ) : (
              // The first reason in view, all of them one click away: the page stays a list, not a wall of text.
              <details className="reasons">
                <summary>
                  {t('needsHelp.groups.reasons', { count: entry.reasons.length })}
                  <span className="no-print"> {t('needsHelp.groups.readHint')}</span>
                </summary>
                <ReasonList reasons={entry.reasons} text={reasonText} />
              </details>
            )}
            {interventions.has(entry.key) ? <p className="intervention-note">{hadText(interventions.get(entry.key) as PupilIntervention)}</p> : null}
          </td>
        </tr>
      ))}
    </CaptionedTable>
  );
}

type Reason = NeedsHelpEntry['reasons'][number];

function ReasonList({ reasons, text }: { reasons: readonly Reason[]; text: (reason: Reason) => string }) {
  return (
    <ul>
      {reasons.map((reason, index) => (
        <li key={index}>{text(reason)}</li>
      ))}
    </ul>
  );
}
