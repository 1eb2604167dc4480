import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurriculum } from '@/store/curriculum.queries';
import type { GoalId } from '@/domain/ids';
import type { Preview } from '@/ingest/connector-wizard.machine';
import { formatDate, formatPercent } from '@/i18n/format';
import { SupplierText } from '@/ui/supplier-text';
import { useLocale, useLocalText } from '@/ui/use-labels';
import { BulkMapper } from './bulk-mapper';
import { GoalPicker } from './goal-picker';
import { ScrollRegion } from '@/ui/scroll-region';

const SHOWN = 8;

/** The first page as Leerzicht would store it, and the codes that still need a goal. */
export function PreviewStep({ preview, onMap }: { preview: Preview; onMap: (code: string, goals: readonly GoalId[]) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useLocalText();
  const { resolve } = useCurriculum();
  const shown = preview.results.slice(0, SHOWN);
  const [bulkDone, setBulkDone] = useState('');
  return (
    <>
      {shown.length > 0 ? (
        <ScrollRegion label={t('connectors.previewCaption', { n: shown.length })}>
          <table>
            <caption>{t('connectors.previewCaption', { n: shown.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('connectors.column.time')}</th>
                <th scope="col">{t('connectors.column.code')}</th>
                <th scope="col">{t('connectors.column.goals')}</th>
                <th scope="col">{t('connectors.column.workForm')}</th>
                <th scope="col" className="num">
                  {t('connectors.column.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((result) => (
                <tr key={result.id}>
                  <td>{formatDate(locale, result.time)}</td>
                  <td>
                    <SupplierText value={result.code} max={40} />
                  </td>
                  <td>
                    {result.goals.length === 0
                      ? t('connectors.noGoal')
                      : result.goals
                          .map(
                            (id) =>
                              resolve(id)
                                .map((goal) => text(goal.title))
                                .join(' / ') || id,
                          )
                          .join('; ')}
                  </td>
                  <td>{t(`common.workForm.${result.workForm}`)}</td>
                  <td className="num">{result.score ? formatPercent(locale, result.score.scaled) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {preview.rejections.length > 0 ? <p>{t('connectors.rejected', { n: preview.rejections.length })}</p> : null}
      {preview.expired && preview.expired.count > 0 ? (
        <p>{t('connectors.expired', { n: preview.expired.count, date: formatDate(locale, preview.expired.cutoff) })}</p>
      ) : null}
      <h2 id="wizard-unmapped">{t('connectors.unmappedTitle')}</h2>
      <p role="status">{bulkDone}</p>
      {preview.unmapped.length === 0 ? (
        <p>{t('connectors.unmappedNone')}</p>
      ) : (
        <>
          {preview.unmapped.length > 1 ? <BulkMapper unmapped={preview.unmapped} onMap={onMap} onDone={setBulkDone} /> : null}
          <ul aria-labelledby="wizard-unmapped">
            {preview.unmapped.map((item) => (
              <GoalPicker key={item.code} code={item.code} count={item.count} onMap={(goals) => onMap(item.code, goals)} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
