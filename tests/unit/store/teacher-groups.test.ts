import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { groupId } from '@/domain/ids';
import { beginUnlock, chooseGroups, lock, maySeeGroup, rememberedGroups, rememberGroups, unlock, vaultState } from '@/store/vault';
import { freshDb } from '../../support/render-app';

const five = groupId('groep-1');
const six = groupId('groep-2');

describe('teacher groups in the vault session', () => {
  let key: CryptoKey;
  beforeAll(async () => {
    key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  });
  afterEach(() => lock());

  it('an unlock begun before a lock does not happen; one begun after it does', () => {
    const before = beginUnlock();
    lock();
    const after = beginUnlock();
    before(key, 'ict-coordinator');
    expect(vaultState()).toMatchObject({ key: null, role: null });
    after(key, 'teacher', [five]);
    expect(vaultState()).toMatchObject({ key, role: 'teacher', groups: [five] });
  });

  it('filters only an unlocked teacher who chose groups', () => {
    unlock(key, 'teacher', [five]);
    expect([maySeeGroup(five), maySeeGroup(six)]).toEqual([true, false]);
    unlock(key, 'ict-coordinator', [five]);
    expect(vaultState().groups).toBeNull();
    expect(maySeeGroup(six)).toBe(true);
    lock();
    expect(vaultState().groups).toBeNull();
  });

  it('changes the groups with a new epoch, and never for a coordinator or while locked', () => {
    unlock(key, 'teacher', [five]);
    const epoch = vaultState().epoch;
    chooseGroups([five, six]);
    expect(vaultState()).toMatchObject({ groups: [five, six], epoch: epoch + 1 });
    unlock(key, 'ict-coordinator');
    chooseGroups([five]);
    expect(vaultState().groups).toBeNull();
    lock();
    chooseGroups([five]);
    expect(vaultState().groups).toBeNull();
  });

  it('remembers the choice on this device and ignores a damaged setting', async () => {
    const db = freshDb();
    expect(await rememberedGroups(db)).toEqual([]);
    await rememberGroups(db, [six]);
    expect(await rememberedGroups(db)).toEqual([six]);
    await db.settings.put({ key: 'teacher-groups', value: [5, null, 'groep-3'] });
    expect(await rememberedGroups(db)).toEqual(['groep-3']);
    await db.settings.put({ key: 'teacher-groups', value: 'groep-1' });
    expect(await rememberedGroups(db)).toEqual([]);
  });
});
