import { goalId, resultIdOf, sourceId, type PupilRef, type SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { importRoster } from '@/store/roster.repo';
import { createVault, lock, unlock } from '@/store/vault';
import type { LeerzichtDb } from '@/store/db';
import { upsertResults } from '@/store/results.repo';
import { saveSource } from '@/store/sources.repo';
import { DEMO_NOW } from './render-app';

/** Tests derive keys with few PBKDF2 iterations to stay fast; the app uses 600,000. */
export const TEST_PASSPHRASE = 'een lange test-wachtwoordzin';

export const refOf = (n: number) => `https://demo.invalid/nep-eckid/201703/${n.toString(16).padStart(128, '0')}` as PupilRef;

/** A small school: Groep 5A with three named pupils, and results from two sources. */
export async function seedSmallSchool(db: LeerzichtDb, { names = true } = {}) {
  const rows = [
    { ref: refOf(1), firstName: 'Anna', prefix: 'de', lastName: 'Boer', groupName: 'Groep 5A' },
    { ref: refOf(2), firstName: 'Bram', prefix: '', lastName: 'Smit', groupName: 'Groep 5A' },
    { ref: refOf(3), firstName: 'Cem', prefix: '', lastName: 'Yilmaz', groupName: 'Groep 5A' },
  ];
  const key = await createVault(db, TEST_PASSPHRASE, 1_000);
  await importRoster(db, rows, { now: DEMO_NOW, key });
  // With names: unlocked as the ICT coordinator; without: locked, so the app shows placeholders.
  if (names) unlock(key, 'ict-coordinator');
  else lock();
  const sommen = sourceId('sommenspoor');
  const blok = sourceId('blokkodo');
  await saveSource(db, {
    id: sommen,
    kind: 'sommenspoor',
    name: 'Sommenspoor',
    endpoint: 'https://api.sommenspoor.example/v2',
    paused: false,
    mapping: {},
    createdAt: DEMO_NOW.toISOString(),
  });
  await saveSource(db, {
    id: blok,
    kind: 'blokkodo',
    name: 'Blokkodo',
    endpoint: 'https://api.blokkodo.example/v1',
    paused: false,
    mapping: {},
    createdAt: DEMO_NOW.toISOString(),
  });
  const results: Result[] = [];
  const add = (pupil: number, source: typeof sommen, goal: string, day: number, scaled: number, band: string | null = null) =>
    results.push({
      id: resultIdOf(source, `r${results.length}`),
      source,
      recordId: `r${results.length}`,
      pupil: refOf(pupil),
      code: goal,
      goals: [goalId(goal)],
      level: null,
      workForm: 'practice',
      time: new Date(DEMO_NOW.getTime() - day * 86_400_000).toISOString(),
      score: { raw: Math.round(scaled * 20), min: 0, max: 20, scaled: Math.round(scaled * 20) / 20 },
      success: null,
      completion: true,
      durationSeconds: 600,
      attempt: null,
      normBand: band ? { label: band, colour: '#1a7f37' } : null,
    });
  for (let day = 60; day >= 2; day -= 7) {
    add(1, sommen, 'rekenen.getallen.1f', day, 0.9, 'I');
    add(2, sommen, 'rekenen.getallen.1f', day, 0.4, 'IV');
    add(1, blok, 'programmeren.herhaling.mb', day + 1, 1);
  }
  await upsertResults(db, results);
  return { rows, results, key };
}

/** The column layout saved for the CSV file source `saveCsvFileSource` makes (toetsen-export*.csv's headers). */
export const SAVED_CSV_COLUMNS = { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Behaalde punten', max: 'Uit' };

/** A CSV file source "Toetsplatform" with its saved column layout, as the wizard leaves it. */
export async function saveCsvFileSource(db: LeerzichtDb, createdAt: string): Promise<SourceId> {
  const id = sourceId('toetsplatform');
  await saveSource(db, { id, kind: 'csv', name: 'Toetsplatform', endpoint: 'bestand:csv-columns', paused: false, mapping: {}, createdAt });
  await db.settings.put({ key: `csv-columns.${id}`, value: SAVED_CSV_COLUMNS });
  return id;
}
