/**
 * Reading a board's LRS incrementally (issue 12, item 5): `syncSource` with the xAPI adapter (the
 * same function the sources page's sync runs, via SyncHub) against the lazy mock LRS
 * (mocks/suppliers/lrs/lazy-lrs.*) over MSW, into IndexedDB (fake-indexeddb in Node).
 * Prints JSON lines: the sync of 10,000 statements against JSON.parse of the same response bytes
 * (the anchor), the throughput in statements/s, and the requests per 10,000 statements for an LRS
 * that serves 50 and one that serves 100 a page. The figures carry the load average. MSW is the
 * test setup's server (tests/setup.node.ts, onUnhandledRequest: 'error').
 */
import { loadavg } from 'node:os';
import { bench, describe } from 'vitest';
import { LAZY_LRS_DEFAULTS, storedAt } from '../../mocks/suppliers/lrs/lazy-lrs.generator';
import { createLazyLrs } from '../../mocks/suppliers/lrs/lazy-lrs.server';
import { LRS_DEMO_MAPPING } from '../../mocks/suppliers/lrs/lrs.mapping';
import { server } from '../../mocks/node';
import { createXapiAdapter } from '@/adapters/xapi/xapi.adapter';
import { sourceId } from '@/domain/ids';
import { syncSource } from '@/ingest/sync-source';
import { LeerzichtDb } from '@/store/db';
import { saveSource } from '@/store/sources.repo';
import { fakeSource } from '../support/fake-adapter';

const COUNT = 10_000;
const ENDPOINT = 'https://lrs.bestuur-bench.example/xapi';
const credentials = { type: 'basic', username: 'bench', password: 'bench-geheim' } as const;
const shape = { ...LAZY_LRS_DEFAULTS, count: COUNT };
const source = fakeSource({ id: sourceId('lrs-bench'), kind: 'xapi', endpoint: ENDPOINT, mapping: LRS_DEMO_MAPPING });
const adapter = createXapiAdapter();
const load = () => loadavg().map((value) => Number(value.toFixed(2)));

interface Run {
  readonly ms: number;
  readonly requests: number;
  readonly added: number;
  readonly bodies: string[];
}

async function run(maxLimit: 50 | 100): Promise<Run> {
  const clock = storedAt(shape, COUNT) + 86_400_000;
  const lrs = createLazyLrs({ endpoint: ENDPOINT, credentials, shape, maxLimit, moreTtlMs: 60_000, now: () => clock });
  server.use(...lrs.handlers);
  const bodies: string[] = [];
  const keep = ({ response }: { response: Response }) =>
    void response
      .clone()
      .text()
      .then((text) => bodies.push(text));
  server.events.on('response:mocked', keep);
  const db = new LeerzichtDb(`bench-${crypto.randomUUID()}`);
  await saveSource(db, source);
  const start = performance.now();
  const summary = await syncSource({ db, adapter, source, credentials, signal: new AbortController().signal, now: () => new Date(clock) });
  const ms = performance.now() - start;
  server.events.removeListener('response:mocked', keep);
  server.resetHandlers();
  db.close();
  if (summary.added !== COUNT) throw new Error(`expected ${COUNT} results, got ${summary.added}`);
  return { ms, requests: lrs.requests(), added: summary.added, bodies };
}

function parseMs(bodies: readonly string[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    for (const body of bodies) JSON.parse(body);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe(`LRS sync of ${COUNT.toLocaleString('en')} statements`, () => {
  bench(
    'syncSource + xAPI adapter, lazy mock LRS (50 and 100 a page)',
    async () => {
      const runs = { 100: await run(100), 50: await run(50) };
      const ours = runs[100];
      const anchor = parseMs(ours.bodies);
      console.log(
        JSON.stringify({
          figure: 'lrs-sync-10k-statements',
          ours_ms: Math.round(ours.ms),
          anchor: 'JSON.parse of the same responses',
          anchor_ms: Number(anchor.toFixed(1)),
          ratio: Number((ours.ms / anchor).toFixed(1)),
          load: load(),
        }),
      );
      console.log(JSON.stringify({ figure: 'lrs-sync-throughput', statements_per_s: Math.round(COUNT / (ours.ms / 1000)), load: load() }));
      console.log(
        JSON.stringify({
          figure: 'lrs-requests-per-10k-statements',
          limit_50: Math.round((runs[50].requests * 10_000) / COUNT),
          limit_100: Math.round((ours.requests * 10_000) / COUNT),
        }),
      );
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
