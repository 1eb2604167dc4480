import type { Sealed } from './crypto/seal';
import type { LeerzichtDb } from './db';

/**
 * How a setting is read: a zod schema fits (its safeParse), and so does a guard made with
 * `guardedSetting`. The settings the first page reads (the vault, kept credentials, a line's
 * method) use guards, so zod stays out of the first page's code (decision 035).
 */
export interface SettingSchema<T> {
  safeParse(value: unknown): { readonly success: true; readonly data: T } | { readonly success: false };
}

/**
 * A setting read through its schema: undefined when it is absent or does not read as the schema
 * says (damaged, or written by another version). No setting is read by a type assertion.
 */
export async function readSetting<T>(db: LeerzichtDb, key: string, schema: SettingSchema<T>): Promise<T | undefined> {
  const row = await db.settings.get(key);
  if (row === undefined) return undefined;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

/** A schema from a type guard: the value as stored when the guard passes it. */
export const guardedSetting = <T>(is: (value: unknown) => value is T): SettingSchema<T> => ({
  safeParse: (value) => (is(value) ? { success: true, data: value } : { success: false }),
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Bytes as IndexedDB gives them back (checked without instanceof: the value may come from another realm). */
export const isBytes = (value: unknown): value is Uint8Array<ArrayBuffer> =>
  ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
const isArrayBuffer = (value: unknown): value is ArrayBuffer => Object.prototype.toString.call(value) === '[object ArrayBuffer]';

/** A value sealed with the vault key: iv bytes, data, and `bound: true` or nothing. */
export const isSealed = (value: unknown): value is Sealed =>
  isRecord(value) && isBytes(value.iv) && isArrayBuffer(value.data) && (value.bound === undefined || value.bound === true);

export const SealedSetting = guardedSetting(isSealed);
