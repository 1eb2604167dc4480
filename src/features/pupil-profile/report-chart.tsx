import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';

export interface ReportBar {
  readonly line: string;
  /** Mastery at the start of the period, in whole percent; null without results before it. */
  readonly from: number | null;
  readonly to: number | null;
}

/** Per learning line: the level at the start of the period beside the level now (bars; the table beside it has the numbers). */
export function ReportChart({ bars, label }: { bars: readonly ReportBar[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={[...bars]} accessibilityLayer={false} role="img" aria-label={label} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="line" />
        <YAxis domain={[0, 100]} unit="%" width={44} />
        <Legend />
        <Bar dataKey="from" name={t('report.chart.from')} fill="#8fb3d9" isAnimationActive={false} />
        <Bar dataKey="to" name={t('report.chart.to')} fill="#0b5cad" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
