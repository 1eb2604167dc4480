import { useTranslation } from 'react-i18next';
import type { GoalId } from '@/domain/ids';
import type { CodeMapping } from '@/domain/source';
import { useCurriculum } from '@/store/curriculum.queries';
import { SupplierText } from '@/ui/supplier-text';
import { useLocalText } from '@/ui/use-labels';
import { GoalPicker } from './goal-picker';

/** When editing: the codes that already have a goal, each with the goal shown and a picker to change it. */
export function MappedCodes({ mapping, onMap }: { mapping: CodeMapping; onMap: (code: string, goals: readonly GoalId[]) => void }) {
  const { t } = useTranslation();
  const text = useLocalText();
  const { resolve } = useCurriculum();
  // A goal SLO replaced is named by its successor(s); an id nothing here knows stays visible as it is.
  const named = (id: string) => {
    const shown = resolve(id);
    return shown.length > 0 ? shown.map((goal) => text(goal.title)).join('; ') : id;
  };
  const codes = Object.entries(mapping).filter(([, goals]) => goals.length > 0);
  return (
    <>
      <h2 id="wizard-mapped">{t('connectors.edit.mapped')}</h2>
      {codes.length === 0 ? (
        <p>{t('connectors.edit.mappedNone')}</p>
      ) : (
        <details>
          <summary>
            {t('connectors.edit.mapped')} ({codes.length})
          </summary>
          <ul aria-labelledby="wizard-mapped">
            {codes.map(([code, goals]) => (
              <li key={code}>
                <SupplierText value={code} />: {goals.map(named).join('; ')}
                <ul>
                  <GoalPicker code={code} onMap={(next) => onMap(code, next)} />
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
