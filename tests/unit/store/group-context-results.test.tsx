/**
 * The views' group contexts (calibration and goal priors over a whole group's results, decision 006)
 * are learnt once per set of results. A view's `now` is new on every render with the real clock; for
 * a group of 75,000 results learning them costs about 90 ms, so learning them again on every render
 * made the class overview, the learning line and the pupil profile slow to respond.
 */
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { goalId, pupilRef, resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import * as groupContextModule from '@/domain/progress/estimators/group-context';
import { useGroupContext } from '@/store/group-context.results';

vi.mock('@/domain/progress/estimators/group-context', async (importOriginal) => {
  const original = await importOriginal<typeof groupContextModule>();
  return { ...original, groupContextEncoded: vi.fn(original.groupContextEncoded) };
});

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const goal = goalId('rekenen.getallen.1f');
const source = sourceId('sommenspoor');
const result = (n: number, time: number): Result => ({
  id: resultIdOf(source, `r${n}`),
  source,
  recordId: `r${n}`,
  pupil: pupilRef(`p${n % 12}`),
  code: 'getallen',
  goals: [goal],
  level: null,
  workForm: 'practice',
  time: new Date(time).toISOString(),
  score: { raw: n % 10, min: 0, max: 10, scaled: (n % 10) / 10 },
  success: null,
  completion: true,
  durationSeconds: null,
  attempt: null,
  normBand: null,
});
const past = Array.from({ length: 24 }, (_, n) => result(n, NOW - 3_600_000 * (n + 1)));
const at = (ms: number) => new Date(ms).toISOString();
const calls = () => vi.mocked(groupContextModule.groupContextEncoded).mock.calls.length;

describe('useGroupContext', () => {
  it('learns once while the clock moves on past every result, and gives each render its own now', () => {
    vi.mocked(groupContextModule.groupContextEncoded).mockClear();
    const { result: hook, rerender } = renderHook(({ now }) => useGroupContext(past, now), { initialProps: { now: at(NOW) } });
    const first = hook.current;
    for (let ms = 1; ms <= 5; ms += 1) rerender({ now: at(NOW + ms) });
    expect(calls()).toBe(1);
    expect(hook.current.level.now).toBe(at(NOW + 5));
    expect(hook.current.growth.now).toBe(at(NOW + 5));
    expect(hook.current.level.followGroup).toBe(true);
    expect(hook.current.growth.followGroup).toBeUndefined();
    // The same calibration and priors as learning them as of now.
    const direct = groupContextModule.groupContext(past, at(NOW + 5));
    expect(hook.current.growth.prior?.(goal, NOW)).toEqual(direct.prior?.(goal, NOW));
    expect(hook.current.growth.bias?.(source)).toEqual(direct.bias?.(source));
    expect(first.level.prior).toBe(hook.current.level.prior);
  });

  it('still leaves out results after now (learnt as of now while some result is newer)', () => {
    const future = [
      ...past,
      ...Array.from({ length: 12 }, (_, n) => ({ ...result(100 + n, NOW + 3_600_000), score: { raw: 10, min: 0, max: 10, scaled: 1 } })),
    ];
    const { result: hook } = renderHook(() => useGroupContext(future, at(NOW)));
    expect(hook.current.level.prior?.(goal, NOW)).toEqual(groupContextModule.groupContext(past, at(NOW)).prior?.(goal, NOW));
  });
});
