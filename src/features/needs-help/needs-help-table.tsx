import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import type { NeedsHelpEntry } from '@/domain/progress/needs-help';
import { useReasonText } from './use-reason-text';

interface NeedsHelpTableProps {
  readonly caption: string;
  readonly entries: readonly NeedsHelpEntry[];
  readonly nameOf: (key: PupilKey) => string;
}

/** Each pupil who needs help, linked to their profile, with every reason in words. */
export function NeedsHelpTable({ caption, entries, nameOf }: NeedsHelpTableProps) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('needsHelp.column.pupil')}</th>
          <th scope="col">{t('needsHelp.column.reasons')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.key}>
            <th scope="row">
              <Link to={`/leerling/${entry.key}`}>{nameOf(entry.key)}</Link>
            </th>
            <td>
              <ul>
                {entry.reasons.map((reason, index) => (
                  <li key={index}>{reasonText(reason)}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
