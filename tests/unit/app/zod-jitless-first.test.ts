import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '@/adapters/shared/zod-jitless';

/**
 * Every entry point of the app (the page's src/main.tsx and each Web Worker) makes zod jitless
 * before anything else is imported: a zod object schema settles jit or jitless when it is built,
 * and its jit path calls `new Function`, which the CSP refuses (a violation report per schema).
 */
const SRC = join(__dirname, '../../../src');
const JITLESS = "import '@/adapters/shared/zod-jitless';";

function workers(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? workers(join(dir, entry.name)) : entry.name.endsWith('.worker.ts') ? [join(dir, entry.name)] : [],
  );
}

const firstImport = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('import '));

describe('zod is jitless in every entry point', () => {
  const entries = [join(SRC, 'main.tsx'), ...workers(SRC)];

  it('finds the page and its workers', () => {
    expect(entries.map((file) => relative(SRC, file)).sort()).toEqual(['ingest/file-read.worker.ts', 'main.tsx', 'store/compute.worker.ts']);
  });

  it.each(entries.map((file) => [relative(SRC, file), file]))('%s imports the jitless setting first', (_name, file) => {
    expect(firstImport(file)).toBe(JITLESS);
  });
});

describe('the jitless setting', () => {
  it('is on the settings object zod reads (set without importing zod, so the first page need not load it)', () => {
    expect(z.config()).toBe((globalThis as { __zod_globalConfig?: object }).__zod_globalConfig);
    expect(z.config().jitless).toBe(true);
  });
});
