import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { LeerzichtDb } from '@/store/db';
import { readSetting } from '@/store/settings.repo';
import { createVault, hasVault, openVault } from '@/store/vault';

const freshDb = () => new LeerzichtDb(`settings-${crypto.randomUUID()}`);

describe('readSetting', () => {
  it('reads a setting through its schema: absent or not as the schema says gives undefined, never a cast value', async () => {
    const db = freshDb();
    const Schema = z.object({ pupil: z.number().int() });
    expect(await readSetting(db, 'oso-pupil.x', Schema)).toBeUndefined();
    await db.settings.put({ key: 'oso-pupil.x', value: { pupil: 'drie' } });
    expect(await readSetting(db, 'oso-pupil.x', Schema)).toBeUndefined();
    await db.settings.put({ key: 'oso-pupil.x', value: { pupil: 3 } });
    expect(await readSetting(db, 'oso-pupil.x', Schema)).toEqual({ pupil: 3 });
  });

  it('a vault whose settings do not read is still a vault (never made again over it), and says it cannot be opened', async () => {
    const db = freshDb();
    await createVault(db, 'een lange wachtzin', 1000);
    await expect(openVault(db, 'een lange wachtzin')).resolves.toBeDefined();
    await db.settings.put({ key: 'vault', value: { salt: 'kapot' } });
    expect(await hasVault(db)).toBe(true);
    await expect(openVault(db, 'een lange wachtzin')).rejects.toThrow('the vault settings do not read');
  });
});
