import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { CriterionHistory } from '@/domain/rubric-history';
import { formatShortDate } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';
import { SOURCE_COLOURS } from './line-chart';

interface RubricHistoryChartProps {
  readonly history: readonly CriterionHistory[];
  /** Level names, lowest first: the y axis is ordinal. */
  readonly levels: readonly string[];
  readonly criterionName: (criterion: CriterionHistory) => string;
  /** The accessible name of the chart (its figure's caption): the chart is a keyboard stop. */
  readonly label: string;
}

/** Draws the levels the domain shaped: one line per criterion, the year group's targets as dashed lines. */
export function RubricHistoryChart({ history, levels, criterionName, label }: RubricHistoryChartProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const targets = [...new Set(history.flatMap((criterion) => (criterion.targetIndex === null ? [] : [criterion.targetIndex])))];
  const times = history.flatMap((criterion) => criterion.points.map((point) => point.t));
  const day = 86_400_000;
  const domain = [Math.min(...times) - day, Math.max(...times) + day];
  // Ticks at the assessment dates, each once: left to itself the axis repeats a tick when every point falls on one day.
  const ticks = [...new Set(times)].sort((a, b) => a - b);
  // The legend in the rubric's criterion order, as the table (Recharts sorts it by name unless told otherwise).
  const order = new Map(history.map((criterion, index) => [criterionName(criterion), index]));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart margin={{ top: 8, right: 16, bottom: 8, left: 8 }} aria-label={label}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          ticks={ticks}
          tickFormatter={(value: number) => formatShortDate(locale, new Date(value))}
        />
        <YAxis
          type="number"
          domain={[0, Math.max(0, levels.length - 1)]}
          ticks={levels.map((_, index) => index)}
          allowDecimals={false}
          tickFormatter={(value: number) => levels[value] ?? ''}
          width={88}
        />
        <Legend itemSorter={(item) => order.get(String(item.value)) ?? order.size} />
        {targets.map((index) => (
          <ReferenceLine
            key={index}
            y={index}
            stroke="#1d2530"
            strokeDasharray="6 4"
            label={t('pupilProfile.rubricHistory.target', { level: levels[index] ?? '' })}
          />
        ))}
        {history.map((criterion, index) => (
          <Line
            key={criterion.criterion}
            name={criterionName(criterion)}
            data={criterion.points.filter((point) => point.levelIndex !== null)}
            dataKey="levelIndex"
            stroke={SOURCE_COLOURS[index % SOURCE_COLOURS.length]}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
