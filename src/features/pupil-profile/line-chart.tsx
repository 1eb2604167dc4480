import { memo } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { LineSeries, SeriesPoint } from '@/domain/progress/series';
import { formatPercent, formatShortDate } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';

/** The first of every month in the data's range: one tick each, never duplicates across series. */
function monthTicks(times: readonly number[]): number[] {
  if (times.length === 0) return [];
  const min = Math.min(...times);
  const max = Math.max(...times);
  const ticks: number[] = [];
  const start = new Date(min);
  for (let month = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); month <= max;) {
    ticks.push(month);
    const date = new Date(month);
    month = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  return ticks;
}

/** Colour-blind-safe palette (Okabe-Ito), one per source. */
export const SOURCE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

interface TooltipProps {
  readonly active?: boolean;
  readonly payload?: ReadonlyArray<{ payload?: unknown }>;
}

/** Draws series computed by the domain; it computes nothing itself. */
/** A dated marker drawn as a vertical line (an intervention). */
export interface ChartMarker {
  readonly t: number;
  readonly label: string;
}

/**
 * Drawn again only when its series, names, label or markers change (memo): recharts draws every point
 * as components of its own, and the profile's other parts (tables, judgements) load one after another.
 */
export const ProgressChart = memo(function ProgressChart({
  series,
  sourceName,
  label,
  markers = [],
}: {
  series: LineSeries;
  sourceName: (id: string) => string;
  label: string;
  markers?: readonly ChartMarker[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sources = [...series.bySource.keys()];
  const ticks = monthTicks([...series.bySource.values()].flat().map((point) => point.t));

  function PointTooltip({ active, payload }: TooltipProps) {
    const point = payload?.[0]?.payload as (Partial<SeriesPoint> & { value?: number; t?: number }) | undefined;
    if (!active || !point || point.t === undefined) return null;
    if (point.source === undefined) {
      return (
        <div className="chart-tooltip">
          {formatShortDate(locale, new Date(point.t))}: {t('pupilProfile.trend')} {formatPercent(locale, point.value ?? 0)}
        </div>
      );
    }
    return (
      <div className="chart-tooltip">
        <div>
          {sourceName(point.source)} · {formatShortDate(locale, new Date(point.t))}
        </div>
        <div>{formatPercent(locale, point.scaled ?? 0)}</div>
        {point.normBand ? <div>{t('pupilProfile.tooltipBand', { source: sourceName(point.source), band: point.normBand.label })}</div> : null}
      </div>
    );
  }

  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }} aria-label={label}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={ticks}
          tickFormatter={(value: number) => formatShortDate(locale, new Date(value))}
        />
        <YAxis type="number" domain={[0, 1]} tickFormatter={(value: number) => formatPercent(locale, value)} width={56} />
        <Tooltip content={<PointTooltip />} />
        <Legend />
        {sources.map((source, index) => (
          <Scatter
            key={source}
            name={sourceName(source)}
            data={series.bySource.get(source) as SeriesPoint[]}
            dataKey="scaled"
            fill={SOURCE_COLOURS[index % SOURCE_COLOURS.length]}
            isAnimationActive={false}
          />
        ))}
        {markers.map((marker, index) => (
          <ReferenceLine
            key={`${marker.t}-${index}`}
            x={marker.t}
            ifOverflow="extendDomain"
            stroke="#6b3fa0"
            strokeDasharray="6 3"
            strokeWidth={2}
            label={{ value: marker.label, position: 'insideTopLeft', fill: '#4b2a73', fontSize: 12 }}
            className="chart-marker"
          />
        ))}
        <Line
          name={t('pupilProfile.trend')}
          data={[...series.trend]}
          dataKey="value"
          stroke="#1d2530"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
