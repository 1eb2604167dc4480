import { http, HttpResponse, type RequestHandler } from 'msw';
import { decodeToken, encodeToken, matching, queryOf, type LrsData } from './lrs.query';

/** One demo learning record store: where it lives, the Basic credentials it accepts, and what it holds. */
export interface LrsStore {
  readonly endpoint: string;
  readonly credentials: { readonly username: string; readonly password: string };
  /** The statements, generated on first use (memoised by the generator). */
  readonly data: () => LrsData;
}

const HEADERS = { 'X-Experience-API-Version': '1.0.3' };
const error = (status: number, message: string) => HttpResponse.json({ error: true, message }, { status, headers: HEADERS });

/**
 * The MSW handlers of one learning record store (xAPI 1.0.3), as far as Leerzicht reads it:
 * GET /about; GET /statements (see lrs.query.ts); paging through `more` links
 * (<endpoint path>/statements/more/<token>). HTTP Basic auth with the store's own
 * credentials and the X-Experience-API-Version header are required.
 */
export function createLrsHandlers(store: LrsStore): RequestHandler[] {
  const base = store.endpoint;
  const expectedAuth = `Basic ${btoa(`${store.credentials.username}:${store.credentials.password}`)}`;

  /** Which of the request's problems the LRS answers first; null when it may go on. */
  function refusal(request: Request): Response | null {
    if (!(request.headers.get('X-Experience-API-Version') ?? '').startsWith('1.0')) return error(400, 'X-Experience-API-Version ontbreekt.');
    // No WWW-Authenticate header on purpose: a browser would pop up its own login dialog.
    if (request.headers.get('Authorization') !== expectedAuth) return error(401, 'Ongeldige sleutel of geheim.');
    return null;
  }

  function page(params: URLSearchParams, offset: number): Response {
    const query = queryOf(params);
    if (typeof query === 'string') return error(400, query);
    const found = matching(store.data(), query);
    const end = offset + query.limit;
    // `more` is relative to the server, as xAPI says: path and query, no scheme or host.
    const more = end < found.length ? `${new URL(base).pathname}/statements/more/${encodeToken({ q: params.toString(), offset: end })}` : '';
    return HttpResponse.json(
      { statements: found.slice(offset, end), more },
      { headers: { ...HEADERS, 'X-Experience-API-Consistent-Through': new Date().toISOString() } },
    );
  }

  return [
    http.get(`${base}/about`, () => HttpResponse.json({ version: ['1.0.3', '1.0.2', '1.0.1', '1.0.0'] }, { headers: HEADERS })),

    http.get(`${base}/statements`, ({ request }) => refusal(request) ?? page(new URL(request.url).searchParams, 0)),

    http.get(`${base}/statements/more/:token`, ({ request, params }) => {
      const denied = refusal(request);
      if (denied) return denied;
      const token = decodeToken(String(params['token']));
      if (token === null) return error(400, 'onbekende more-link.');
      return page(new URLSearchParams(token.q), token.offset);
    }),
  ];
}
