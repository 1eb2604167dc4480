import { AdapterError } from '../http/adapter-error';
import { checkConnection } from '../http/check-connection';
import { endpointUrl } from '../http/endpoint';
import type { FetchOptions } from '../http/fetch-json';
import type { PupilRef } from '@/domain/ids';
import type { ConnectionCheck, Page, PullRequest, SourceAdapter, SourceConfig } from '../port';
import { createXapiClient, learnerUrl, resolveMore, sameOrigin, statementsUrl, type XapiStatementPage } from './xapi.client';
import { resolveNoSloIds, type ResolveSloIds } from './xapi.context';
import { decodeCursor, encodeCursor, type XapiCursor } from './xapi.cursor';
import { afterLearner, endOfRun, orderedLearners, stepOf } from './xapi.learners';
import { expiredMore, markPage, type MarkedPage } from './xapi.mark';
import { mapStatements } from './xapi.page';
import { XAPI_VERSION } from './xapi.schema';

export interface XapiAdapterDeps {
  readonly fetchOptions?: Partial<FetchOptions>;
  /** SLO UUIDs in contextActivities -> goals (the app wires the curriculum in). Default: none. */
  readonly resolveSloIds?: ResolveSloIds;
  /** The clock for rejection stamps; injected in tests. */
  readonly now?: () => Date;
}

/** An agent filter no statement is about (the connection probe of a scoped LRS with no learner to ask for). */
export const NOBODY = JSON.stringify({
  objectType: 'Agent',
  account: { homePage: 'https://leerzicht.invalid', name: 'https://leerzicht.invalid/niemand' },
});

/** Names a page in errors: "pagina 3", plus "sinds <iso>" for an incremental run. */
export const pageLabel = (state: XapiCursor) => `pagina ${state.page}${state.since !== null ? ` sinds ${state.since}` : ''}`;

/**
 * A learning record store over xAPI 1.0.3 (Learning Locker, Ralph, SQL LRS, ...): HTTP Basic,
 * GET /statements oldest first within the configured time window, following `more` links;
 * incremental runs ask for statements stored after the newest `stored` of the last run.
 * See xapi.mapper.ts for what becomes a result, a rejection, a skip or a void.
 */
