import type { ResultId } from '@/domain/ids';
import type { Rejection, Result } from '@/domain/model';
import { xapiToResult, type XapiMapContext } from './xapi.mapper';

export interface MappedStatements {
  readonly results: Result[];
  readonly rejections: Rejection[];
  /** Ids of results withdrawn by voiding statements (the voided statement's ResultId). */
  readonly voids: ResultId[];
  /** Statements without a result, counted by verb (launched: 12, initialized: 40, ...). */
  readonly skipped: Record<string, number>;
}

/**
 * A list of raw statements through the mapper. A statement that appears twice gives one
 * result (the last copy); a result voided by a statement in the same list is left out and
 * its id is listed in `voids` all the same (it may have been stored by an earlier sync).
 */
export function mapStatements(records: readonly unknown[], context: XapiMapContext): MappedStatements {
  const results = new Map<ResultId, Result>();
  const rejections = new Map<string, Rejection>();
  const voids = new Set<ResultId>();
  const skipped = new Map<string, number>();
  for (const raw of records) {
    const outcome = xapiToResult(raw, context);
    if ('result' in outcome) results.set(outcome.result.id, outcome.result);
    else if ('rejection' in outcome) rejections.set(outcome.rejection.id, outcome.rejection);
    else if ('voids' in outcome) voids.add(outcome.voids);
    else skipped.set(outcome.skipped, (skipped.get(outcome.skipped) ?? 0) + 1);
  }
  for (const id of voids) results.delete(id);
  return { results: [...results.values()], rejections: [...rejections.values()], voids: [...voids], skipped: Object.fromEntries(skipped) };
}
