import { http, HttpResponse, type RequestHandler } from 'msw';
import { LRS_DEFAULT_LIMIT, LRS_DEMO, LRS_MAX_LIMIT } from './lrs.demo';
import { lrsData } from './lrs.generator';
import type { XapiStatementJson } from './lrs.statements';

/**
 * The board's learning record store (xAPI 1.0.3), as far as Leerzicht reads it:
 * GET /about; GET /statements with since (exclusive) / until (inclusive) on `stored`,
 * limit, ascending (default false, as the spec says), registration, activity
 * (+ related_activities); paging through `more` links (/xapi/statements/more/<token>).
 * Voided statements are never returned, their voiding statements are. HTTP Basic auth and
 * the X-Experience-API-Version header are required.
 */
const BASE = LRS_DEMO.endpoint;
const EXPECTED_AUTH = `Basic ${btoa(`${LRS_DEMO.credentials.username}:${LRS_DEMO.credentials.password}`)}`;
const HEADERS = { 'X-Experience-API-Version': '1.0.3' };

const error = (status: number, message: string) => HttpResponse.json({ error: true, message }, { status, headers: HEADERS });

/** Which of the request's problems the LRS answers first; null when it may go on. */
function refusal(request: Request): Response | null {
  if (!(request.headers.get('X-Experience-API-Version') ?? '').startsWith('1.0')) return error(400, 'X-Experience-API-Version ontbreekt.');
  // No WWW-Authenticate header on purpose: a browser would pop up its own login dialog.
  if (request.headers.get('Authorization') !== EXPECTED_AUTH) return error(401, 'Ongeldige sleutel of geheim.');
  return null;
}

interface Query {
  readonly since: string | null;
  readonly until: string | null;
  readonly limit: number;
  readonly ascending: boolean;
  readonly registration: string | null;
  readonly activity: string | null;
  readonly related: boolean;
}

function queryOf(params: URLSearchParams): Query | string {
  const since = params.get('since');
  const until = params.get('until');
  if ((since !== null && Number.isNaN(Date.parse(since))) || (until !== null && Number.isNaN(Date.parse(until)))) return 'since en until moeten ISO-tijdstippen zijn.';
  const limitText = params.get('limit') ?? '0';
  if (!/^\d{1,6}$/.test(limitText)) return 'limit moet een geheel getal zijn.';
  const asked = Number(limitText);
  return {
    since,
    until,
    limit: asked === 0 ? LRS_DEFAULT_LIMIT : Math.min(asked, LRS_MAX_LIMIT),
    ascending: params.get('ascending') === 'true',
    registration: params.get('registration'),
    activity: params.get('activity'),
    related: params.get('related_activities') === 'true',
  };
}

function about(statement: XapiStatementJson, activity: string, related: boolean): boolean {
  const object = statement['object'] as { id?: string } | undefined;
  if (object?.id === activity) return true;
  if (!related) return false;
  const lists = ((statement['context'] as { contextActivities?: Record<string, { id: string }[]> } | undefined)?.contextActivities ?? {});
  return Object.values(lists).some((list) => list.some((item) => item.id === activity));
}

function matching(query: Query): XapiStatementJson[] {
  const { all, voided } = lrsData();
  const since = query.since === null ? null : Date.parse(query.since);
  const until = query.until === null ? null : Date.parse(query.until);
  const found = all.filter((statement) => {
    if (voided.has(statement.id)) return false;
    const stored = Date.parse(statement.stored);
    if (since !== null && stored <= since) return false;
    if (until !== null && stored > until) return false;
    if (query.registration !== null && (statement['context'] as { registration?: string } | undefined)?.registration !== query.registration) return false;
    return query.activity === null || about(statement, query.activity, query.related);
  });
  return query.ascending ? found : found.reverse();
}

const encodeToken = (value: object) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
function decodeToken(token: string): { q: string; offset: number } | null {
  try {
    const value: unknown = JSON.parse(atob(token.replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof value !== 'object' || value === null) return null;
    const { q, offset } = value as Record<string, unknown>;
    return typeof q === 'string' && typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? { q, offset } : null;
  } catch {
    return null;
  }
}

function page(params: URLSearchParams, offset: number): Response {
  const query = queryOf(params);
  if (typeof query === 'string') return error(400, query);
  const found = matching(query);
  const end = offset + query.limit;
  // `more` is relative to the server, as xAPI says: path and query, no scheme or host.
  const more = end < found.length ? `${new URL(BASE).pathname}/statements/more/${encodeToken({ q: params.toString(), offset: end })}` : '';
  return HttpResponse.json({ statements: found.slice(offset, end), more }, { headers: { ...HEADERS, 'X-Experience-API-Consistent-Through': new Date().toISOString() } });
}

export const lrsHandlers: RequestHandler[] = [
  http.get(`${BASE}/about`, () => HttpResponse.json({ version: ['1.0.3', '1.0.2', '1.0.1', '1.0.0'] }, { headers: HEADERS })),

  http.get(`${BASE}/statements`, ({ request }) => refusal(request) ?? page(new URL(request.url).searchParams, 0)),

  http.get(`${BASE}/statements/more/:token`, ({ request, params }) => {
    const denied = refusal(request);
    if (denied) return denied;
    const token = decodeToken(String(params['token']));
    if (token === null) return error(400, 'onbekende more-link.');
    return page(new URLSearchParams(token.q), token.offset);
  }),
];
