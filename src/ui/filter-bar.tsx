import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_FORMS, type WorkForm } from '@/domain/model';
import { sourceId } from '@/domain/ids';
import type { ResultFilter, ResultPeriod } from '@/domain/progress/result-filter';
import { defaultGrowthDate } from '@/domain/progress/growth-date';
import { useNow } from './clock-context';
import type { ViewFilters } from './use-view-filters';

type PeriodKind = ResultPeriod['kind'] | '';
const DEFAULT_WEEKS = 6;

/** Period, source and work form of the results a view counts; every change is a step in the history. */
export function FilterBar({ filters, sources }: { filters: ViewFilters; sources: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const now = useNow();
  const ids = { period: useId(), since: useId(), weeks: useId(), source: useId(), form: useId(), problem: useId() };
  const { filter, changeFilter: change, problems } = filters;
  const period = filter.period;
  // The number box holds what is typed; only a whole number of weeks reaches the address.
  const [weeksDraft, setWeeksDraft] = useState<string | null>(null);
  const [sinceDraft, setSinceDraft] = useState<string | null>(null);
  const choosePeriod = (kind: PeriodKind) => {
    setWeeksDraft(null);
    setSinceDraft(null);
    if (kind === '') change({ period: undefined });
    else if (kind === 'school-year') change({ period: { kind } });
    else if (kind === 'since') change({ period: { kind, date: defaultGrowthDate(now) } });
    else change({ period: { kind, weeks: DEFAULT_WEEKS } });
  };
  const weeksValue = weeksDraft ?? (period?.kind === 'last-weeks' ? String(period.weeks) : '');
  const weeksInvalid = weeksDraft !== null && !/^\d{1,3}$/.test(weeksDraft.trim());
  const weeksOutOfRange = weeksDraft !== null && !weeksInvalid && (Number(weeksDraft) < 1 || Number(weeksDraft) > 520);
  const sinceValue = sinceDraft ?? (period?.kind === 'since' ? period.date : '');
  return (
    <fieldset className="toolbar filter-bar">
      <legend>{t('filters.label')}</legend>
      <div>
        <label htmlFor={ids.period}>{t('filters.period')}</label>{' '}
        <select id={ids.period} value={period?.kind ?? ''} onChange={(event) => choosePeriod(event.target.value as PeriodKind)}>
          <option value="">{t('filters.periodAll')}</option>
          <option value="school-year">{t('filters.periodSchoolYear')}</option>
          <option value="since">{t('filters.periodSince')}</option>
          <option value="last-weeks">{t('filters.periodWeeks')}</option>
        </select>
      </div>
      {period?.kind === 'since' ? (
        <div>
          <label htmlFor={ids.since}>{t('filters.since')}</label>{' '}
          <input
            id={ids.since}
            type="date"
            value={sinceValue}
            aria-invalid={sinceDraft !== null || undefined}
            aria-describedby={sinceDraft !== null ? ids.problem : undefined}
            onChange={(event) => {
              const value = event.target.value;
              if (value) {
                setSinceDraft(null);
                change({ period: { kind: 'since', date: value } });
              } else setSinceDraft(value);
            }}
          />
          {sinceDraft !== null ? (
            <p id={ids.problem} role="alert">
              {t('filters.sinceInvalid')}
            </p>
          ) : null}
        </div>
      ) : null}
      {period?.kind === 'last-weeks' ? (
        <div>
          <label htmlFor={ids.weeks}>{t('filters.weeks')}</label>{' '}
          <input
            id={ids.weeks}
            type="number"
            inputMode="numeric"
            min={1}
            max={520}
            value={weeksValue}
            aria-invalid={weeksInvalid || weeksOutOfRange || undefined}
            aria-describedby={weeksInvalid || weeksOutOfRange ? ids.problem : undefined}
            onChange={(event) => {
              const value = event.target.value;
              const count = Number(value);
              if (/^\d{1,3}$/.test(value.trim()) && count >= 1 && count <= 520) {
                setWeeksDraft(null);
                change({ period: { kind: 'last-weeks', weeks: count } });
              } else setWeeksDraft(value);
            }}
          />
          {weeksInvalid || weeksOutOfRange ? (
            <p id={ids.problem} role="alert">
              {t('filters.weeksInvalid')}
            </p>
          ) : null}
        </div>
      ) : null}
      <div>
        <label htmlFor={ids.source}>{t('filters.source')}</label>{' '}
        <select
          id={ids.source}
          value={filter.sources?.[0] ?? ''}
          onChange={(event) => change({ sources: event.target.value ? [sourceId(event.target.value)] : undefined })}
        >
          <option value="">{t('filters.sourceAll')}</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
          {filter.sources?.[0] && !sources.some((source) => source.id === filter.sources?.[0]) ? (
            <option value={filter.sources[0]}>{filter.sources[0]}</option>
          ) : null}
        </select>
      </div>
      <div>
        <label htmlFor={ids.form}>{t('filters.workForm')}</label>{' '}
        <select
          id={ids.form}
          value={filter.workForms?.[0] ?? ''}
          onChange={(event) => change({ workForms: event.target.value ? [event.target.value as WorkForm] : undefined })}
        >
          <option value="">{t('filters.workFormAll')}</option>
          {WORK_FORMS.map((form) => (
            <option key={form} value={form}>
              {t(`filters.form.${form}`)}
            </option>
          ))}
        </select>
      </div>
      {problems.map((problem) => (
        <p key={problem.field} role="alert">
          {t(`filters.problem.${problem.field}`, { value: problem.value })}
        </p>
      ))}
    </fieldset>
  );
}

/** The filters in words (also on paper, where the controls are not printed); nothing when all results count. */
export function ActiveFilters({ filter, sources }: { filter: ResultFilter; sources: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  const period = filter.period;
  if (period?.kind === 'school-year') parts.push(t('filters.periodSchoolYear'));
  if (period?.kind === 'since') parts.push(`${t('filters.since')} ${period.date}`);
  if (period?.kind === 'last-weeks') parts.push(`${t('filters.weeks')}: ${period.weeks}`);
  const source = filter.sources?.[0];
  if (source) parts.push(`${t('filters.source')}: ${sources.find((item) => item.id === source)?.name ?? source}`);
  const form = filter.workForms?.[0];
  if (form) parts.push(`${t('filters.workForm')}: ${t(`filters.form.${form}`)}`);
  return parts.length > 0 ? <p className="filter-summary">{t('filters.active', { what: parts.join(', ') })}</p> : null;
}
