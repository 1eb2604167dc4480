import type { Parser } from '@/adapters/shared/guards';
import { parseJsonText } from '@/adapters/shared/json-text';
import { mapSommenspoorSessions } from '@/adapters/sommenspoor/sommenspoor.mapper';
import { SOMMENSPOOR_DEFAULT_MAPPING } from '@/adapters/sommenspoor/sommenspoor.mapping';
import { sommenspoorSessionsPage } from '@/adapters/sommenspoor/sommenspoor.guard';
import { SOMMENSPOOR_MAX_PAGE_SIZE } from '@/adapters/sommenspoor/sommenspoor.client';
import { sourceId } from '@/domain/ids';
import { DEMO_TODAY } from '../../../mocks/demo-school/calendar';
import { sommenspoorData } from '../../../mocks/suppliers/sommenspoor/sommenspoor.generator';
import { jsonPages, type PageCount } from './json-pages';

/** A supplier format's reader: its pages as bytes, and what its adapter does with one page. */
export interface JsonFormat {
  readonly name: string;
  readonly figure: string;
  readonly pageSize: number;
  readonly pages: () => Uint8Array[];
  readonly read: (page: Uint8Array) => PageCount;
}

const decoder = new TextDecoder();

/** What fetchJsonWithHeaders does with a 2xx response's bytes: decode, parse, check the envelope (with the schema the client passes it). */
function envelopeOf<T>(bytes: Uint8Array, schema: Parser<T>): T {
  const json = parseJsonText(decoder.decode(bytes));
  if (!json.ok) throw new Error(`geen geldige JSON: ${json.place}`);
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) throw new Error(`onverwacht antwoord: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const counted = ({ results, rejections }: { results: readonly unknown[]; rejections: readonly unknown[] }): PageCount => ({
  results: results.length,
  rejections: rejections.length,
});

const sommenspoor: JsonFormat = {
  name: 'Sommenspoor',
  figure: 'Sommenspoor sessions page: parse + envelope + mapSommenspoorSessions',
  pageSize: SOMMENSPOOR_MAX_PAGE_SIZE,
  pages: () => {
    const { sessions } = sommenspoorData();
    return jsonPages(
      sessions,
      SOMMENSPOOR_MAX_PAGE_SIZE,
      (data, index) => ({ data, next_cursor: `c${index + 1}`, total: sessions.length }),
      (session, round) => ({ ...session, session_id: `${session.session_id}-${round}` }),
    );
  },
  read: (bytes) => {
    const ctx = { source: sourceId('sommenspoor'), mapping: SOMMENSPOOR_DEFAULT_MAPPING, now: DEMO_TODAY };
    return counted(mapSommenspoorSessions(envelopeOf(bytes, sommenspoorSessionsPage).data, ctx));
  },
};

/** The formats, in the order the bench prints them. */
export const JSON_FORMATS: readonly JsonFormat[] = [sommenspoor];
