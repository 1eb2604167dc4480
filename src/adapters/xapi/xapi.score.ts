import type { Score } from '@/domain/model';
import { scaleScore } from '@/domain/model';
import { outOfRange, type Detail } from '../shared/map-helpers';
import type { XapiScore } from './xapi.schema';

export type ScoreParse = { readonly score: Score | null } | { readonly error: Detail };

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * result.score -> the canonical Score. The rules:
 * - xAPI's own checks: scaled in -1..1 (the schema), min < max, raw within min..max; a
 *   score that breaks them is rejected ('invalid-score').
 * - `scaled` given: it is the producer's own judgement and wins. Negative values (xAPI allows
 *   down to -1) clamp to 0. raw/min/max are kept when raw and max are both given (min
 *   defaults to 0); otherwise the score is {raw: scaled, min: 0, max: 1}.
 * - no `scaled`, raw and max given: scaled = (raw - min) / (max - min), min defaults to 0.
 * - raw without max and without scaled: there is no scale to put it on, so the score is
 *   null; the result is still kept with its success and completion.
 */
export function scoreOf(score: XapiScore | undefined): ScoreParse {
  if (score === undefined) return { score: null };
  const { scaled, raw, min, max } = score;
  if (min !== undefined && max !== undefined && !(min < max)) return { error: 'result.score: min moet kleiner zijn dan max' };
  if (raw !== undefined && min !== undefined && raw < min) return { error: 'result.score.raw ligt onder min' };
  if (raw !== undefined && max !== undefined && raw > max) return { error: 'result.score.raw ligt boven max' };
  if (scaled !== undefined) {
    if (raw !== undefined && max !== undefined) return { score: { raw, min: min ?? 0, max, scaled: clamp01(scaled) } };
    return { score: { raw: scaled, min: 0, max: 1, scaled: clamp01(scaled) } };
  }
  if (raw !== undefined && max !== undefined) {
    // Without a min the scale starts at 0: a negative raw lies outside it (rejected, never clamped to 0).
    if (raw < (min ?? 0) || raw > max) return { error: outOfRange('result.score.raw', min ?? 0, max) };
    const scored = scaleScore(raw, min ?? 0, max);
    return scored === null ? { error: 'result.score: ongeldige schaal' } : { score: scored };
  }
  return { score: null };
}
