/** Ranks 1..n, ties sharing their average rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const out = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && (order[j + 1] as { value: number }).value === (order[i] as { value: number }).value) j += 1;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) out[(order[k] as { index: number }).index] = rank;
    i = j + 1;
  }
  return out;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Spearman rank correlation (Pearson on average ranks, so ties are handled). */
export const spearman = (x: readonly number[], y: readonly number[]) => (x.length < 2 ? 0 : pearson(ranks(x), ranks(y)));

export interface Confusion {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

/** Share of the flagged that are truly stalled; null when nothing is flagged. */
export const precisionOf = (c: Confusion) => (c.truePositive + c.falsePositive === 0 ? null : c.truePositive / (c.truePositive + c.falsePositive));
/** Share of the truly stalled that are flagged; null when no one is truly stalled. */
export const recallOf = (c: Confusion) => (c.truePositive + c.falseNegative === 0 ? null : c.truePositive / (c.truePositive + c.falseNegative));

/** Harmonic mean of precision and recall; null when neither is defined, 0 when nothing is found. */
export function f1Of(c: Confusion): number | null {
  if (c.truePositive + c.falseNegative === 0 && c.falsePositive === 0) return null;
  const denominator = 2 * c.truePositive + c.falsePositive + c.falseNegative;
  return denominator === 0 ? null : (2 * c.truePositive) / denominator;
}
