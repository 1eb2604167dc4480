// First: zod is jitless before any module builds a schema (the CSP forbids eval).
import '@/adapters/shared/zod-jitless';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { demoToday } from '@/app/demo-clock';
import type { DemoSetup } from '@/app/demo-setup';
import { startI18n, storedLocale } from '@/app/i18n';
import { loadOnFirstUse } from '@/app/load-on-first-use';
import { whenIdle } from '@/app/when-idle';
import { loadingPage } from '@/app/page-load-error';
import { createQueryClient, createSyncInvalidator } from '@/app/query-client';
import type { ConnectorKit } from '@/ingest/connector-kit';
import type { SyncHub } from '@/ingest/sync-hub';
import { createFirstSync } from '@/ui/first-sync';
import { credentialsMoved, getCredentials } from '@/store/credentials.memory';
import { getDb } from '@/store/db';
import { purgeExpired } from '@/store/privacy.repo';
import { DEMO_IDENTITY } from '../mocks/demo-identity';
import '@/app/styles.css';
// After the screen styles: a print rule wins over a screen rule of the same weight.
import '@/app/print.css';

const DEMO = import.meta.env.MODE === 'demo';

async function start() {
  // Settles once the first page is drawn and the browser is idle (below, after the first render).
  let pageDrawn: () => void = () => undefined;
  const firstPageDrawn = new Promise<void>((resolve) => (pageDrawn = resolve));
  // In demo mode the mock worker must run before the first request to a supplier, and whatever syncs
  // waits for it (the hub below). Its code (MSW, the demo school: more than the first page's own) loads
  // once the first page is drawn, so the first page does not share the network and the main thread
  // with it (decision 040).
  const mockWorker: Promise<DemoSetup> | null = DEMO
    ? firstPageDrawn.then(() => loadingPage(import('../mocks/demo-start'))).then(({ startDemo }) => startDemo())
    : null;
  // The demo's today: its own, or a later day the address asks for (?demodatum=yyyy-mm-dd; the banner shows which).
  const demoDay = DEMO ? demoToday(DEMO_IDENTITY.today, window.location.search) : null;
  const now = demoDay ? () => new Date(demoDay.today) : () => new Date();
  // The demo's clock for what happens during the visit (a sync's time): the demo's today, running on from the start.
  const started = Date.now();
  const clock = demoDay ? () => new Date(Date.parse(demoDay.today) + (Date.now() - started)) : () => new Date();
  const db = getDb();
  // Retention: results older than the kept school years are purged at every start.
  await purgeExpired(db, now()).catch(() => undefined);
  const queryClient = createQueryClient();
  const invalidate = createSyncInvalidator(queryClient);
  // The sync hub (xstate, every supplier adapter, zod) is not needed to draw the first page, and the
  // views that sync wait for it (docs/decisions/020-code-splitting.md). In production nothing syncs
  // at start: it loads with the first view that asks for it, so none of its code competes with the
  // first page (decision 040). The demo's first sync needs it soon: there it loads once the first page is drawn.
  const soon = <T,>(load: () => Promise<T>): PromiseLike<T> => {
    if (!DEMO) return loadOnFirstUse(load);
    const loading = firstPageDrawn.then(load);
    // A failed load shows where the hub or kit is used (PageLoadBoundary), not as an unhandled rejection.
    loading.catch(() => undefined);
    return loading;
  };
  const registry = soon(() => loadingPage(import('@/adapters/registry')));
  // A sync runs in the file worker (decision 052): the hub, its machine and the views stay here. In the
  // demo the page makes the worker's requests, so that MSW answers them also in a background tab.
  const hub: PromiseLike<SyncHub> = soon(() =>
    Promise.all([loadingPage(import('@/ingest/sync-hub')), loadingPage(import('@/ingest/connector-sync.client')), mockWorker]).then(
      ([{ SyncHub }, { workerConnectorSync }]) =>
        new SyncHub({
          db,
          connectorSync: workerConnectorSync({ fetchInPage: DEMO }),
          credentialsFor: getCredentials,
          credentialsMoved,
          onStored: invalidate,
          now: clock,
          retentionNow: now,
        }),
    ),
  );
  // The connector views' supplier kinds come from the same registry (ingest/connector-kit.tsx); a
  // connection test in the demo waits for the mock worker as a sync does.
  const kit: PromiseLike<ConnectorKit> = soon(() => Promise.all([registry, mockWorker]).then(([{ registryKit }]) => registryKit));
  const locale = storedLocale();
  document.documentElement.lang = locale;
  // Only the active language's messages load before the first render (English in a chunk of its own).
  const i18n = await startI18n(locale);
  const firstSync = mockWorker ? createFirstSync() : null;
  // Every query family: that list imports every query factory, which the first page does not need.
  const refreshEveryQuery = () => void import('@/store/every-query').then(({ invalidateEveryQuery }) => invalidateEveryQuery(queryClient));
  const demoReady = mockWorker
    ? Promise.all([hub, mockWorker, firstPageDrawn.then(() => import('@/app/demo-bootstrap'))])
        .then(([loaded, demo, { bootstrapDemo }]) =>
          bootstrapDemo(db, demo, loaded, now(), {
            onProgress: (done, total) => firstSync?.set({ ...firstSync?.get(), done, total, finished: false }),
            onRoster: refreshEveryQuery,
            onVault: () => firstSync?.set({ ...(firstSync?.get() ?? { done: 0, total: 0, finished: false }), vaultReady: true }),
          }),
        )
        .finally(() => {
          firstSync?.set({ ...(firstSync?.get() ?? { done: 0, total: 0 }), finished: true });
          refreshEveryQuery();
        })
    : null;
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // The first render as a transition: React renders it in slices of a few milliseconds and yields
  // between them, instead of one long task that a phone spends a second on (decision 040).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App
          db={db}
          queryClient={queryClient}
          i18n={i18n}
          hub={hub}
          kit={kit}
          now={now}
          demoReady={demoReady}
          demoPassphrase={DEMO ? DEMO_IDENTITY.passphrase : null}
          demoDateRefused={demoDay?.refused ?? null}
          firstSync={firstSync}
        />
      </StrictMode>,
    ),
  );
  // Whatever waits for the first page (in the demo: the mock worker, the hub, the first sync) starts now.
  void whenIdle().then(pageDrawn);
}

void start();
