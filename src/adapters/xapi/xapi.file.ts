import { parseJsonText, readJsonLines, type BrokenLine } from '../shared/json-text';

/** What an exported statements file holds: its statements, or why it cannot be read. */
export type StatementsFile =
  | { readonly ok: true; readonly statements: readonly unknown[]; readonly broken?: readonly BrokenLine[] }
  | { readonly ok: false; readonly code: 'unreadable'; readonly detail: string };

/**
 * The text of a statements file (an LRS export, a cmi5 sample): one statement, an array of
 * statements, or a StatementResult ({ statements, more }). Broken JSON, or JSON that is none of
 * these, is 'unreadable' with the place of the error (never the text around it); JSON Lines are read
 * line by line; the statements inside are checked one by
 * one by the mapper, never here. A byte-order mark is allowed.
 */
export function readStatementsFile(text: string): StatementsFile {
  const body = text.replace(/^\uFEFF/, '');
  const whole = parseJsonText(body);
  if (!whole.ok) {
    // JSON Lines: one statement (or a list, or a StatementResult) per line; a broken line is one rejection.
    const lines = readJsonLines(body);
    if (lines === null || lines.values.length + lines.broken.length < 2)
      return { ok: false, code: 'unreadable', detail: `geen geldige JSON (${whole.place})` };
    return { ok: true, statements: lines.values.flatMap(({ value }) => statementsOf(value) ?? [value]), broken: lines.broken };
  }
  const statements = statementsOf(whole.value);
  return statements ? { ok: true, statements } : { ok: false, code: 'unreadable', detail: 'geen statement, lijst of StatementResult' };
}

/** The statements a JSON value holds: a list, a StatementResult, or one statement; null for anything else. */
export function statementsOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (typeof json === 'object' && json !== null) {
    const statements = (json as Record<string, unknown>)['statements'];
    return Array.isArray(statements) ? statements : [json];
  }
  return null;
}
