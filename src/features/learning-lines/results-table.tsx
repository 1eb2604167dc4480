import { useTranslation } from 'react-i18next';
import type { Result } from '@/domain/model';
import { evidenceOf } from '@/domain/progress/mastery';
import { formatDate, formatPercent } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';
import { useScoreText } from '@/ui/use-score-text';
import { CaptionedTable } from '@/ui/captioned-table';
import { NormBandBadge } from '@/ui/norm-band-badge';

/** At most this many rows: the newest, with a note saying how many there are in all. */
export const MAX_RESULT_ROWS = 200;

interface ResultsTableProps {
  readonly caption: string;
  /** Newest first. */
  readonly results: readonly Result[];
  /** A pupil's display name by pseudonym (the pseudonym itself is never shown). */
  readonly pupilName: (ref: string) => string;
  readonly sourceName: (id: string) => string;
}

/** The results behind a goal: when, who, which source, which work form, the score and the supplier's band. */
export function ResultsTable({ caption, results, pupilName, sourceName }: ResultsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const scoreText = useScoreText();
  const shown = results.slice(0, MAX_RESULT_ROWS);
  const column = (name: 'date' | 'pupil' | 'source' | 'workForm' | 'score' | 'scaled' | 'band') => t(`learningLines.detail.column.${name}`);
  return (
    <>
      <CaptionedTable
        caption={caption}
        columns={[
          column('date'),
          column('pupil'),
          column('source'),
          column('workForm'),
          { label: column('score'), num: true },
          { label: column('scaled'), num: true },
          column('band'),
        ]}
      >
        {shown.map((result) => {
          const scaled = evidenceOf(result);
          return (
            <tr key={result.id}>
              <td>{formatDate(locale, result.time)}</td>
              <td>{pupilName(result.pupil)}</td>
              <td>{sourceName(result.source)}</td>
              <td>{t(`common.workForm.${result.workForm}`)}</td>
              <td className="num">{scoreText(result.score?.raw ?? null, result.score?.max ?? null, result.success)}</td>
              <td className="num">{scaled === null ? '–' : formatPercent(locale, scaled)}</td>
              <td>
                <NormBandBadge band={result.normBand} />
              </td>
            </tr>
          );
        })}
      </CaptionedTable>
      {shown.length < results.length ? (
        <p className="muted">{t('learningLines.detail.shown', { shown: shown.length, total: results.length })}</p>
      ) : null}
    </>
  );
}
