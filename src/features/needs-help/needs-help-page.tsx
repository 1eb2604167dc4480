import { useId, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAddressParams, withChanges } from '@/ui/use-address-params';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import { estimatorNameFor } from '@/domain/progress/estimators/names';
import { splitNoResultsYet } from '@/domain/progress/needs-help';
import { useCurriculum } from '@/store/curriculum.queries';
import { useDb } from '@/store/db-context';
import { useLineEstimatorChoices } from '@/store/estimator-choice.queries';
import { schoolQueries } from '@/store/school.queries';
import { ErrorNotice } from '@/ui/error-notice';
import { useGroupName, useLocalText, usePupilName } from '@/ui/use-labels';
import { InstructionGroupList } from './instruction-group-list';
import { NeedsHelpTable } from './needs-help-table';
import { DataMatterNotice } from './data-matter-notice';
import { knobValue, RULE_PARAMS, ruleWith, type RuleKnob } from './rule-from-params';
import { RuleSettings } from './rule-settings';
import { SkippedResults } from '@/ui/skipped-results';
import { DataQualityBadge } from '@/ui/data-quality-badge';
import { useStaleSources } from '@/store/source-freshness';
import { useNow } from '@/ui/clock-context';
import { useNeedsHelp } from './use-needs-help';
import { FirstSyncStatus } from '@/ui/first-sync-status';
import { useGroupInterventions } from './use-group-interventions';
import { FilterBar } from '@/ui/filter-bar';
import { useViewFilters } from '@/ui/use-view-filters';
import { useSourceChoices } from '@/store/source-choices';

/** Who needs help now and why, per group, with instruction groups by weakest goal. Routed at /hulp. */
export function NeedsHelpPage() {
  const { t } = useTranslation();
  const db = useDb();
  const nameOfPupil = usePupilName();
  const nameOfGroup = useGroupName();
  const text = useLocalText();
  const { choices } = useLineEstimatorChoices();
  const { lines } = useCurriculum();
  const methods = lines.map((line) => `${text(line.title)}: ${t(`learningLines.estimator.name.${estimatorNameFor(line.id, choices)}`)}`).join('; ');
  const groupSelect = useId();
  const [params, change] = useAddressParams();
  const groups = useQuery(schoolQueries.groups(db));
  // A group the list does not have (an old address, a group left out under "Mijn groepen") falls back to the first.
  const group = groups.data?.find((candidate) => candidate.id === params.get('groep')) ?? groups.data?.[0] ?? null;
  const weeks = knobValue('weeks', params);
  const days = knobValue('days', params);
  const rule = useMemo(() => ruleWith(weeks, days), [weeks, days]);
  const filters = useViewFilters();
  const sources = useSourceChoices();
  const data = useNeedsHelp(group, rule, filters.filter);
  const stale = useStaleSources(useNow());
  const interventions = useGroupInterventions(group?.id ?? null, data.pupils);
  // Pupils listed only for the absence of data (none at all, or none lately) are a data matter: shown apart, below the list.
  const { needHelp, noResultsYet, quiet } = useMemo(() => splitNoResultsYet(data.entries), [data.entries]);

  // A step in the history: Back goes to the previous group or rule.
  const update = (key: string, value: string) => change((current) => withChanges(current, { [key]: value }));
  const onKnob = (knob: RuleKnob, value: number) => update(RULE_PARAMS[knob].param, String(value));
  const groupName = (candidate: { id: string; name: string }) =>
    nameOfGroup(candidate, groups.data?.findIndex((item) => item.id === candidate.id) ?? 0);
  const nameOf = (key: PupilKey) => {
    const item = data.pupils.get(key);
    return item ? nameOfPupil(item.pupil, item.roster) : '';
  };

  return (
    <section aria-labelledby="needs-help-title">
      <h1 id="needs-help-title">{t('needsHelp.title')}</h1>
      <p>{t('needsHelp.intro')}</p>
      {groups.error ? <ErrorNotice title={t('common.error.title')} message={groups.error.message} detailLabel={t('common.error.details')} /> : null}
      <FirstSyncStatus otherwise={groups.data && groups.data.length === 0 ? <p>{t('classOverview.noGroups')}</p> : null} />
      {groups.data && groups.data.length > 0 ? (
        <div className="toolbar">
          <div>
            <label htmlFor={groupSelect}>{t('needsHelp.group')}</label>{' '}
            <select id={groupSelect} value={group?.id ?? ''} onChange={(event) => update('groep', event.target.value)}>
              {groups.data.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {groupName(candidate)}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {groups.data && groups.data.length > 0 ? <FilterBar filters={filters} sources={sources} /> : null}
      <RuleSettings rule={rule} onChange={onKnob} />
      <p>{t('needsHelp.methods', { list: methods })}</p>
      {data.error ? <ErrorNotice title={t('common.error.title')} message={data.error.message} detailLabel={t('common.error.details')} /> : null}
      {group && !data.loading && !data.error ? (
        data.pupils.size === 0 ? (
          <p>{t('needsHelp.noPupils')}</p>
        ) : (
          <>
            <div className="panel">
              {needHelp.length === 0 ? (
                <p>{t('needsHelp.none', { group: groupName(group) })}</p>
              ) : (
                <NeedsHelpTable
                  caption={t('needsHelp.caption', { group: groupName(group) })}
                  entries={needHelp}
                  nameOf={nameOf}
                  interventions={interventions}
                />
              )}
            </div>
            <DataMatterNotice notice="noResults" entries={noResultsYet} nameOf={nameOf} />
            <DataMatterNotice notice="quiet" entries={quiet} nameOf={nameOf} />
            <InstructionGroupList lines={data.groups} nameOf={nameOf} refOf={(key) => data.pupils.get(key)?.pupil.ref ?? null} group={group.id} />
          </>
        )
      ) : null}
      <SkippedResults count={data.skipped} />
      <DataQualityBadge stale={stale} duplicates={data.duplicates} />
      {groups.isPending || data.loading ? <p role="status">{t('common.loading')}</p> : null}
    </section>
  );
}
