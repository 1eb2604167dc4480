/**
 * A file's text, read piece by piece (never the whole file in memory): the same decoding as
 * decode.ts (UTF-8, or UTF-16 with a byte-order mark; the mark removed) and every line ending
 * (CRLF, LF or a lone CR, in any mix) as LF, also when a CRLF falls across two pieces.
 */
import { encodingOf, utf8Problem, type TextEncoding } from './decode';

/** What a streaming reader reads from: a Blob (a File), or bytes already in memory. */
export type ByteSource = Blob | Uint8Array;

/** Bytes read per piece: large enough that per-piece overhead is negligible, small enough to keep memory flat. */
export const PIECE_BYTES = 1 << 20;

export const sizeOf = (source: ByteSource): number => (source instanceof Uint8Array ? source.length : source.size);

/** The raw bytes, piece by piece. */
export async function* bytePieces(source: ByteSource, pieceBytes = PIECE_BYTES): AsyncGenerator<Uint8Array> {
  const size = sizeOf(source);
  for (let at = 0; at < size; at += pieceBytes) {
    const end = Math.min(size, at + pieceBytes);
    yield source instanceof Uint8Array ? source.subarray(at, end) : new Uint8Array(await source.slice(at, end).arrayBuffer());
  }
}

/** The first bytes of a source (for detection and the encoding), without reading the rest. */
export async function headBytes(source: ByteSource, length: number): Promise<Uint8Array> {
  return source instanceof Uint8Array ? source.subarray(0, length) : new Uint8Array(await source.slice(0, length).arrayBuffer());
}

export interface TextPiece {
  /** Decoded text, line endings as LF. */
  readonly text: string;
  /** Bytes of the file read so far, this piece included. */
  readonly bytesRead: number;
}

/**
 * A UTF-8 piece with every line ending (CRLF, a lone CR) as LF, compacted in place (a CR byte is
 * never part of a multi-byte sequence); its new length. `dropLf`: the piece before ended in a CR
 * (already an LF), so an LF first here completes that CRLF and goes.
 */
export function unifyLineEndsInPlace(bytes: Uint8Array, dropLf: boolean): number {
  let from = dropLf && bytes[0] === 0x0a ? 1 : 0;
  let to = 0;
  for (let cr = bytes.indexOf(0x0d, from); cr !== -1; cr = bytes.indexOf(0x0d, from)) {
    if (to !== from) bytes.copyWithin(to, from, cr);
    to += cr - from;
    bytes[to] = 0x0a;
    to += 1;
    from = bytes[cr + 1] === 0x0a ? cr + 2 : cr + 1;
  }
  if (to !== from) bytes.copyWithin(to, from);
  return to + bytes.length - from;
}

/** Where the last whole UTF-8 sequence in the first `length` bytes ends: 1-3 bytes of an unfinished one may follow. */
export function wholeSequencesEnd(bytes: Uint8Array, length: number): number {
  for (let back = 1; back <= 3 && back <= length; back += 1) {
    const byte = bytes[length - back] ?? 0;
    if (byte < 0x80) return length;
    if (byte >= 0xc0) return (byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2) > back ? length - back : length;
  }
  return length;
}

/**
 * The text of a UTF-8 source, piece by piece: line ends made LF on the bytes (no regular
 * expression over the text, whose result V8 builds as a rope of every line), and each piece
 * decoded whole, cut after its last whole sequence (the 1-3 bytes after it go in front of the
 * next piece). The BOM is removed once, at the start, as a streaming TextDecoder would.
 */
async function* utf8Pieces(source: ByteSource, pieceBytes: number): AsyncGenerator<TextPiece> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const owned = !(source instanceof Uint8Array);
  let bytesRead = 0;
  let afterCr = false;
  let carry = new Uint8Array(0);
  let first = true;
  for await (const piece of bytePieces(source, pieceBytes)) {
    bytesRead += piece.length;
    const endsInCr = piece[piece.length - 1] === 0x0d;
    const rewrite = (afterCr && piece[0] === 0x0a) || piece.indexOf(0x0d) !== -1;
    // Bytes handed in by the caller are never changed: copied when a line end must be rewritten.
    let bytes = rewrite && !owned ? piece.slice() : piece;
    let length = rewrite ? unifyLineEndsInPlace(bytes, afterCr) : piece.length;
    afterCr = endsInCr;
    if (carry.length > 0) {
      const joined = new Uint8Array(carry.length + length);
      joined.set(carry);
      joined.set(bytes.subarray(0, length), carry.length);
      [bytes, length] = [joined, joined.length];
    }
    const end = wholeSequencesEnd(bytes, length);
    carry = bytes.slice(end, length);
    let text = decoder.decode(bytes.subarray(0, end));
    if (first && text !== '') {
      text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      first = false;
    }
    if (text !== '') yield { text, bytesRead };
  }
  const rest = carry.length > 0 ? decoder.decode(carry) : '';
  if (rest !== '') yield { text: first ? rest.replace(/^\uFEFF/, '') : rest, bytesRead };
}

