import { z } from 'zod';

export const LeesvlinderAccount = z.object({ school_name: z.string(), licence_valid_until: z.string().optional() });
export type LeesvlinderAccount = z.infer<typeof LeesvlinderAccount>;

/** The page envelope; its items are validated one by one so one broken summary never sinks the page. */
export const LeesvlinderPage = z.object({
  page: z.number().int().positive(),
  per_page: z.number().int().positive(),
  total_pages: z.number().int().nonnegative(),
  total_items: z.number().int().nonnegative().optional(),
  items: z.array(z.unknown()),
});
export type LeesvlinderPage = z.infer<typeof LeesvlinderPage>;

export const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export const LeesvlinderSummary = z.object({
  id: z.string().min(1).max(200),
  pupil: z.string().min(1),
  week: z.string().regex(ISO_WEEK, 'week: verwacht JJJJ-Www'),
  skill: z.string().min(1).max(64),
  level: z.string().min(1).max(64),
  percentage: z.number().min(0).max(100),
  exercises: z.number().int().nonnegative(),
  minutes: z.number().nonnegative().optional(),
});
export type LeesvlinderSummary = z.infer<typeof LeesvlinderSummary>;

/** Just the week of an item, to find the newest week on a page for the next incremental read. */
export const WeekOnly = z.object({ week: z.string().regex(ISO_WEEK) });

export const LeesvlinderOptions = z.object({
  perPage: z.number().int().min(1).max(250).optional(),
  fromWeek: z.string().regex(ISO_WEEK).optional(),
});
export type LeesvlinderOptions = z.infer<typeof LeesvlinderOptions>;

export const LeesvlinderCursor = z.object({
  v: z.literal(1),
  page: z.number().int().positive(),
  fromWeek: z.string().regex(ISO_WEEK).nullable(),
  tail: z.boolean(),
});
export type LeesvlinderCursor = z.infer<typeof LeesvlinderCursor>;
