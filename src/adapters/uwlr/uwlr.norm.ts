import { outOfRange, type IssueDetail } from '../shared/map-helpers';
import { scaleScore, type NormBand, type Score } from '@/domain/model';
import { childOf, childrenOf, numberOf, textOf, type XmlElement } from './uwlr.xml';

/** One band of a UWLR normering: a term (A, B, ... or "boven gemiddeld") over a score range, with its colour. */
export interface Norm {
  readonly term: string;
  readonly from: number;
  readonly to: number;
  readonly colour: string | null;
}

/** A UWLR normering (toetsnormering or toetsonderdeelnormering) as far as it can be read. */
export interface Normering {
  readonly level: string | null;
  readonly norms: readonly Norm[];
}

/** When the normering names no colour: a neutral grey that reads on light and dark backgrounds. */
export const NEUTRAL_BAND_COLOUR = '#6b7280';

const hex = (value: number) => value.toString(16).padStart(2, '0');

/** normkleur rood/groen/blauw (0..255 each) as a CSS hex colour; anything else gives null. */
function colourOf(norm: XmlElement): string | null {
  const colour = childOf(norm, 'normkleur');
  if (!colour) return null;
  const parts = ['rood_code', 'groen_code', 'blauw_code'].map((name) => numberOf(colour, name));
  if (!parts.every((part): part is number => part !== null && Number.isInteger(part) && part >= 0 && part <= 255)) return null;
  return `#${parts.map(hex).join('')}`;
}

/** Reads a normering; norms without a term or a valid range are left out. */
export function normeringOf(element: XmlElement | null): Normering | null {
  if (!element) return null;
  const norms: Norm[] = [];
  for (const norm of childrenOf(element, 'norm')) {
    const term = textOf(norm, 'term', 64);
    const from = numberOf(norm, 'beginnormwaarde');
    const to = numberOf(norm, 'eindnormwaarde');
    if (term === null || from === null || to === null || to < from) continue;
    norms.push({ term, from, to, colour: colourOf(norm) });
  }
  return { level: textOf(element, 'toetsniveau', 256), norms };
}

/** Why a score cannot be kept (outside its scale): a detail for the rejection. */
export type Unscorable = { readonly rejected: IssueDetail };

/** The score scaled over the whole normering (lowest begin to highest end), when there is one; a score outside it is refused. */
export function scoreOnNormering(raw: number, normering: Normering | null): Score | Unscorable | null {
  if (!normering || normering.norms.length === 0) return null;
  const min = Math.min(...normering.norms.map((norm) => norm.from));
  const max = Math.max(...normering.norms.map((norm) => norm.to));
  if (raw < min || raw > max) return { rejected: outOfRange('score', min, max) };
  return scaleScore(raw, min, max);
}

/** The band the score falls in (the first that holds it), as the supplier labels and colours it. */
export function bandOf(raw: number, normering: Normering | null): NormBand | null {
  const norm = normering?.norms.find((candidate) => raw >= candidate.from && raw <= candidate.to);
  return norm ? { label: norm.term, colour: norm.colour ?? NEUTRAL_BAND_COLOUR } : null;
}

/** The Cito levels A-E and I-V in the colours Dutch schools know them by (dark green to red). */
const LEVEL_COLOURS: Readonly<Record<string, string>> = {
  A: '#1a7f37',
  B: '#7cc242',
  C: '#e3b505',
  D: '#f08c00',
  E: '#d1242f',
  I: '#1a7f37',
  II: '#7cc242',
  III: '#e3b505',
  IV: '#f08c00',
  V: '#d1242f',
};

/** The band scales we show, in order of preference: A-E, I-V, then their "C" variants. */
const BAND_CODES = ['AE', 'IV', 'CAE', 'CIV'];

export interface ReferenceScores {
  readonly band: NormBand | null;
  /** The reference level (referentieniveau 1F, 2F, 1S) when given (RNTRM). */
  readonly level: string | null;
}

/** OSO referentiescores (codelijst 11): the A-E or I-V band and the reference level, compared nationally first. */
export function referenceScoresOf(resultaat: XmlElement): ReferenceScores {
  const scores = childrenOf(resultaat, 'referentiescore')
    .map((score) => ({
      code: textOf(score, 'codereferentiescore', 32),
      group: textOf(score, 'codevergelijkingsgroep', 64),
      value: textOf(score, 'waarde', 64),
    }))
    .filter((score) => score.code !== null && score.value !== null);
  const pick = (code: string) =>
    scores.find((score) => score.code === code && score.group === 'Landelijk') ?? scores.find((score) => score.code === code);
  let band: NormBand | null = null;
  for (const code of BAND_CODES) {
    const value = pick(code)?.value;
    if (value && Object.prototype.hasOwnProperty.call(LEVEL_COLOURS, value)) {
      band = { label: value, colour: LEVEL_COLOURS[value] ?? NEUTRAL_BAND_COLOUR };
      break;
    }
  }
  return { band, level: pick('RNTRM')?.value ?? null };
}

/** An OSO toetsscore: right answers out of the number of items when both are given. */
export function osoScoreOf(resultaat: XmlElement): { readonly score: Score | null; readonly seconds: number | null } | Unscorable {
  const toetsscore = childOf(resultaat, 'toetsscore');
  if (!toetsscore) return { score: null, seconds: null };
  const right = numberOf(toetsscore, 'aantalgoed');
  const items = numberOf(toetsscore, 'aantalopgaven');
  const seconds = numberOf(toetsscore, 'tijd');
  if (right !== null && items !== null && (right < 0 || right > items)) return { rejected: outOfRange('aantalgoed', 0, items) };
  return {
    score: right !== null && items !== null ? scaleScore(right, 0, items) : null,
    seconds: seconds !== null && seconds >= 0 ? Math.round(seconds) : null,
  };
}
