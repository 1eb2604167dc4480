import { pupilRef, type PupilRef } from '@/domain/ids';
import { inFuture, placed, type Detail } from '../shared/map-helpers';
import { bandOf, normeringOf, osoScoreOf, referenceScoresOf, scoreOnNormering, type Normering } from './uwlr.norm';
import { isEckId, rejectionFor, resultOf, type UwlrMapContext, type UwlrMapped } from './uwlr.result';
import { childOf, childrenOf, fieldOf, instantOfDate, textOf, type XmlElement } from './uwlr.xml';

/** A toets from <toetsen>: its normering and those of its toetsonderdelen. */
export interface Toets {
  readonly normering: Normering | null;
  readonly onderdelen: ReadonlyMap<string, Normering | null>;
}

const KEY_MAX = 256;

/** The toetsen of a message by toetscode (the first of a code counts), from its <toets> elements in order. */
export function toetsenOf(elements: readonly XmlElement[]): Map<string, Toets> {
  const toetsen = new Map<string, Toets>();
  for (const toets of elements) {
    const code = textOf(toets, 'toetscode', KEY_MAX);
    if (code === null || toetsen.has(code)) continue;
    const onderdelen = new Map<string, Normering | null>();
    for (const onderdeel of childrenOf(childOf(toets, 'toetsonderdelen') ?? toets, 'toetsonderdeel')) {
      const onderdeelCode = textOf(onderdeel, 'toetsonderdeelcode', KEY_MAX);
      if (onderdeelCode !== null && !onderdelen.has(onderdeelCode))
        onderdelen.set(onderdeelCode, normeringOf(childOf(onderdeel, 'toetsonderdeelnormering')));
    }
    toetsen.set(code, { normering: normeringOf(childOf(toets, 'toetsnormering')), onderdelen });
  }
  return toetsen;
}

interface Afname {
  readonly pupil: PupilRef;
  readonly index: number;
  readonly toetsen: ReadonlyMap<string, Toets>;
  readonly seen: Set<string>;
}

function count(mapped: UwlrMapped, reason: string): void {
  mapped.skipped[reason] = (mapped.skipped[reason] ?? 0) + 1;
}

