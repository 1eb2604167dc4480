import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurriculum } from '@/store/curriculum.queries';
import type { GoalId } from '@/domain/ids';
import type { Preview } from '@/ingest/connector-wizard.machine';
import { formatDate } from '@/i18n/format';
import { useLocale, useLocalText } from '@/ui/use-labels';
import { BulkMapper } from './bulk-mapper';
import { GoalPicker } from './goal-picker';
import { PreviewTable } from './preview-table';
import { VirtualList } from '@/ui/virtual-list';

const SHOWN = 8;
/** A goal picker's height on a desktop screen, as a first guess (each is measured once drawn). */
const PICKER_PX = 90;

/**
 * The first page as Leerzicht would store it, and the codes that still need a goal. Memoised: the wizard draws
 * again at each progress report of an import, and this step's pickers need not.
 */
export const PreviewStep = memo(function PreviewStep({
  preview,
  onMap,
}: {
  preview: Preview;
  onMap: (code: string, goals: readonly GoalId[]) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useLocalText();
  const { resolve } = useCurriculum();
  const shown = preview.results.slice(0, SHOWN);
  const [bulkDone, setBulkDone] = useState('');
  return (
    <>
      {shown.length > 0 ? (
        <PreviewTable
          caption={t('connectors.previewCaption', { n: shown.length })}
          results={shown}
          goalsText={(result) =>
            result.goals.length === 0
              ? t('connectors.noGoal')
              : result.goals
                  .map(
                    (id) =>
                      resolve(id)
                        .map((goal) => text(goal.title))
                        .join(' / ') || id,
                  )
                  .join('; ')
          }
        />
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
          <VirtualList
            items={preview.unmapped}
            keyOf={(item) => item.code}
            labelledBy="wizard-unmapped"
            estimate={PICKER_PX}
            renderItem={(item, props) => <GoalPicker code={item.code} count={item.count} onMap={(goals) => onMap(item.code, goals)} item={props} />}
          />
        </>
      )}
    </>
  );
});
