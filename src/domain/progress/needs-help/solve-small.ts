const at = (values: ArrayLike<number>, i: number): number => values[i] ?? 0;

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
export function solveSmall(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, at(b, i)]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(at(m[r] ?? [], c)) > Math.abs(at(m[p] ?? [], c))) p = r;
    [m[c], m[p]] = [m[p] ?? [], m[c] ?? []];
    const pivot = m[c] ?? [];
    const d = at(pivot, c);
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r += 1) {
      const row = m[r] ?? [];
      const f = r === c ? 0 : at(row, c) / d;
      if (f !== 0) for (let k = c; k <= n; k += 1) row[k] = at(row, k) - f * at(pivot, k);
    }
  }
  return m.map((row, i) => (Math.abs(at(row, i)) < 1e-12 ? 0 : at(row, n) / at(row, i)));
}
