/**
 * A file worker is stopped once, however often it is asked: a cancel that ends a worker too busy to
 * answer stops it, and the import's own end stops it again. A second release of comlink's proxy
 * throws, and that error replaced the cancel's own message ("afgebroken") on the wizard and a source card.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFileRead } from '@/ingest/file-read.client';
import { freshDb } from '../../support/render-app';

/** A Worker that takes messages and never answers (a worker busy reading a whole document). */
class SilentWorker extends EventTarget {
  static terminated = 0;
  postMessage(): void {}
  terminate(): void {
    SilentWorker.terminated += 1;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  SilentWorker.terminated = 0;
});

describe('stopping a file worker', () => {
  it('ends it once, and a second stop neither throws nor ends it again', () => {
    vi.stubGlobal('Worker', SilentWorker);
    const handle = startFileRead({ db: freshDb(), resolveSloIds: () => [] });
    handle.stop();
    expect(() => handle.stop()).not.toThrow();
    expect(SilentWorker.terminated).toBe(1);
  });
});
