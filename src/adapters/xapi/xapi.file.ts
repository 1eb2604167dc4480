/** What an exported statements file holds: its statements, or why it cannot be read. */
export type StatementsFile =
  { readonly ok: true; readonly statements: readonly unknown[] } | { readonly ok: false; readonly code: 'unreadable'; readonly detail: string };

/**
 * The text of a statements file (an LRS export, a cmi5 sample): one statement, an array of
 * statements, or a StatementResult ({ statements, more }). Broken JSON, or JSON that is none of
 * these, is 'unreadable' with the parser's reason; the statements inside are checked one by
 * one by the mapper, never here. A byte-order mark is allowed.
 */
export function readStatementsFile(text: string): StatementsFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // V8 quotes part of the input in its message; leave that out (it may be personal data).
    const reason =
      error instanceof Error ? error.message.replace(/,?\s*"[\s\S]*" is not valid JSON\s*$/, ' (ongeldige JSON)').slice(0, 200) : 'onbekend';
    return { ok: false, code: 'unreadable', detail: `geen geldige JSON: ${reason}` };
  }
  if (Array.isArray(json)) return { ok: true, statements: json };
  if (typeof json === 'object' && json !== null) {
    const statements = (json as Record<string, unknown>)['statements'];
    if (Array.isArray(statements)) return { ok: true, statements };
    return { ok: true, statements: [json] };
  }
  return { ok: false, code: 'unreadable', detail: 'geen statement, lijst of StatementResult' };
}
