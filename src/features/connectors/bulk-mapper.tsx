import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeFamilies, rankGoals } from '@/domain/code-suggestions';
import { goalId, type GoalId } from '@/domain/ids';
import { useCurriculum } from '@/store/curriculum.queries';
import { SupplierText } from '@/ui/supplier-text';
import { useLocalText } from '@/ui/use-labels';

interface BulkMapperProps {
  readonly unmapped: readonly { code: string; count: number }[];
  /** Maps one code; called once per chosen code. */
  readonly onMap: (code: string, goals: readonly GoalId[]) => void;
  /** What was mapped, in words (the step says it in a status that stays when this list is gone). */
  readonly onDone: (message: string) => void;
}

/** The last two parts of a family's stem: enough to tell families apart on a button. */
const shortStem = (stem: string) => `…/${stem.split('/').slice(-2).join('/')}`;

/**
 * Several codes to one goal at once: tick codes (or a whole family, such as a world's levels, with
 * one button), take a suggested goal (ranked by the codes' words against the goals' titles) or
 * search one, and map them all with one button.
 */
export function BulkMapper({ unmapped, onMap, onDone }: BulkMapperProps) {
  const { t } = useTranslation();
  const text = useLocalText();
  const { pickable } = useCurriculum();
  const ids = { title: useId(), search: useId(), goal: useId(), box: useId() };
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [goal, setGoal] = useState('');
  const [query, setQuery] = useState('');
  const codes = useMemo(() => unmapped.map((item) => item.code), [unmapped]);
  const chosen = codes.filter((code) => selected.has(code));
  const goals = useMemo(() => pickable.map((item) => ({ id: item.id, label: text(item.label) })), [pickable, text]);
  const suggestions = useMemo(() => rankGoals(chosen, goals), [chosen.join('\n'), goals]); // eslint-disable-line react-hooks/exhaustive-deps
  const families = useMemo(() => codeFamilies(codes), [codes]);
  const options = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return goals.filter((option) => words.every((word) => option.label.toLowerCase().includes(word) || option.id.includes(word))).slice(0, 50);
  }, [query, goals]);
  const label = (id: string) => goals.find((item) => item.id === id)?.label ?? id;
  const toggle = (code: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(code);
    else next.delete(code);
    setSelected(next);
    onDone('');
  };
  const mapAll = () => {
    for (const code of chosen) onMap(code, [goalId(goal)]);
    onDone(t('connectors.bulk.done', { count: chosen.length, goal: label(goal) }));
    setSelected(new Set());
    setGoal('');
  };
  return (
    <section aria-labelledby={ids.title} className="bulk-map">
      <h3 id={ids.title}>{t('connectors.bulk.title')}</h3>
      <p>{t('connectors.bulk.intro')}</p>
      {families.length > 0 ? (
        <p className="bulk-map__families">
          {families.map((family) => (
            <button
              key={family.stem}
              type="button"
              className="secondary"
              onClick={() => {
                setSelected(new Set(family.codes));
                onDone('');
              }}
            >
              {t('connectors.bulk.family', { count: family.codes.length, stem: shortStem(family.stem) })}
            </button>
          ))}
        </p>
      ) : null}
      <fieldset>
        <legend>{t('connectors.bulk.codes', { count: chosen.length, total: codes.length })}</legend>
        <ul className="bulk-map__codes">
          {unmapped.map((item, index) => (
            <li key={item.code}>
              <input
                id={`${ids.box}-${index}`}
                type="checkbox"
                checked={selected.has(item.code)}
                onChange={(event) => toggle(item.code, event.target.checked)}
              />{' '}
              <label htmlFor={`${ids.box}-${index}`}>
                <SupplierText value={item.code} /> ({item.count})
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosen.length > 0 ? (
        <fieldset>
          <legend>{t('connectors.bulk.suggested')}</legend>
          {suggestions.length === 0 ? (
            <p>{t('connectors.bulk.noSuggestion')}</p>
          ) : (
            suggestions.map((suggestion, index) => (
              <div key={suggestion.id}>
                <input
                  id={`${ids.goal}-s${index}`}
                  type="radio"
                  name={ids.goal}
                  checked={goal === suggestion.id}
                  onChange={() => setGoal(suggestion.id)}
                />{' '}
                <label htmlFor={`${ids.goal}-s${index}`}>{suggestion.label}</label>
              </div>
            ))
          )}
        </fieldset>
      ) : null}
      {chosen.length > 0 ? (
        <div className="toolbar">
          <div>
            <label htmlFor={ids.search}>{t('connectors.bulk.search')}</label>{' '}
            <input id={ids.search} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          </div>
          <div>
            <label htmlFor={`${ids.goal}-select`}>{t('connectors.bulk.goal')}</label>{' '}
            <select id={`${ids.goal}-select`} value={goal} onChange={(event) => setGoal(event.target.value)}>
              <option value="">{t('connectors.chooseGoal')}</option>
              {goal && !options.some((option) => option.id === goal) ? <option value={goal}>{label(goal)}</option> : null}
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      <p>
        <button type="button" disabled={chosen.length === 0 || !goal} onClick={mapAll}>
          {t('connectors.bulk.map', { count: chosen.length })}
        </button>
      </p>
    </section>
  );
}