/** One <resultaat> of a toetsafname: a result, a rejection with its reason, or a skip. */
function mapResultaat(resultaat: XmlElement, position: number, afname: Afname, ctx: UwlrMapContext, out: UwlrMapped): void {
  const where = `toetsafname ${afname.index + 1}, resultaat ${position + 1}`;
  const key = resultaat.getAttribute('key')?.trim() ?? '';
  const validKey = key !== '' && key.length <= KEY_MAX;
  const rejectionKey = validKey ? key : `toetsafname-${afname.index + 1}-resultaat-${position + 1}`;
  const toetscodeField = fieldOf(resultaat, 'toetscode', KEY_MAX);
  const toetscode = 'value' in toetscodeField ? toetscodeField.value : null;
  const date = textOf(resultaat, 'afnamedatum', 32);
  const reject = (code: Parameters<typeof rejectionFor>[2], detail: Detail) =>
    out.rejections.push(rejectionFor(ctx, rejectionKey, code, placed(where, detail), { id: validKey ? key : null, toetscode, date }));

  if (!validKey) return void reject('invalid-record', key === '' ? 'key ontbreekt' : `key langer dan ${KEY_MAX} tekens`);
  if (afname.seen.has(key)) return void reject('duplicate', 'key komt al eerder in het bericht voor');
  afname.seen.add(key);
  if (toetscode === null)
    return void reject('invalid-record', 'missing' in toetscodeField ? 'toetscode ontbreekt' : `toetscode langer dan ${KEY_MAX} tekens`);
  const time = instantOfDate(date);
  if (time === null) return void reject('invalid-time', 'afnamedatum ontbreekt of is geen datum (JJJJ-MM-DD)');
  const future = inFuture('afnamedatum', time, ctx.now);
  if (future) return void reject('invalid-time', future);
  const onderdeelField = fieldOf(resultaat, 'toetsonderdeelcode', KEY_MAX);
  if ('tooLong' in onderdeelField) return void reject('invalid-record', `toetsonderdeelcode langer dan ${KEY_MAX} tekens`);
  const onderdeel = 'value' in onderdeelField ? onderdeelField.value : null;
  const toets = afname.toetsen.get(toetscode);
  if (!toets) return void reject('invalid-record', 'toetscode staat niet in <toetsen> (de toets is niet beschreven)');

  const base = { recordId: key, pupil: afname.pupil, toetscode, onderdeel, time };
  const scoreElement = childOf(resultaat, 'score');
  const oso = childOf(resultaat, 'osoresultaat');
  if (scoreElement) {
    const text = scoreElement.textContent?.trim() ?? '';
    if (!/^\d{1,15}$/.test(text)) return void reject('invalid-score', 'score is geen geheel getal van 0 of meer');
    const raw = Number(text);
    const normering = onderdeel === null ? toets.normering : (toets.onderdelen.get(onderdeel) ?? null);
    const level = normering?.level ?? toets.normering?.level ?? null;
    const score = scoreOnNormering(raw, normering);
    if (score !== null && 'rejected' in score) return void reject('invalid-score', score.rejected);
    out.results.push(resultOf(ctx, { ...base, score, level, normBand: bandOf(raw, normering) }));
  } else if (oso) {
    // The normering does not apply to an OSO result (see ctpNormering in the XSD): its reference scores do.
    const scored = osoScoreOf(oso);
    if ('rejected' in scored) return void reject('invalid-score', scored.rejected);
    const { score, seconds } = scored;
    const { band, level } = referenceScoresOf(oso);
    out.results.push(resultOf(ctx, { ...base, score, level, normBand: band, durationSeconds: seconds }));
  } else if (childOf(resultaat, 'anderresultaat')) {
    count(out, 'anderresultaat');
  } else {
    reject('invalid-score', 'geen score, osoresultaat of anderresultaat');
  }
}

/**
 * One toetsafname of a UWLR 2.2 leerresultaten_verzoek (the `index`-th, from 0) -> results and
 * rejections in `out`. The pupil is the toetsafname's eckid; the school's leerlingid is never used.
 * A toetsafname without a usable eckid is one rejection; the other toetsafnames import.
 */
export function mapToetsafname(
  afname: XmlElement,
  index: number,
  toetsen: ReadonlyMap<string, Toets>,
  seen: Set<string>,
  ctx: UwlrMapContext,
  out: UwlrMapped,
): void {
  const resultaten = childrenOf(childOf(afname, 'resultaten') ?? afname, 'resultaat');
  const firstKey =
    resultaten.map((resultaat) => resultaat.getAttribute('key')?.trim() ?? '').find((key) => key !== '' && key.length <= KEY_MAX) ?? null;
  const eckid = fieldOf(afname, 'eckid', 1024);
  const value = 'value' in eckid ? eckid.value : null;
  if (!isEckId(value)) {
    const code = 'missing' in eckid ? 'missing-pupil' : 'not-a-pseudonym';
    const why =
      'missing' in eckid
        ? 'geen eckid (het leerlingid van de school wordt niet gebruikt)'
        : 'eckid is geen pseudoniem (te kort, te lang, spaties of e-mailadres)';
    out.rejections.push(
      rejectionFor(
        ctx,
        `toetsafname-${firstKey ?? index + 1}`,
        code,
        `toetsafname ${index + 1}: ${why}; ${resultaten.length} resultaat/resultaten niet ingelezen`,
        { id: firstKey },
      ),
    );
    return;
  }
  if (resultaten.length === 0) {
    out.rejections.push(rejectionFor(ctx, `toetsafname-${index + 1}-leeg`, 'invalid-record', `toetsafname ${index + 1}: geen resultaten`, {}));
    return;
  }
  const context: Afname = { pupil: pupilRef(value), index, toetsen, seen };
  resultaten.forEach((resultaat, position) => mapResultaat(resultaat, position, context, ctx, out));
}
