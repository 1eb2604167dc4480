import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useProgressiveCount } from '@/features/pupil-profile/use-progressive-count';

describe('useProgressiveCount', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws one section first and one more after each paint, up to the total', async () => {
    const { result } = renderHook(({ total, key }) => useProgressiveCount(total, key), { initialProps: { total: 3, key: 'a' } });
    expect(result.current).toBe(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current).toBe(2);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current).toBe(3);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(result.current).toBe(3);
  });

  it('starts over at one for another pupil, and never says more than there are', async () => {
    const { result, rerender } = renderHook(({ total, key }) => useProgressiveCount(total, key), { initialProps: { total: 2, key: 'a' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(result.current).toBe(2);
    rerender({ total: 4, key: 'b' });
    expect(result.current).toBe(1);
    rerender({ total: 0, key: 'c' });
    expect(result.current).toBe(0);
  });
});
