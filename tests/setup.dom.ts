// The views' tests (jsdom): after tests/setup.node.ts (vite.config.ts lists both, so that each runs
// again for every test file, also where test files share modules), the DOM's.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Recharts' ResponsiveContainer measures 0x0 in jsdom: report a fixed size at once.
class ResizeObserverStub {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = { target, contentRect: { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 } };
    this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// findBy* and waitFor wait up to 60 s (default 1 s): a lazy page chunk and a whole group's mastery
// in jsdom can take seconds, and 15-25 s when the 2-core machine runs at load 15-20 (15 s failed
// there); a passing test never waits that long.
configure({ asyncUtilTimeout: 60_000 });

afterEach(() => cleanup());
