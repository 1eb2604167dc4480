import { scaleScore, type Score } from '@/domain/model';
import { issueText, looseId } from '../shared/map-helpers';
import { OneRosterScoreScale } from './oneroster.schema';

/**
 * OneRoster 1.2 score scales (ScoreScale.scoreScaleValue: [{ itemValueLHS, itemValueRHS }]).
 * We read itemValueLHS as the text a result gives (its textScore) and itemValueRHS as that text's
 * value; a value is scaled to 0..1 by the scale's own lowest..highest RHS value (decision 015).
 */
export interface ScoreScaleInfo {
  readonly id: string;
  /** The scale's title (or its id), to name it in a rejection the coordinator can act on. */
  readonly label: string;
  /** itemValueLHS -> itemValueRHS, in the scale's order. */
  readonly values: ReadonlyMap<string, number>;
  readonly min: number;
  readonly max: number;
}

/** A scale (any value) -> what results need from it, or why it cannot be used. Never throws. */
export function toScoreScaleInfo(
  raw: unknown,
): { readonly id: string; readonly info: ScoreScaleInfo } | { readonly id: string | null; readonly reason: string } {
  try {
    const parsed = OneRosterScoreScale.safeParse(raw);
    if (!parsed.success) return { id: looseId(raw, 'sourcedId'), reason: `scoreScale ${issueText(parsed.error)}` };
    const { sourcedId, title, scoreScaleValue } = parsed.data;
    const values = new Map<string, number>();
    for (const { itemValueLHS, itemValueRHS } of scoreScaleValue) {
      if (values.has(itemValueLHS))
        return { id: sourcedId, reason: `scoreScale: de tekst "${itemValueLHS.slice(0, 40)}" staat twee keer in scoreScaleValue` };
      values.set(itemValueLHS, itemValueRHS);
    }
    const numbers = [...values.values()];
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    if (!(max > min))
      return { id: sourcedId, reason: 'scoreScale: itemValueRHS heeft minder dan twee verschillende waarden, dus geen bereik om te schalen' };
    const label = title && title.trim() !== '' ? `"${title.trim().slice(0, 60)}" (${sourcedId.slice(0, 60)})` : sourcedId.slice(0, 80);
    return { id: sourcedId, info: { id: sourcedId, label, values, min, max } };
  } catch (error) {
    return { id: null, reason: `onleesbare scoreScale: ${error instanceof Error ? error.name : typeof error}` };
  }
}

/**
 * The scoreScaleValue cell of scoreScales.csv: a list (comma, semicolon or |) of `LHS:RHS` items,
 * each optionally in {} or []; the last colon separates, so a text may hold one. A JSON array of
 * { itemValueLHS, itemValueRHS } is read as well. A malformed item gives a reason; the values are
 * validated where the scale is read (toScoreScaleInfo).
 */
export function scaleValuesOfCell(cell: string): readonly unknown[] | { readonly reason: string } {
  const text = cell.trim();
  if (text.startsWith('[{')) {
    try {
      const json: unknown = JSON.parse(text);
      if (Array.isArray(json)) return json; // judged by OneRosterScoreScale in toScoreScaleInfo
    } catch {
      // not JSON after all: read as a list below
    }
  }
  const items = text
    .split(/[,;|]/)
    .map((item) => item.trim().replace(/^[{[]\s*|\s*[}\]]$/g, ''))
    .filter((item) => item !== '');
  const values: { itemValueLHS: string; itemValueRHS: string }[] = [];
  for (const item of items) {
    const at = item.lastIndexOf(':');
    if (at <= 0 || at === item.length - 1)
      return { reason: `scoreScaleValue-item "${item.slice(0, 40)}" heeft niet de vorm tekst:waarde (itemValueLHS:itemValueRHS)` };
    values.push({ itemValueLHS: item.slice(0, at).trim(), itemValueRHS: item.slice(at + 1).trim() });
  }
  return values.length > 0 ? values : { reason: 'scoreScaleValue is leeg' };
}

/** How a result (or one of its objectives) is scored: a numeric range, a scale, or both. */
export interface ScoreRule {
  readonly min: number | null;
  readonly max: number | null;
  readonly scale: ScoreScaleInfo | null;
  /** A scale the line item or result points at that we lack (named in the reason). */
  readonly missingScale?: string;
}

const textsOf = (scale: ScoreScaleInfo) => {
  const texts = [...scale.values.keys()].map((text) => `"${text}"`);
  return texts.length > 8 ? `${texts.slice(0, 8).join(', ')}, ...` : texts.join(', ');
};

/** The value of a text on the scale: exactly, else ignoring case when that is unambiguous. */
function valueOfText(scale: ScoreScaleInfo, text: string): number | null {
  const exact = scale.values.get(text);
  if (exact !== undefined) return exact;
  const folded = [...scale.values].filter(([lhs]) => lhs.toLocaleLowerCase('nl-NL') === text.toLocaleLowerCase('nl-NL'));
  return folded.length === 1 ? (folded[0]?.[1] ?? null) : null;
}

/**
 * A score or textScore -> our Score, or why not (a reason naming the text and the scale). A numeric
 * score within resultValueMin/Max wins; otherwise the scale: the textScore is looked up among its
 * texts, or a numeric score must be one of its values. `what` names the field in the reason.
 */
export function scoreOf(
  score: number | null | undefined,
  textScore: string | null | undefined,
  rule: ScoreRule,
  what = '',
): Score | { readonly reason: string } {
  const text = textScore?.trim() ?? '';
  const hasScore = typeof score === 'number';
  if (hasScore && rule.min !== null && rule.max !== null) {
    if (score < rule.min || score > rule.max) return { reason: `${what}score valt buiten ${rule.min}–${rule.max} (resultValueMin/Max)` };
    return scaleScore(score, rule.min, rule.max) ?? { reason: `${what}score is geen getal` };
  }
  const scale = rule.scale;
  if (scale && text !== '') {
    const value = valueOfText(scale, text);
    if (value === null)
      return {
        reason: `${what}textScore "${text.slice(0, 40)}" staat niet op scoreScale ${scale.label}: kies een van ${textsOf(scale)} of voeg de tekst toe aan de schaal`,
      };
    return scaleScore(value, scale.min, scale.max) ?? { reason: `${what}scoreScale ${scale.label} heeft geen bereik` };
  }
  if (scale && hasScore) {
    if (![...scale.values.values()].includes(score))
      return { reason: `${what}score ${score} is geen waarde (itemValueRHS) van scoreScale ${scale.label}` };
    return scaleScore(score, scale.min, scale.max) ?? { reason: `${what}scoreScale ${scale.label} heeft geen bereik` };
  }
  const missing = rule.missingScale ? `scoreScale ${rule.missingScale.slice(0, 80)} ontbreekt of is afgekeurd` : null;
  if (text !== '')
    return {
      reason: `${what}textScore "${text.slice(0, 40)}" is niet te lezen: ${missing ?? 'de lineItem en het resultaat verwijzen naar geen scoreScale'}`,
    };
  if (hasScore) return { reason: `${what}score ${score} is niet te schalen: ${missing ?? 'geen resultValueMin/Max en geen scoreScale'}` };
  return { reason: `${what}score en textScore zijn leeg bij scoreStatus fully graded` };
}
