/**
 * A stable key for a record without a usable id, so a re-sync does not pile up its rejection: FNV-1a of
 * the record's JSON text, hashed as the text is written, without building it.
 */
const FNV_PRIME = 16777619;
/** FNV-1a's offset basis as an int32 (the first step takes it as one). */
const FNV_OFFSET = 2166136261 | 0;

const hashText = (hash: number, text: string): number => {
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
};

/** The text `JSON.stringify` writes for a leaf; undefined where it writes nothing (a function, a symbol, undefined). */
function leafText(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    default:
      throw new TypeError('not a leaf');
  }
}

const kindOf = (value: object): 'array' | 'object' => {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw new TypeError('toJSON');
  const prototype: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (prototype === Array.prototype) return 'array';
  } else if (prototype === Object.prototype || prototype === null) return 'object';
  throw new TypeError('not plain data');
};

type Frame =
  | { readonly node: readonly unknown[]; readonly kind: 'array'; at: number }
  | { readonly node: Record<string, unknown>; readonly kind: 'object'; readonly keys: string[]; at: number; wrote: boolean };

/**
 * FNV-1a of the text `JSON.stringify(raw)` gives, hashed as it is written, with a stack of its own:
 * JSON.stringify is quadratic in the depth of nesting (5 ms for an array 2,000 deep, 15 ms at 4,000) and
 * throws past about 4,500, where every such record got one and the same key. Plain data only (what
 * JSON.parse, the CSV and XML readers give); undefined where JSON.stringify gives no text; it throws
 * on anything else (toJSON, a class instance, a bigint, a cycle), which fingerprint hands to JSON.stringify.
 */
function hashOfJson(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null) {
    const text = leafText(raw);
    return text === undefined ? undefined : hashText(FNV_OFFSET, text);
  }
  let hash = FNV_OFFSET;
  const open = new Set<object>();
  const stack: Frame[] = [];
  const enter = (node: object) => {
    if (open.has(node)) throw new TypeError('cycle');
    open.add(node);
    if (kindOf(node) === 'array') {
      hash = hashText(hash, '[');
      stack.push({ node: node as unknown[], kind: 'array', at: 0 });
    } else {
      hash = hashText(hash, '{');
      stack.push({ node: node as Record<string, unknown>, kind: 'object', keys: Object.keys(node), at: 0, wrote: false });
    }
  };
  enter(raw);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.kind === 'array') {
      if (frame.at === frame.node.length) {
        hash = hashText(hash, ']');
        open.delete(frame.node);
        stack.pop();
        continue;
      }
      const value = frame.node[frame.at];
      if (frame.at > 0) hash = hashText(hash, ',');
      frame.at += 1;
      if (typeof value === 'object' && value !== null) enter(value);
      else hash = hashText(hash, leafText(value) ?? 'null');
    } else {
      if (frame.at === frame.keys.length) {
        hash = hashText(hash, '}');
        open.delete(frame.node);
        stack.pop();
        continue;
      }
      const key = frame.keys[frame.at]!;
      frame.at += 1;
      const value = frame.node[key];
      const isNode = typeof value === 'object' && value !== null;
      const text = isNode ? null : leafText(value);
      if (text === undefined) continue;
      hash = hashText(hash, `${frame.wrote ? ',' : ''}${JSON.stringify(key)}:`);
      frame.wrote = true;
      if (isNode) enter(value);
      else hash = hashText(hash, text!);
    }
  }
  return hash;
}

/** FNV-1a of `JSON.stringify(raw)` as the text is made in one piece: for what hashOfJson does not take. */
function hashOfStringified(raw: unknown): number {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(typeof raw);
  } catch {
    text = String(typeof raw);
  }
  return hashText(FNV_OFFSET, text);
}

/**
 * A stable key for a record without a usable id, so a re-sync does not pile up its rejection: FNV-1a of
 * the record's JSON text (of its type's name where it has none: undefined, a function).
 */
export const fingerprint = (raw: unknown): string => `anon-${fingerprintHash(raw).toString(16)}`;

/** The number fingerprint writes: FNV-1a (unsigned 32 bits) of the record's JSON text, or of its type's name where it has none. */
export function fingerprintHash(raw: unknown): number {
  let hash: number;
  try {
    hash = hashOfJson(raw) ?? hashText(FNV_OFFSET, String(typeof raw));
  } catch {
    hash = hashOfStringified(raw);
  }
  return hash >>> 0;
}
