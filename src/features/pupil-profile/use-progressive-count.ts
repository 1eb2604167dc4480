import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` sections to draw now: one at first, one more after each paint, so the first
 * section shows before the others are computed. Starts over at one when `key` changes (another pupil).
 */
export function useProgressiveCount(total: number, key: string): number {
  const [state, setState] = useState({ key, count: 1 });
  const count = state.key === key ? state.count : 1;
  useEffect(() => {
    if (count >= total) return;
    // A timeout lets the browser paint what is there before the next section is computed.
    const handle = setTimeout(() => startTransition(() => setState({ key, count: count + 1 })), 0);
    return () => clearTimeout(handle);
  }, [count, total, key]);
  return Math.min(count, total);
}
