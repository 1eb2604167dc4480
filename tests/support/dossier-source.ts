import { sourceId, type SourceId } from '@/domain/ids';
import type { LeerzichtDb } from '@/store/db';
import { saveSource } from '@/store/sources.repo';

/** A file source for OSO dossiers named 'OSO-dossiers' (id `oso-dossiers`), as the wizard saves one. */
export async function saveDossierSource(db: LeerzichtDb): Promise<SourceId> {
  const id = sourceId('oso-dossiers');
  await saveSource(db, {
    id,
    kind: 'uwlr',
    name: 'OSO-dossiers',
    endpoint: 'bestand:oso-dossier',
    paused: false,
    mapping: {},
    createdAt: '2026-06-01T00:00:00.000Z',
  });
  return id;
}
