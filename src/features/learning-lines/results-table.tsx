import { useTranslation } from 'react-i18next';
import type { Result } from '@/domain/model';
import { evidenceOf } from '@/domain/progress/mastery';
import { formatDate, formatPercent } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';
import { useScoreText } from '@/ui/use-score-text';
import { ScrollRegion } from '@/ui/scroll-region';

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
      <ScrollRegion label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{column('date')}</th>
              <th scope="col">{column('pupil')}</th>
              <th scope="col">{column('source')}</th>
              <th scope="col">{column('workForm')}</th>
              <th scope="col" className="num">
                {column('score')}
              </th>
              <th scope="col" className="num">
                {column('scaled')}
              </th>
              <th scope="col">{column('band')}</th>
            </tr>
          </thead>
          <tbody>
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
                    {result.normBand ? (
                      <span className="badge" style={{ borderLeft: `0.6rem solid ${result.normBand.colour}` }}>
                        {result.normBand.label}
                      </span>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {shown.length < results.length ? (
        <p className="muted">{t('learningLines.detail.shown', { shown: shown.length, total: results.length })}</p>
      ) : null}
    </>
  );
}
