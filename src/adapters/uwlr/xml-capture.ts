/**
 * XML read piece by piece with saxes (decision 027): only the elements a reader asks for are built,
 * each as a small @xmldom/xmldom element the mappers read as before, and dropped once mapped; the
 * rest of the file passes through without being kept. A DOCTYPE is refused in the piece it is
 * found in, before anything of the file is parsed, with the reason parseXml gives.
 */
import { DOMImplementation } from '@xmldom/xmldom';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { XmlDocument, XmlElement } from './uwlr.xml';

export const DOCTYPE_REFUSED = 'XML met een DOCTYPE wordt niet gelezen (UWLR en OSO gebruiken er geen; entiteiten worden nooit uitgevouwen)';

/** An XML text that cannot be read at all; its detail names a position, never file content. */
export class XmlUnreadable extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'XmlUnreadable';
  }
}

/** Where an element stands: its local name and its ancestors' (outermost first). */
export interface Place {
  readonly local: string;
  /** Local names of the open elements above it, the root first (the reader's own array: read it, never keep it). */
  readonly path: readonly string[];
  /** How many earlier siblings its parent had with the same local name. */
  readonly nth: number;
  /** Its number in the order elements open (the root is 0): the same in every pass over the same text. */
  readonly id: number;
  /** Its parent's id; null for the root. */
  readonly parent: number | null;
}

export interface CaptureRules {
  /** Whether to build this element (and the part of its subtree `keep` allows) to hand to `take`. */
  readonly capture: (place: Place) => boolean;
  /** Within a captured element: whether to build this descendant (default: all). */
  readonly keep?: (place: Place, depthInCapture: number) => boolean;
  /** A captured element, whole, when it closes. */
  readonly take: (element: XmlElement, place: Place) => void;
  /** Every element as it opens (for what a reader notes without building anything). */
  readonly open?: (place: Place) => void;
}

/** Only the kind and line of a saxes error, never the text around it (it may be personal data). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const line = /^(\d+):\d+: /.exec(message)?.[1];
  const kinds: [RegExp, string][] = [
    [/undefined entity|entity/i, 'entity not found'],
    [/unclosed/i, 'unclosed'],
    [/unexpected close tag|mismatch/i, 'tag mismatch'],
    [/root/i, 'missing root element'],
    [/attribute/i, 'attribute'],
    [/unexpected/i, 'unexpected'],
  ];
  const kind = kinds.find(([pattern]) => pattern.test(message))?.[1] ?? 'ongeldige opbouw';
  return `geen geldige XML: ${[kind, line ? `regel ${line}` : null].filter(Boolean).join(', ')}`;
}

interface Open {
  readonly local: string;
  readonly id: number;
  /** Counts of child local names seen so far (made at its first child). */
  counts: Map<string, number> | null;
  readonly nth: number;
  /** The element being built here, when inside a capture and kept. */
  readonly element: XmlElement | null;
  /** Depth below the captured element (0 = the captured one), -1 outside a capture. */
  readonly depth: number;
  /** Inside a capture but not kept: nothing below is built. */
  readonly skipped: boolean;
}

/** One pass over an XML text, fed piece by piece with `write`, finished by `close` (both throw XmlUnreadable). */
export class XmlCapture {
  private readonly parser = new SaxesParser({ xmlns: true });
  private readonly document: XmlDocument = new DOMImplementation().createDocument(null, '');
  private readonly stack: Open[] = [];
  private readonly path: string[] = [];
  private readonly rootCounts = new Map<string, number>();
  private tail = '';
  private first = true;
  private ids = 0;
  private content = false;

  constructor(private readonly rules: CaptureRules) {
    this.parser.on('doctype', () => {
      throw new XmlUnreadable(DOCTYPE_REFUSED);
    });
    this.parser.on('error', (error) => {
      throw error;
    });
    this.parser.on('opentag', (tag) => this.opened(tag));
    this.parser.on('closetag', () => this.closed());
    this.parser.on('text', (text) => this.text(text));
    this.parser.on('cdata', (text) => this.text(text));
  }

  /** The next piece of text. A DOCTYPE anywhere (even across two pieces) is refused before this piece is parsed. */
  write(piece: string): void {
    let text = piece;
    if (this.first) {
      text = text.replace(/^\uFEFF/, '');
      this.first = false;
    }
    if (/<!DOCTYPE/i.test(this.tail + text)) throw new XmlUnreadable(DOCTYPE_REFUSED);
    this.tail = text.slice(-8);
    if (!this.content && text.trim() !== '') this.content = true;
    this.guard(() => this.parser.write(text));
  }

  close(): void {
    if (!this.content) throw new XmlUnreadable('leeg bestand');
    this.guard(() => this.parser.close());
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      if (error instanceof XmlUnreadable) throw error;
      throw new XmlUnreadable(reasonOf(error));
    }
  }

  private opened(tag: SaxesTagNS): void {
    const parent = this.stack[this.stack.length - 1];
    const counts = parent ? (parent.counts ??= new Map()) : this.rootCounts;
    const nth = counts.get(tag.local) ?? 0;
    counts.set(tag.local, nth + 1);
    const id = this.ids++;
    const place: Place = { local: tag.local, path: this.path, nth, id, parent: parent?.id ?? null };
    this.rules.open?.(place);
    let depth = -1;
    let build = false;
    if (parent && parent.depth >= 0) {
      depth = parent.depth + 1;
      build = !parent.skipped && (this.rules.keep?.(place, depth) ?? true);
    } else if (this.rules.capture(place)) {
      depth = 0;
      build = true;
    }
    let element: XmlElement | null = null;
    if (build) {
      element = this.document.createElementNS(tag.uri || null, tag.name);
      for (const attribute of Object.values(tag.attributes)) {
        if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') element.setAttribute(attribute.name, attribute.value);
      }
      parent?.element?.appendChild(element);
    }
    this.stack.push({ local: tag.local, id, counts: null, nth, element, depth, skipped: depth >= 0 && !build });
    this.path.push(tag.local);
  }

  private closed(): void {
    const open = this.stack.pop();
    this.path.pop();
    if (open?.depth === 0 && open.element) {
      const parent = this.stack[this.stack.length - 1]?.id ?? null;
      this.rules.take(open.element, { local: open.local, path: this.path, nth: open.nth, id: open.id, parent });
    }
  }

  private text(text: string): void {
    const open = this.stack[this.stack.length - 1];
    if (open?.element) open.element.appendChild(this.document.createTextNode(text));
  }
}

/** Runs one pass over text pieces (sync), for a reader that has its text whole. */
export function capturePass(pieces: Iterable<string>, rules: CaptureRules): void {
  const capture = new XmlCapture(rules);
  for (const piece of pieces) capture.write(piece);
  capture.close();
}
