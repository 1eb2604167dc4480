import { http, HttpResponse, type RequestHandler } from 'msw';
import { LEESVLINDER_DEFAULT_PER_PAGE, LEESVLINDER_DEMO, LEESVLINDER_MAX_PER_PAGE, LEESVLINDER_THROTTLE_EVERY } from './leesvlinder.demo';
import { leesvlinderData } from './leesvlinder.generator';

/**
 * The Leesvlinder API as the demo imagines it: X-Api-Key header, GET /account, and
 * GET /weekly-summaries?page=P&per_page=N&from_week=YYYY-Www with page numbers.
 * It throttles: the first request for every 5th page answers 429 with Retry-After: 1.
 */
const BASE = LEESVLINDER_DEMO.endpoint;
const throttled = new Set<string>();

const problem = (status: number, error: string, headers: Record<string, string> = {}) => HttpResponse.json({ error }, { status, headers });

const denied = (request: Request) => (request.headers.get('X-Api-Key') === LEESVLINDER_DEMO.credentials.key ? null : problem(401, 'invalid_api_key'));

export const leesvlinderHandlers: RequestHandler[] = [
  http.get(
    `${BASE}/account`,
    ({ request }) => denied(request) ?? HttpResponse.json({ school_name: LEESVLINDER_DEMO.school, licence_valid_until: '2027-07-31' }),
  ),

  http.get(`${BASE}/weekly-summaries`, ({ request }) => {
    const refused = denied(request);
    if (refused) return refused;
    const params = new URL(request.url).searchParams;
    const page = Number(params.get('page') ?? '1');
    const perPage = Number(params.get('per_page') ?? LEESVLINDER_DEFAULT_PER_PAGE);
    if (!Number.isInteger(page) || page < 1) return problem(400, 'invalid_page');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > LEESVLINDER_MAX_PER_PAGE) return problem(400, 'invalid_per_page');
    const fromWeek = params.get('from_week');
    if (fromWeek !== null && !/^\d{4}-W\d{2}$/.test(fromWeek)) return problem(400, 'invalid_from_week');
    const key = `${page}:${perPage}:${fromWeek ?? ''}`;
    if (page % LEESVLINDER_THROTTLE_EVERY === 0 && !throttled.has(key)) {
      throttled.add(key);
      return problem(429, 'too_many_requests', { 'Retry-After': '1' });
    }
    const all = leesvlinderData().items.filter((item) => fromWeek === null || item.week >= fromWeek);
    const totalPages = Math.max(1, Math.ceil(all.length / perPage));
    return HttpResponse.json({
      page,
      per_page: perPage,
      total_pages: totalPages,
      total_items: all.length,
      items: all.slice((page - 1) * perPage, page * perPage),
    });
  }),
];

/** Tests: forget which pages were throttled, so each test sees the 429s again. */
export const resetLeesvlinderThrottle = () => throttled.clear();
