import { defaultMappingFor } from '@/adapters/registry';
import { parseRosterCsv } from '@/adapters/roster/roster-csv';
import { goalId, sourceId } from '@/domain/ids';
import type { SyncHub } from '@/ingest/sync-hub';
import { setCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { importRoster } from '@/store/roster.repo';
import { createVault, hasVault } from '@/store/vault';
import { getSource, getSyncStatus, saveSource } from '@/store/sources.repo';
import type { DemoSetup } from './demo-setup';

/**
 * First start of the demo: register the demo's sources (credentials in memory only), import
 * the demo roster locally (sealed with the demo passphrase; the app stays locked until the
 * visitor unlocks), and sync every source that has never been synced. The roster comes first:
 * the board's LRS reads only our groups (decision 018) and would fail without it.
 * Returns when every first sync has settled.
 */
export interface BootstrapReport {
  /** Sources whose first sync has settled, of all that sync now. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The roster is stored (first start only), before any source syncs: the views can show the
   * groups and each result as it arrives, rather than "no groups" until the last source is done.
   */
  readonly onRoster?: () => void;
  /** The demo's vault exists (made now or at an earlier start): the unlock form can open it. */
  readonly onVault?: () => void;
}

export async function bootstrapDemo(db: LeerzichtDb, setup: DemoSetup, hub: SyncHub, now: Date, report: BootstrapReport = {}): Promise<void> {
  if (!(await hasVault(db))) {
    // The demo's vault: names sealed with the demo passphrase, which the unlock screen shows.
    const key = await createVault(db, setup.passphrase);
    await importRoster(db, parseRosterCsv(setup.rosterCsv).rows, { now, key });
    report.onRoster?.();
  }
  report.onVault?.();
  const pending: Promise<void>[] = [];
  let settled = 0;
  for (const demo of setup.sources) {
    const id = sourceId(demo.id);
    setCredentials(id, demo.credentials, demo.endpoint);
    if (!(await getSource(db, id))) {
      const extra = Object.fromEntries(Object.entries(demo.mapping ?? {}).map(([code, goals]) => [code, goals.map(goalId)]));
      await saveSource(db, {
        id,
        kind: demo.kind,
        name: demo.name,
        endpoint: demo.endpoint,
        paused: false,
        mapping: { ...defaultMappingFor(demo.kind), ...extra },
        createdAt: now.toISOString(),
        ...(demo.scope ? { scope: demo.scope } : {}),
      });
    }
    const status = await getSyncStatus(db, id);
    if (status.lastOutcome !== 'done') {
      const actor = hub.actorFor(id);
      pending.push(
        new Promise<void>((resolve) => {
          const subscription = actor.subscribe((snapshot) => {
            if (!snapshot.matches('syncing')) {
              subscription.unsubscribe();
              report.onProgress?.(++settled, pending.length);
              resolve();
            }
          });
        }),
      );
      hub.sync(id);
    }
  }
  report.onProgress?.(settled, pending.length);
  await Promise.all(pending);
}
