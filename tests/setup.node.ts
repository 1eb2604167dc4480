import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../mocks/node';
import { lock } from '../src/store/vault';

// Every network call is answered by MSW: a request nothing answers fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
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
