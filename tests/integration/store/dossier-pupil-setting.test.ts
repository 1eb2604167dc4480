import { describe, expect, it } from 'vitest';
import { savedPupil } from '@/store/file-source-settings';
import { forgetPupil } from '@/store/stored-data.repo';
import { sourceId } from '@/domain/ids';
import { freshDb } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

describe("a dossier source's remembered pupil", () => {
  it('is kept as a local key only, and forgetting that pupil forgets it (no other source loses its pupil)', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const anna = (await db.pupils.where('ref').equals(refOf(1)).first())!.key;
    const bram = (await db.pupils.where('ref').equals(refOf(2)).first())!.key;
    await db.settings.bulkPut([
      { key: 'oso-pupil.dossier-anna', value: { pupil: anna } },
      { key: 'oso-pupil.dossier-bram', value: { pupil: bram } },
    ]);
    expect(await savedPupil(db, sourceId('dossier-anna'))).toBe(anna);
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('nep-eckid');
    await forgetPupil(db, anna);
    expect(await savedPupil(db, sourceId('dossier-anna'))).toBeNull();
    expect(await savedPupil(db, sourceId('dossier-bram'))).toBe(bram);
  });
});
