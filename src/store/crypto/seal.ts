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
  /**
   * Sealed with associated data (what the value belongs to: a pupil's pseudonym, a connector's
   * id and endpoint origin). AES-GCM then refuses to open it anywhere else. Absent on values
   * sealed before binding existed; removing the flag from a bound value does not help an
   * attacker, since the tag still covers the associated data.
   */
  readonly bound?: true;
}

/** A sealed value opened for something else than it was sealed for (moved, swapped or re-pointed). */
export class SealMismatchError extends Error {
  override readonly name = 'SealMismatchError';
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

const params = (iv: Uint8Array<ArrayBuffer>, boundTo: string | undefined): AesGcmParams =>
  boundTo === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: encoder.encode(boundTo) };

/** Seals a value; with `boundTo` (associated data) it opens only for that same context. */
export async function seal(key: CryptoKey, value: unknown, boundTo?: string): Promise<Sealed> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(params(iv, boundTo), key, encoder.encode(JSON.stringify(value)));
  return boundTo === undefined ? { iv, data } : { iv, data, bound: true };
}

/**
 * Throws when the key is wrong or the data was tampered with (AES-GCM authenticates). With
 * `boundTo`, a bound value opens only for the context it was sealed for: any other context
 * (a swapped name, an edited endpoint) throws SealMismatchError.
 * `legacy: 'refuse'` also refuses a value sealed before binding existed.
 */
export async function unseal<T>(key: CryptoKey, sealed: Sealed, boundTo?: string, legacy: 'allow' | 'refuse' = 'allow'): Promise<T> {
  if (boundTo !== undefined && sealed.bound !== true && legacy === 'refuse') throw new SealMismatchError('sealed without binding');
  const context = boundTo !== undefined && sealed.bound === true ? boundTo : undefined;
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(params(sealed.iv, context), key, sealed.data);
  } catch (error) {
    if (context !== undefined) throw new SealMismatchError('sealed for another context, or damaged');
    throw error;
  }
  return JSON.parse(decoder.decode(plain)) as T;
}
