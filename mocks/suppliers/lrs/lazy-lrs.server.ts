import { http, HttpResponse, type RequestHandler } from 'msw';
import { parseAgent } from './lrs.agent';
import { indexAfter, lazyStatement, visibleAt, type LazyLrsShape } from './lazy-lrs.generator';
import { decodeToken, encodeToken } from './lrs.query';

/**
 * The MSW handlers of a large school-board LRS (xAPI 1.0.3) over lazy-lrs.generator.ts:
 * GET /statements with since (exclusive) / until on `stored`, ascending, limit (capped at
 * `maxLimit`, `maxLimit` when 0 or absent) and agent; paging through `more` links that expire
 * `moreTtlMs` after they were handed out (then 404, as some LRSs do after a minute). Every
 * answer says X-Experience-API-Consistent-Through: the clock less the indexing lag.
 * The LRS's clock is `now()`: it holds the statements stored by then.
 */
export interface LazyLrsOptions {
  readonly endpoint: string;
  readonly credentials: { readonly username: string; readonly password: string };
  readonly shape: LazyLrsShape;
  readonly maxLimit: 50 | 100;
  readonly moreTtlMs: number;
  readonly now: () => number;
}

export interface LazyLrs {
  readonly handlers: RequestHandler[];
  /** Requests answered so far (statements and more links). */
  readonly requests: () => number;
}

const HEADERS = { 'X-Experience-API-Version': '1.0.3' };
const error = (status: number, message: string) => HttpResponse.json({ error: true, message }, { status, headers: HEADERS });

interface Query {
  readonly since: number | null;
  readonly until: number | null;
  readonly ascending: boolean;
  readonly limit: number;
  readonly agent: string | null;
}

function queryOf(params: URLSearchParams, maxLimit: number): Query | string {
  const since = params.get('since');
  const until = params.get('until');
  const parsed = [since, until].map((value) => (value === null ? null : Date.parse(value)));
  if (parsed.some((value) => value !== null && Number.isNaN(value))) return 'since en until moeten ISO-tijdstippen zijn.';
  const limit = Number(params.get('limit') ?? '0');
  if (!Number.isInteger(limit) || limit < 0) return 'limit moet een geheel getal zijn.';
  const agentText = params.get('agent');
  const agent = agentText === null ? null : parseAgent(agentText);
  if (typeof agent === 'string') return agent;
  if (agent !== null && agent.kind !== 'account') return 'deze LRS zoekt alleen op account.';
  return {
    since: parsed[0] ?? null,
    until: parsed[1] ?? null,
    ascending: params.get('ascending') === 'true',
    limit: limit === 0 ? maxLimit : Math.min(limit, maxLimit),
    agent: agent === null ? null : agent.name,
  };
}

export function createLazyLrs(options: LazyLrsOptions): LazyLrs {
  const { shape, endpoint } = options;
  const expectedAuth = `Basic ${btoa(`${options.credentials.username}:${options.credentials.password}`)}`;
  let requests = 0;

  /** Up to `limit` visible statements from index `from` on (ascending) and the index after the last one looked at. */
  function slice(query: Query, from: number, now: number) {
    const last = Math.min(indexAfter(shape, Math.min(now, query.until ?? now)), shape.count);
    const out = [];
    let i = from;
    for (; i < last && out.length < query.limit; i += 1) {
      if (!visibleAt(shape, i, now)) continue;
      const statement = lazyStatement(shape, i);
      if (query.agent !== null && (statement['actor'] as { account: { name: string } }).account.name !== query.agent) continue;
      out.push(statement);
    }
    return { statements: out, next: i < last ? i : null };
  }

  function page(params: URLSearchParams, from: number | null): Response {
    const query = queryOf(params, options.maxLimit);
    if (typeof query === 'string') return error(400, query);
    if (!query.ascending) return error(400, 'deze LRS bladert alleen oplopend (ascending=true).');
    const now = options.now();
    const start = from ?? indexAfter(shape, query.since ?? Number.NEGATIVE_INFINITY);
    const { statements, next } = slice(query, start, now);
    const token = next === null ? '' : encodeToken({ q: params.toString(), offset: next });
    const more = token === '' ? '' : `${new URL(endpoint).pathname}/statements/more/${token}~${now}`;
    const consistent = new Date(now - shape.maxLagMs).toISOString();
    return HttpResponse.json({ statements, more }, { headers: { ...HEADERS, 'X-Experience-API-Consistent-Through': consistent } });
  }

  function refusal(request: Request): Response | null {
    requests += 1;
    if (!(request.headers.get('X-Experience-API-Version') ?? '').startsWith('1.0')) return error(400, 'X-Experience-API-Version ontbreekt.');
    if (request.headers.get('Authorization') !== expectedAuth) return error(401, 'Ongeldige sleutel of geheim.');
    return null;
  }

  const handlers = [
    http.get(`${endpoint}/about`, () => HttpResponse.json({ version: ['1.0.3'] }, { headers: HEADERS })),
    http.get(`${endpoint}/statements`, ({ request }) => refusal(request) ?? page(new URL(request.url).searchParams, null)),
    http.get(`${endpoint}/statements/more/:token`, ({ request, params }) => {
      const denied = refusal(request);
      if (denied) return denied;
      const [text = '', issued = ''] = String(params['token']).split('~');
      const token = decodeToken(text);
      if (token === null || !/^\d+$/.test(issued)) return error(400, 'onbekende more-link.');
      if (options.now() - Number(issued) > options.moreTtlMs) return error(404, 'deze more-link is verlopen.');
      return page(new URLSearchParams(token.q), token.offset);
    }),
  ];
  return { handlers, requests: () => requests };
}
