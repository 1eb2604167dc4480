import { fingerprint } from './map-helpers';

/**
 * Where a JSON text breaks, as "regel L, teken C": never the text around it. V8's messages quote
 * the input near the error (which can hold a name), so only a position is taken from them.
 */
export function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  let at = -1;
  const position = /at position (\d+)/.exec(message);
  if (position) at = Number(position[1]);
  else if (/Unexpected end of JSON input/.test(message)) at = text.length;
  else {
    // `Unexpected token 'x', ..."context"... is not valid JSON`: find the context to get the position, then drop it.
    const quoted = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
    const context = quoted?.[3];
    const start = context ? text.indexOf(context) : -1;
    if (quoted && context && start >= 0) at = start + (quoted[2] ? 10 : Math.max(0, context.indexOf(quoted[1] ?? '')));
  }
  if (at < 0) return 'plek onbekend';
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return `regel ${line}, teken ${at - before.lastIndexOf('\n')}`;
}

export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly place: string };

/** JSON.parse that never throws and never quotes the text in its reason. */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, place: jsonErrorPlace(text, error) };
  }
}

/** A line of a JSON Lines file that is not JSON: its number and a stable key (a hash, not the text). */
export interface BrokenLine {
  readonly line: number;
  readonly key: string;
  readonly detail: string;
}

/** One line of a JSON Lines text (trimmed, not blank): its value, or why it is broken (its number, never its text). */
export function jsonLine(line: string, number: number): { readonly value: unknown } | { readonly broken: BrokenLine } {
  const parsed = parseJsonText(line);
  if (parsed.ok) return { value: parsed.value };
  return {
    broken: {
      line: number,
      key: `regel-${fingerprint(line)}`,
      detail: `regel ${number}: geen geldige JSON (${parsed.place.replace(/^regel 1, /, '')})`,
    },
  };
}

/**
 * A JSON Lines text (one JSON value per line, blank lines allowed, any line ending): each value with
 * its line, and the lines that are not JSON, each on its own. Null when the first non-blank line is
 * not JSON either: then the text is not JSON Lines at all.
 */
export function readJsonLines(text: string): { values: { line: number; value: unknown }[]; broken: BrokenLine[] } | null {
  const values: { line: number; value: unknown }[] = [];
  const broken: BrokenLine[] = [];
  for (const [index, raw] of text.split(/\r\n?|\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const read = jsonLine(line, index + 1);
    if ('value' in read) values.push({ line: index + 1, value: read.value });
    else if (values.length === 0 && broken.length === 0) return null;
    else broken.push(read.broken);
  }
  return { values, broken };
}
