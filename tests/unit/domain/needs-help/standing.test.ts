/**
 * A pupil's standing among their group on every source's own terms (docs/decisions/031): each result ranked among the
 * group's results from the same source on the same goal, so a supplier's scale and bias cancel.
 */
import { describe, expect, it } from 'vitest';
import { sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { indexResults } from '@/domain/progress/needs-help/results-index';
import { normalQuantile, robustZ, standingsOf } from '@/domain/progress/needs-help/standing';
import { DAY, GOAL, NOW, pupil, result } from './fixtures';

const TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const SINCE = NOW.getTime() - 21 * DAY;
const goals = [GOAL.getallen, GOAL.meten];

/** Pupil n scores a little above pupil n - 1 on both goals; pupil 1 stops growing three weeks ago. */
function group(): Result[] {
  return TEN.flatMap((n) =>
    [40, 30, 20, 10, 2].flatMap((daysAgo) => {
      const grown = n === 1 ? Math.min(0.2, (40 - daysAgo) / 100) : (40 - daysAgo) / 100;
      return goals.map((goal) => result(n, goal, daysAgo, 0.2 + 0.013 * n + grown));
    }),
  );
}

const withSource = (r: Result, source: string, scaled: number): Result => ({
  ...r,
  source: sourceId(source),
  score: { raw: scaled * 100, min: 0, max: 100, scaled },
});

const standings = (results: readonly Result[]) =>
  standingsOf(
    TEN.map((n) => pupil(n).ref),
    indexResults(
      TEN.map((n) => pupil(n).ref),
      results,
      NOW.getTime(),
    ),
    goals,
    NOW.getTime(),
    SINCE,
  );

describe('standingsOf', () => {
  it('puts a pupil who stopped growing furthest behind in the look-back, with the largest fall, standing out from the group', () => {
    const all = standings(group());
    const within = all.map((s) => s.within as number);
    const fall = all.map((s) => (s.before as number) - (s.within as number));
    expect(Math.min(...within)).toBe(within[0]);
    expect(Math.max(...fall)).toBe(fall[0]);
    // every result is ranked among all of the group's on its source and goal, so everyone rises in rank as the group
    // learns; what stands out is the fall against the group's usual one
    expect(robustZ(fall)[0]).toBeGreaterThan(1.5);
    expect(robustZ(within.map((value) => -value))[0]).toBeGreaterThan(1.5);
  });

  it('is the same whatever scale or bias each source reports on (one source on 30..70%, the other squared)', () => {
    const results = group();
    const mixed = results.map((r) =>
      r.goals[0] === GOAL.getallen
        ? withSource(r, 'tool-a', 0.3 + 0.4 * (r.score?.scaled ?? 0))
        : withSource(r, 'tool-b', (r.score?.scaled ?? 0) ** 2),
    );
    const [plain, other] = [standings(results), standings(mixed)];
    other.forEach((s, i) => {
      expect(s.within).toBeCloseTo(plain[i]?.within as number, 12);
      expect(s.before).toBeCloseTo(plain[i]?.before as number, 12);
    });
  });

  it('has nothing to say about a pupil without results', () => {
    const all = standings(group().filter((r) => r.pupil !== pupil(3).ref));
    expect(all[2]).toMatchObject({ within: null, before: null, withinCount: 0, beforeCount: 0 });
  });
});

describe('robustZ', () => {
  it('measures from the median in robust spreads, so one far value does not widen the spread', () => {
    const z = robustZ([1, 2, 3, 4, 5, 100, null]);
    expect(z[6]).toBeNull();
    expect(z[2]).toBeCloseTo(-0.5 / 1.4826 / 1.5, 6);
    expect(z[5] as number).toBeGreaterThan(30);
  });
});

describe('normalQuantile', () => {
  it('inverts the normal distribution', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
  });
});
