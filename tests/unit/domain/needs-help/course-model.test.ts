/**
 * The group's course model (decision 006, sixth robustness pass): each pupil's course in logits, each source's
 * floor and scale, learnt from the group's own results; the needs-help rule asks how sure it is that a pupil kept
 * at least half of the group's growth in the look-back.
 */
import { describe, expect, it } from 'vitest';
import { fitCourses, type CourseObservation } from '@/domain/progress/needs-help/course-model';
import { normalCdf } from '@/domain/progress/needs-help/course-pace';

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** 20 pupils, 4 goals each taught over 3 weeks from week 2g, 7 weeks; source 0 reads m^2 (a floor), source 1 m. */
function group(stalled: number, weak: number) {
  const draw = random(7);
  const noise = () => (draw() + draw() + draw() - 1.5) * 0.2;
  const observations: CourseObservation[] = [];
  for (let pupil = 0; pupil < 20; pupil += 1) {
    const level = pupil === weak ? -1.5 : (draw() - 0.5) * 1.5;
    const pace = pupil === weak ? 0.8 : 0.8 + 0.4 * draw();
    for (let week = 0; week < 7; week += 0.5) {
      const goal = Math.min(3, Math.floor(week / 2));
      const grown = (g: number, t: number) => Math.max(0, Math.min(3, t - 2 * g));
      // the stalled pupil stops growing at week 4, the start of the look-back
      const learnt = pace * (pupil === stalled ? Math.min(grown(goal, week), grown(goal, 4)) : grown(goal, week)) * 1.5;
      const m = 1 / (1 + Math.exp(-(level - 2 + learnt)));
      const source = week % 1 === 0 ? 0 : 1;
      const value = Math.min(1, Math.max(0, (source === 0 ? m * m : m) + noise()));
      observations.push({ pupil, goal, source, week, value });
    }
  }
  return observations;
}

/**
 * The fit's numbers for the test group, to the last bit, as the plain fit (one dense system per goal, solved
 * with copies) gave them: the allocation-free fit (scratch arrays, only the knots an observation touches
 * summed) must add the same terms in the same order.
 */
const PINNED: readonly (readonly [number, number])[] = [
  [0.714195513806848, 0.16036138315713153],
  [0.9642262733114512, 0.1782480200837986],
  [0.8243026462424792, 0.16386659249300342],
  [0.38223033958181524, 0.1945491352574279],
  [1.0169180895166177, 0.17154503581492747],
  [0.7384998663614122, 0.1859429627246577],
  [1.0087090498277345, 0.17978631991335275],
  [0.9486452948067603, 0.17615526512516527],
  [1.8706557685808192, 0.2899639679699827],
  [0.7892018974481306, 0.16617291291028005],
  [0.8788036546476599, 0.16565974276548082],
  [0.8415130933351098, 0.17428951995993394],
  [1.4641619986202186, 0.24155790801419538],
  [1.1869298370416284, 0.19477735042043362],
  [0.7373095742196257, 0.1734798636795768],
  [1.1236483177126115, 0.18670829929680474],
  [0.8072749660070854, 0.17109274506387015],
  [1.2322872474877204, 0.20167531506854974],
  [0.7944016734576768, 0.16919924811781017],
  [1.090996444006409, 0.2010939637285593],
];

const sure = (pace: { recent: number; recentSd: number }) => 1 - normalCdf((0.5 - pace.recent) / pace.recentSd);

describe('the course model', () => {
  it('is sure a weak pupil who grows kept pace, and not for the pupil who stalled', () => {
    const paces = fitCourses(group(3, 5), 20, 4, 2, 7, 3);
    expect(sure(paces[3] as { recent: number; recentSd: number })).toBeLessThan(0.5);
    expect(sure(paces[5] as { recent: number; recentSd: number })).toBeGreaterThanOrEqual(0.8);
    // most growers are sure to keep pace
    const others = paces.filter((_, i) => i !== 3).filter((pace) => sure(pace) >= 0.8);
    expect(others.length).toBeGreaterThanOrEqual(15);
  });

  it('is less sure with fewer results: the posterior widens', () => {
    const all = group(3, 5);
    const few = all.filter((o) => o.pupil !== 5 || o.week % 2 === 0);
    const [rich, sparse] = [fitCourses(all, 20, 4, 2, 7, 3)[5], fitCourses(few, 20, 4, 2, 7, 3)[5]];
    expect(sparse?.recentSd ?? 0).toBeGreaterThan(rich?.recentSd ?? Infinity);
    expect(sparse?.results).toBeLessThan(rich?.results ?? 0);
  });

  it('gives the same numbers, to the last bit, as the plain fit', () => {
    const paces = fitCourses(group(3, 5), 20, 4, 2, 7, 3);
    expect(paces.map((pace) => [pace.recent, pace.recentSd])).toEqual(PINNED);
  });

  it('says nothing about a pupil without results', () => {
    const paces = fitCourses(
      group(3, 5).filter((o) => o.pupil !== 0),
      20,
      4,
      2,
      7,
      3,
    );
    expect(paces[0]?.results).toBe(0);
  });
});

describe('normalCdf', () => {
  it('matches the standard normal distribution', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
  });
});
