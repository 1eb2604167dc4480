import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAddressParams, withChanges } from '@/ui/use-address-params';
import { useTranslation } from 'react-i18next';
import { pupilKey } from '@/domain/ids';
import { defaultGrowthDate, growthSinceInstant } from '@/domain/progress/growth-since';
import { useDb } from '@/store/db-context';
import { schoolQueries } from '@/store/school.queries';
import { useNow } from '@/ui/clock-context';
import { useGroupName, usePupilName } from '@/ui/use-labels';
import { ReportSheet } from './report-sheet';
import { ActiveFilters, FilterBar } from '@/ui/filter-bar';
import { useViewFilters } from '@/ui/use-view-filters';
import { useSourceChoices, useSourceNames } from '@/store/source-choices';

/**
 * "Rapport voor het oudergesprek": one pupil, or every pupil of a group (one per sheet), for a
 * chosen period; printed (or saved as PDF) with the browser. Choices live in the address.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const db = useDb();
  const now = useNow();
  const ids = { group: useId(), pupil: useId(), since: useId() };
  const [params, change] = useAddressParams();
  const groups = useQuery(schoolQueries.groups(db));
  const groupNameOf = useGroupName();
  const nameOf = usePupilName();
  const group = groups.data?.find((candidate) => candidate.id === params.get('groep')) ?? groups.data?.[0] ?? null;
  const pupils = useQuery({ ...schoolQueries.pupilsIn(db, group?.id ?? ('' as never)), enabled: group !== null });
  const current = (pupils.data ?? []).filter(({ pupil }) => !pupil.leftAt);
  const chosen = params.get('leerling');
  const shown = chosen ? current.filter(({ pupil }) => String(pupil.key) === chosen) : current;
  const fallback = defaultGrowthDate(now);
  const date = params.get('sinds') ?? fallback;
  const since = growthSinceInstant(date, now) ?? (growthSinceInstant(fallback, now) as string);
  const filters = useViewFilters();
  const sourceChoices = useSourceChoices();
  const { sourceName } = useSourceNames();
  const update = (changes: Record<string, string | null>) => change((current) => withChanges(current, changes));
  return (
    <section aria-labelledby="report-title" className="report">
      <h1 id="report-title">{t('report.title')}</h1>
      <p className="no-print">{t('report.intro')}</p>
      {groups.data && groups.data.length > 0 ? (
        <div className="toolbar">
          <div>
            <label htmlFor={ids.group}>{t('classOverview.group')}</label>{' '}
            <select id={ids.group} value={group?.id ?? ''} onChange={(event) => update({ groep: event.target.value, leerling: null })}>
              {groups.data.map((candidate, position) => (
                <option key={candidate.id} value={candidate.id}>
                  {groupNameOf(candidate, position)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.pupil}>{t('report.pupil')}</label>{' '}
            <select id={ids.pupil} value={chosen ?? ''} onChange={(event) => update({ leerling: event.target.value || null })}>
              <option value="">{t('report.wholeGroup')}</option>
              {current.map(({ pupil, roster }) => (
                <option key={pupil.key} value={String(pupil.key)}>
                  {nameOf(pupil, roster)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.since}>{t('report.since')}</label>{' '}
            <input id={ids.since} type="date" value={date} onChange={(event) => update({ sinds: event.target.value || null })} />
          </div>
          <button type="button" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </div>
      ) : null}
      {groups.data && groups.data.length > 0 ? <FilterBar filters={filters} sources={sourceChoices} /> : null}
      <ActiveFilters filter={filters.filter} sources={sourceChoices} />
      {groups.data && groups.data.length === 0 ? <p>{t('classOverview.noGroups')}</p> : null}
      {pupils.isPending && group ? <p role="status">{t('common.loading')}</p> : null}
      {shown.map(({ pupil }) => (
        <ReportSheet key={pupil.key} pupil={pupilKey(pupil.key)} since={since} sourceName={sourceName} />
      ))}
    </section>
  );
}
