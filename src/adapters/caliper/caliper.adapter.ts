import { z } from 'zod';
import type { GoalId } from '@/domain/ids';
import type { Rejection } from '@/domain/model';
import type { ConnectionCheck, Page, PullRequest, SourceAdapter, SourceConfig } from '../port';
import { AdapterError } from '../http/adapter-error';
import { checkConnection } from '../http/check-connection';
import { cursorCodec } from '../http/cursor-codec';
import type { FetchOptions } from '../http/fetch-json';
import { fingerprint, rejectionOf } from '../shared/map-helpers';
import { createCaliperClient } from './caliper.client';
import { mapCaliperEvents } from './caliper.mapper';
import { eventsOfEnvelope } from './caliper.reader';

/**
 * Our cursor: the store's opaque `after` cursor, a page number (to name pages in errors) and
 * the last few store cursors of this run (a store that sends us back to one of them loops).
 * After the last page the sync keeps the cursor that read it: the next sync re-reads that
 * page (its events are stored once, by event id) and then whatever was stored since.
 */
const Cursor = z.object({
  v: z.literal(1),
  p: z.number().int().positive(),
  a: z.string().min(1).max(500).nullable(),
  s: z.array(z.string().max(500)).max(8),
});
type Cursor = z.infer<typeof Cursor>;
const START: Cursor = { v: 1, p: 1, a: null, s: [] };
const SEEN = 8;

const codec = cursorCodec(Cursor, { invalid: 'onbekende cursor voor de Caliper-eventstore: start de synchronisatie opnieuw' });
export const encodeCaliperCursor = (cursor: Cursor): string => codec.encode(cursor);
export const decodeCaliperCursor = (text: string | null): Cursor => (text === null ? START : codec.decode(text));

const pageLabel = (cursor: Cursor) => (cursor.a === null ? `pagina ${cursor.p}` : `pagina ${cursor.p} (na ${cursor.a.slice(0, 80)})`);

export interface CaliperAdapterDeps {
  readonly fetchOptions?: Partial<FetchOptions>;
  /** SLO UUIDs found in an event's learningObjectives -> goals, for codes the mapping lacks. */
  readonly resolveSloIds?: (uuids: readonly string[]) => readonly GoalId[];
  /** The clock for rejection stamps; injected in tests. */
  readonly now?: () => Date;
}

/**
 * 1EdTech Caliper 1.1/1.2 from a school board's event store (read API: caliper.client.ts).
 * Files go through readCaliperFile + mapCaliperEvents instead. Bearer token auth.
 */
export function createCaliperAdapter(deps: CaliperAdapterDeps = {}): SourceAdapter {
  const client = createCaliperClient(deps.fetchOptions);
  const now = deps.now ?? (() => new Date());
  const resolveSloIds = deps.resolveSloIds ?? (() => []);

  async function testConnection(config: SourceConfig, signal: AbortSignal): Promise<ConnectionCheck> {
    return checkConnection(async () => {
      const probe = await client.probe(config, signal);
      const stored = probe.remaining === undefined ? null : probe.remaining + probe.envelopes.length;
      return { ok: true, detail: { code: 'caliper', params: { events: stored } } };
    });
  }

  async function pullPage({ config, cursor, fetchedSoFar, signal }: PullRequest): Promise<Page> {
    const current = decodeCaliperCursor(cursor);
    const page = pageLabel(current);
    if (signal.aborted) throw new AdapterError('aborted', 'afgebroken', null, page);
    const body = await client.envelopes(config, { after: current.a, page, signal });
    if (body.next !== null && (body.next === current.a || current.s.includes(body.next))) {
      throw new AdapterError('pagination-loop', `de eventstore wijst terug naar een eerdere pagina (${page})`, null, page);
    }

    const at = now().toISOString();
    const events: unknown[] = [];
    const broken: Rejection[] = [];
    for (const envelope of body.envelopes) {
      const inner = eventsOfEnvelope(envelope);
      if (typeof inner === 'string')
        broken.push(rejectionOf(config.source, `envelope-${fingerprint(envelope)}`, 'invalid-record', inner, at, null, envelope));
      else events.push(...inner);
    }
    const mapped = mapCaliperEvents(events, { source: config.source, mapping: config.mapping, now: at, resolveSloIds });
    const fetched = fetchedSoFar + events.length + broken.length;
    const seen = current.a === null ? current.s : [...current.s, current.a].slice(-SEEN);
    return {
      results: mapped.results,
      rejections: [...broken, ...mapped.rejections],
      skipped: mapped.skipped,
      nextCursor: body.next === null ? null : encodeCaliperCursor({ v: 1, p: current.p + 1, a: body.next, s: seen }),
      progress: { fetched, total: body.remaining === undefined ? null : fetched + body.remaining },
    };
  }

  return { kind: 'caliper', testConnection, pullPage };
}
