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

/**
 * True only for a completion BlokkodoCompletion accepts (its output is then this value without
 * unknown keys): each check is the schema's constraint for that field. False sends it to zod.
 */
export function isBlokkodoCompletion(raw: unknown): raw is BlokkodoCompletion {
  if (!isObject(raw)) return false;
  const { completed_at: at, time_spent_ms: spent } = raw;
  return (
    isText(raw['completion_id'], 1, 200) &&
    isText(raw['learner'], 1, 512) &&
    typeof at === 'string' &&
    INSTANT.test(at) &&
    inRange(raw['stars'], 0, 3) &&
    isPuzzle(raw['puzzle']) &&
    inRange(raw['attempts'], 1, 10_000) &&
    (isNullish(spent) || (isNumber(spent) && spent >= 0 && spent <= WEEK_MS))
  );
}

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
