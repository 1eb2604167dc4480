import type { Rejection, Result } from '@/domain/model';
import { fitsShape, SHAPE_NAMES, type PseudonymShape } from '@/domain/pseudonym-shape';
import type { Page, PullRequest, SourceAdapter } from '../port';
import { rejectionOf } from './map-helpers';

/** What a reader or an adapter gives: results, and rejections with their reasons. */
interface Mapped {
  readonly results: readonly Result[];
  readonly rejections: readonly Rejection[];
}

/** One record whose pupil key is not in the connector's form: "not a pseudonym", saying which form was expected. */
function unfit(result: Result, shape: PseudonymShape, at: string): Rejection {
  const text = `leerling: geen pseudoniem in de verwachte vorm (${SHAPE_NAMES[shape]})`;
  const detail = { text, issue: { path: '', code: 'pseudonym_shape', param: shape } };
  // The excerpt keeps what finds the record at the supplier (its code and time), never the key itself.
  return rejectionOf(result.source, result.recordId, 'not-a-pseudonym', detail, at, result.recordId, { code: result.code, time: result.time });
}

/**
 * The records whose pupil key does not have the connector's pseudonym form, moved from the results
 * to the rejections (one rejection per record; the rest kept, in order). Every reader's results
 * pass through here, after the reader's own base check (decision 025): a sync's pages, the wizard's
 * preview, `npm run check-export` and `npm run report`.
 */
export function rejectUnfit<T extends Mapped>(mapped: T, shape: PseudonymShape | undefined, at: string): T {
  if (shape === undefined || shape === 'any') return mapped;
  const verdicts = new Map<string, boolean>();
  const results: Result[] = [];
  const rejections: Rejection[] = [];
  for (const result of mapped.results) {
    let fits = verdicts.get(result.pupil);
    if (fits === undefined) verdicts.set(result.pupil, (fits = fitsShape(result.pupil, shape)));
    if (fits) results.push(result);
    else rejections.push(unfit(result, shape, at));
  }
  return rejections.length === 0 ? mapped : { ...mapped, results, rejections: [...mapped.rejections, ...rejections] };
}

/** A page pulled from an adapter with the connector's pseudonym form applied (the config says which). */
export async function pullFitting(adapter: SourceAdapter, request: PullRequest, at: string): Promise<Page> {
  return rejectUnfit(await adapter.pullPage(request), request.config.pseudonym, at);
}