export function createXapiAdapter(deps: XapiAdapterDeps = {}): SourceAdapter {
  const client = createXapiClient(deps.fetchOptions);
  const now = deps.now ?? (() => new Date());
  const resolveSloIds = deps.resolveSloIds ?? resolveNoSloIds;

  const mapped = (config: SourceConfig, statements: readonly unknown[]) =>
    mapStatements(statements, { source: config.source, mapping: config.mapping, resolveSloIds, now: now().toISOString() });

  /** The page as the port wants it; `nextCursor` equal to the cursor read is a loop. */
  function pageOf(
    config: SourceConfig,
    statements: readonly unknown[],
    nextCursor: string | null,
    cursor: string | null,
    fetchedSoFar: number,
    label: string,
    complete = false,
  ): Page {
    if (nextCursor !== null && nextCursor === cursor)
      throw new AdapterError('pagination-loop', 'de volgende cursor is gelijk aan de huidige', null, label);
    const { results, rejections, voids, skipped } = mapped(config, statements);
    return {
      results,
      rejections,
      voids,
      skipped,
      nextCursor,
      progress: { fetched: fetchedSoFar + statements.length, total: null },
      ...(complete ? { complete } : {}),
    };
  }

  /** The LRS's `more` link resolved, refusing one that points at the page just read. */
  function nextLink(more: string | null | undefined, url: string, config: SourceConfig, label: string): string | null {
    if (!more) return null;
    const next = resolveMore(more, config, label);
    if (next === url) throw new AdapterError('pagination-loop', 'more wijst naar dezelfde pagina', null, label);
    return next;
  }

  async function pullPage(request: PullRequest): Promise<Page> {
    // fetchJson only hears an abort that happens during a request; honour an earlier one here.
    if (request.signal.aborted) throw new AdapterError('aborted', 'afgebroken');
    return request.config.learners ? pullLearnerPage(request, request.config.learners) : pullWholePage(request);
  }

  /**
   * One page: the cursor's `more` link, or (`fresh`) the run's first query. A `more` link the LRS
   * no longer honours (expiredMore) is asked again as `fresh()`: from the mark, not a failure.
   */
  async function fetchPage(config: SourceConfig, more: string | null, fresh: () => string, label: string, signal: AbortSignal) {
    if (more === null) return { url: fresh(), body: await client.statements(config, fresh(), label, signal), restarted: false };
    try {
      return { url: more, body: await client.statements(config, more, label, signal), restarted: false };
    } catch (error) {
      if (!expiredMore(error)) throw error;
      const url = fresh();
      return { url, body: await client.statements(config, url, `${label} (more verlopen, opnieuw vanaf de markering)`, signal), restarted: true };
    }
  }

  const marked = (body: XapiStatementPage, current: XapiCursor): MarkedPage =>
    markPage(body.statements, { latest: current.latest, seen: current.seen ?? [], ct: current.ct ?? null }, body.consistentThrough);

  /** One query for every pupil the LRS knows, from the high-water mark (xapi.mark.ts). */
  async function pullWholePage({ config, cursor, fetchedSoFar, signal }: PullRequest): Promise<Page> {
    const state = decodeCursor(cursor);
    // A stored more link on another host (the endpoint was changed): restart this run's query.
    const resume = state.more !== null && sameOrigin(state.more, config.endpoint);
    const current: XapiCursor = resume
      ? { ...state, learners: undefined }
      : { more: null, since: state.latest ?? state.since, latest: state.latest, page: 1, seen: state.seen ?? [], ct: null };
    const label = pageLabel(current);
    // An expired more link: the run goes on from its mark (everything up to it is stored).
    const { url, body, restarted } = await fetchPage(
      config,
      current.more,
      () => statementsUrl(config, current.latest ?? current.since),
      label,
      signal,
    );
    const read = marked(body, current);
    const more = read.cut ? null : nextLink(body.more, url, config, label);
    const base = restarted ? { since: current.latest ?? current.since, page: 1 } : { since: current.since, page: current.page };
    if (more !== null)
      return pageOf(
        config,
        read.statements,
        encodeCursor({ more, since: base.since, latest: read.latest, page: base.page + 1, seen: read.seen, ct: read.ct }),
        cursor,
        fetchedSoFar,
        label,
      );
    // Last page (or the consistency bound): the mark for the next run; a run that found nothing new ends with null.
    const end = encodeCursor({ more: null, since: read.latest, latest: read.latest, page: 1, seen: read.seen });
    const nextCursor = read.latest === null || end === cursor ? null : end;
    return pageOf(config, read.statements, nextCursor, cursor, fetchedSoFar, label, nextCursor !== null);
  }

  /**
   * Only the allowed learners, one `agent` query each, following `more` per learner. The cursor
   * names the learner being read, so a failed sync resumes there (an expired `more` link reads
   * that learner again from its start); after the last learner the page is `complete` and the
   * cursor holds one `since` for the next run (see endOfRun).
   */
  async function pullLearnerPage({ config, cursor, fetchedSoFar, signal }: PullRequest, refs: readonly PupilRef[]): Promise<Page> {
    const state = decodeCursor(cursor);
    const learners = orderedLearners(refs);
    const step = stepOf(state, learners, now(), state.more !== null && sameOrigin(state.more, config.endpoint));
    if (step === null) {
      const end = encodeCursor(endOfRun(state, state.latest, learners));
      return pageOf(config, [], end === cursor ? null : end, cursor, fetchedSoFar, 'einde', true);
    }
    const current: XapiCursor = {
      ...state,
      more: step.resume ? state.more : null,
      page: step.resume ? state.page : 1,
      learners: step.state,
    };
    const label = `leerling ${step.index + 1} van ${learners.length}, ${pageLabel(current)}`;
    const { url, body, restarted } = await fetchPage(config, current.more, () => learnerUrl(config, step.since, step.learner.agent), label, signal);
    const read = marked(body, current);
    const page = restarted ? 1 : current.page;
    const more = read.cut ? null : nextLink(body.more, url, config, label);
    const following = learners[step.index + 1];
    const carried = { ...current, latest: read.latest, seen: read.seen, ct: read.ct };
    if (more !== null) return pageOf(config, read.statements, encodeCursor({ ...carried, more, page: page + 1 }), cursor, fetchedSoFar, label);
    const done = afterLearner(step.state, step.learner);
    if (following)
      return pageOf(
        config,
        read.statements,
        encodeCursor({ ...carried, more: null, page: 1, learners: { ...done, at: following.key } }),
        cursor,
        fetchedSoFar,
        label,
      );
    const end = encodeCursor(endOfRun({ ...carried, learners: done }, read.latest, learners));
    return pageOf(config, read.statements, end === cursor ? null : end, cursor, fetchedSoFar, label, true);
  }

  async function testConnection(config: SourceConfig, signal: AbortSignal): Promise<ConnectionCheck> {
    return checkConnection(async () => {
      const about = await client.about(config, signal);
      if (!about.version.some((version) => version.startsWith('1.0.'))) {
        return {
          ok: false as const,
          error: new AdapterError('invalid-payload', `LRS spreekt xAPI ${about.version.join(', ')}, niet ${XAPI_VERSION}`),
        };
      }
      // /about needs no credentials: one statement proves the key and secret.
      // Scoped to our groups: the probe, too, asks for one allowed learner only; with no learner that
      // can be asked for, for an agent no statement is about, never for any pupil.
      const first = orderedLearners(config.learners ?? [])[0];
      const agent = first?.agent ?? (config.learners ? NOBODY : null);
      const probe = new URL(agent !== null ? learnerUrl(config, null, agent) : statementsUrl(config, null));
      probe.searchParams.set('limit', '1');
      await client.statements(config, probe.href, 'test', signal);
      return {
        ok: true as const,
        detail: { code: 'xapi' as const, params: { versions: about.version.join(', '), host: endpointUrl(config.endpoint, '').host } },
      };
    });
  }

  return { kind: 'xapi', testConnection, pullPage };
}
