import type { LeerzichtDb } from './db';
import { deriveKey, PBKDF2_ITERATIONS, randomBytes, seal, unseal, type Sealed } from './crypto/seal';

export type Role = 'teacher' | 'ict-coordinator';

interface VaultMeta {
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iterations: number;
  /** A known text sealed with the key: tells a wrong passphrase apart from damaged data. */
  readonly check: Sealed;
}

const META_KEY = 'vault';
const CHECK_TEXT = 'leerzicht-kluis';

export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';
}

const metaOf = async (db: LeerzichtDb) => (await db.settings.get(META_KEY))?.value as VaultMeta | undefined;

export const hasVault = async (db: LeerzichtDb) => (await metaOf(db)) !== undefined;

/** Creates the vault for this browser with a passphrase; returns the key. */
export async function createVault(db: LeerzichtDb, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations);
  await db.settings.put({ key: META_KEY, value: { salt, iterations, check: await seal(key, CHECK_TEXT) } satisfies VaultMeta });
  return key;
}

/** The key for a passphrase, or WrongPassphraseError. */
export async function openVault(db: LeerzichtDb, passphrase: string): Promise<CryptoKey> {
  const meta = await metaOf(db);
  if (!meta) throw new WrongPassphraseError('no vault');
  const key = await deriveKey(passphrase, meta.salt, meta.iterations);
  try {
    if ((await unseal<string>(key, meta.check)) === CHECK_TEXT) return key;
  } catch {
    // AES-GCM refuses a wrong key: fall through.
  }
  throw new WrongPassphraseError('wrong passphrase');
}

/** The session's unlock state, in memory only. */
interface VaultState {
  readonly key: CryptoKey | null;
  readonly role: Role | null;
  /** Changes at every lock and unlock, so cached views of names are never mixed up. */
  readonly epoch: number;
}

let state: VaultState = { key: null, role: null, epoch: 0 };
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const vaultState = (): VaultState => state;
export const vaultKey = (): CryptoKey | null => state.key;

export function unlock(key: CryptoKey, role: Role): void {
  state = { key, role, epoch: state.epoch + 1 };
  emit();
}

export function lock(): void {
  if (state.key === null && state.role === null) return;
  state = { key: null, role: null, epoch: state.epoch + 1 };
  emit();
}

export function subscribeVault(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
