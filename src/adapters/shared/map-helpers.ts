import type { z } from 'zod';
import { excerptOf } from '@/domain/excerpt';
import type { SourceId } from '@/domain/ids';
import type { Rejection, RejectionCode, RejectionIssue } from '@/domain/model';
import { DAY_MS } from '@/domain/time-units';
import { textMemo } from './text-memo';
import { utcIso } from './utc-iso';

/**
 * Rejection ids are stable too, so a re-sync does not pile up the same rejection. With the raw
 * record, the rejection keeps a bounded excerpt with personal fields removed; never the record.
 */
export function rejectionOf(
  source: SourceId,
  key: string,
  code: RejectionCode,
  detail: Detail,
  at: string,
  recordId: string | null = null,
  raw?: unknown,
): Rejection {
  const text = typeof detail === 'string' ? detail : detail.text;
  const issue = typeof detail === 'string' ? {} : { issue: detail.issue };
  const rejection: Rejection = { id: `${source}|${key}`, source, recordId, code, detail: text.slice(0, 300), at, ...issue };
  return raw === undefined ? rejection : { ...rejection, excerpt: excerptOf(raw) };
}

/** The first zod issue as "path: message", without echoing the offending value (it may be personal data). */
export function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issueTextOf(issue) : 'ongeldig record';
}

/** A zod issue as "path: message" (issueText of an error whose first issue it is). */
function issueTextOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.') || '(record)';
  return `${path}: ${issue.message}`;
}

/** A schema failure as a rejection detail: the technical text, and the issue for the UI to put in words (nl/en). */
export interface IssueDetail {
  readonly text: string;
  readonly issue: RejectionIssue;
}

/** A rejection's detail: a technical sentence, or a schema issue the UI translates. */
export type Detail = string | IssueDetail;

/** A detail with a position put in front of its technical text (the issue the UI shows keeps its own path). */
export const placed = (where: string, detail: Detail): Detail =>
  typeof detail === 'string' ? `${where}: ${detail}` : { ...detail, text: `${where}: ${detail.text}` };

/** A number outside the range its record sets for it: rejected with the bounds, never clamped into them. */
export function outOfRange(path: string, min: number, max: number): IssueDetail {
  const bound = `${min}–${max}`;
  return { text: `${path}: valt buiten ${bound}`, issue: { path, code: 'out_of_range', param: bound } };
}

/**
 * How far after the moment of import a record may be dated: a supplier's clock or time zone may be
 * off a little (a local time written as UTC is at most 14 hours off), never more than a day.
 */
export const MAX_CLOCK_SKEW_MS = DAY_MS;

/**
 * The latest time allowed for a `now`, parsed once per import, not once per record (it is the same
 * string for a whole file): in ms, and as toISOString text (null when that is not 24 characters long).
 */
let lastNow = { text: '', latest: Number.NaN, latestIso: null as string | null };
const latestFor = (now: string) => {
  if (lastNow.text !== now) {
    const latest = Date.parse(now) + MAX_CLOCK_SKEW_MS;
    const iso = Number.isFinite(latest) && Math.abs(latest) <= 8.64e15 ? new Date(latest).toISOString() : '';
    lastNow = { text: now, latest, latestIso: iso.length === 24 ? iso : null };
  }
  return lastNow;
};

/**
 * A time after the moment of import (`now`) plus the allowed skew: rejected with the date, never
 * moved back to today (a result from the future would never expire). Null when the time is fine.
 */
export function inFuture(path: string, time: string, now: string): IssueDetail | null {
  return isoInFuture(path, time, utcIso(time), now);
}

/** inFuture for a time that is a toISOString text already (`iso`; null when it is not): two such texts compare as their instants do. */
export function isoInFuture(path: string, time: string, iso: string | null, now: string): IssueDetail | null {
  const { latest, latestIso } = latestFor(now);
  const late = iso === null || latestIso === null || iso.length !== 24 ? Date.parse(time) > latest : iso > latestIso;
  if (!late) return null;
  const date = time.slice(0, 10);
  return { text: `${path}: ${date} ligt na het moment van importeren`, issue: { path, code: 'in_future', param: date } };
}

