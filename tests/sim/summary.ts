/** Mean and minimum of each metric per estimator and week over several seeds' rows (`--seeds`). */
export interface MetricRow {
  readonly estimator: string;
  readonly weeks: number;
  readonly spearman?: number | null;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1?: number | null;
  readonly flaggedShare?: number;
  readonly stalledShare?: number;
}

const METRICS = ['spearman', 'precision', 'recall', 'f1', 'flaggedShare', 'stalledShare'] as const;
const LABEL: Partial<Record<(typeof METRICS)[number], string>> = { flaggedShare: 'flagged', stalledShare: 'truly stuck' };

export function summaryOf(rowsPerSeed: readonly (readonly MetricRow[])[]): string[] {
  const groups = new Map<string, MetricRow[]>();
  for (const rows of rowsPerSeed)
    for (const row of rows) groups.set(`${row.estimator}\u0000${row.weeks}`, [...(groups.get(`${row.estimator}\u0000${row.weeks}`) ?? []), row]);
  return [...groups.values()].map((rows) => {
    const first = rows[0] as MetricRow;
    const parts = METRICS.flatMap((metric) => {
      const values = rows.map((row) => row[metric]).filter((value): value is number => typeof value === 'number');
      if (values.length === 0) return [];
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      return [`${LABEL[metric] ?? metric} ${mean.toFixed(3)} (min ${Math.min(...values).toFixed(3)})`];
    });
    return `${first.estimator.padEnd(16)} ${String(first.weeks).padStart(2)} wk  ${parts.join('  ')}`;
  });
}
