/** The normal distribution's log-probabilities, for the oracles' likelihoods. */

/** The complementary error function (Numerical Recipes' erfcc: relative error below 1.2e-7 everywhere). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

export const normalCdf = (z: number) => 0.5 * erfc(-z / Math.SQRT2);

const FLOOR = 1e-300;

/** log P(lo <= X < hi) for X ~ N(mean, sd^2). */
export function logNormalBetween(lo: number, hi: number, mean: number, sd: number): number {
  const a = lo === -Infinity ? 0 : normalCdf((lo - mean) / sd);
  const b = hi === Infinity ? 1 : normalCdf((hi - mean) / sd);
  // in the far upper tail both are 1 - tiny: use the mirrored lower tail for accuracy
  if (a > 0.5) return Math.log(Math.max(FLOOR, normalCdf((mean - lo) / sd) - (hi === Infinity ? 0 : normalCdf((mean - hi) / sd))));
  return Math.log(Math.max(FLOOR, b - a));
}

export const logNormalDensity = (x: number, mean: number, sd: number) => -0.5 * ((x - mean) / sd) ** 2 - Math.log(sd * Math.sqrt(2 * Math.PI));
