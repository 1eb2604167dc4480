import { pupilRef, type PupilRef } from '@/domain/ids';
import type { RejectionCode } from '@/domain/model';
import { looksLikePseudonym } from '../shared/map-helpers';

export type ActorOutcome = { readonly pupil: PupilRef } | { readonly code: RejectionCode; readonly detail: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The pupil's pseudonym from `actor.account {homePage, name}`. The rule:
 * - `name` is used as it is when it already is a full URI under the homePage
 *   (an ECK iD: homePage https://ketenid.nl, name https://ketenid.nl/201703/<hex>;
 *   the demo: homePage https://demo.invalid, name https://demo.invalid/nep-eckid/...);
 * - otherwise the pseudonym is `<homePage without trailing slash>/<name>`, so the same
 *   name under two systems never joins two pupils (http://example.org/ + Learner ->
 *   http://example.org/Learner).
 * Refused: an actor identified only by mbox, mbox_sha1sum or openid ('not-a-pseudonym':
 * that is an e-mail address or a hash of one, i.e. personal data, and no ECK iD); a Group
 * ('unsupported': a result belongs to one pupil); a name with spaces or an @.
 * The detail never echoes the offending value.
 */
export function pupilOfActor(actor: unknown): ActorOutcome {
  if (!isObject(actor)) return { code: 'missing-pupil', detail: 'actor ontbreekt' };
  const account = actor['account'];
  if (!isObject(account)) {
    const other = ['mbox', 'mbox_sha1sum', 'openid'].filter((key) => actor[key] !== undefined);
    if (other.length > 0) return { code: 'not-a-pseudonym', detail: `actor: alleen ${other.join('/')}, geen account (geen pseudoniem)` };
    return { code: 'missing-pupil', detail: 'actor: geen account' };
  }
  if (actor['objectType'] === 'Group') return { code: 'unsupported', detail: 'actor is een groep, geen leerling' };
  const { homePage, name } = account;
  if (typeof name !== 'string' || name.trim() === '') return { code: 'missing-pupil', detail: 'actor.account.name ontbreekt' };
  if (typeof homePage !== 'string' || !/^https?:\/\/[^\s/]+/i.test(homePage) || homePage.length > 1024) {
    return { code: 'invalid-record', detail: 'actor.account.homePage: geen http(s)-adres' };
  }
  const home = homePage.trim().replace(/\/+$/, '');
  const ref = name.startsWith(`${home}/`) ? name : `${home}/${name}`;
  if (!looksLikePseudonym(ref)) return { code: 'not-a-pseudonym', detail: 'actor.account.name: geen pseudoniem (spatie of @: naam of e-mailadres?)' };
  return { pupil: pupilRef(ref) };
}
