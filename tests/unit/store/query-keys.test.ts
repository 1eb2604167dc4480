import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncInvalidator } from '@/app/query-client';
import { EVERY_QUERY_FAMILY, invalidateEveryQuery } from '@/store/every-query';

const factories = import.meta.glob<Record<string, unknown>>('/src/store/*.queries.ts', { eager: true });

const isPrefix = (prefix: QueryKey, key: QueryKey) => prefix.every((part, index) => key[index] === part);

/** Every `xKeys.all` the query factories export. */
const rootKeys = Object.entries(factories).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([name, value]) => name.endsWith('Keys') && typeof value === 'object' && value !== null && 'all' in value)
    .map(([name, value]) => ({ name: `${file}:${name}`, key: (value as { all: QueryKey }).all })),
);

/** One cached query per family, and one deeper key in some (a key is a prefix of the keys below it). */
function clientWithEveryFamily() {
  const client = new QueryClient();
  for (const key of [...EVERY_QUERY_FAMILY, ['results', 'group', 'g1'], ['school', 0, 'pupils', 'g1'], ['sources', 'remembered']])
    client.setQueryData(key, 1);
  return client;
}

const invalidated = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => query.queryKey);

describe('query keys', () => {
  afterEach(() => vi.useRealTimers());

  it('lists every family the query factories use, so refreshing everything names them all', () => {
    expect(rootKeys.length).toBeGreaterThanOrEqual(EVERY_QUERY_FAMILY.length);
    const missing = rootKeys.filter(({ key }) => !EVERY_QUERY_FAMILY.some((family) => isPrefix(family, key)));
    expect(missing).toEqual([]);
  });

  it('a sync invalidates results and sources only', async () => {
    vi.useFakeTimers();
    const client = clientWithEveryFamily();
    const onStored = createSyncInvalidator(client, 100);
    onStored();
    onStored();
    expect(invalidated(client)).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(invalidated(client)).toEqual([['results'], ['sources'], ['results', 'group', 'g1'], ['sources', 'remembered']]);
  });

  it('refreshing everything invalidates every family', async () => {
    const client = clientWithEveryFamily();
    await invalidateEveryQuery(client);
    expect(invalidated(client)).toHaveLength(client.getQueryCache().getAll().length);
  });

  it('no code invalidates every query without naming a key', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
      );
    const offenders = files('src').filter((file) => /invalidateQueries\(\s*\)/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
