import type { z } from 'zod';
import { AdapterError } from './adapter-error';
import { fromBase64Url, toBase64Url } from './base64url';

export interface CursorCodec<S extends z.ZodType> {
  /** The cursor as the sync stores it: JSON, after the prefix (base64url when asked). */
  readonly encode: (cursor: z.input<S>) => string;
  /** A stored cursor read back through the schema; one this adapter did not write is a config error naming `page` as its start. */
  readonly decode: (text: string) => z.output<S>;
}

export interface CursorCodecOptions {
  /** What the cursor text starts with (a version tag such as 'bk1.'); none by default. */
  readonly prefix?: string;
  /** JSON in base64url after the prefix (for cursors that carry URLs), or plain JSON. */
  readonly base64?: boolean;
  /** The error's detail when a cursor does not read (Dutch, like every adapter detail). */
  readonly invalid: string;
}

/** One codec for every adapter's opaque sync cursor: JSON through a zod schema, with an optional prefix. */
export function cursorCodec<S extends z.ZodType>(schema: S, { prefix = '', base64 = false, invalid }: CursorCodecOptions): CursorCodec<S> {
  return {
    encode: (cursor) => {
      const json = JSON.stringify(cursor);
      return prefix + (base64 ? toBase64Url(json) : json);
    },
    decode: (text) => {
      let value: unknown = null;
      try {
        if (text.startsWith(prefix)) {
          const body = text.slice(prefix.length);
          value = JSON.parse(base64 ? fromBase64Url(body) : body);
        }
      } catch {
        value = null;
      }
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new AdapterError('config', invalid, null, text.slice(0, 80));
      return parsed.data;
    },
  };
}
