import { z } from 'zod';
import type { ConnectionCheck, Page, PullRequest, SourceAdapter, SourceConfig } from '../port';
import { AdapterError } from '../http/adapter-error';
import { checkConnection } from '../http/check-connection';
import { cursorCodec } from '../http/cursor-codec';
import type { FetchOptions } from '../http/fetch-json';
import { createSommenspoorClient } from './sommenspoor.client';
import { mapSommenspoorSessions } from './sommenspoor.mapper';

/**
 * Our cursor wraps Sommenspoor's opaque one with a page number (to name pages in errors).
 * Sommenspoor's cursor is a position in its time-ordered session list, so the cursor of the
 * last page, kept by the sync, later re-reads that page (duplicates, stored once) plus any newer sessions.
 */
const Cursor = z.object({ v: z.literal(1), p: z.number().int().positive(), c: z.string().min(1) });
type Cursor = z.infer<typeof Cursor>;

const codec = cursorCodec(Cursor, { invalid: 'onbekende cursor voor Sommenspoor: start de synchronisatie opnieuw' });
export const encodeSommenspoorCursor = (cursor: Cursor): string => codec.encode(cursor);
export const decodeSommenspoorCursor = (text: string): Cursor => codec.decode(text);

export interface SommenspoorAdapterDeps {
  readonly fetchOptions?: Partial<FetchOptions>;
}

export function createSommenspoorAdapter(deps: SommenspoorAdapterDeps = {}): SourceAdapter {
  const client = createSommenspoorClient(deps.fetchOptions);

  async function testConnection(config: SourceConfig, signal: AbortSignal): Promise<ConnectionCheck> {
    return checkConnection(async () => {
      const ping = await client.ping(config, signal);
      return { ok: true, detail: { code: 'school', params: { school: ping.school } } };
    });
  }

  async function pullPage({ config, cursor, fetchedSoFar, signal }: PullRequest): Promise<Page> {
    const current = cursor === null ? null : decodeSommenspoorCursor(cursor);
    const pageNumber = current?.p ?? 1;
    const page = current ? `pagina ${pageNumber} (cursor ${current.c})` : 'pagina 1';
    if (signal.aborted) throw new AdapterError('aborted', 'afgebroken', null, page);
    const body = await client.sessions(config, { cursor: current?.c ?? null, page, signal });
    if (body.next_cursor !== null && body.next_cursor === current?.c) {
      throw new AdapterError('pagination-loop', `Sommenspoor gaf dezelfde cursor terug (${page})`, null, page);
    }
    const { results, rejections } = mapSommenspoorSessions(body.data, {
      source: config.source,
      mapping: config.mapping,
      now: new Date().toISOString(),
    });
    return {
      results,
      rejections,
      nextCursor: body.next_cursor === null ? null : encodeSommenspoorCursor({ v: 1, p: pageNumber + 1, c: body.next_cursor }),
      progress: { fetched: fetchedSoFar + body.data.length, total: body.total ?? null },
    };
  }

  return { kind: 'sommenspoor', testConnection, pullPage };
}

export const sommenspoorAdapter = createSommenspoorAdapter();