/** The parameter an issue's sentence needs: the expected type, the format, or the bound. */
function paramOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_format':
      return issue.format;
    case 'too_small':
      return String(issue.minimum);
    case 'too_big':
      return String(issue.maximum);
    case 'not_multiple_of':
      return String(issue.divisor);
    default:
      return undefined;
  }
}

/** The first zod issue as a detail: "path: message" for the technical text, path and issue code (never the value) for the UI. */
export function issueDetail(error: z.ZodError): IssueDetail {
  const first = error.issues[0];
  if (!first) return { text: 'ongeldig record', issue: { path: '', code: 'custom' } };
  return issueDetailOf(first);
}

/** A record's first zod issue as a detail (issueDetail of an error whose first issue it is; see field-verdict.ts). */
export function issueDetailOf(first: z.core.$ZodIssue): IssueDetail {
  const param = paramOf(first);
  const path = first.path.map(String).join('.').slice(0, 100);
  return { text: issueTextOf(first), issue: { path, code: first.code, ...(param === undefined ? {} : { param: param.slice(0, 40) }) } };
}

/** The mappers' code-to-goals lookup lives in the domain, beside CodeMapping: the store's remap uses it too. */
export { goalsFor } from '@/domain/source';

/** A record id read from an untrusted object for naming its rejection, or null. */
export function looseId(record: unknown, ...keys: string[]): string | null {
  if (typeof record !== 'object' || record === null) return null;
  for (const key of keys) {
    const value = (record as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.length > 0 && value.length <= 200) return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

/** Nine digits that pass the elfproef (the check every BSN passes). */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  return (sum - Number(digits[8])) % 11 === 0;
}

/** The value with percent-encoding (up to three times) and HTML character references for '@' undone. */
function decoded(value: string): string {
  let text = value;
  for (let round = 0; round < 3 && /%[0-9a-f]{2}/i.test(text); round += 1) {
    try {
      text = decodeURIComponent(text);
    } catch {
      text = text.replace(/%40/gi, '@');
    }
  }
  return text.replace(/&#0*64;?|&#x0*40;?|&commat;/gi, '@');
}

/** Any kind of whitespace (also no-break and zero-width spaces) or an at sign in any of its forms. */
const SPACE_OR_AT = /[\s\u200b-\u200d\u2060\ufeff@\uff20\ufe6b]/;
/** A run of exactly nine digits standing on its own (not inside a longer code or a hexadecimal hash). */
const NINE_DIGITS = /(?:^|[^0-9A-Za-z])(\d{9})(?=$|[^0-9A-Za-z])/g;

/**
 * A pseudonym is opaque; we refuse what is plainly something else: whitespace (a name), an e-mail
 * address in any encoding (percent-encoded, an HTML reference, a full-width at sign) and a BSN
 * (nine digits on their own that pass the elfproef, as in "NL-BSN-123456782").
 */
export const looksLikePseudonym = (value: string): boolean => pseudonymVerdict(value);

function judgePseudonym(value: string): boolean {
  if (value.length < 16 || value.length > 1024) return false;
  const text = decoded(value);
  if (SPACE_OR_AT.test(value) || SPACE_OR_AT.test(text)) return false;
  return ![...text.matchAll(NINE_DIGITS)].some((match) => passesElfproef(match[1] ?? ''));
}

/** A file names the same few hundred pupils again and again: each distinct value is judged once. */
const pseudonymVerdict = textMemo(judgePseudonym);

/** The key of a rejected record without an id lives in fingerprint.ts; mappers import it from here. */
export { fingerprint, fingerprintHash } from './fingerprint';

export type Mapped<R> = { readonly result: R } | { readonly rejection: Rejection };

/** A page of raw records through a one-record mapper, split into results and rejections, in order. */
export function mapPage<R, C>(
  records: readonly unknown[],
  context: C,
  mapOne: (raw: unknown, context: C) => Mapped<R>,
): { results: R[]; rejections: Rejection[] } {
  const results: R[] = [];
  const rejections: Rejection[] = [];
  for (const raw of records) {
    const mapped = mapOne(raw, context);
    if ('result' in mapped) results.push(mapped.result);
    else rejections.push(mapped.rejection);
  }
  return { results, rejections };
}
