/**
 * Which fields of a raw record an excerpt may keep: ids, codes, times, scores, type and verb names
 * ("allowed"), and which are about a person ("identity": a whole subtree; "personal": a field
 * name that marks personal data). The excerpt itself is built in excerpt.ts.
 */

/** Whole subtrees about a person: removed, only their presence is noted. */
const IDENTITY = new Set([
  'actor',
  'agent',
  'student',
  'pupil',
  'learner',
  'leerling',
  'user',
  'person',
  'member',
  'membership',
  'instructor',
  'team',
  'authority',
  'account',
  'eckid',
  'owner',
  'author',
  'sender',
  'recipient',
  'attendee',
  'assignee',
  'grader',
]);
/** Field names that start with one of these are about a person too (userSourcedId, actorId). */
const IDENTITY_PARTS = [
  'member',
  'user',
  'actor',
  'agent',
  'account',
  'instructor',
  'owner',
  'author',
  'grader',
  'assignee',
  'attendee',
  'sender',
  'recipient',
];
/** ...and those that hold one of these anywhere (ownStudentId, leerlingid, pupil_code). */
const IDENTITY_INNER = ['student', 'pupil', 'learner', 'leerling', 'eckid', 'person'];
/** Parts of a field name that mark personal data, wherever they occur. */
const PERSONAL = [
  'name',
  'mbox',
  'mail',
  'openid',
  'address',
  'adres',
  'birth',
  'geboorte',
  'bsn',
  'phone',
  'telefoon',
  'homepage',
  'gender',
  'geslacht',
  'postcode',
  'zipcode',
  'street',
  'straat',
  'photo',
  'avatar',
  'ssn',
];
/** Field names kept: structure to find the record, ids, codes, times, scores, type and verb names. */
const ALLOWED = new Set([
  'id',
  'uuid',
  'registration',
  'type',
  'objecttype',
  'kind',
  'mode',
  'verb',
  'action',
  'display',
  'profile',
  'status',
  'version',
  'object',
  'target',
  'generated',
  'result',
  'context',
  'contextactivities',
  'parent',
  'grouping',
  'category',
  'other',
  'definition',
  'statement',
  'event',
  'data',
  'ispartof',
  'assignable',
  'items',
  'puzzle',
  'ability',
  'skill',
  'level',
  'band',
  'concept',
  'world',
  'difficulty',
  'week',
  'timestamp',
  'stored',
  'time',
  'eventtime',
  'starttime',
  'endtime',
  'date',
  'datecreated',
  'datemodified',
  'duration',
  'score',
  'scaled',
  'raw',
  'min',
  'max',
  'total',
  'correct',
  'percentage',
  'exercises',
  'minutes',
  'stars',
  'attempt',
  'attempts',
  'success',
  'completion',
  'rating',
  'count',
  'interactiontype',
]);
const ALLOWED_ENDINGS = /(id|code|score|time|date|sec|seconds|ms|count)$/;
const SAFE_KEY = /^[@$A-Za-z][\w@$.:-]{0,47}$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;

export type KeyClass = { readonly kind: 'identity' | 'personal'; readonly term: string } | { readonly kind: 'allowed' | 'other' };

/** Verdicts by key (the parent only matters when it is 'display'): records repeat the same few field names. */
const verdicts = { display: new Map<string, KeyClass>(), other: new Map<string, KeyClass>() };

/** What a field named `key` under `parent` holds: about a person, allowed in an excerpt, or neither. */
export function classify(key: string, parent: string): KeyClass {
  const known = parent === 'display' ? verdicts.display : verdicts.other;
  let verdict = known.get(key);
  if (verdict === undefined) {
    if (known.size >= 10_000) known.clear();
    verdict = judge(key, parent);
    known.set(key, verdict);
  }
  return verdict;
}

function judge(key: string, parent: string): KeyClass {
  const normal = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (IDENTITY.has(normal)) return { kind: 'identity', term: normal };
  const personal = PERSONAL.find((part) => normal.includes(part));
  if (personal) return { kind: 'personal', term: personal };
  // An id or code of the person (studentId, userSourcedId, leerlingid, pupil_code) is about who, not which record.
  const about = IDENTITY_PARTS.find((part) => normal.startsWith(part)) ?? IDENTITY_INNER.find((part) => normal.includes(part));
  if (about) return { kind: 'identity', term: about };
  if (!SAFE_KEY.test(key)) return { kind: 'other' };
  if (parent === 'display' && LANGUAGE_TAG.test(key)) return { kind: 'allowed' };
  if (ALLOWED.has(normal) || ALLOWED_ENDINGS.test(normal) || /(_at|At)$/.test(key)) return { kind: 'allowed' };
  return { kind: 'other' };
}
