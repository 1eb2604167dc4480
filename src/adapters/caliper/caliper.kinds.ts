import { scaleScore, type Score } from '@/domain/model';
import { isoInFuture, type Detail } from '../shared/map-helpers';
import { isoInstant } from '../shared/utc-iso';
import type { CaliperMeasure as Measure } from './caliper.schema';
import { caliperAssessmentEvent, caliperAssessmentItemEvent, caliperGradeEvent, caliperMeasure, caliperToolUseEvent } from './caliper.guard';
import { embedded, refId, refType } from './caliper.refs';
import {
  assessedOf,
  goalsOf,
  learnerOf,
  reject,
  rejectInvalid,
  resultOf,
  type CaliperMapContext,
  type CaliperMapOutcome,
} from './caliper.map-helpers';

/**
 * One mapper per event type that carries a result. The caller (caliper.mapper.ts) has already
 * checked type, id and action. Decisions, for the record:
 * - GradeEvent Graded: the learner is the Attempt's assignee, never the actor (the grader).
 *   Score = generated.scoreGiven (1.0: totalScore) of generated.maxScore, else of the
 *   assignable's maxScore. No pass mark in Caliper: success stays null; completion true.
 * - AssessmentEvent Submitted: completion evidence only (score null, success null, completion true).
 * - AssessmentItemEvent Completed: success = the Response's isCorrect (or extensions.isCorrect)
 *   when given, else null; score null; completion true; counts towards the item's Assessment.
 * - ToolUseEvent Used: a result only when the AggregateMeasureCollection has progress:
 *   UnitsCompleted of its maxMetricValue, or of a UnitsToComplete measure, as a 0..1 score;
 *   MinutesOnTask gives the duration. Without progress the event is skipped.
 *   Code = the event's target (the part of the tool) when given, else the object.
 */

/** The event's time as an ISO instant, or why it cannot be used (unreadable, or after the moment of import). */
const timeOf = (eventTime: string, ctx: CaliperMapContext): string | { readonly invalid: Detail } => {
  const iso = isoInstant(eventTime);
  if (iso === null) return { invalid: 'eventTime: geen bestaand tijdstip' };
  const future = isoInFuture('eventTime', iso, iso, ctx.now);
  return future ? { invalid: future } : iso;
};

const isTest = (type: string | null) => type === 'Assessment' || type === 'AssessmentItem';

export function mapGrade(raw: unknown, ctx: CaliperMapContext): CaliperMapOutcome {
  const parsed = caliperGradeEvent.safeParse(raw);
  if (!parsed.success) return rejectInvalid(raw, ctx, parsed.error, true);
  const event = parsed.data;
  const time = timeOf(event.eventTime, ctx);
  if (typeof time !== 'string') return reject(raw, ctx, 'invalid-time', time.invalid);
  const learner = learnerOf(event.object.assignee, 'object.assignee');
  if (!('pupil' in learner)) return reject(raw, ctx, learner.code, learner.detail);
  const { code, entities } = assessedOf(event.object.assignable, false);
  if (code === null) return reject(raw, ctx, 'invalid-record', 'object.assignable: ontbreekt (wat is er beoordeeld?)');
  const given = event.generated.scoreGiven ?? event.generated.totalScore;
  if (given === null || given === undefined) return reject(raw, ctx, 'invalid-score', 'generated.scoreGiven: ontbreekt');
  const assignableMax = embedded(event.object.assignable)?.['maxScore'];
  const max = event.generated.maxScore ?? (typeof assignableMax === 'number' ? assignableMax : null);
  if (max === null || !(max > 0)) return reject(raw, ctx, 'invalid-score', 'generated.maxScore: ontbreekt of niet positief');
  if (given < 0 || given > max) return reject(raw, ctx, 'invalid-score', 'generated.scoreGiven: buiten 0..maxScore');
  const score = scaleScore(given, 0, max);
  return {
    result: resultOf(ctx, {
      id: event.id,
      pupil: learner.pupil,
      code,
      goals: goalsOf(ctx, code, entities),
      workForm: isTest(refType(event.object.assignable)) ? 'test' : 'practice',
      time,
      score,
      success: null,
      completion: true,
      attempt: event.object,
    }),
  };
}

