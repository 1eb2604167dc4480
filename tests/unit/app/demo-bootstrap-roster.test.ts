/**
 * The demo's first start tells the app when its roster is stored, before any source syncs: main.tsx
 * refreshes the views then. Without it the class overview, the learning line and Wie heeft hulp
 * nodig showed no groups (and so no results) until the last of the six sources had synced, 45-60 s
 * on a busy machine, although "Groepen en resultaten verschijnen vanzelf" promised otherwise.
 */
import { describe, expect, it } from 'vitest';
import { bootstrapDemo } from '@/app/demo-bootstrap';
import type { DemoSetup } from '@/app/demo-setup';
import type { SyncHub } from '@/ingest/sync-hub';
import { LeerzichtDb } from '@/store/db';
import { DEMO_IDENTITY } from '../../../mocks/demo-identity';
import { demoRosterCsv } from '../../../mocks/demo-school/roster';

const SETUP: DemoSetup = {
  ...DEMO_IDENTITY,
  rosterCsv: demoRosterCsv(),
  sources: [
    { id: 'sommenspoor', kind: 'sommenspoor', name: 'Sommenspoor', endpoint: 'https://sommenspoor.example/api', credentials: { type: 'none' } },
  ],
};

/** A hub whose syncs settle when the test says so; it records what happened in `events`. */
function hubRecording(events: string[]) {
  const listeners: ((snapshot: { matches: (state: string) => boolean }) => void)[] = [];
  const hub = {
    actorFor: () => ({
      subscribe: (listener: (typeof listeners)[number]) => {
        listeners.push(listener);
        return { unsubscribe: () => undefined };
      },
    }),
    sync: (id: string) => {
      events.push(`sync ${id}`);
      queueMicrotask(() => listeners.forEach((listener) => listener({ matches: () => false })));
    },
  };
  return hub as unknown as SyncHub;
}

describe('bootstrapDemo', () => {
  it('says the roster is stored, with its groups readable, before the first source syncs', async () => {
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    const events: string[] = [];
    const groupsAtRoster: number[] = [];
    await bootstrapDemo(db, SETUP, hubRecording(events), new Date(DEMO_IDENTITY.today), {
      onRoster: () => {
        events.push('roster');
        void db.groups.count().then((count) => groupsAtRoster.push(count));
      },
      onVault: () => events.push('vault'),
    });
    expect(events).toEqual(['roster', 'vault', 'sync sommenspoor']);
    await expect.poll(() => groupsAtRoster.length).toBe(1);
    expect(groupsAtRoster[0]).toBeGreaterThan(0);
    db.close();
  });

  it('says nothing of a roster on a later start, when the vault and roster are there already', async () => {
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    await bootstrapDemo(db, SETUP, hubRecording([]), new Date(DEMO_IDENTITY.today));
    const events: string[] = [];
    await bootstrapDemo(db, SETUP, hubRecording(events), new Date(DEMO_IDENTITY.today), {
      onRoster: () => events.push('roster'),
      onVault: () => events.push('vault'),
    });
    // The vault is there: an unlock waiting for it may go on (this hub never records a sync as done).
    expect(events).toEqual(['vault', 'sync sommenspoor']);
    db.close();
  });
});
