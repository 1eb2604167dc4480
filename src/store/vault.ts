import type { GroupId } from '@/domain/ids';
import type { LeerzichtDb } from './db';
import { guardedSetting, isBytes, isSealed, readSetting } from './settings.repo';
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

const VaultMetaSetting = guardedSetting(
  (value: unknown): value is VaultMeta =>
    typeof value === 'object' &&
    value !== null &&
    'salt' in value &&
    isBytes(value.salt) &&
    'iterations' in value &&
    Number.isSafeInteger(value.iterations) &&
    (value.iterations as number) > 0 &&
    'check' in value &&
    isSealed(value.check),
);
/** Any list: the items are checked one by one where it is read. */
const ListSetting = guardedSetting((value: unknown): value is readonly unknown[] => Array.isArray(value));

/** Whether this browser has a vault (its settings row exists, readable or not: never offered to be made again over it). */
export const hasVault = async (db: LeerzichtDb) => (await db.settings.get(META_KEY)) !== undefined;

/** Creates the vault for this browser with a passphrase; returns the key. */
export async function createVault(db: LeerzichtDb, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations);
  await db.settings.put({ key: META_KEY, value: { salt, iterations, check: await seal(key, CHECK_TEXT) } satisfies VaultMeta });
  return key;
}

/** The key for a passphrase, or WrongPassphraseError. */
export async function openVault(db: LeerzichtDb, passphrase: string): Promise<CryptoKey> {
  if (!(await hasVault(db))) throw new WrongPassphraseError('no vault');
  const meta = await readSetting(db, META_KEY, VaultMetaSetting);
  if (!meta) throw new Error('the vault settings do not read');
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
  /**
   * The groups a teacher chose at unlock ("Mijn groepen"): teacher views show only these.
   * null: no filter (the ICT coordinator, or while locked, when no names are shown).
   */
  readonly groups: readonly GroupId[] | null;
  /** Changes at every lock and unlock, so cached views of names are never mixed up. */
  readonly epoch: number;
}

let state: VaultState = { key: null, role: null, groups: null, epoch: 0 };
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const vaultState = (): VaultState => state;
export const vaultKey = (): CryptoKey | null => state.key;

/** Unlocks for a role; a teacher passes the groups they chose (the unlock form always does). */
export function unlock(key: CryptoKey, role: Role, groups: readonly GroupId[] | null = null): void {
  state = { key, role, groups: role === 'teacher' ? groups : null, epoch: state.epoch + 1 };
  emit();
}

/** A teacher changes "Mijn groepen" during the session; a new epoch refreshes every view. */
export function chooseGroups(groups: readonly GroupId[]): void {
  if (state.role !== 'teacher' || state.key === null) return;
  state = { ...state, groups: [...groups], epoch: state.epoch + 1 };
  emit();
}

/** Counts every lock, also of a locked session: an unlock begun before one is void. */
let locks = 0;

/**
 * Begins an unlock that takes time (deriving the key, reading the groups): the function it returns
 * unlocks only if nothing locked the app in between (Vergrendelen, the idle lock, a closed session).
 */
export function beginUnlock(): (key: CryptoKey, role: Role, groups?: readonly GroupId[] | null) => void {
  const since = locks;
  return (key, role, groups = null) => {
    if (locks === since) unlock(key, role, groups);
  };
}

export function lock(): void {
  locks += 1;
  if (state.key === null && state.role === null) return;
  state = { key: null, role: null, groups: null, epoch: state.epoch + 1 };
  emit();
}

/** Whether this session's views may list a group: all of them, unless a teacher chose some. */
export const maySeeGroup = (group: GroupId, current: VaultState = state): boolean => current.groups === null || current.groups.includes(group);

const GROUPS_KEY = 'teacher-groups';

/** The groups last chosen on this device, offered again at the next teacher unlock. */
export async function rememberedGroups(db: LeerzichtDb): Promise<GroupId[]> {
  const value = await readSetting(db, GROUPS_KEY, ListSetting);
  return (value ?? []).filter((item): item is GroupId => typeof item === 'string');
}

export const rememberGroups = (db: LeerzichtDb, groups: readonly GroupId[]) => db.settings.put({ key: GROUPS_KEY, value: [...groups] });

export function subscribeVault(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
