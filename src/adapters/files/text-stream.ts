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
 * The text of a source, piece by piece. A CR at the end of a piece waits for the next piece (it
 * may be the first half of a CRLF). Decoding is not strict here: `encodingProblem` checks a file
 * first, so a reader never stores half a file that turns out not to be text.
 */
export async function* textPieces(source: ByteSource, pieceBytes = PIECE_BYTES): AsyncGenerator<TextPiece> {
  const encoding: TextEncoding = encodingOf(await headBytes(source, 2));
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
