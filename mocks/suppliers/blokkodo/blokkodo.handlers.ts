import { http, HttpResponse, type RequestHandler } from 'msw';
import { BLOKKODO_DEFAULT_LIMIT, BLOKKODO_DEMO, BLOKKODO_MAX_LIMIT } from './blokkodo.demo';
import { blokkodoCompletions } from './blokkodo.generator';

/**
 * The fictional Blokkodo API: HTTP Basic auth, offset paging with links.next, and
 * `updated_since` (strictly after, on completed_at) for incremental reads.
 */
const BASE = BLOKKODO_DEMO.endpoint;
const EXPECTED_AUTH = `Basic ${btoa(`${BLOKKODO_DEMO.credentials.username}:${BLOKKODO_DEMO.credentials.password}`)}`;

const error = (status: number, code: string, message: string) => HttpResponse.json({ error: code, message }, { status });

// No WWW-Authenticate header on purpose: a browser would pop up its own login dialog.
const unauthorized = () => error(401, 'unauthorized', 'Ongeldige schoolcode of geheim.');
const authorized = (request: Request) => request.headers.get('Authorization') === EXPECTED_AUTH;

let times: Float64Array | null = null;
/** completed_at as epoch ms per record (NaN when unparseable), computed once. */
function completionTimes(): Float64Array {
  times ??= Float64Array.from(blokkodoCompletions(), (record) => Date.parse(record.completed_at));
  return times;
}

function intParam(value: string | null, fallback: number): number | null {
  if (value === null || value === '') return fallback;
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

export const blokkodoHandlers: RequestHandler[] = [
  http.get(`${BASE}/me`, ({ request }) => {
    if (!authorized(request)) return unauthorized();
    return HttpResponse.json({ school_code: BLOKKODO_DEMO.credentials.username, classes: 3 });
  }),

  http.get(`${BASE}/completions`, ({ request }) => {
    if (!authorized(request)) return unauthorized();
    const url = new URL(request.url);
    const offset = intParam(url.searchParams.get('offset'), 0);
    const asked = intParam(url.searchParams.get('limit'), BLOKKODO_DEFAULT_LIMIT);
    if (offset === null || asked === null || asked === 0) return error(400, 'bad-request', 'offset en limit moeten gehele getallen zijn.');
    const limit = Math.min(asked, BLOKKODO_MAX_LIMIT);
    const sinceParam = url.searchParams.get('updated_since');
    const since = sinceParam === null ? null : Date.parse(sinceParam);
    if (since !== null && Number.isNaN(since)) return error(400, 'bad-request', 'updated_since is geen ISO-datum.');

    const all = blokkodoCompletions();
    const at = completionTimes();
    const matching = since === null ? all : all.filter((_, index) => (at[index] ?? Number.NaN) > since);
    const end = offset + limit;
    let next: string | null = null;
    if (end < matching.length) {
      const nextUrl = new URL(`${BASE}/completions`);
      nextUrl.searchParams.set('offset', String(end));
      nextUrl.searchParams.set('limit', String(limit));
      if (sinceParam !== null) nextUrl.searchParams.set('updated_since', sinceParam);
      next = nextUrl.toString();
    }
    return HttpResponse.json({
      results: matching.slice(offset, end),
      meta: { offset, limit, count: matching.length },
      links: { next },
    });
  }),
];
