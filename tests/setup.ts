import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '../mocks/node';
import { lock } from '../src/store/vault';

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

// findBy* and waitFor wait up to 15 s (default 1 s): a lazy page chunk and a whole group's mastery
// in jsdom can take seconds when the 2-core machine is busy; a passing test never waits that long.
configure({ asyncUtilTimeout: 15_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  lock();
});
afterAll(() => server.close());

// A console.error is a bug: the test that caused it fails.
let errors: string[] = [];
let errorSpy: { mockRestore(): void } | null = null;
beforeEach(() => {
  errors = [];
  errorSpy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
});
afterEach(() => {
  errorSpy?.mockRestore();
  if (errors.length > 0) throw new Error(`console.error was called:\n${errors.join('\n')}`);
});
