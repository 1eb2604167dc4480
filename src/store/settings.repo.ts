import { z } from 'zod';
import type { LeerzichtDb } from './db';

/**
 * A setting read through its schema: undefined when it is absent or does not read as the schema
 * says (damaged, or written by another version). No setting is read by a type assertion.
 */
export async function readSetting<S extends z.ZodType>(db: LeerzichtDb, key: string, schema: S): Promise<z.output<S> | undefined> {
  const row = await db.settings.get(key);
  if (row === undefined) return undefined;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

/** Bytes as IndexedDB gives them back (checked without instanceof: the value may come from another realm). */
export const Bytes = z.custom<Uint8Array<ArrayBuffer>>(
  (value) => ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]',
);
export const ArrayBufferValue = z.custom<ArrayBuffer>((value) => Object.prototype.toString.call(value) === '[object ArrayBuffer]');

/** A value sealed with the vault key (crypto/seal.ts `Sealed`). */
export const SealedSetting = z.object({ iv: Bytes, data: ArrayBufferValue, bound: z.literal(true).optional() });
