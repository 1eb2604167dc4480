import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONFLICT_GAP } from '@/domain/quality/conflicts';
import { formatNumber } from '@/i18n/format';
import { useDb } from '@/store/db-context';
import { schoolQueries } from '@/store/school.queries';
import type { SourceOverview } from '@/store/sources.queries';
import { useNow } from '@/ui/clock-context';
import { ErrorNotice } from '@/ui/error-notice';
import { useGroupName, useLocale } from '@/ui/use-labels';
import { ConflictTable } from './conflict-table';
import { CoverageTable } from './coverage-table';
import { FreshnessTable } from './freshness-table';
import { PERIOD_CHOICES, useGroupQuality, type PeriodChoice } from './use-group-quality';

/** Bronnen, for the ICT coordinator: freshness per source, and per group coverage, reports counted once and contradicting sources. */
export function DataQualitySection({ overview }: { overview: readonly SourceOverview[] }) {
  const { t } = useTranslation();
  const db = useDb();
  const ids = { group: useId(), period: useId() };
  const groups = useQuery(schoolQueries.groups(db));
  const nameOfGroup = useGroupName();
  const [chosen, setChosen] = useState('');
  const [period, setPeriod] = useState<PeriodChoice>('last-6');
  const list = groups.data ?? [];
  const index = Math.max(
    0,
    list.findIndex((group) => group.id === chosen),
  );
  const group = list[index] ?? null;
  const sourceName = (id: string) => overview.find((item) => item.source.id === id)?.source.name ?? id;
  return (
    <section aria-labelledby="data-quality-title" className="panel">
      <h2 id="data-quality-title">{t('dataQuality.title')}</h2>
      <p>{t('dataQuality.intro')}</p>
      <FreshnessTable overview={overview} />
      {group ? (
        <>
          <p>
            <label htmlFor={ids.group}>{t('dataQuality.group')}</label>{' '}
            <select id={ids.group} value={group.id} onChange={(event) => setChosen(event.target.value)}>
              {list.map((candidate, position) => (
                <option key={candidate.id} value={candidate.id}>
                  {nameOfGroup(candidate, position)}
                </option>
              ))}
            </select>{' '}
            <label htmlFor={ids.period}>{t('dataQuality.period.label')}</label>{' '}
            <select id={ids.period} value={period} onChange={(event) => setPeriod(event.target.value as PeriodChoice)}>
              {PERIOD_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`dataQuality.period.${choice}`)}
                </option>
              ))}
            </select>
          </p>
          <GroupQualityPanel group={group.id} groupName={nameOfGroup(group, index)} period={period} sourceName={sourceName} />
        </>
      ) : null}
    </section>
  );
}

function GroupQualityPanel({
  group,
  groupName,
  period,
  sourceName,
}: {
  group: string;
  groupName: string;
  period: PeriodChoice;
  sourceName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const quality = useGroupQuality(group, period, useNow());
  if (quality.error) return <ErrorNotice title={t('common.error.title')} message={quality.error.message} detailLabel={t('common.error.details')} />;
  if (quality.loading) return <p role="status">{t('common.loading')}</p>;
  const bySource = [...quality.duplicatesBySource]
    .sort((a, b) => b[1] - a[1])
    .map(([source, n]) => t('dataQuality.coverage.sourceCount', { name: sourceName(source), n: formatNumber(locale, n) }))
    .join(', ');
  return (
    <>
      <h3>{t('dataQuality.coverage.title')}</h3>
      <CoverageTable
        caption={t('dataQuality.coverage.caption', { group: groupName, period: t(`dataQuality.period.${period}`).toLowerCase() })}
        coverage={quality.coverage}
        pupils={quality.pupils}
        sourceName={sourceName}
      />
      <h3>{t('dataQuality.duplicates.title')}</h3>
      {quality.duplicates === 0 ? (
        <p>{t('dataQuality.duplicates.none', { group: groupName })}</p>
      ) : (
        <p>
          {t('dataQuality.duplicates.summary', { group: groupName, count: quality.duplicates })}{' '}
          {t('dataQuality.duplicates.bySource', { list: bySource })}
        </p>
      )}
      <h3>{t('dataQuality.conflicts.title')}</h3>
      <p className="muted">{t('dataQuality.conflicts.help', { gap: formatNumber(locale, CONFLICT_GAP * 100) })}</p>
      {quality.conflicts.length === 0 ? (
        <p>{t('dataQuality.conflicts.none', { group: groupName })}</p>
      ) : (
        <ConflictTable
          caption={t('dataQuality.conflicts.caption', { group: groupName })}
          conflicts={quality.conflicts}
          pupils={quality.pupils}
          sourceName={sourceName}
          goal={quality.goal}
        />
      )}
    </>
  );
}
