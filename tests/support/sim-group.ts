import type { Result } from '@/domain/model';
import type { LeerzichtDb } from '@/store/db';
import { listGroups, pupilsInGroup } from '@/store/pupils.repo';
import { upsertResults } from '@/store/results.repo';
import { importRoster } from '@/store/roster.repo';
import { createVault } from '@/store/vault';
import type { Simulation } from '../sim/simulate';
import { DEMO_NOW, freshDb } from './render-app';
import { TEST_PASSPHRASE } from './seed';

/** A simulated group (tests/sim) in a fresh database: its roster as one group and `results` stored as a sync stores them. */
export async function storedSimGroup(sim: Simulation, results: readonly Result[]) {
  const db: LeerzichtDb = freshDb();
  const key = await createVault(db, TEST_PASSPHRASE, 1_000);
  const roster = sim.pupils.map((pupil, n) => ({
    ref: pupil.ref,
    firstName: `Leerling ${n + 1}`,
    prefix: '',
    lastName: 'Sim',
    groupName: 'Groep 5A',
  }));
  await importRoster(db, roster, { now: DEMO_NOW, key });
  await upsertResults(db, results);
  const group = (await listGroups(db))[0]!.id;
  const pupils = (await pupilsInGroup(db, group)).map((pupil) => ({ key: pupil.key, ref: pupil.ref }));
  return { db, group, pupils };
}
