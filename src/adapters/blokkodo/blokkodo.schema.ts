import { z } from 'zod';

/** GET /v1/me: the connection test. */
export const BlokkodoMe = z.object({
  school_code: z.string().min(1).max(200),
  classes: z.number().int().nonnegative(),
});
export type BlokkodoMe = z.infer<typeof BlokkodoMe>;

/** GET /v1/completions: the page envelope. Records are validated one by one by the mapper. */
export const BlokkodoCompletionsPage = z.object({
  results: z.array(z.unknown()),
  meta: z.object({
    offset: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
    count: z.number().int().nonnegative(),
  }),
  links: z.object({ next: z.string().min(1).max(2000).nullable() }),
});
export type BlokkodoCompletionsPage = z.infer<typeof BlokkodoCompletionsPage>;

/** A puzzle's concept: lower case, as Blokkodo names them. */
export const BLOKKODO_CONCEPT = /^[a-z][a-z0-9_-]{0,39}$/;

/**
 * One completed puzzle. The key order is the order of checks: the first failing field
 * decides the rejection's reason (see the mapper). Concepts are open: a new concept
 * becomes an unmapped code, not a rejection.
 */
export const BlokkodoCompletion = z.object({
  completion_id: z.string().min(1).max(200),
  learner: z.string().min(1).max(512),
  completed_at: z.iso.datetime({ offset: true }),
  stars: z.number().int().min(0).max(3),
  puzzle: z.object({
    id: z.string().max(200).optional(),
    concept: z.string().regex(BLOKKODO_CONCEPT),
    world: z.string().max(200).nullish(),
    difficulty: z.number().int().min(1).max(9),
  }),
  attempts: z.number().int().min(1).max(10_000),
  time_spent_ms: z
    .number()
    .nonnegative()
    .max(7 * 86_400_000)
    .nullish(),
});
export type BlokkodoCompletion = z.infer<typeof BlokkodoCompletion>;

/** Kind-specific options in SourceConfig.options. */
export const BlokkodoOptions = z.object({ pageSize: z.number().int().min(1).max(250).optional() });
