import type { EncodedColumns } from '@/domain/progress/encoded-results';
import type { EstimatorContext } from '@/domain/progress/estimators/estimate';
import { contextFromLearnt, learntContextEncoded, type LearntContext } from '@/domain/progress/estimators/group-context';

export interface GroupContexts {
  /** The current level (status, trend): follows the group's growth, as in the class overview. */
  readonly level: EstimatorContext;
  /** Growth since a date: calibration and priors of the group, the pupil's own results only. */
  readonly growth: EstimatorContext;
}

/** Calibration and priors per encoding and instant, learnt once (kept as long as the encoding is). */
const contexts = new WeakMap<EncodedColumns, Map<number, { readonly learnt: LearntContext; readonly context: EstimatorContext }>>();

function learnt(encoded: EncodedColumns, asOfMs: number) {
  let byInstant = contexts.get(encoded);
  if (!byInstant) contexts.set(encoded, (byInstant = new Map()));
  let found = byInstant.get(asOfMs);
  if (!found) {
    if (byInstant.size > 8) byInstant.clear();
    const learnt = learntContextEncoded(encoded, new Date(asOfMs));
    byInstant.set(asOfMs, (found = { learnt, context: contextFromLearnt(learnt, new Date(asOfMs)) }));
  }
  return found;
}

/** The group's context as of `asOfMs` (groupContextEncoded), learnt once per encoding and instant. */
export const contextOf = (encoded: EncodedColumns, asOfMs: number): EstimatorContext => learnt(encoded, asOfMs).context;

/** What contextOf's context is made from, as plain data (for the page, from the compute worker). */
export const learntOf = (encoded: EncodedColumns, asOfMs: number): LearntContext => learnt(encoded, asOfMs).learnt;
