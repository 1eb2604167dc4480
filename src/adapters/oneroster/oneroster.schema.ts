import { z } from 'zod';

/** OAuth 2.0 client-credentials token response (RFC 6749 §5.1), as 1EdTech asks OneRoster 1.2 servers to give. */
export const OneRosterToken = z.object({
  access_token: z.string().min(1).max(8192),
  token_type: z.string().max(40).optional(),
  expires_in: z.number().nonnegative().optional(),
});
export type OneRosterToken = z.infer<typeof OneRosterToken>;

/** GET .../gradebook/v1p2/results: the envelope. Records are judged one by one by the mapper. */
export const OneRosterResultsPage = z.object({ results: z.array(z.unknown()) });
/** GET .../gradebook/v1p2/lineItems: the envelope. */
export const OneRosterLineItemsPage = z.object({ lineItems: z.array(z.unknown()) });
/** GET .../gradebook/v1p2/scoreScales: the envelope (1.2). */
export const OneRosterScoreScalesPage = z.object({ scoreScales: z.array(z.unknown()) });

const Ref = z.object({ sourcedId: z.string().min(1).max(256) });
const Decimal = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(?:[.,]\d+)?$/)
    .transform((text) => Number(text.replace(',', '.'))),
]);

const ObjectiveId = z.string().min(1).max(2048);
/** A textScore (or a score scale's itemValueLHS): the supplier's own text, trimmed. */
const Text = z.string().trim().max(256);

/** A line item's learningObjectiveSet: [{ source, learningObjectiveIds: [...] }] (1.2 LearningObjectiveSet). */
export const LearningObjectiveSet = z
  .array(z.object({ source: z.string().max(256).optional(), learningObjectiveIds: z.array(ObjectiveId).max(200) }))
  .max(50);

/**
 * A result's learningObjectiveSet (1.2 LearningObjectiveResultSet): [{ source, learningObjectiveResults:
 * [{ learningObjectiveId, score?, textScore? }] }]. An objective's own score counts for the goals of
 * that objective (see oneroster.objectives.ts). The line item form (learningObjectiveIds) is accepted
 * too, so a server that reuses that shape on results is not rejected.
 */
export const ResultLearningObjectiveSet = z
  .array(
    z.object({
      source: z.string().max(256).optional(),
      learningObjectiveResults: z
        .array(z.object({ learningObjectiveId: ObjectiveId, score: Decimal.nullish(), textScore: Text.nullish() }))
        .max(200)
        .optional(),
      learningObjectiveIds: z.array(ObjectiveId).max(200).optional(),
    }),
  )
  .max(50);

/** One value of a 1.2 ScoreScale: itemValueLHS is the text (a textScore), itemValueRHS its value. */
export const ScoreScaleValue = z.object({ itemValueLHS: Text.min(1), itemValueRHS: Decimal });

/** A 1.2 ScoreScale (GET .../scoreScales); class and course are not used, the title names it in rejections. */
export const OneRosterScoreScale = z.object({
  sourcedId: z.string().min(1).max(256),
  status: z.enum(['active', 'tobedeleted']).optional(),
  title: z.string().max(256).nullish(),
  scoreScaleValue: z.array(ScoreScaleValue).min(1).max(500),
});
export type OneRosterScoreScale = z.infer<typeof OneRosterScoreScale>;

/**
 * The line item fields we use; titles and descriptions are not kept. resultValueMin/Max are
 * optional in 1.2: a line item needs them or a score scale (checked in toLineItemInfo).
 */
export const OneRosterLineItem = z.object({
  sourcedId: z.string().min(1).max(256),
  status: z.enum(['active', 'tobedeleted']).optional(),
  resultValueMin: Decimal.nullish(),
  resultValueMax: Decimal.nullish(),
  scoreScale: Ref.nullish(),
  learningObjectiveSet: LearningObjectiveSet.nullish(),
});
export type OneRosterLineItem = z.infer<typeof OneRosterLineItem>;

/** OneRoster 1.2 scoreStatus vocabulary. */
export const SCORE_STATUSES = ['exempt', 'fully graded', 'not submitted', 'partially graded', 'submitted'] as const;

/** One result; key order is the order of checks (the first failing field names the reason). */
export const OneRosterResult = z.object({
  sourcedId: z.string().min(1).max(256),
  status: z.enum(['active', 'tobedeleted']).optional(),
  student: Ref,
  lineItem: Ref,
  scoreStatus: z.enum(SCORE_STATUSES),
  score: Decimal.nullish(),
  textScore: Text.nullish(),
  scoreScale: Ref.nullish(),
  scoreDate: z.string().max(40).nullish(),
  dateLastModified: z.string().max(40).nullish(),
  learningObjectiveSet: ResultLearningObjectiveSet.nullish(),
});
export type OneRosterResult = z.infer<typeof OneRosterResult>;

/** Kind-specific options in SourceConfig.options. */
export const OneRosterOptions = z.object({
  pageSize: z.number().int().min(1).max(1000).optional(),
  /** OAuth scope; default the gradebook read-only scope. */
  scope: z.string().max(500).optional(),
});
