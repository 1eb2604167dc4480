import { describe, expect, it } from 'vitest';
import { deriveKey, randomBytes, seal, unseal } from '@/store/crypto/seal';
import { LeerzichtDb } from '@/store/db';
import { createVault, hasVault, openVault, WrongPassphraseError } from '@/store/vault';

describe('sealing', () => {
  it('round-trips a value with AES-GCM and a fresh IV each time', async () => {
    const key = await deriveKey('een lange wachtwoordzin', randomBytes(16), 1_000);
    const first = await seal(key, { firstName: 'Sanne' });
    const second = await seal(key, { firstName: 'Sanne' });
    expect(Buffer.from(first.iv).equals(Buffer.from(second.iv))).toBe(false);
    expect(new TextDecoder().decode(first.data)).not.toContain('Sanne');
    expect(await unseal(key, first)).toEqual({ firstName: 'Sanne' });
  });

  it('refuses another key and tampered data', async () => {
    const salt = randomBytes(16);
    const key = await deriveKey('een lange wachtwoordzin', salt, 1_000);
    const other = await deriveKey('een andere wachtwoordzin', salt, 1_000);
    const sealed = await seal(key, 'geheim');
    await expect(unseal(other, sealed)).rejects.toThrow();
    const bytes = new Uint8Array(sealed.data.slice(0));
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(unseal(key, { iv: sealed.iv, data: bytes.buffer })).rejects.toThrow();
  });
});

describe('vault', () => {
  it('opens with the right passphrase and says so clearly for a wrong one', async () => {
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    expect(await hasVault(db)).toBe(false);
    await createVault(db, 'een lange wachtwoordzin', 1_000);
    expect(await hasVault(db)).toBe(true);
    await expect(openVault(db, 'een lange wachtwoordzin')).resolves.toBeDefined();
    await expect(openVault(db, 'fout')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('stores its parameters: 600,000 PBKDF2 iterations by default and a 16-byte salt', async () => {
    const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
    await createVault(db, 'een lange wachtwoordzin');
    const meta = (await db.settings.get('vault'))?.value as { iterations: number; salt: Uint8Array };
    expect(meta.iterations).toBe(600_000);
    expect(meta.salt).toHaveLength(16);
  });
});
