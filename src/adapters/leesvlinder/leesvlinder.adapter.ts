import type { ConnectionCheck, Page, PullRequest, SourceAdapter, SourceConfig } from '../port';
import { AdapterError } from '../http/adapter-error';
import { checkConnection } from '../http/check-connection';
import { cursorCodec } from '../http/cursor-codec';
import type { FetchOptions } from '../http/fetch-json';
import { createLeesvlinderClient, optionsOf } from './leesvlinder.client';
import { endOfIsoWeek, mapLeesvlinderSummaries } from './leesvlinder.mapper';
import { LeesvlinderCursor, WeekOnly } from './leesvlinder.schema';

const codec = cursorCodec(LeesvlinderCursor, { invalid: 'onbekende cursor voor Leesvlinder: start de synchronisatie opnieuw' });
const encode = (cursor: LeesvlinderCursor) => codec.encode(cursor);

const decode = (text: string | null, config: SourceConfig): LeesvlinderCursor =>
  text === null ? { v: 1, page: 1, fromWeek: optionsOf(config).fromWeek ?? null, tail: false } : codec.decode(text);

/**
 * Paging: page numbers within a query from `fromWeek`. After the last page of a full read the
 * cursor turns into a "tail" cursor from the newest week seen, so the next sync reads only that
 * week (stored once) and newer ones; a tail read that finds nothing newer ends with null.
 */
function nextCursor(current: LeesvlinderCursor, totalPages: number, newestWeek: string | null): LeesvlinderCursor | null {
  if (current.page < totalPages) return { ...current, page: current.page + 1 };
  const newest = newestWeek && (!current.fromWeek || newestWeek > current.fromWeek) ? newestWeek : current.fromWeek;
  if (current.tail && newest === current.fromWeek) return null;
  return newest === null ? null : { v: 1, page: 1, fromWeek: newest, tail: true };
}

/** The newest real ISO week among the page's items (broken items are skipped), or null. */
function newestWeekOf(items: readonly unknown[]): string | null {
  let newest: string | null = null;
  for (const item of items) {
    const parsed = WeekOnly.safeParse(item);
    if (parsed.success && endOfIsoWeek(parsed.data.week) !== null && (newest === null || parsed.data.week > newest)) newest = parsed.data.week;
  }
  return newest;
}

export function createLeesvlinderAdapter(deps: { fetchOptions?: Partial<FetchOptions>; now?: () => Date } = {}): SourceAdapter {
  const client = createLeesvlinderClient(deps.fetchOptions);
  const now = deps.now ?? (() => new Date());

  async function testConnection(config: SourceConfig, signal: AbortSignal): Promise<ConnectionCheck> {
    return checkConnection(async () => {
      const account = await client.account(config, signal);
      return { ok: true, detail: { code: 'school', params: { school: account.school_name } } };
    });
  }

  async function pullPage({ config, cursor, fetchedSoFar, signal }: PullRequest): Promise<Page> {
    const current = decode(cursor, config);
    const label = `pagina ${current.page}${current.fromWeek ? ` vanaf ${current.fromWeek}` : ''}`;
    if (signal.aborted) throw new AdapterError('aborted', 'afgebroken', null, label);
    const body = await client.summaries(config, { page: current.page, fromWeek: current.fromWeek, signal, label });
    // A server that ignores the page number answers the same page again and again: a loop.
    if (body.page !== current.page)
      throw new AdapterError('pagination-loop', `gevraagd pagina ${current.page}, kreeg pagina ${body.page}`, null, label);
    const mapped = mapLeesvlinderSummaries(body.items, { source: config.source, mapping: config.mapping, now: now().toISOString() });
    const newest = newestWeekOf(body.items);
    const next = nextCursor(current, body.total_pages, newest);
    const nextText = next === null ? null : encode(next);
    if (nextText !== null && nextText === cursor)
      throw new AdapterError('pagination-loop', `Leesvlinder gaf dezelfde pagina opnieuw (${label})`, null, label);
    return {
      ...mapped,
      nextCursor: nextText,
      progress: { fetched: fetchedSoFar + body.items.length, total: body.total_items ?? null },
    };
  }

  return { kind: 'leesvlinder', testConnection, pullPage };
}

export const leesvlinderAdapter = createLeesvlinderAdapter();
