import type { Credentials } from '@/adapters/port';
import { sourceId, type SourceId } from '@/domain/ids';
import { seal, unseal, type Sealed } from './crypto/seal';
import { getCredentials, setCredentials } from './credentials.memory';
import type { LeerzichtDb } from './db';

/**
 * Opt-in: a connector's credentials kept on this device, sealed with the vault key like the
 * roster. Never exported (the export skips `credentials.*` settings) and never logged.
 */
const PREFIX = 'credentials.';

export async function rememberCredentials(db: LeerzichtDb, source: SourceId, key: CryptoKey): Promise<boolean> {
  const credentials = getCredentials(source);
  if (!credentials) return false;
  await db.settings.put({ key: `${PREFIX}${source}`, value: await seal(key, credentials) });
  return true;
}

export const forgetRememberedCredentials = (db: LeerzichtDb, source: SourceId) => db.settings.delete(`${PREFIX}${source}`);

export async function rememberedSources(db: LeerzichtDb): Promise<SourceId[]> {
  const keys = (await db.settings.toCollection().primaryKeys()) as string[];
  return keys.filter((name) => name.startsWith(PREFIX)).map((name) => sourceId(name.slice(PREFIX.length)));
}

/** After unlocking: put every remembered connector's credentials back in memory for this session. */
export async function restoreCredentials(db: LeerzichtDb, key: CryptoKey): Promise<number> {
  let restored = 0;
  for (const source of await rememberedSources(db)) {
    const sealed = (await db.settings.get(`${PREFIX}${source}`))?.value as Sealed | undefined;
    if (!sealed) continue;
    try {
      setCredentials(source, await unseal<Credentials>(key, sealed));
      restored += 1;
    } catch {
      // Sealed with another vault: leave it; the ICT coordinator enters the credentials again.
    }
  }
  return restored;
}

export const isCredentialsSetting = (name: string) => name.startsWith(PREFIX);