/**
 * The text of a source, piece by piece, every line end as LF. In UTF-16 a CR at the end of a piece
 * waits for the next piece (it may be the first half of a CRLF). Decoding is not strict here:
 * `scanText` checks a file first, so a reader never stores half a file that turns out not to be text.
 */
export async function* textPieces(source: ByteSource, pieceBytes = PIECE_BYTES): AsyncGenerator<TextPiece> {
  const encoding: TextEncoding = encodingOf(await headBytes(source, 2));
  if (encoding === 'utf-8') {
    yield* utf8Pieces(source, pieceBytes);
    return;
  }
  const decoder = new TextDecoder(encoding);
  let bytesRead = 0;
  let pendingCr = false;
  const unify = (raw: string, last: boolean): string => {
    let text = pendingCr ? `\r${raw}` : raw;
    pendingCr = !last && text.endsWith('\r');
    if (pendingCr) text = text.slice(0, -1);
    return text.replace(/\r\n?/g, '\n');
  };
  for await (const bytes of bytePieces(source, pieceBytes)) {
    bytesRead += bytes.length;
    const text = unify(decoder.decode(bytes, { stream: true }), false);
    if (text !== '') yield { text, bytesRead };
  }
  const rest = unify(decoder.decode(), true);
  if (rest !== '') yield { text: rest, bytesRead };
}

/**
 * Whether every byte is below 0x80: such bytes are valid UTF-8 whatever came before a clean cut, so
 * the strict decoder need not build their text. Read four bytes at a time (a file is mostly ASCII;
 * this costs a small part of a decode).
 */
export function asciiOnly(bytes: Uint8Array): boolean {
  let seen = 0;
  let at = 0;
  const aligned = Math.min(bytes.length, (4 - (bytes.byteOffset & 3)) & 3);
  for (; at < aligned; at += 1) seen |= bytes[at] ?? 0;
  const words = (bytes.length - at) >> 2;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + at, words);
    for (let word = 0; word < words; word += 1) seen |= view[word] ?? 0;
    at += words * 4;
  }
  for (; at < bytes.length; at += 1) seen |= bytes[at] ?? 0;
  return (seen & 0x80808080) === 0;
}

/**
 * The first invalid UTF-8 in a source (by line, as decode.ts `utf8Problem` says it), read piece
 * by piece; null for valid UTF-8 and for UTF-16. Also counts a UTF-8 file's lines (LF, CRLF or a
 * lone CR end one; null for UTF-16), for progress.
 */
export async function scanText(
  source: ByteSource,
  pieceBytes = PIECE_BYTES,
): Promise<{ problem: { line: number; byte: number } | null; lines: number | null }> {
  if (encodingOf(await headBytes(source, 2)) !== 'utf-8') return { problem: null, lines: null };
  const strict = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  let offset = 0;
  let afterCr = false;
  let tail = new Uint8Array(0);
  // Whether the strict decoder holds no unfinished sequence (the last piece it saw ended in ASCII).
  let clean = true;
  for await (const bytes of bytePieces(source, pieceBytes)) {
    try {
      if (!clean || !asciiOnly(bytes)) strict.decode(bytes, { stream: true });
    } catch {
      // The previous piece may have ended inside a sequence: look again from its unfinished bytes (never a line end).
      const joined = new Uint8Array(tail.length + bytes.length);
      joined.set(tail);
      joined.set(bytes, tail.length);
      const found = utf8Problem(joined);
      return {
        problem: found ? { line: lines + found.line - 1, byte: offset - tail.length + found.byte } : { line: lines, byte: offset + 1 },
        lines,
      };
    }
    // A CR ends a line; an LF ends one unless it completes a CRLF (also across pieces). Counted natively.
    for (let at = bytes.indexOf(0x0d); at !== -1; at = bytes.indexOf(0x0d, at + 1)) lines += 1;
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) if (!(at === 0 ? afterCr : bytes[at - 1] === 0x0d)) lines += 1;
    afterCr = bytes[bytes.length - 1] === 0x0d;
    clean = (bytes[bytes.length - 1] ?? 0x80) < 0x80;
    let start = bytes.length;
    while (start > 0 && bytes.length - start < 3 && (bytes[start - 1] ?? 0) >= 0x80) start -= 1;
    tail = bytes.slice(start);
    offset += bytes.length;
  }
  try {
    strict.decode();
  } catch {
    return { problem: { line: lines, byte: offset }, lines };
  }
  // A last line end closes the last line; it starts none.
  const last =
    offset > 0 ? (await headBytes(source instanceof Uint8Array ? source.subarray(offset - 1) : source.slice(offset - 1), 1))[0] : undefined;
  return { problem: null, lines: last === 0x0a || last === 0x0d ? lines - 1 : lines };
}
