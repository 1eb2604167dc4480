import { z } from 'zod';

/**
 * 1EdTech Caliper 1.1 / 1.2: only the fields Leerzicht needs, everything else passes loose.
 * Every entity-valued property may be an IRI string or an embedded object (JSON-LD "thinned"
 * or full); both are accepted where we read them.
 */
const Iri = z.string().min(1).max(2048);
const TypeName = z.string().min(1).max(100);

/** An IRI reference or an embedded entity with an id. */
export const CaliperRef = z.union([Iri, z.looseObject({ id: Iri, type: TypeName.optional() })], {
  error: 'een IRI of een ingebed object met id verwacht',
});

/** A Person as actor or assignee: the id may be missing (then it is no pseudonym, see the mapper). */
export const CaliperPersonRef = z.union([Iri, z.looseObject({ id: Iri.nullish(), type: TypeName.nullish() })], {
  error: 'een Person (IRI of object) verwacht',
});

const attemptShape = {
  type: z.literal('Attempt', { error: 'type Attempt verwacht' }),
  assignee: CaliperPersonRef.nullish(),
  assignable: CaliperRef.nullish(),
  count: z.number().int().min(0).max(100_000).nullish(),
  duration: z.string().max(100).nullish(),
};

/** An Attempt: count and duration (ISO 8601) when given. */
export const CaliperAttempt = z.looseObject(attemptShape, { error: 'een ingebedde Attempt verwacht' });
export type CaliperAttempt = z.infer<typeof CaliperAttempt>;

const Common = {
  id: z.string().min(1).max(512),
  eventTime: z.iso.datetime({ offset: true, error: 'geen ISO 8601-tijdstip' }),
};

/** GradeEvent Graded: object = the learner's Attempt (assignee = the learner), generated = Score. */
export const CaliperGradeEvent = z.looseObject({
  id: Common.id,
  object: z.looseObject(
    { ...attemptShape, assignee: CaliperPersonRef },
    { error: 'een ingebedde Attempt met assignee verwacht: alleen de beoordelaar is bekend' },
  ),
  eventTime: Common.eventTime,
  generated: z.looseObject(
    {
      type: z.literal('Score', { error: 'type Score verwacht' }),
      scoreGiven: z.number().finite().nullish(),
      /** Caliper 1.0's name for the given score; read when scoreGiven is absent. */
      totalScore: z.number().finite().nullish(),
      maxScore: z.number().finite().nullish(),
    },
    { error: 'een ingebedde Score verwacht' },
  ),
});
export type CaliperGradeEvent = z.infer<typeof CaliperGradeEvent>;

/** AssessmentEvent Submitted: actor = the learner, object = the Assessment, generated = the Attempt. */
export const CaliperAssessmentEvent = z.looseObject({
  id: Common.id,
  actor: CaliperPersonRef,
  object: CaliperRef,
  eventTime: Common.eventTime,
  generated: z.union([Iri, CaliperAttempt]).nullish(),
});
export type CaliperAssessmentEvent = z.infer<typeof CaliperAssessmentEvent>;

/** What an answered item generates is a Response (Caliper 1.1 also names its subtypes, e.g. MultipleChoiceResponse). */
export const CALIPER_RESPONSE_TYPE = /^(?:[A-Za-z]*Response|http:\/\/purl\.imsglobal\.org\/caliper\/Response)$/;

/** AssessmentItemEvent Completed: object = the AssessmentItem (isPartOf = its Assessment), generated = a Response. */
export const CaliperAssessmentItemEvent = z.looseObject({
  id: Common.id,
  actor: CaliperPersonRef,
  object: CaliperRef,
  eventTime: Common.eventTime,
  generated: z
    .union([
      Iri,
      z.looseObject({
        type: z.string().regex(CALIPER_RESPONSE_TYPE, { error: 'een Response verwacht' }),
        isCorrect: z.boolean().nullish(),
        extensions: z.looseObject({ isCorrect: z.boolean().nullish() }).nullish(),
        attempt: z.union([Iri, CaliperAttempt]).nullish(),
      }),
    ])
    .nullish(),
});
export type CaliperAssessmentItemEvent = z.infer<typeof CaliperAssessmentItemEvent>;

/** ToolUseEvent Used with generated AggregateMeasureCollection (Caliper 1.2). */
export const CaliperToolUseEvent = z.looseObject({
  id: Common.id,
  actor: CaliperPersonRef,
  object: CaliperRef,
  target: CaliperRef.nullish(),
  eventTime: Common.eventTime,
  generated: z.looseObject(
    { type: z.literal('AggregateMeasureCollection', { error: 'type AggregateMeasureCollection verwacht' }), items: z.array(z.unknown()).max(1000) },
    { error: 'een ingebedde AggregateMeasureCollection verwacht' },
  ),
});
export type CaliperToolUseEvent = z.infer<typeof CaliperToolUseEvent>;

/** One AggregateMeasure; read only for the metrics we use. */
export const CaliperMeasure = z.looseObject({
  metric: TypeName,
  metricValue: z.number().finite().nonnegative(),
  maxMetricValue: z.number().finite().positive().nullish(),
});
export type CaliperMeasure = z.infer<typeof CaliperMeasure>;

/** The Caliper envelope a sensor sends: `data` holds events and/or entities. */
export const CaliperEnvelope = z.looseObject({
  sensor: Iri.optional(),
  sendTime: z.string().max(100).optional(),
  dataVersion: z.string().max(2048).optional(),
  data: z.array(z.unknown(), { error: 'een lijst verwacht' }),
});
export type CaliperEnvelope = z.infer<typeof CaliperEnvelope>;

/**
 * GET {endpoint}/envelopes?limit=N[&after=<cursor>] of the event store (see caliper.client.ts).
 * `next` is the cursor after the last envelope on this page, null when nothing more is stored yet;
 * `remaining` (optional) is the number of events stored after this page.
 */
export const CaliperEnvelopesPage = z.object({
  envelopes: z.array(z.unknown()),
  next: z.string().min(1).max(500).nullable(),
  remaining: z.number().int().nonnegative().optional(),
});
export type CaliperEnvelopesPage = z.infer<typeof CaliperEnvelopesPage>;

/** Kind-specific options in SourceConfig.options. */
export const CaliperOptions = z.object({ pageSize: z.number().int().min(1).max(500).optional() });
export type CaliperOptions = z.infer<typeof CaliperOptions>;
