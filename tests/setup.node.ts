// Zod jitless, as the app runs it under its CSP: first, before any schema is built (an object schema
// decides at construction whether it may compile a fast path).
import '../src/adapters/shared/zod-jitless';
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../mocks/node';
import { lock } from '../src/store/vault';

// Every network call is answered by MSW: a request nothing answers fails the test. Files that share
// one module graph per worker (vite.config.ts sets LEERZICHT_SHARED_MODULES for them) share one
// server, listening from the first file on and never closed in between (MSW's interceptor is one per
// process: closing it for one file would leave the next file's requests unanswered).
// (This file runs again for each test file; the flag lives with the server it is about.)
const shared = process.env['LEERZICHT_SHARED_MODULES'] === '1';
const listening = ((globalThis as { listeningServers?: WeakSet<object> }).listeningServers ??= new WeakSet<object>());
beforeAll(() => {
  if (listening.has(server)) return;
  server.listen({ onUnhandledRequest: 'error' });
  listening.add(server);
});
// Each test starts locked: also when an unlock a test left running ends after it (files that share
// modules share the vault's state).
beforeEach(() => lock());
afterEach(() => {
  server.resetHandlers();
  lock();
});
afterAll(() => {
  if (shared) return;
  server.close();
  listening.delete(server);
});

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
