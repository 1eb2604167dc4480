import { isAbout, parseAgent, type AgentFilter } from './lrs.agent';
import { LRS_DEFAULT_LIMIT, LRS_MAX_LIMIT } from './lrs.demo';
import type { XapiStatementJson } from './lrs.statements';

/** What one demo LRS holds: the store behind the handlers lrs.server.ts makes. */
export interface LrsData {
  /** Every statement the LRS holds (voided ones included), sorted by `stored`. */
  readonly all: readonly XapiStatementJson[];
  /** Ids of the statements voided by a later voiding statement. */
  readonly voided: ReadonlySet<string>;
  /** Ids of the statements with an e-mail-only actor. */
  readonly mbox: ReadonlySet<string>;
}

/**
 * GET /statements as far as Leerzicht reads it: since (exclusive) / until (inclusive) on
 * `stored`, limit, ascending (default false, as the spec says), registration, activity
 * (+ related_activities), agent (actor or object, see lrs.agent.ts; malformed JSON is a 400). Voided statements are never returned, their voiding statements are.
 */
export interface Query {
  readonly since: string | null;
  readonly until: string | null;
  readonly limit: number;
  readonly ascending: boolean;
  readonly registration: string | null;
  readonly activity: string | null;
  readonly related: boolean;
  readonly agent: AgentFilter | null;
}

/** The query, or the message of the 400 the LRS answers. */
export function queryOf(params: URLSearchParams): Query | string {
  const since = params.get('since');
  const until = params.get('until');
  if ((since !== null && Number.isNaN(Date.parse(since))) || (until !== null && Number.isNaN(Date.parse(until))))
    return 'since en until moeten ISO-tijdstippen zijn.';
  const limitText = params.get('limit') ?? '0';
  if (!/^\d{1,6}$/.test(limitText)) return 'limit moet een geheel getal zijn.';
  const asked = Number(limitText);
  const agentText = params.get('agent');
  const agent = agentText === null ? null : parseAgent(agentText);
  if (typeof agent === 'string') return agent;
  return {
    since,
    until,
    limit: asked === 0 ? LRS_DEFAULT_LIMIT : Math.min(asked, LRS_MAX_LIMIT),
    ascending: params.get('ascending') === 'true',
    registration: params.get('registration'),
    activity: params.get('activity'),
    related: params.get('related_activities') === 'true',
    agent,
  };
}

function about(statement: XapiStatementJson, activity: string, related: boolean): boolean {
  const object = statement['object'] as { id?: string } | undefined;
  if (object?.id === activity) return true;
  if (!related) return false;
  const lists = (statement['context'] as { contextActivities?: Record<string, { id: string }[]> } | undefined)?.contextActivities ?? {};
  return Object.values(lists).some((list) => list.some((item) => item.id === activity));
}

const ids = new WeakMap<LrsData, Map<string, XapiStatementJson>>();
function idsOf(data: LrsData): Map<string, XapiStatementJson> {
  let map = ids.get(data);
  if (!map) ids.set(data, (map = new Map(data.all.map((statement) => [statement.id, statement]))));
  return map;
}

/** Each statement's `stored` as a time, in the order of `all`: parsed once per store, not at every request. */
const storedTimes = new WeakMap<LrsData, Float64Array>();
function storedTimesOf(data: LrsData): Float64Array {
  let times = storedTimes.get(data);
  if (!times) storedTimes.set(data, (times = Float64Array.from(data.all, (statement) => Date.parse(statement.stored))));
  return times;
}

/** The first position whose `stored` is after `time` (`all` is sorted by `stored`). */
function firstAfter(times: Float64Array, time: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]! <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function matching(data: LrsData, query: Query): XapiStatementJson[] {
  const times = storedTimesOf(data);
  // since is exclusive, until inclusive: the statements stored in (since, until].
  const from = query.since === null ? 0 : firstAfter(times, Date.parse(query.since));
  const to = query.until === null ? times.length : firstAfter(times, Date.parse(query.until));
  const byId = query.agent === null ? new Map<string, XapiStatementJson>() : idsOf(data);
  const found: XapiStatementJson[] = [];
  for (let at = from; at < to; at += 1) {
    const statement = data.all[at]!;
    if (data.voided.has(statement.id)) continue;
    if (query.agent !== null && !isAbout(statement, query.agent, byId)) continue;
    if (query.registration !== null && (statement['context'] as { registration?: string } | undefined)?.registration !== query.registration) continue;
    if (query.activity === null || about(statement, query.activity, query.related)) found.push(statement);
  }
  return query.ascending ? found : found.reverse();
}

/** The opaque token of a `more` link: the original query and where the next page starts. */
export const encodeToken = (value: { q: string; offset: number }) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export function decodeToken(token: string): { q: string; offset: number } | null {
  try {
    const value: unknown = JSON.parse(atob(token.replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof value !== 'object' || value === null) return null;
    const { q, offset } = value as Record<string, unknown>;
    return typeof q === 'string' && typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? { q, offset } : null;
  } catch {
    return null;
  }
}
