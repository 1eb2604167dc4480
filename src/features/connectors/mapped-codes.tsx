import { useTranslation } from 'react-i18next';
import { goalById } from '@/curriculum';
import type { GoalId } from '@/domain/ids';
import type { CodeMapping } from '@/domain/source';
import { SupplierText } from '@/ui/supplier-text';
import { useLocalText } from '@/ui/use-labels';
import { GoalPicker } from './goal-picker';

/** When editing: the codes that already have a goal, each with the goal shown and a picker to change it. */
export function MappedCodes({ mapping, onMap }: { mapping: CodeMapping; onMap: (code: string, goals: readonly GoalId[]) => void }) {
  const { t } = useTranslation();
  const text = useLocalText();
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
                <SupplierText value={code} />: {goals.map((id) => { const goal = goalById(id); return goal ? text(goal.title) : id; }).join('; ')}
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
