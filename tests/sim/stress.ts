/**
 * The stress grid: simulated schools whose data look different from the default run, so neither the
 * needs-help rule nor the estimator can be tuned to one simulator. Each configuration is drawn (seeded)
 * from these ranges:
 * - stall share 5..20%, stalls in weeks 0.5..3, 2..5 or 0.5..5;
 * - 2..6 suppliers out of six kinds (percent, stars, tests, a generous percent, a second percent, a
 *   second stars), their noise x0.5..x2 (tests: fewer items), and in a third of the schools one supplier
 *   with a strong bias (+-0.15..0.3);
 * - fewer results per week (x0.4..1), uneven activity between pupils (log-normal) and between weeks;
 * - the growth curve logistic, linear or Gompertz, its pace x0.7..1.2;
 * - groups of 15..30 pupils.
 */
import { createRandom, type Random } from '../../mocks/demo-school/prng';
import { percentSupplier, starsSupplier, testsSupplier, type SimSupplier } from './sim-suppliers';
import { DEFAULT_SIM, type GrowthShape, type SimConfig } from './simulate';

export interface StressConfig {
  readonly name: string;
  readonly sim: SimConfig;
  readonly groupSize: number;
  /** One line per setting, for the printed grid. */
  readonly label: string;
}

type Template = (noise: number, bias: number) => SimSupplier;

const TEMPLATES: readonly Template[] = [
  (noise, bias) => percentSupplier({ id: 'sim-percent', perWeek: 3, noise: 0.12 * noise, bias }),
  (noise, bias) => starsSupplier({ id: 'sim-stars', perWeek: 1.5, goals: [0, 1, 2, 3, 4, 5], noise: 0.08 * noise, bias }),
  (noise, bias) => testsSupplier({ id: 'sim-tests', perWeek: 0.5, items: Math.max(3, Math.round(20 / noise ** 2)), bias }),
  (noise, bias) => percentSupplier({ id: 'sim-generous', perWeek: 1, goals: [2, 3, 4, 5, 6, 7], noise: 0.15 * noise, bias: 0.1 + bias }),
  (noise, bias) => percentSupplier({ id: 'sim-percent-b', perWeek: 2, noise: 0.1 * noise, bias }),
  (noise, bias) => starsSupplier({ id: 'sim-stars-b', perWeek: 1, noise: 0.1 * noise, bias }),
];

const between = (random: Random, lo: number, hi: number) => lo + (hi - lo) * random();
const oneOf = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `count` stress configurations from `seed`, each a school of `pupils` pupils. */
export function stressGrid(seed: number, count: number, pupils = 150): StressConfig[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const stalledShare = between(random, 0.05, 0.2);
    const stallWeeks = oneOf(random, [
      [0.5, 3],
      [2, 5],
      [0.5, 5],
    ] as const);
    const supplierCount = 2 + Math.floor(random() * 5);
    const noise = Math.exp(between(random, Math.log(0.5), Math.log(2)));
    const biased = random() < 1 / 3 ? (random() < 0.5 ? -1 : 1) * between(random, 0.15, 0.3) : 0;
    const picked = shuffled(random, [...TEMPLATES.keys()]).slice(0, supplierCount);
    const suppliers = picked.map((t, k) => (TEMPLATES[t] as Template)(noise, k === 0 ? biased : 0));
    const perWeek = between(random, 0.4, 1);
    const activitySpread = random() < 0.5 ? between(random, 0.3, 0.9) : undefined;
    const weeklySpread = random() < 0.5 ? between(random, 0.3, 0.8) : undefined;
    const shape = oneOf<GrowthShape>(random, ['logistic', 'linear', 'gompertz']);
    const pace = between(random, 0.7, 1.2);
    const groupSize = 15 + Math.floor(random() * 16);
    const sim: SimConfig = {
      ...DEFAULT_SIM,
      seed: seed * 1000 + i,
      pupils,
      stalledShare,
      stallWeeks,
      suppliers,
      perWeek,
      ...(activitySpread === undefined ? {} : { activitySpread }),
      ...(weeklySpread === undefined ? {} : { weeklySpread }),
      shape,
      pace,
    };
    const f = (x: number) => x.toFixed(2);
    const label = [
      `stall ${Math.round(stalledShare * 100)}% wk ${stallWeeks.join('-')}`,
      `${suppliers.map((s) => s.id.replace('sim-', '')).join('+')} noise x${f(noise)}${biased ? ` bias ${f(biased)}` : ''}`,
      `results x${f(perWeek)}${activitySpread ? ` pupils ~${f(activitySpread)}` : ''}${weeklySpread ? ` weeks ~${f(weeklySpread)}` : ''}`,
      `${shape} pace x${f(pace)} group ${groupSize}`,
    ].join(', ');
    return { name: `stress-${i + 1}`, sim, groupSize, label };
  });
}
