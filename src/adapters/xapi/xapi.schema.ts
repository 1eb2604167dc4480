import { z } from 'zod';

/** The xAPI version this adapter speaks; sent as X-Experience-API-Version on every request. */
export const XAPI_VERSION = '1.0.3';

const Iri = z.string().min(1).max(2048);
const Instant = z.iso.datetime({ offset: true });
const Extensions = z.record(z.string().max(2048), z.unknown());

/** GET /statements: the StatementResult envelope. Statements are validated one by one by the mapper. */
export const XapiStatementResult = z.object({
  statements: z.array(z.unknown()),
  /** Relative IRL of the next page; "" (or absent, or null on some LRSs) when there is none. */
  more: z.string().max(4096).nullish(),
});
export type XapiStatementResult = z.infer<typeof XapiStatementResult>;

/** GET /about: the connection test. */
export const XapiAbout = z.object({ version: z.array(z.string().max(40)).min(1).max(50) });
export type XapiAbout = z.infer<typeof XapiAbout>;

/** result.score as xAPI 1.0.3 defines it; the range rules (raw within min..max) are checked by the mapper. */
export const XapiScore = z.object({
  scaled: z.number().min(-1).max(1).optional(),
  raw: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});
export type XapiScore = z.infer<typeof XapiScore>;

/** contextActivities: 1.0.3 says arrays; older producers send a single object, which an LRS must accept. */
const ContextActivityList = z
  .union([z.array(z.object({ id: Iri })).max(200), z.object({ id: Iri })])
  .transform((value) => (Array.isArray(value) ? value : [value]));

/**
 * The part of a result-carrying statement the mapper reads. Key order is the order of
 * checks: the first failing field decides the rejection's reason. Unknown keys are dropped:
 * names, display strings and the actor's other fields are never kept.
 */
export const XapiScoredStatement = z.object({
  id: z.guid(),
  object: z.object({
    objectType: z.literal('Activity').optional(),
    id: Iri,
    definition: z.object({ type: Iri.optional() }).optional(),
  }),
  timestamp: Instant.optional(),
  stored: Instant.optional(),
  result: z
    .object({
      score: XapiScore.optional(),
      success: z.boolean().optional(),
      completion: z.boolean().optional(),
      duration: z.string().max(64).optional(),
    })
    .optional(),
  context: z
    .object({
      registration: z.guid().optional(),
      contextActivities: z
        .object({
          parent: ContextActivityList.optional(),
          grouping: ContextActivityList.optional(),
          category: ContextActivityList.optional(),
          other: ContextActivityList.optional(),
        })
        .optional(),
      extensions: Extensions.optional(),
    })
    .optional(),
});
export type XapiScoredStatement = z.infer<typeof XapiScoredStatement>;

/** A voiding statement: verb voided, object a StatementRef to the statement it withdraws. */
export const XapiStatementRef = z.object({ objectType: z.literal('StatementRef'), id: z.guid() });

/** Kind-specific options in SourceConfig.options: the time window and optional filters. */
export const XapiOptions = z
  .object({
    /** Only statements stored after this instant (exclusive, as the LRS applies it). */
    since: Instant.optional(),
    /** Only statements stored at or before this instant. */
    until: Instant.optional(),
    /** Statements per page we ask for; the LRS may send fewer. */
    limit: z.number().int().min(1).max(1000).optional(),
    /** Only one cmi5/xAPI registration. */
    registration: z.guid().optional(),
    /** Only statements about this activity or activities below it (related_activities=true). */
    activity: z.url().max(2048).optional(),
  })
  .refine((options) => options.since === undefined || options.until === undefined || Date.parse(options.since) < Date.parse(options.until), {
    message: 'since moet voor until liggen',
    path: ['until'],
  });
export type XapiOptions = z.infer<typeof XapiOptions>;
