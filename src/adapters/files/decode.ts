/**
 * Bytes of a supplier's file as text. UTF-8 unless a byte-order mark says UTF-16 (Excel's "Unicode
 * text" and some Windows tools write UTF-16 LE with a BOM). Invalid UTF-8 is never silently replaced
 * (U+FFFD would end up inside pupil ids): `utf8Problem` says where it is, by line.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export function encodingOf(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

const decoders: Record<TextEncoding, TextDecoder> = {
  'utf-8': new TextDecoder('utf-8'),
  'utf-16le': new TextDecoder('utf-16le'),
  'utf-16be': new TextDecoder('utf-16be'),
};

/** The bytes as text in their encoding, byte-order mark removed. `length` bytes at most (kept even for UTF-16). */
export function decodeBytes(bytes: Uint8Array, length = bytes.length): string {
  const encoding = encodingOf(bytes);
  const end = encoding === 'utf-8' ? length : length - (length % 2);
  return decoders[encoding].decode(bytes.subarray(0, end)).replace(/^\uFEFF/, '');
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** Length of the UTF-8 sequence starting at `at`, or 0 when it is not a valid one (RFC 3629: no overlong forms, no surrogates). */
function sequenceAt(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] ?? 0;
  if (lead < 0x80) return 1;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || at + length > bytes.length) return 0;
  const second = bytes[at + 1] ?? 0;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k += 1) if (((bytes[at + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return length;
}

/** The line (1-based; LF, CRLF or CR end a line) and byte of the first invalid UTF-8, or null when none is found. */
function problemIn(bytes: Uint8Array): { readonly line: number; readonly byte: number } | null {
  let line = 1;
  for (let at = 0; at < bytes.length;) {
    const byte = bytes[at];
    if (byte === 0x0a || (byte === 0x0d && bytes[at + 1] !== 0x0a)) line += 1;
    const length = sequenceAt(bytes, at);
    if (length === 0) return { line, byte: at + 1 };
    at += length;
  }
  return null;
}

/**
 * UTF-8 bytes checked and decoded at once: their text (as decodeBytes gives it) when they are valid,
 * else where the first invalid UTF-8 is; null for UTF-16 (nothing to check) or when no place is found.
 */
export function checkedUtf8(
  bytes: Uint8Array,
): { readonly text: string } | { readonly problem: { readonly line: number; readonly byte: number } } | null {
  if (encodingOf(bytes) !== 'utf-8') return null;
  try {
    return { text: strict.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    // Invalid: find where, to say so by line.
  }
  const problem = problemIn(bytes);
  return problem ? { problem } : null;
}

/** The line (1-based; LF, CRLF or CR end a line) and byte of the first invalid UTF-8, or null when the file is valid or UTF-16. */
export function utf8Problem(bytes: Uint8Array): { readonly line: number; readonly byte: number } | null {
  const checked = checkedUtf8(bytes);
  return checked !== null && 'problem' in checked ? checked.problem : null;
}

/** A zip is binary: its entries are checked when read. */
export const isZip = (name: string, bytes: Uint8Array): boolean => name.toLowerCase().endsWith('.zip') || (bytes[0] === 0x50 && bytes[1] === 0x4b);

/** The refusal of a file with invalid UTF-8 at this place. */
export const invalidUtf8 = (name: string, problem: { readonly line: number; readonly byte: number }): string =>
  `${name}: regel ${problem.line}: geen geldige UTF-8 (byte ${problem.byte}); sla het bestand op als UTF-8 (of UTF-16 met BOM) en kies het opnieuw`;

/** Why a file's bytes are not text we may read: invalid UTF-8, by line. A zip is binary (its entries are checked when read). */
export function encodingRefusal(name: string, bytes: Uint8Array): string | null {
  if (isZip(name, bytes)) return null;
  const problem = utf8Problem(bytes);
  return problem ? invalidUtf8(name, problem) : null;
}
