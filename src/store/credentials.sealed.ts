import type { Credentials } from '@/adapters/port';
import { sourceId, type SourceId } from '@/domain/ids';
import { credentialsBinding } from './crypto/bindings';
import { seal, unseal } from './crypto/seal';
import { endpointOrigin, getCredentials, noteCredentialsMoved, setCredentials } from './credentials.memory';
import type { LeerzichtDb } from './db';
import { readSetting, SealedSetting } from './settings.repo';

/**
 * Opt-in: a connector's credentials kept on this device, sealed with the vault key like the
 * roster and bound to the connector's id and endpoint origin (associated data): pointed at
 * another host, in the app or in the browser's store, they no longer open. Never exported (the
 * export skips `credentials.*` settings) and never logged.
 */
const PREFIX = 'credentials.';

export async function rememberCredentials(db: LeerzichtDb, source: SourceId, key: CryptoKey): Promise<boolean> {
  const stored = await db.sources.get(source);
  const credentials = stored ? getCredentials(source, stored.endpoint) : null;
  if (!stored || !credentials) return false;
  const value = await seal(key, credentials, credentialsBinding(source, endpointOrigin(stored.endpoint)));
  await db.settings.put({ key: `${PREFIX}${source}`, value });
  return true;
}

export const forgetRememberedCredentials = (db: LeerzichtDb, source: SourceId) => db.settings.delete(`${PREFIX}${source}`);

export async function rememberedSources(db: LeerzichtDb): Promise<SourceId[]> {
  const keys = (await db.settings.toCollection().primaryKeys()) as string[];
  return keys.filter((name) => name.startsWith(PREFIX)).map((name) => sourceId(name.slice(PREFIX.length)));
}

/**
 * After unlocking: put every remembered connector's credentials back in memory for this session.
 * Credentials that do not open for the connector's current id and endpoint (the endpoint was
 * changed, or they were copied from another connector) are refused and deleted: the sync then
 * says they belonged to another address and the ICT coordinator enters them again.
 */
export async function restoreCredentials(db: LeerzichtDb, key: CryptoKey): Promise<number> {
  let restored = 0;
  for (const source of await rememberedSources(db)) {
    const sealed = await readSetting(db, `${PREFIX}${source}`, SealedSetting);
    const stored = await db.sources.get(source);
    if (!stored) continue;
    try {
      // Kept credentials that do not read as a sealed value are refused like those that do not open.
      if (!sealed) throw new Error('unreadable');
      const binding = credentialsBinding(source, endpointOrigin(stored.endpoint));
      setCredentials(source, await unseal<Credentials>(key, sealed, binding, 'refuse'), stored.endpoint);
      restored += 1;
    } catch {
      await forgetRememberedCredentials(db, source);
      noteCredentialsMoved(source);
    }
  }
  return restored;
}

export const isCredentialsSetting = (name: string) => name.startsWith(PREFIX);
