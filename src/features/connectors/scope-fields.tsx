import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { scopeProblem } from '@/domain/source-scope';
import { SCOPE_PUPILS, type SourceScope } from '@/domain/source';

const ALL: SourceScope = { pupils: 'all' };

/** The scope with one date set or cleared (an empty date field means: no limit). */
function withDate(scope: SourceScope, field: 'since' | 'until', value: string): SourceScope {
  const { [field]: _old, ...rest } = scope;
  return value === '' ? rest : { ...rest, [field]: value };
}

/**
 * "What do we read?": an optional window of dates (from, up to and including) and whether the source
 * is read for every pupil or only for our rostered pupils with consent (decision 018).
 */
export function ScopeFields({ value, onChange }: { value: SourceScope | undefined; onChange: (scope: SourceScope) => void }) {
  const { t } = useTranslation();
  const ids = { since: useId(), until: useId(), problem: useId(), pupils: useId(), help: useId() };
  const scope = value ?? ALL;
  const problem = scopeProblem(scope);
  const invalid = (field: 'since' | 'until') =>
    problem === 'since-after-until' || problem === `${field}-invalid` ? { 'aria-invalid': true, 'aria-describedby': ids.problem } : {};
  return (
    <fieldset>
      <legend>{t('connectors.scope.legend')}</legend>
      <p className="muted">{t('connectors.scope.help')}</p>
      <p>
        <label htmlFor={ids.since}>{t('connectors.scope.since')}</label>{' '}
        <input
          id={ids.since}
          type="date"
          value={scope.since ?? ''}
          onChange={(event) => onChange(withDate(scope, 'since', event.target.value))}
          {...invalid('since')}
        />{' '}
        <label htmlFor={ids.until}>{t('connectors.scope.until')}</label>{' '}
        <input
          id={ids.until}
          type="date"
          value={scope.until ?? ''}
          onChange={(event) => onChange(withDate(scope, 'until', event.target.value))}
          {...invalid('until')}
        />
      </p>
      {problem ? (
        <p id={ids.problem} role="alert">
          {t(`connectors.scope.problem.${problem}`)}
        </p>
      ) : null}
      <fieldset aria-describedby={ids.help}>
        <legend>{t('connectors.scope.pupils')}</legend>
        {SCOPE_PUPILS.map((pupils) => (
          <label key={pupils} className="choice">
            <input type="radio" name={ids.pupils} value={pupils} checked={scope.pupils === pupils} onChange={() => onChange({ ...scope, pupils })} />{' '}
            {t(`connectors.scope.pupil.${pupils}`)}
          </label>
        ))}
        <p id={ids.help} className="muted">
          {t('connectors.scope.ourGroupsHelp')}
        </p>
      </fieldset>
    </fieldset>
  );
}
