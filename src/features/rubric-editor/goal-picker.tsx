import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allGoals, goalById } from '@/curriculum';
import { goalId, type GoalId } from '@/domain/ids';
import { useLocalText } from '@/ui/use-labels';

const MAX_RESULTS = 8;

/** Links a criterion to goals of the curriculum: a search field, then a button per matching goal. */
export function GoalPicker({ criterion, goals, onChange }: { criterion: string; goals: readonly GoalId[]; onChange: (goals: GoalId[]) => void }) {
  const { t } = useTranslation();
  const text = useLocalText();
  const ids = { search: useId(), hint: useId() };
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (needle.length < 2) return [];
    return allGoals()
      .filter((goal) => !goals.includes(goal.id) && (text(goal.title).toLowerCase().includes(needle) || goal.id.toLowerCase().includes(needle)))
      .slice(0, MAX_RESULTS);
  }, [query, goals, text]);
  const label = (id: string) => {
    const goal = goalById(id);
    return goal ? `${text(goal.title)} (${id})` : id;
  };
  return (
    <div>
      <p>{t('rubrics.editor.goals')}</p>
      {goals.length === 0 ? <p className="muted">{t('rubrics.editor.noGoals')}</p> : null}
      <ul>
        {goals.map((id) => (
          <li key={id}>
            {label(id)}{' '}
            <button
              type="button"
              className="secondary"
              aria-label={t('rubrics.editor.unlinkGoal', { goal: label(id) })}
              onClick={() => onChange(goals.filter((goal) => goal !== id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={ids.search}>{t('rubrics.editor.goalSearch', { criterion })}</label>{' '}
      <input id={ids.search} type="search" value={query} aria-describedby={ids.hint} onChange={(event) => setQuery(event.target.value)} />
      <span id={ids.hint} className="muted">
        {' '}
        {t('rubrics.editor.goalSearchHint')}
      </span>
      {query.trim().length >= 2 ? (
        <>
          <p role="status">{t('rubrics.editor.goalResults', { n: matches.length })}</p>
          <ul>
            {matches.map((goal) => (
              <li key={goal.id}>
                <button type="button" className="secondary" onClick={() => (onChange([...goals, goalId(goal.id)]), setQuery(''))}>
                  {t('rubrics.editor.linkGoal', { goal: label(goal.id) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
