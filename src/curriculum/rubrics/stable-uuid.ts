/**
 * A stable UUID for a name: the same name always gives the same identifier, so exporting a rubric
 * twice gives the same CASE identifiers and a CASE server sees an update, not a new rubric.
 * Version 8 (RFC 9562, "custom"): 128 bits from four seeded 32-bit FNV-1a hashes. Not a secret.
 */
export function stableUuid(name: string): string {
  const words = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x6c8e9cf5].map((seed) => fnv1a(name, seed));
  const hex = words.map((word) => word.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Mix the seed in once more so the four words differ even for short names.
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d) >>> 0;
  return (hash ^ (hash >>> 12)) >>> 0;
}
