import { contextNumber } from './xapi.context';
import { CMI5_MASTERY_SCORE, CMI5_MOVE_ON } from './xapi.mapper';
import { resultVerbOf } from './xapi.verbs';

export const CMI5_MOVE_ON_VALUES = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type Cmi5MoveOn = (typeof CMI5_MOVE_ON_VALUES)[number];

const SATISFIED_VERB = 'https://w3id.org/xapi/adl/verbs/satisfied';

export interface Cmi5Outcome {
  /** The session's registration (of its first statement that has one), or null. */
  readonly registration: string | null;
  readonly moveOn: Cmi5MoveOn | null;
  readonly masteryScore: number | null;
  /** true: passed; false: only failed; null: no passed/failed judgement in the session. */
  readonly passed: boolean | null;
  readonly completed: boolean;
  /** The moveOn criterion is met (or the LMS sent `satisfied`). */
  readonly satisfied: boolean;
  /** Scaled score (0..1) of the statement that decided `passed`, or null. */
  readonly score: number | null;
  /** Statements of another registration, left out (counted so they are not lost silently). */
  readonly ignored: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);

function scaledOf(statement: unknown): number | null {
  const scaled = field(field(field(statement, 'result'), 'score'), 'scaled');
  return typeof scaled === 'number' && Number.isFinite(scaled) && scaled >= -1 && scaled <= 1 ? Math.max(0, scaled) : null;
}

function extensionsOf(statement: unknown): Record<string, unknown> | undefined {
  const extensions = field(field(statement, 'context'), 'extensions');
  return isObject(extensions) ? extensions : undefined;
}

function meets(moveOn: Cmi5MoveOn | null, passed: boolean, completed: boolean): boolean {
  switch (moveOn) {
    case 'Passed':
      return passed;
    case 'Completed':
      return completed;
    case 'CompletedAndPassed':
      return passed && completed;
    case 'NotApplicable':
      return true;
    default: // CompletedOrPassed, and an unknown moveOn: either is enough
      return passed || completed;
  }
}

/**
 * The outcome of one cmi5 session (the ordered statements of one registration). Pure; any
 * value in, never throws.
 * - moveOn and masteryScore come from context.extensions (cmi5 puts them on `launched`
 *   and masteryScore again on passed/failed); the last valid value seen wins.
 * - A `passed` counts only when its scaled score reaches the masteryScore (when both are
 *   known): cmi5 requires the AU to judge that way, and we do not trust one that did not.
 * - Failed then passed ends passed; cmi5 forbids a failed after a passed, so once passed the
 *   session stays passed. Only failed statements -> passed = false.
 * - `satisfied` applies moveOn to passed/completed, or is true when the LMS sent `satisfied`.
 * The canonical Results are not rewritten by this: each scored statement stays one Result
 * with its own success (a failed attempt stays a failed attempt in the pupil's history);
 * the session's final outcome is this value, and the latest Result of a session is its
 * final judgement because statements arrive oldest first.
 */
export function cmi5SessionOutcome(statements: readonly unknown[]): Cmi5Outcome {
  let registration: string | null = null;
  let moveOn: Cmi5MoveOn | null = null;
  let masteryScore: number | null = null;
  let passed: boolean | null = null;
  let completed = false;
  let satisfiedByLms = false;
  let score: number | null = null;
  let ignored = 0;
  for (const statement of statements) {
    const own = field(field(statement, 'context'), 'registration');
    if (typeof own === 'string' && registration !== null && own !== registration) {
      ignored += 1;
      continue;
    }
    if (typeof own === 'string' && registration === null) registration = own;
    const extensions = extensionsOf(statement);
    const move = extensions?.[CMI5_MOVE_ON];
    if ((CMI5_MOVE_ON_VALUES as readonly unknown[]).includes(move)) moveOn = move as Cmi5MoveOn;
    masteryScore = contextNumber(extensions, CMI5_MASTERY_SCORE, 0, 1) ?? masteryScore;
    const verbId = field(field(statement, 'verb'), 'id');
    if (typeof verbId !== 'string') continue;
    if (verbId === SATISFIED_VERB) satisfiedByLms = true;
    const verb = resultVerbOf(verbId);
    const scaled = scaledOf(statement);
    if (verb === 'passed' && passed !== true) {
      const reachesMastery = masteryScore === null || scaled === null || scaled >= masteryScore;
      passed = reachesMastery;
      score = scaled;
    } else if (verb === 'failed' && passed !== true) {
      passed = false;
      score = scaled;
    }
    if (verb === 'completed' || field(field(statement, 'result'), 'completion') === true) completed = true;
  }
  const satisfied = satisfiedByLms || meets(moveOn, passed === true, completed);
  return { registration, moveOn, masteryScore, passed, completed, satisfied, score, ignored };
}
