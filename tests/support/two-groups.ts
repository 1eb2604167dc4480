import { importRoster } from '@/store/roster.repo';
import { createVault, unlock } from '@/store/vault';
import { DEMO_NOW, freshDb } from './render-app';
import { refOf, TEST_PASSPHRASE } from './seed';

/** Two groups with readable names, unlocked as ICT coordinator: Groep 5A (Anna, Bram) and Groep 7B (Dewi). */
export async function seedTwoGroups() {
  const db = freshDb();
  const key = await createVault(db, TEST_PASSPHRASE, 1_000);
  const rows = [
    { ref: refOf(1), firstName: 'Anna', prefix: 'de', lastName: 'Boer', groupName: 'Groep 5A' },
    { ref: refOf(2), firstName: 'Bram', prefix: '', lastName: 'Smit', groupName: 'Groep 5A' },
    { ref: refOf(4), firstName: 'Dewi', prefix: '', lastName: 'Jansen', groupName: 'Groep 7B' },
  ];
  await importRoster(db, rows, { now: DEMO_NOW, key });
  unlock(key, 'ict-coordinator');
  return db;
}
