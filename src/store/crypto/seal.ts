/**
 * Encryption at rest for roster data (and, opt-in, connector credentials): AES-GCM 256 with a
 * key derived from the passphrase by PBKDF2-SHA256, 600,000 iterations (OWASP 2023), a random
 * 16-byte salt per vault and a random 12-byte IV per sealed value. The key is non-extractable
 * and lives only in memory while the app is unlocked.
 */
export const PBKDF2_ITERATIONS = 600_000;

export interface Sealed {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(JSON.stringify(value)));
  return { iv, data };
}

/** Throws when the key is wrong or the data was tampered with (AES-GCM authenticates). */
export async function unseal<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
  return JSON.parse(decoder.decode(plain)) as T;
}
