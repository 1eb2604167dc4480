import { describe, expect, it } from 'vitest';
import { sourceId } from '@/domain/ids';
import { clearCredentials, getCredentials, setCredentials } from '@/store/credentials.memory';
import { forgetRememberedCredentials, rememberCredentials, rememberedSources, restoreCredentials } from '@/store/credentials.sealed';
import { LeerzichtDb } from '@/store/db';
import { saveSource } from '@/store/sources.repo';
import { createVault } from '@/store/vault';
import { fakeSource } from '../../support/fake-adapter';

describe('remembered connector credentials', () => {
  it('are kept sealed only when asked, and come back into memory after unlocking', async () => {
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    const key = await createVault(db, 'een lange test-wachtwoordzin', 1_000);
    const source = sourceId('sommenspoor');
    await saveSource(db, fakeSource({ id: source }));
    setCredentials(source, { type: 'bearer', token: 'geheim-token-123' }, fakeSource().endpoint);
    expect(await rememberedSources(db)).toEqual([]);
    expect(await rememberCredentials(db, source, key)).toBe(true);
    const raw = JSON.stringify(await db.settings.toArray(), (_k, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? new TextDecoder().decode(value as ArrayBuffer) : value,
    );
    expect(raw).not.toContain('geheim-token-123');
    clearCredentials();
    expect(getCredentials(source)).toBeNull();
    expect(await restoreCredentials(db, key)).toBe(1);
    expect(getCredentials(source)).toEqual({ type: 'bearer', token: 'geheim-token-123' });
    await forgetRememberedCredentials(db, source);
    expect(await rememberedSources(db)).toEqual([]);
    clearCredentials();
  });
});
