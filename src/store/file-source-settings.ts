import { CsvColumns } from '@/adapters/csv/csv.columns';
import { pupilKey, type PupilKey, type SourceId } from '@/domain/ids';
import { z } from 'zod';
import type { LeerzichtDb } from './db';
import { readSetting } from './settings.repo';
import { DOSSIER_PUPIL_SETTING } from './dossier-pupils.queries';

/** Settings saved beside a file source: a CSV's column mapping and an OSO dossier's pupil. */
export const COLUMNS_PREFIX = 'csv-columns.';

/** The CSV column mapping saved for a source (supplier), validated; null when none or invalid. */
export async function savedColumns(db: LeerzichtDb, source: SourceId): Promise<CsvColumns | null> {
  return (await readSetting(db, `${COLUMNS_PREFIX}${source}`, CsvColumns)) ?? null;
}

export const forgetColumns = (db: LeerzichtDb, source: SourceId) => db.settings.delete(`${COLUMNS_PREFIX}${source}`);

/** Whose OSO dossier a source holds: the pupil's local key (never the pseudonym), saved per source. */
export const DossierPupilSetting = z.object({ pupil: z.number().int() });

const PUPIL_PREFIX = DOSSIER_PUPIL_SETTING;

export async function savedPupil(db: LeerzichtDb, source: SourceId): Promise<PupilKey | null> {
  const value = await readSetting(db, `${PUPIL_PREFIX}${source}`, DossierPupilSetting);
  return value ? pupilKey(value.pupil) : null;
}

export const savePupil = (db: LeerzichtDb, source: SourceId, pupil: PupilKey) =>
  db.settings.put({ key: `${PUPIL_PREFIX}${source}`, value: { pupil } });

/** Everything saved beside a file source (its CSV columns, its dossier's pupil): removed with the source. */
export async function forgetFileSettings(db: LeerzichtDb, source: SourceId): Promise<void> {
  await forgetColumns(db, source);
  await db.settings.delete(`${PUPIL_PREFIX}${source}`);
}
