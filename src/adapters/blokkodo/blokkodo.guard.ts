import { fieldVerdict } from '../shared/field-verdict';
import { isUtcInstant } from '../shared/utc-iso';
import { guarded, isNullish, isNumber, isObject, isText, isWhole, patternOf } from '../shared/guards';
import { BLOKKODO_CONCEPT, BlokkodoCompletion, BlokkodoCompletionsPage, type BlokkodoCompletionsPage as Page } from './blokkodo.schema';

const INSTANT = patternOf(BlokkodoCompletion.shape.completed_at);
const WEEK_MS = 7 * 86_400_000;

const inRange = (value: unknown, min: number, max: number) => isWhole(value, min) && (value as number) <= max;

function isPuzzle(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { id, concept, world } = value;
  return (
    (id === undefined || isText(id, 0, 200)) &&
    typeof concept === 'string' &&
    BLOKKODO_CONCEPT.test(concept) &&
    (isNullish(world) || isText(world, 0, 200)) &&
    inRange(value['difficulty'], 1, 9)
  );
}

/** Each field of BlokkodoCompletion with its check: the schema's constraints for that field. */
const FIELDS = {
  completion_id: (value: unknown) => isText(value, 1, 200),
  learner: (value: unknown) => isText(value, 1, 512),
  // The UTC form suppliers send is read by its digits (the mapper reads the same text next); other forms by the schema's pattern.
  completed_at: (value: unknown) => typeof value === 'string' && (isUtcInstant(value) || INSTANT.test(value)),
  stars: (value: unknown) => inRange(value, 0, 3),
  puzzle: isPuzzle,
  attempts: (value: unknown) => inRange(value, 1, 10_000),
  time_spent_ms: (value: unknown) => isNullish(value) || (isNumber(value) && value >= 0 && value <= WEEK_MS),
};

/**
 * True only for a completion BlokkodoCompletion accepts (its output is then this value without
 * unknown keys): each check is the schema's constraint for that field. False sends it to
 * blokkodoVerdict.
 */
export function isBlokkodoCompletion(raw: unknown): raw is BlokkodoCompletion {
  return (
    isObject(raw) &&
    FIELDS.completion_id(raw['completion_id']) &&
    FIELDS.learner(raw['learner']) &&
    FIELDS.completed_at(raw['completed_at']) &&
    FIELDS.stars(raw['stars']) &&
    FIELDS.puzzle(raw['puzzle']) &&
    FIELDS.attempts(raw['attempts']) &&
    FIELDS.time_spent_ms(raw['time_spent_ms'])
  );
}

/** What BlokkodoCompletion says of a completion the guard did not pass (its output, or its first issue), reading only the failing field. */
export const blokkodoVerdict = fieldVerdict(BlokkodoCompletion, FIELDS);

/** The completions envelope, guarded: what BlokkodoCompletionsPage gives, without zod for a well-formed page. */
export const blokkodoCompletionsPage = guarded(BlokkodoCompletionsPage, (value): Page | undefined => {
  if (!isObject(value) || !Array.isArray(value['results'])) return undefined;
  const { meta, links } = value;
  if (!isObject(meta) || !isWhole(meta['offset'], 0) || !isWhole(meta['limit'], 1) || !isWhole(meta['count'], 0)) return undefined;
  if (!isObject(links) || !(links['next'] === null || isText(links['next'], 1, 2000))) return undefined;
  // Copies without unknown keys, as zod makes them.
  return {
    results: [...value['results']],
    meta: { offset: meta['offset'] as number, limit: meta['limit'] as number, count: meta['count'] as number },
    links: { next: links['next'] },
  };
});
