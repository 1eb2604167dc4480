import { z } from 'zod';

/**
 * The parts of an SLO open-data entity Leerzicht reads (curriculum-basis context.json: `baseid`,
 * `base`, `inhoud`). Unknown fields are ignored; link fields (`*_id`) are read separately because
 * every collection names its own.
 */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isSloUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);

/** Zero-width characters SLO titles carry (space, joiners, word joiner, byte-order mark). */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** A title as people should see it: zero-width characters removed, outer whitespace trimmed. */
export const cleanSloText = (value: string): string => value.replace(ZERO_WIDTH, '').trim();

export const SloUuid = z
  .string()
  .refine(isSloUuid)
  .transform((value) => value.toLowerCase());
const UuidList = z.array(SloUuid);

/** id, title and the release fields; everything else stays out. */
export const SloEntity = z.object({
  id: SloUuid,
  title: z.string().optional(),
  prefix: z.string().optional(),
  unreleased: z.boolean().optional(),
  replacedBy: UuidList.optional(),
  replaces: UuidList.optional(),
  types: z.array(z.string()).optional(),
});
export type SloEntity = z.output<typeof SloEntity>;

/** A link field: one UUID (ldk's vakleergebied_id) or a list of them. */
export const SloLink = z.union([SloUuid.transform((id) => [id]), UuidList]);

/** The two file shapes SLO publishes: one collection as an array, or named collections in an object. */
export const SloFileShape = z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]);
