const at = (values: ArrayLike<number>, i: number): number => values[i] ?? 0;
const atF = (values: Float64Array, i: number): number => values[i] ?? 0;
const atI = (values: Int32Array, i: number): number => values[i] ?? 0;

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

/**
 * solveSmall's elimination, step for step and with the same arithmetic, on an n x (n + 1) system [A | b]
 * kept row by row in one array (changed in place): no copies, for the course model's goals (n of 30 and
 * more, thousands of times per group). Rows are swapped through `rows` (their order); x goes to `out`.
 */
export function solveInPlace(system: Float64Array, n: number, rows: Int32Array, out: Float64Array): void {
  const width = n + 1;
  for (let r = 0; r < n; r += 1) rows[r] = r * width;
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(atF(system, atI(rows, r) + c)) > Math.abs(atF(system, atI(rows, p) + c))) p = r;
    const swapped = atI(rows, c);
    rows[c] = atI(rows, p);
    rows[p] = swapped;
    const pivot = atI(rows, c);
    const d = atF(system, pivot + c);
    if (Math.abs(d) < 1e-12) continue;
    for (let r = 0; r < n; r += 1) {
      const row = atI(rows, r);
      const f = r === c ? 0 : atF(system, row + c) / d;
      if (f !== 0) for (let k = c; k <= n; k += 1) system[row + k] = atF(system, row + k) - f * atF(system, pivot + k);
    }
  }
  for (let i = 0; i < n; i += 1) {
    const row = atI(rows, i);
    out[i] = Math.abs(atF(system, row + i)) < 1e-12 ? 0 : atF(system, row + n) / atF(system, row + i);
  }
}