export function mapAssessment(raw: unknown, ctx: CaliperMapContext): CaliperMapOutcome {
  const parsed = caliperAssessmentEvent.safeParse(raw);
  if (!parsed.success) return rejectInvalid(raw, ctx, parsed.error, false);
  const event = parsed.data;
  const time = timeOf(event.eventTime, ctx);
  if (typeof time !== 'string') return reject(raw, ctx, 'invalid-time', time.invalid);
  const learner = learnerOf(event.actor, 'actor');
  if (!('pupil' in learner)) return reject(raw, ctx, learner.code, learner.detail);
  const { code, entities } = assessedOf(event.object, false);
  if (code === null) return reject(raw, ctx, 'invalid-record', 'object: geen id');
  return {
    result: resultOf(ctx, {
      id: event.id,
      pupil: learner.pupil,
      code,
      goals: goalsOf(ctx, code, entities),
      workForm: 'test',
      time,
      score: null,
      success: null,
      completion: true,
      attempt: event.generated,
    }),
  };
}

export function mapAssessmentItem(raw: unknown, ctx: CaliperMapContext): CaliperMapOutcome {
  const parsed = caliperAssessmentItemEvent.safeParse(raw);
  if (!parsed.success) return rejectInvalid(raw, ctx, parsed.error, false);
  const event = parsed.data;
  const time = timeOf(event.eventTime, ctx);
  if (typeof time !== 'string') return reject(raw, ctx, 'invalid-time', time.invalid);
  const learner = learnerOf(event.actor, 'actor');
  if (!('pupil' in learner)) return reject(raw, ctx, learner.code, learner.detail);
  const { code, entities } = assessedOf(event.object, true);
  if (code === null) return reject(raw, ctx, 'invalid-record', 'object: geen id');
  const response = typeof event.generated === 'object' && event.generated !== null ? event.generated : null;
  const isCorrect = response?.isCorrect ?? response?.extensions?.isCorrect ?? null;
  return {
    result: resultOf(ctx, {
      id: event.id,
      pupil: learner.pupil,
      code,
      goals: goalsOf(ctx, code, entities),
      workForm: 'test',
      time,
      score: null,
      success: isCorrect,
      completion: true,
      attempt: response?.attempt,
    }),
  };
}

/** The first measure of a metric, parsed; 'invalid' when it is there but unreadable. */
function measureOf(items: readonly unknown[], metric: string): Measure | 'invalid' | null {
  const found = items.find((item) => embedded(item)?.['metric'] === metric);
  if (found === undefined) return null;
  const parsed = caliperMeasure.safeParse(found);
  return parsed.success ? parsed.data : 'invalid';
}

type Progress = { readonly score: Score; readonly minutes: number | null } | { readonly invalid: string } | null;

function progressOf(items: readonly unknown[]): Progress {
  const units = measureOf(items, 'UnitsCompleted');
  if (units === null) return null;
  if (units === 'invalid') return { invalid: 'generated.items: UnitsCompleted onleesbaar' };
  const toComplete = measureOf(items, 'UnitsToComplete');
  const max = units.maxMetricValue ?? (toComplete !== null && toComplete !== 'invalid' ? toComplete.metricValue : null);
  if (max === null || max === undefined || !(max > 0)) return null;
  if (units.metricValue > max) return { invalid: 'generated.items: UnitsCompleted groter dan het maximum' };
  const score = scaleScore(units.metricValue, 0, max);
  if (score === null) return { invalid: 'generated.items: UnitsCompleted onleesbaar' };
  const minutes = measureOf(items, 'MinutesOnTask');
  return { score, minutes: minutes !== null && minutes !== 'invalid' ? minutes.metricValue : null };
}

export function mapToolUse(raw: unknown, ctx: CaliperMapContext): CaliperMapOutcome {
  const generated = embedded(raw)?.['generated'];
  if (generated === undefined || generated === null) return { skipped: 'ToolUseEvent:zonder-voortgang' };
  const parsed = caliperToolUseEvent.safeParse(raw);
  if (!parsed.success) return rejectInvalid(raw, ctx, parsed.error, true);
  const event = parsed.data;
  const progress = progressOf(event.generated.items);
  if (progress === null) return { skipped: 'ToolUseEvent:zonder-voortgang' };
  if ('invalid' in progress) return reject(raw, ctx, 'invalid-score', progress.invalid);
  const time = timeOf(event.eventTime, ctx);
  if (typeof time !== 'string') return reject(raw, ctx, 'invalid-time', time.invalid);
  const learner = learnerOf(event.actor, 'actor');
  if (!('pupil' in learner)) return reject(raw, ctx, learner.code, learner.detail);
  const part = event.target ?? event.object;
  const code = refId(part);
  if (code === null) return reject(raw, ctx, 'invalid-record', 'object: geen id');
  return {
    result: resultOf(ctx, {
      id: event.id,
      pupil: learner.pupil,
      code,
      goals: goalsOf(ctx, code, [part]),
      workForm: 'practice',
      time,
      score: progress.score,
      success: null,
      completion: progress.score.scaled >= 1,
      durationSeconds: progress.minutes === null ? null : Math.round(progress.minutes * 60),
    }),
  };
}
