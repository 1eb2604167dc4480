import type { XapiStatementJson } from './lrs.statements';

/** The `agent` filter as a real LRS reads it: one Agent (or Group) identified by exactly one inverse functional identifier. */
export type AgentFilter =
  | { readonly kind: 'account'; readonly homePage: string; readonly name: string }
  | { readonly kind: 'mbox' | 'mbox_sha1sum' | 'openid'; readonly value: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The filter, or the message of the 400 an LRS answers for a malformed `agent` parameter. */
export function parseAgent(text: string): AgentFilter | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'agent is geen geldige JSON.';
  }
  if (!isObject(value)) return 'agent moet een Agent-object zijn.';
  if (value['objectType'] !== undefined && value['objectType'] !== 'Agent' && value['objectType'] !== 'Group')
    return 'agent.objectType moet Agent of Group zijn.';
  const ifis = (['account', 'mbox', 'mbox_sha1sum', 'openid'] as const).filter((key) => value[key] !== undefined);
  if (ifis.length !== 1) return 'agent moet precies één identificatie hebben (account, mbox, mbox_sha1sum of openid).';
  const account = value['account'];
  if (ifis[0] === 'account') {
    if (!isObject(account) || typeof account['homePage'] !== 'string' || typeof account['name'] !== 'string')
      return 'agent.account heeft homePage en name nodig.';
    return { kind: 'account', homePage: account['homePage'], name: account['name'] };
  }
  const other = value[ifis[0] as 'mbox'];
  return typeof other === 'string' ? { kind: ifis[0] as 'mbox', value: other } : 'agent: ongeldige identificatie.';
}

/** Exact comparison of identifiers, as xAPI says (no normalising of the homePage). */
function sameAgent(candidate: unknown, filter: AgentFilter): boolean {
  if (!isObject(candidate)) return false;
  if (filter.kind !== 'account') return candidate[filter.kind] === filter.value;
  const account = candidate['account'];
  return isObject(account) && account['homePage'] === filter.homePage && account['name'] === filter.name;
}

/**
 * Whether a statement is "for" the agent: the agent is its actor or its object. A statement that
 * targets another (a StatementRef object, such as a voiding statement) matches when the targeted
 * statement matches (xAPI 1.0.3 Communication 2.1.3, "Filter Conditions for StatementRefs").
 */
export function isAbout(statement: XapiStatementJson, filter: AgentFilter, byId: ReadonlyMap<string, XapiStatementJson>): boolean {
  if (sameAgent(statement['actor'], filter) || sameAgent(statement['object'], filter)) return true;
  const object = statement['object'];
  if (!isObject(object) || object['objectType'] !== 'StatementRef' || typeof object['id'] !== 'string') return false;
  const target = byId.get(object['id']);
  return target !== undefined && (sameAgent(target['actor'], filter) || sameAgent(target['object'], filter));
}
