import { issueText, looseId } from '../shared/map-helpers';
import type { ScoreScaleInfo } from './oneroster.scales';
import { OneRosterLineItem } from './oneroster.schema';

/**
 * What a result needs from its line item: the score range (optional in 1.2) or a score scale,
 * and the learning objectives. `missingScale` names a scale the line item points at that we lack.
 */
export interface LineItemInfo {
  readonly min: number | null;
  readonly max: number | null;
  readonly scale?: ScoreScaleInfo | null;
  readonly missingScale?: string;
  readonly objectiveIds: readonly string[];
}

const objectiveIdsOf = (set: OneRosterLineItem['learningObjectiveSet']): string[] => (set ?? []).flatMap((entry) => entry.learningObjectiveIds);

/**
 * A line item (any value) -> what results need from it, or why it is unusable. Never throws. It
 * needs resultValueMin/Max (both) or a score scale that `scales` holds; with both, a numeric score
 * is judged by the range and a textScore by the scale.
 */
export function toLineItemInfo(
  raw: unknown,
  scales: ReadonlyMap<string, ScoreScaleInfo> = new Map(),
): { readonly id: string; readonly info: LineItemInfo } | { readonly id: string | null; readonly reason: string } {
  try {
    const parsed = OneRosterLineItem.safeParse(raw);
    if (!parsed.success) return { id: looseId(raw, 'sourcedId'), reason: `lineItem ${issueText(parsed.error)}` };
    const { sourcedId, resultValueMin: min = null, resultValueMax: max = null } = parsed.data;
    const scaleId = parsed.data.scoreScale?.sourcedId ?? null;
    const scale = scaleId === null ? null : (scales.get(scaleId) ?? null);
    if ((min === null) !== (max === null))
      return {
        id: sourcedId,
        reason: `lineItem: ${min === null ? 'resultValueMin' : 'resultValueMax'} ontbreekt; resultValueMin en resultValueMax horen samen (of laat beide leeg bij een scoreScale)`,
      };
    if (min !== null && max !== null && !(max > min)) return { id: sourcedId, reason: 'lineItem: resultValueMax is niet groter dan resultValueMin' };
    if (min === null && !scale) {
      return {
        id: sourcedId,
        reason:
          scaleId === null
            ? 'lineItem: geen resultValueMin/Max en geen scoreScale; zonder bereik of schaal is een score niet te schalen'
            : `lineItem: geen resultValueMin/Max, en scoreScale ${scaleId.slice(0, 80)} ontbreekt of is afgekeurd`,
      };
    }
    const info: LineItemInfo = {
      min,
      max,
      objectiveIds: objectiveIdsOf(parsed.data.learningObjectiveSet),
      ...(scale ? { scale } : {}),
      ...(scaleId !== null && !scale ? { missingScale: scaleId } : {}),
    };
    return { id: sourcedId, info };
  } catch (error) {
    return { id: null, reason: `onleesbare lineItem: ${error instanceof Error ? error.name : typeof error}` };
  }
}
