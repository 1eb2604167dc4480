import { memo } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { PupilKey } from '@/domain/ids';
import { DAY_MS } from '@/domain/time-units';
import type { GroupOverTime, GroupWeek, MarkedPoint } from '@/domain/progress/group-over-time';
import { formatPercent, formatShortDate } from '@/i18n/format';
import { ChartFrame } from '@/ui/chart-frame';
import { useLocale } from '@/ui/use-labels';

interface GroupOverTimeChartProps {
  /** Null while who needs help is still being worked out. */
  readonly series: GroupOverTime<PupilKey> | null;
  readonly group: string;
  readonly line: string;
  readonly nameOf: (key: PupilKey) => string;
}

interface TooltipProps {
  readonly active?: boolean;
  readonly payload?: ReadonlyArray<{ payload?: unknown }>;
}

/**
 * The group over time as a section of the page: its heading, and a status where the chart will be
 * while who needs help is worked out (the same section stays, at about the chart's height, so the
 * page does not jump), then the chart. Memo: drawn again only when the series, names or labels change.
 */
export const GroupOverTimeChart = memo(function GroupOverTimeChart({ series, ...rest }: GroupOverTimeChartProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="over-time-title" className="over-time">
      <h2 id="over-time-title">{t('overTime.title', { group: rest.group })}</h2>
      <p>{t('overTime.intro')}</p>
      {series ? (
        <GroupOverTimeFigure series={series} {...rest} />
      ) : (
        <p role="status" className="over-time__pending">
          {t('overTime.computing')}
        </p>
      )}
    </section>
  );
});

/** The group's median and middle half per week with the pupils who need help marked, and the same figures as a table. */
function GroupOverTimeFigure({ series, group, line, nameOf }: GroupOverTimeChartProps & { readonly series: GroupOverTime<PupilKey> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const percent = (value: number) => formatPercent(locale, value);
  const week = (time: number) => formatShortDate(locale, new Date(time));
  const rows = series.weeks.map((item) => ({ t: item.t, median: item.median, band: [item.q1, item.q3] as [number, number] }));
  // The weeks themselves are the ticks (at most 8, evenly spaced): a single week would otherwise give Recharts an empty domain and repeated ticks.
  const weeks = [...new Set(rows.map((row) => row.t))];
  const ticks = weeks.filter((_, index) => index % Math.ceil(weeks.length / 8) === 0);
  const domain: [number, number] =
    weeks.length > 1 ? [weeks[0] ?? 0, weeks[weeks.length - 1] ?? 0] : [(weeks[0] ?? 0) - 3 * DAY_MS, (weeks[0] ?? 0) + 3 * DAY_MS];
  const marks = series.marked.map((mark) => ({ t: mark.t, value: mark.value, name: nameOf(mark.key) }));
  const marksByWeek = new Map<number, MarkedPoint<PupilKey>[]>();
  for (const mark of series.marked) marksByWeek.set(mark.t, [...(marksByWeek.get(mark.t) ?? []), mark]);

  function PointTooltip({ active, payload }: TooltipProps) {
    const point = payload?.[0]?.payload as { t?: number; median?: number; band?: [number, number]; value?: number; name?: string } | undefined;
    if (!active || !point || point.t === undefined) return null;
    return (
      <div className="chart-tooltip">
        <div>{week(point.t)}</div>
        {point.name !== undefined ? (
          <div>
            {point.name}: {percent(point.value ?? 0)}
          </div>
        ) : (
          <>
            <div>
              {t('overTime.median')}: {percent(point.median ?? 0)}
            </div>
            <div>
              {t('overTime.band')}: {t('overTime.bandValue', { low: percent(point.band?.[0] ?? 0), high: percent(point.band?.[1] ?? 0) })}
            </div>
          </>
        )}
      </div>
    );
  }

  const table = (
    <>
      <table>
        <caption>{t('overTime.tableCaption', { group, line })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overTime.week')}</th>
            <th scope="col" className="num">
              {t('overTime.median')}
            </th>
            <th scope="col">{t('overTime.band')}</th>
            <th scope="col" className="num">
              {t('overTime.pupils')}
            </th>
            <th scope="col">{t('overTime.marked')}</th>
          </tr>
        </thead>
        <tbody>
          {series.weeks.map((item: GroupWeek) => (
            <tr key={item.t}>
              <th scope="row">{week(item.t)}</th>
              <td className="num">{percent(item.median)}</td>
              <td>{t('overTime.bandValue', { low: percent(item.q1), high: percent(item.q3) })}</td>
              <td className="num">{item.pupils}</td>
              <td>{(marksByWeek.get(item.t) ?? []).map((mark) => `${nameOf(mark.key)} ${percent(mark.value)}`).join(', ') || t('overTime.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );

  return (
    <>
      {series.weeks.length === 0 ? (
        <p>{t('overTime.empty')}</p>
      ) : (
        <ChartFrame
          caption={t('overTime.caption', { group, line })}
          tableLabel={t('overTime.tableLabel')}
          table={table}
          chart={
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }} aria-label={t('overTime.chartLabel', { group, line })}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="t" type="number" scale="time" domain={domain} ticks={ticks} tickFormatter={(value: number) => week(value)} />
                <YAxis type="number" domain={[0, 1]} tickFormatter={(value: number) => percent(value)} width={56} />
                <Tooltip content={<PointTooltip />} />
                <Legend />
                <Area
                  name={t('overTime.band')}
                  data={rows}
                  dataKey="band"
                  fill="#9ecae1"
                  fillOpacity={0.6}
                  stroke="#0072B2"
                  strokeOpacity={0.4}
                  isAnimationActive={false}
                />
                <Line
                  name={t('overTime.median')}
                  data={rows}
                  dataKey="median"
                  stroke="#1d2530"
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
                <Scatter name={t('overTime.marked')} data={marks} dataKey="value" fill="#D55E00" shape="triangle" isAnimationActive={false} />
              </ComposedChart>
            </ResponsiveContainer>
          }
        />
      )}
      {series.weeks.length < series.weeksTotal ? (
        <p className="muted">{t('overTime.thinned', { shown: series.weeks.length, total: series.weeksTotal })}</p>
      ) : null}
      {series.unmarkedPupils > 0 ? <p className="muted">{t('overTime.unmarked', { count: series.unmarkedPupils })}</p> : null}
      {series.markedPupils > 0 ? <p className="muted">{t('overTime.markedNote')}</p> : null}
    </>
  );
}
