import { classify } from './excerpt-fields';

/** A JSON value as kept in an excerpt. */
export type ExcerptValue = string | number | boolean | null | readonly ExcerptValue[] | { readonly [key: string]: ExcerptValue };

/**
 * What a rejection keeps of the raw record: just enough to find it at the supplier (ids, codes,
 * times, scores, type and verb names), never who it is about. Built by allow-list: a field is kept
 * only when its name says it is one of those; anything about a person is removed and only noted.
 */
export interface RejectionExcerpt {
  readonly fields: ExcerptValue;
  /** Where personal fields were present and removed ('actor', 'object.definition.name'). */
  readonly removed: readonly string[];
  /** True when something was left out to stay within the bounds (size, depth, key count). */
  readonly truncated: boolean;
}

export const EXCERPT_LIMITS = {
  bytes: 1024,
  fieldBytes: 600,
  string: 80,
  depth: 6,
  keys: 16,
  scanKeys: 200,
  items: 5,
  removed: 6,
  scanNodes: 50_000,
} as const;

/** Tested on shortened text only: on a long string this pattern would backtrack for seconds. */
const EMAIL_LIKE = /^mailto:|[^\s@]@[^\s@]+\.[^\s@]/i;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own enumerable keys, at most `limit` of them, without listing a huge object whole. */
function keysOf(record: Record<string, unknown>, limit: number): string[] {
  const keys: string[] = [];
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    if (keys.length >= limit) break;
    keys.push(key);
  }
  return keys;
}

/** Every primitive value under a personal or identity field, anywhere; `complete` is false when the scan stopped early. */
function personalValues(raw: unknown): { values: Set<unknown>; complete: boolean } {
  const values = new Set<unknown>();
  const stack: { value: unknown; personal: boolean; depth: number }[] = [{ value: raw, personal: false, depth: 0 }];
  // A cyclic object is scanned once per context (under a personal field or not), so the scan ends.
  const seen = { true: new Set<object>(), false: new Set<object>() };
  let nodes = 0;
  while (stack.length > 0) {
    const { value, personal, depth } = stack.pop()!;
    if ((nodes += 1) > EXCERPT_LIMITS.scanNodes || depth > 64) return { values, complete: false };
    if (typeof value === 'object' && value !== null) {
      if (seen[`${personal}`].has(value)) continue;
      seen[`${personal}`].add(value);
    }
    if (typeof value === 'string' || typeof value === 'number') {
      if (personal) values.add(value);
    } else if (Array.isArray(value)) {
      if (value.length > EXCERPT_LIMITS.scanNodes) return { values, complete: false };
      for (const item of value) stack.push({ value: item, personal, depth: depth + 1 });
    } else if (isRecord(value)) {
      for (const key of keysOf(value, EXCERPT_LIMITS.scanNodes)) {
        const kind = classify(key, '').kind;
        stack.push({ value: value[key], personal: personal || kind === 'identity' || kind === 'personal', depth: depth + 1 });
      }
    }
  }
  return { values, complete: true };
}

/** UTF-8 length of a string, without allocating. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function shorten(text: string): string {
  if (text.length <= EXCERPT_LIMITS.string) return text;
  let cut = text.slice(0, EXCERPT_LIMITS.string - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

interface Walk {
  budget: number;
  truncated: boolean;
  readonly removed: Set<string>;
  readonly personal: Set<unknown>;
  readonly valuesSafe: boolean;
}

/** Spends `bytes` of the budget, or notes the excerpt as cut and refuses. */
function spend(walk: Walk, bytes: number): boolean {
  if (bytes > walk.budget) {
    walk.truncated = true;
    return false;
  }
  walk.budget -= bytes;
  return true;
}

function noteRemoved(walk: Walk, path: string): void {
  if (walk.removed.size < EXCERPT_LIMITS.removed) walk.removed.add(path.slice(0, 48));
  else walk.truncated = true;
}

function keep(value: unknown, path: string, key: string, depth: number, walk: Walk): ExcerptValue | undefined {
  if (value === null || typeof value === 'boolean') return spend(walk, 5) ? value : undefined;
  if (typeof value === 'number' || typeof value === 'string') {
    // Without a complete scan a value cannot be told apart from a personal one: keep none.
    if (!walk.valuesSafe) return undefined;
    const short = typeof value === 'string' ? shorten(value) : value;
    if (walk.personal.has(value) || walk.personal.has(short) || (typeof short === 'string' && EMAIL_LIKE.test(short))) {
      noteRemoved(walk, path || '(record)');
      return undefined;
    }
    if (typeof short === 'number') return Number.isFinite(short) && spend(walk, String(short).length) ? short : undefined;
    return spend(walk, utf8Length(JSON.stringify(short))) ? short : undefined;
  }
  if (depth >= EXCERPT_LIMITS.depth) {
    walk.truncated = true;
    return undefined;
  }
  if (Array.isArray(value)) {
    if (!spend(walk, 2)) return undefined;
    if (value.length > EXCERPT_LIMITS.items) walk.truncated = true;
    const items: ExcerptValue[] = [];
    for (const item of value.slice(0, EXCERPT_LIMITS.items)) {
      const kept = keep(item, path, key, depth + 1, walk);
      if (kept !== undefined && spend(walk, 1)) items.push(kept);
    }
    return items;
  }
  if (!isRecord(value) || !spend(walk, 2)) return undefined;
  const entries: [string, ExcerptValue][] = [];
  const keys = keysOf(value, EXCERPT_LIMITS.scanKeys);
  if (keys.length >= EXCERPT_LIMITS.scanKeys) walk.truncated = true;
  for (const child of keys) {
    const kind = classify(child, key.toLowerCase());
    const childPath = path ? `${path}.` : '';
    if (kind.kind === 'identity' || kind.kind === 'personal') noteRemoved(walk, childPath + kind.term);
    if (kind.kind !== 'allowed') continue;
    if (entries.length >= EXCERPT_LIMITS.keys) {
      walk.truncated = true;
      break;
    }
    const kept = keep(value[child], childPath + child, child, depth + 1, walk);
    if (kept !== undefined && spend(walk, utf8Length(JSON.stringify(child)) + 2)) entries.push([child, kept]);
  }
  // fromEntries defines own properties: a key such as "__proto__" could never touch a prototype.
  return Object.fromEntries(entries);
}

/** A bounded, JSON-safe excerpt of a raw record with every personal field removed. Pure; never throws. */
export function excerptOf(raw: unknown): RejectionExcerpt {
  try {
    const { values, complete } = personalValues(raw);
    const walk: Walk = { budget: EXCERPT_LIMITS.fieldBytes, truncated: !complete, removed: new Set(), personal: values, valuesSafe: complete };
    const fields = isRecord(raw) || Array.isArray(raw) ? (keep(raw, '', '', 0, walk) ?? null) : null;
    return { fields, removed: [...walk.removed], truncated: walk.truncated };
  } catch {
    return { fields: null, removed: [], truncated: true };
  }
}
