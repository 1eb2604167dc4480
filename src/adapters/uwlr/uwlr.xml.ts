import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** The element interface of @xmldom/xmldom, so this works where the browser's DOM types differ. */
export type XmlElement = Element;
export type XmlDocument = Document;

/** Longest text a field may have; UWLR keys are at most 256 characters, OSO text a little more. */
export const MAX_FIELD = 1024;

export type ParsedXml = { readonly ok: true; readonly document: XmlDocument } | { readonly ok: false; readonly detail: string };

/**
 * Parses XML with @xmldom/xmldom, in the browser and in Node alike. A file with a DOCTYPE is refused
 * before parsing (no UWLR or OSO message has one; it is how entity bombs arrive), and xmldom itself
 * never expands declared entities. Parse errors become a reason, without echoing file content.
 */
export function parseXml(text: string): ParsedXml {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, detail: 'leeg bestand' };
  if (/<!DOCTYPE/i.test(body))
    return { ok: false, detail: 'XML met een DOCTYPE wordt niet gelezen (UWLR en OSO gebruiken er geen; entiteiten worden nooit uitgevouwen)' };
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(String(message).replace(/\s+/g, ' ').slice(0, 120));
      },
    });
    const document = parser.parseFromString(body, 'application/xml');
    if (!document.documentElement) return { ok: false, detail: 'geen XML-element gevonden' };
    return { ok: true, document };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'onbekende fout';
    return { ok: false, detail: `geen geldige XML: ${lineOf(message)}` };
  }
}

/** Only the position and kind of a parse error, never the offending text (it may be personal data). */
function lineOf(message: string): string {
  const position = /line:?\s*(\d+)/i.exec(message);
  const kind = /tag mismatch|entity not found|missing root element|unclosed|invalid|unexpected|attribute/i.exec(message);
  return [kind ? kind[0].toLowerCase() : 'ongeldige opbouw', position ? `regel ${position[1]}` : null].filter(Boolean).join(', ');
}

/** Child elements, any namespace, optionally with one local name. */
export function childrenOf(parent: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && (localName === undefined || (node as XmlElement).localName === localName)) out.push(node as XmlElement);
  }
  return out;
}

export const childOf = (parent: XmlElement, localName: string): XmlElement | null => childrenOf(parent, localName)[0] ?? null;

export type Field = { readonly value: string } | { readonly missing: true } | { readonly tooLong: true };

/** The trimmed text of a child element, refused when longer than `max`. */
export function fieldOf(parent: XmlElement, localName: string, max = MAX_FIELD): Field {
  const element = childOf(parent, localName);
  const text = element?.textContent?.trim() ?? '';
  if (text === '') return { missing: true };
  if (text.length > max) return { tooLong: true };
  return { value: text };
}

/** The text of a child element, or null when missing, empty or too long. */
export function textOf(parent: XmlElement, localName: string, max = MAX_FIELD): string | null {
  const field = fieldOf(parent, localName, max);
  return 'value' in field ? field.value : null;
}

/** A number from a child element (decimal, point), or null. */
export function numberOf(parent: XmlElement, localName: string): number | null {
  const text = textOf(parent, localName, 32);
  if (text === null || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** All elements with this local name below `root`, in document order. */
export const descendantsOf = (root: XmlElement | XmlDocument, localName: string): XmlElement[] =>
  Array.from(root.getElementsByTagNameNS('*', localName));

/** An xs:date (YYYY-MM-DD, a valid calendar day) as an instant at noon UTC, so the day is the same in every Dutch view. */
export function instantOfDate(text: string | null): string | null {
  if (text === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(text);
  if (!match) return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T12:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${match[1]}-${match[2]}-${match[3]}`) return null;
  return date.toISOString();
}
