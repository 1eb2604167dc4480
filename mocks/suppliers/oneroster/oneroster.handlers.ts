import { http, HttpResponse, type RequestHandler } from 'msw';
import { ONEROSTER_ACCESS_TOKEN, ONEROSTER_BASE, ONEROSTER_DEFAULT_LIMIT, ONEROSTER_DEMO, ONEROSTER_MAX_LIMIT } from './oneroster.demo';
import { oneRosterGradebook } from './oneroster.generator';
import { ONEROSTER_DEMO_SCALES } from './oneroster.scales';

/**
 * The demo OneRoster 1.2 gradebook: POST {tokenUrl} (client credentials, HTTP Basic client auth),
 * GET .../gradebook/v1p2/lineItems, /results and /scoreScales (1.2) with limit/offset, X-Total-Count,
 * bearer token.
 */
const { clientId, clientSecret, tokenUrl } = ONEROSTER_DEMO.credentials;
const EXPECTED_CLIENT = `Basic ${btoa(`${clientId}:${clientSecret}`)}`;

const problem = (status: number, description: string) =>
  HttpResponse.json({ imsx_codeMajor: 'failure', imsx_severity: 'error', imsx_description: description }, { status });

function page(request: Request, records: readonly unknown[], key: 'lineItems' | 'results' | 'scoreScales') {
  if (request.headers.get('Authorization') !== `Bearer ${ONEROSTER_ACCESS_TOKEN}`) return problem(401, 'Onbekend of verlopen token.');
  const url = new URL(request.url);
  const limitText = url.searchParams.get('limit');
  const offsetText = url.searchParams.get('offset');
  const limit = limitText === null ? ONEROSTER_DEFAULT_LIMIT : /^\d{1,6}$/.test(limitText) ? Math.min(Number(limitText), ONEROSTER_MAX_LIMIT) : 0;
  const offset = offsetText === null ? 0 : /^\d{1,9}$/.test(offsetText) ? Number(offsetText) : -1;
  if (limit < 1 || offset < 0) return problem(400, 'limit en offset moeten gehele getallen zijn.');
  return HttpResponse.json({ [key]: records.slice(offset, offset + limit) }, { headers: { 'X-Total-Count': String(records.length) } });
}

export const oneRosterHandlers: RequestHandler[] = [
  http.post(tokenUrl, async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    if (request.headers.get('Authorization') !== EXPECTED_CLIENT) return HttpResponse.json({ error: 'invalid_client' }, { status: 401 });
    if (form.get('grant_type') !== 'client_credentials') return HttpResponse.json({ error: 'unsupported_grant_type' }, { status: 400 });
    return HttpResponse.json({ access_token: ONEROSTER_ACCESS_TOKEN, token_type: 'bearer', expires_in: 3600 });
  }),
  http.get(`${ONEROSTER_BASE}/lineItems`, ({ request }) => page(request, oneRosterGradebook().lineItems, 'lineItems')),
  http.get(`${ONEROSTER_BASE}/results`, ({ request }) => page(request, oneRosterGradebook().results, 'results')),
  http.get(`${ONEROSTER_BASE}/scoreScales`, ({ request }) => page(request, ONEROSTER_DEMO_SCALES, 'scoreScales')),
];
