/**
 * The form of pseudonym a connector expects its pupil keys in (issue 13 item 10, decision 025).
 * A fixed list: never a pattern a user types (a user-supplied regular expression could hang the
 * tab). Every key is also put through the readers' base check first (no whitespace, no e-mail
 * address in any encoding, no BSN: `looksLikePseudonym` in adapters/shared/map-helpers.ts);
 * `any` means that base check only.
 */
export const PSEUDONYM_SHAPES = ['eck', 'uuid', 'any'] as const;
export type PseudonymShape = (typeof PSEUDONYM_SHAPES)[number];

export const isPseudonymShape = (value: unknown): value is PseudonymShape => (PSEUDONYM_SHAPES as readonly unknown[]).includes(value);

/**
 * Where an ECK iD starts: the one version issued (201703), and the demo's obviously fake prefix
 * (decision 004: a `.invalid` host can never resolve). A new ECK iD version is a new line here.
 */
export const ECK_ID_PREFIXES = ['https://ketenid.nl/201703/', 'https://demo.invalid/nep-eckid/201703/'] as const;

/** The ECK iD's opaque part: exactly 128 lower-case hexadecimal characters (as issued; compared as is, so another case would never join). */
const ECK_ID_TAIL = /^[0-9a-f]{128}$/;

/** A UUID (RFC 9562: hexadecimal in either case), bare or as a `urn:uuid:` URN. Fixed lengths: no backtracking. */
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isEckId(key: string): boolean {
  const prefix = ECK_ID_PREFIXES.find((candidate) => key.startsWith(candidate));
  return prefix !== undefined && ECK_ID_TAIL.test(key.slice(prefix.length));
}

/** Whether a pupil key has the form the connector expects. */
export function fitsShape(key: string, shape: PseudonymShape): boolean {
  switch (shape) {
    case 'eck':
      return key.length <= 200 && isEckId(key);
    case 'uuid':
      return key.length <= 45 && UUID.test(key);
    case 'any':
      return true;
  }
}

/** Why a key was refused, as the issue the UI puts in words (`common.issue.pseudonym_shape`, with the shape's name). */
export interface ShapeIssue {
  readonly code: 'pseudonym_shape';
  readonly param: PseudonymShape;
}

/** Null when the key fits the shape; else the issue to report it with ("geen pseudoniem in de verwachte vorm"). */
export const shapeIssue = (key: string, shape: PseudonymShape): ShapeIssue | null =>
  fitsShape(key, shape) ? null : { code: 'pseudonym_shape', param: shape };

/** The shape's name in technical texts (a rejection's detail, the command line): the same in Dutch and English. */
export const SHAPE_NAMES: Readonly<Record<PseudonymShape, string>> = { eck: 'ECK iD', uuid: 'UUID', any: 'elke vorm' };
