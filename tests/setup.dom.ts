// The views' tests (jsdom): after tests/setup.node.ts (vite.config.ts lists both, so that each runs
// again for every test file, also where test files share modules), the DOM's.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure, getConfig, prettyDOM } from '@testing-library/react';

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

// A query that finds nothing throws an error whose message prints the whole DOM. findBy* and waitFor
// throw one at every retry and keep only the last (15 of the suite's ~600 profiled seconds went to
// printing DOMs no one read): the same message, printed when it is first read.
const ignored = `Ignored nodes: comments, ${getConfig().defaultIgnore}`;
function getElementError(message: string | null, container: Element) {
  const error = new Error();
  error.name = 'TestingLibraryElementError';
  // The stack starts where the query was called, as it did (a failure points at the test's line, not here).
  Error.captureStackTrace(error, getElementError);
  let full: string | undefined;
  Object.defineProperty(error, 'message', {
    get: () => (full ??= [message, `${ignored}\n${prettyDOM(container)}`].filter(Boolean).join('\n\n')),
    configurable: true,
  });
  return error;
}
configure({ getElementError });

afterEach(() => cleanup());
