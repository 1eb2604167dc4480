import { http, HttpResponse, type RequestHandler } from 'msw';
import { SOMMENSPOOR_DEMO } from './sommenspoor.demo';
import { sommenspoorData, type SommenspoorData } from './sommenspoor.generator';
import { HOSTILE_CODES, HUGE_VALUE, hostileEnabled } from '../../demo-school/hostile';

/**
 * The Sommenspoor API v2 as the demo imagines it: bearer auth, GET /ping, and
 * GET /sessions?limit=N&cursor=C&since=ISO with an opaque cursor (base64 of "offset:start").
 */
const BASE = SOMMENSPOOR_DEMO.endpoint;
const DEFAULT_LIMIT = 200;
const MAX_LIMIT = 500;

const problem = (status: number, error: string, message: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ error, message }, { status, headers });

function unauthorized(request: Request): Response | null {
  if (request.headers.get('Authorization') === `Bearer ${SOMMENSPOOR_DEMO.credentials.token}`) return null;
  return problem(401, 'unauthorized', 'Missing or invalid bearer token.', { 'WWW-Authenticate': 'Bearer realm="sommenspoor"' });
}

const encodeCursor = (offset: number, start: number) => btoa(`${offset}:${start}`);

function decodeCursor(cursor: string): { offset: number; start: number } | null {
  try {
    const match = /^(\d+):(\d+)$/.exec(atob(cursor));
    return match ? { offset: Number(match[1]), start: Number(match[2]) } : null;
  } catch {
    return null;
  }
}

/** Index of the first session at or after `time` (times are sorted). */
function firstAtOrAfter(times: readonly number[], time: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((times[mid] ?? Infinity) < time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The demo data plus sessions whose supplier strings are hostile (see demo-school/hostile.ts). */
function withHostileSessions(data: SommenspoorData): Pick<SommenspoorData, 'sessions' | 'times'> {
  const template = data.sessions[0];
  if (!template) return data;
  const extra = [...HOSTILE_CODES, HUGE_VALUE].map((code, index) => ({ ...template, session_id: `ss-vijandig-${index}`, domain_code: code }));
  const time = data.times[0] ?? 0;
  return { sessions: [...extra, ...data.sessions], times: [...extra.map(() => time), ...data.times] };
}

export const sommenspoorHandlers: RequestHandler[] = [
  http.get(`${BASE}/ping`, ({ request }) => unauthorized(request) ?? HttpResponse.json({ status: 'ok', school: SOMMENSPOOR_DEMO.school })),

  http.get(`${BASE}/sessions`, ({ request }) => {
    const denied = unauthorized(request);
    if (denied) return denied;
    const params = new URL(request.url).searchParams;
    const limitText = params.get('limit');
    const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return problem(400, 'invalid_limit', `limit must be 1..${MAX_LIMIT}`);

    const { sessions, times } = hostileEnabled() ? withHostileSessions(sommenspoorData()) : sommenspoorData();
    let start = 0;
    const since = params.get('since');
    if (since !== null) {
      const time = Date.parse(since);
      if (Number.isNaN(time)) return problem(400, 'invalid_since', 'since must be an ISO 8601 date-time');
      start = firstAtOrAfter(times, time);
    }
    let offset = start;
    const cursor = params.get('cursor');
    if (cursor !== null) {
      const decoded = decodeCursor(cursor);
      if (!decoded || decoded.offset > sessions.length) return problem(400, 'invalid_cursor', 'unknown cursor');
      ({ offset, start } = decoded);
    }
    const end = Math.min(sessions.length, offset + limit);
    return HttpResponse.json({
      data: sessions.slice(offset, end),
      next_cursor: end < sessions.length ? encodeCursor(end, start) : null,
      total: sessions.length - start,
    });
  }),
];
