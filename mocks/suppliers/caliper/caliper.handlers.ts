import { http, HttpResponse, type RequestHandler } from 'msw';
import { CALIPER_DEFAULT_LIMIT, CALIPER_DEMO, CALIPER_MAX_LIMIT } from './caliper.demo';
import { caliperEnvelopes } from './caliper.generator';

/**
 * The demo school board's Caliper event store, read side (not part of the Caliper spec; see
 * src/adapters/caliper/caliper.client.ts): GET /envelopes?limit=N&after=<cursor>, bearer token.
 * The cursor is `e-<n>`: the number of envelopes before the next page.
 */
const BASE = CALIPER_DEMO.endpoint;
const EXPECTED_AUTH = `Bearer ${CALIPER_DEMO.credentials.token}`;

const error = (status: number, code: string, message: string) => HttpResponse.json({ error: code, message }, { status });

let eventsAfter: Int32Array | null = null;
/** eventsAfter[i] = events in envelopes i.. to the end, computed once. */
function remainingCounts(): Int32Array {
  if (eventsAfter === null) {
    const envelopes = caliperEnvelopes();
    const counts = new Int32Array(envelopes.length + 1);
    for (let i = envelopes.length - 1; i >= 0; i -= 1) counts[i] = (counts[i + 1] ?? 0) + (envelopes[i]?.data.length ?? 0);
    eventsAfter = counts;
  }
  return eventsAfter;
}

export const caliperHandlers: RequestHandler[] = [
  http.get(`${BASE}/envelopes`, ({ request }) => {
    if (request.headers.get('Authorization') !== EXPECTED_AUTH) return error(401, 'unauthorized', 'Onbekend of verlopen token.');
    const url = new URL(request.url);
    const limitParam = url.searchParams.get('limit');
    const limit = limitParam === null ? CALIPER_DEFAULT_LIMIT : /^\d{1,4}$/.test(limitParam) ? Number(limitParam) : 0;
    if (limit < 1) return error(400, 'bad-request', 'limit moet een geheel getal vanaf 1 zijn.');
    const after = url.searchParams.get('after');
    const start = after === null ? 0 : /^e-\d{1,9}$/.test(after) ? Number(after.slice(2)) : -1;
    const all = caliperEnvelopes();
    if (start < 0 || start > all.length) return error(400, 'bad-request', 'onbekende cursor.');
    const end = Math.min(all.length, start + Math.min(limit, CALIPER_MAX_LIMIT));
    return HttpResponse.json({
      envelopes: all.slice(start, end),
      next: end < all.length ? `e-${end}` : null,
      remaining: remainingCounts()[end] ?? 0,
    });
  }),
];
