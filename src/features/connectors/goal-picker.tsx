import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurriculum } from '@/store/curriculum.queries';
import { goalId, type GoalId } from '@/domain/ids';
import { useLocalText } from '@/ui/use-labels';
import { SupplierText } from '@/ui/supplier-text';
import type { VirtualItemProps } from '@/ui/virtual-list';

interface GoalPickerProps {
  readonly code: string;
  readonly count?: number;
  readonly onMap: (goals: readonly GoalId[]) => void;
  /** Its place in a list drawn in part (VirtualList). */
  readonly item?: VirtualItemProps;
}

/** A searchable list of the curriculum's goals for one supplier code. */
export function GoalPicker({ code, count, onMap, item }: GoalPickerProps) {
  const { t } = useTranslation();
  const text = useLocalText();
  const { pickable } = useCurriculum();
  const ids = { search: useId(), goal: useId() };
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState('');
  const options = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return pickable
      .map((goal) => ({ id: goal.id, label: text(goal.label) }))
      .filter((option) => words.every((word) => option.label.toLowerCase().includes(word) || option.id.includes(word)))
      .slice(0, 50);
  }, [query, text, pickable]);
  return (
    <li {...item}>
      <SupplierText value={code} />
      {count === undefined ? '' : ` (${count})`}
      <div className="toolbar">
        <div>
          <label htmlFor={ids.search}>{t('connectors.search', { code })}</label>{' '}
          <input id={ids.search} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div>
          <label htmlFor={ids.goal}>{t('connectors.goal', { code })}</label>{' '}
          <select id={ids.goal} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t('connectors.chooseGoal')}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={!choice} onClick={() => onMap([goalId(choice)])}>
          {t('connectors.map')}
        </button>
      </div>
    </li>
  );
}
