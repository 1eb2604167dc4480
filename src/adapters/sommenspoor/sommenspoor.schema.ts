import { z } from 'zod';

/** GET /v2/ping */
export const SommenspoorPing = z.object({ status: z.literal('ok'), school: z.string().max(200) });
export type SommenspoorPing = z.infer<typeof SommenspoorPing>;

/** GET /v2/sessions: the envelope only; each record is validated on its own by the mapper. */
export const SommenspoorSessionsPage = z.object({
  data: z.array(z.unknown()),
  next_cursor: z.string().min(1).max(2000).nullable(),
  total: z.number().int().nonnegative().optional(),
});
export type SommenspoorSessionsPage = z.infer<typeof SommenspoorSessionsPage>;

export const SOMMENSPOOR_BANDS = ['I', 'II', 'III', 'IV', 'V'] as const;

/** One exercise session. Cross-field checks (correct <= total, pseudonym shape) live in the mapper. */
export const SommenspoorSession = z.object({
  session_id: z.string().min(1).max(200),
  student: z.object({ eckid: z.string().min(1) }),
  domain_code: z.string().min(1).max(64),
  mode: z.enum(['oefenen', 'toets']),
  started_at: z.iso.datetime({ offset: true }),
  duration_sec: z.number().nonnegative().finite().nullish(),
  items: z.object({ total: z.number().int().positive(), correct: z.number().int().nonnegative() }),
  ability: z.object({ rating: z.number().finite().nullish(), band: z.enum(SOMMENSPOOR_BANDS) }).nullish(),
});
export type SommenspoorSession = z.infer<typeof SommenspoorSession>;

/** Adapter options a source may carry in SourceConfig.options. */
export const SommenspoorOptions = z.object({
  pageSize: z.number().int().min(1).max(500).optional(),
  /** Only sessions started at or after this instant (the API's `since`). */
  since: z.iso.datetime({ offset: true }).optional(),
});
export type SommenspoorOptions = z.infer<typeof SommenspoorOptions>;
