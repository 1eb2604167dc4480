import type { Rejection, Result } from '@/domain/model';
import { embedded, safeName } from './caliper.refs';
import { CALIPER_RESULT_ACTIONS, eventIdOf, reject, type CaliperMapContext, type CaliperMapOutcome } from './caliper.map-helpers';
import { mapAssessment, mapAssessmentItem, mapGrade, mapToolUse } from './caliper.kinds';

export type { CaliperMapContext, CaliperMapOutcome } from './caliper.map-helpers';

/**
 * One raw Caliper event (any value) -> a Result, a Rejection with its reason, or a skip.
 * Pure; never throws. Entities in an envelope and events that carry no result are skipped
 * and counted by type (`entity:Person`, `NavigationEvent`, `AssessmentEvent:Started`, ...).
 */
export function caliperEventToResult(raw: unknown, ctx: CaliperMapContext): CaliperMapOutcome {
  try {
    const event = embedded(raw);
    if (event === null) return reject(raw, ctx, 'invalid-record', '(record): geen Caliper-object');
    const type = event['type'];
    if (typeof type !== 'string' || type.length === 0) return reject(raw, ctx, 'invalid-record', 'type: ontbreekt');
    // An entity (described in an envelope next to the events) has no action and no eventTime.
    const isEvent = type.endsWith('Event') || 'action' in event || 'eventTime' in event;
    if (!isEvent) return { skipped: `entity:${safeName(type)}` };
    if (eventIdOf(raw) === null) return reject(raw, ctx, 'invalid-record', 'id: ontbreekt of ongeldig');
    const action = CALIPER_RESULT_ACTIONS[type];
    if (!Object.prototype.hasOwnProperty.call(CALIPER_RESULT_ACTIONS, type) || action === undefined) return { skipped: safeName(type) };
    if (event['action'] !== action) return { skipped: `${type}:${safeName(event['action'])}` };
    switch (type) {
      case 'GradeEvent':
        return mapGrade(raw, ctx);
      case 'AssessmentEvent':
        return mapAssessment(raw, ctx);
      case 'AssessmentItemEvent':
        return mapAssessmentItem(raw, ctx);
      default:
        return mapToolUse(raw, ctx);
    }
  } catch (error) {
    return reject(raw, ctx, 'invalid-record', `onverwerkbaar record: ${error instanceof Error ? error.name : typeof error}`);
  }
}

export interface CaliperMapped {
  readonly results: Result[];
  readonly rejections: Rejection[];
  readonly skipped: Record<string, number>;
}

/** A list of raw events, in order; an event id seen twice in the list gives one result. */
export function mapCaliperEvents(events: readonly unknown[], ctx: CaliperMapContext): CaliperMapped {
  const results: Result[] = [];
  const rejections: Rejection[] = [];
  const skipped: Record<string, number> = {};
  const seen = new Set<string>();
  for (const raw of events) {
    const outcome = caliperEventToResult(raw, ctx);
    if ('result' in outcome) {
      // One source: the record id names the result as well as its id does.
      if (seen.has(outcome.result.recordId)) continue;
      seen.add(outcome.result.recordId);
      results.push(outcome.result);
    } else if ('rejection' in outcome) rejections.push(outcome.rejection);
    else skipped[outcome.skipped] = (skipped[outcome.skipped] ?? 0) + 1;
  }
  return { results, rejections, skipped };
}
