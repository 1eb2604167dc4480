import { pupilRef, type PupilRef } from '@/domain/ids';
import type { RejectionCode } from '@/domain/model';
import { inFuture, placed, type Detail } from '../shared/map-helpers';
import { osoScoreOf, referenceScoresOf } from './uwlr.norm';
import { isEckId, rejectionFor, resultOf, type UwlrMapContext, type UwlrMapped } from './uwlr.result';
import { childOf, childrenOf, fieldOf, instantOfDate, textOf, type XmlElement } from './uwlr.xml';

/** Fields that identify a pupil but are no pseudonym: their presence is noted in the reason, their values never read. */
const NOT_PSEUDONYMS = ['bsn', 'onderwijsnummer', 'leerlingid', 'achternaam'];
/** Privacy categories that allow reading toetsresultaten; a dossier without the category is read as before. */
const ALLOWED: ReadonlySet<string> = new Set(['VERPLICHT', 'OPTIONEEL']);

type Pupil = { readonly pupil: PupilRef } | { readonly code: RejectionCode; readonly detail: string };

/**
 * Who a dossier's results belong to. The OSO 2019 dossier has no ECK iD; it names the pupil by
 * name, BSN or onderwijsnummer and the sending school's leerlingid, none of which we use. An
 * eckid (element or attribute, as a LAS may add) or the pseudonym the coordinator chose is used.
 */
function pupilOf(leerling: XmlElement, chosen: string | null): Pupil {
  const element = fieldOf(leerling, 'eckid', 1024);
  const attribute = leerling.getAttribute('eckid')?.trim() || null;
  const eckid = 'value' in element ? element.value : attribute;
  if (eckid !== null && !isEckId(eckid)) return { code: 'not-a-pseudonym', detail: 'eckid in het dossier is geen pseudoniem' };
  if (eckid !== null && chosen !== null && eckid !== chosen)
    return { code: 'not-a-pseudonym', detail: 'eckid in het dossier wijkt af van de gekozen leerling' };
  if (eckid !== null) return { pupil: pupilRef(eckid) };
  if (chosen !== null) return { pupil: pupilRef(chosen) };
  const present = NOT_PSEUDONYMS.filter((name) => childOf(leerling, name) !== null);
  if (present.length === 0) return { code: 'missing-pupil', detail: 'dossier noemt geen ECK iD; kies de leerling (pseudoniem) bij het inlezen' };
  return {
    code: 'not-a-pseudonym',
    detail: `dossier noemt de leerling alleen met ${present.join(', ')} (niet gebruikt); geen ECK iD: kies de leerling (pseudoniem) bij het inlezen`,
  };
}

interface Part {
  readonly onderdeel: string | null;
  readonly resultaat: XmlElement;
}

/** One toets of a toetslijst: its own result and one per toetsonderdeel. */
function mapToets(toets: XmlElement, pupil: Pupil, ctx: UwlrMapContext, out: UwlrMapped, seen: Set<string>): void {
  const identificatie = childOf(toets, 'toetsidentificatie');
  const codeField = identificatie ? fieldOf(identificatie, 'eldtoetscode', 256) : ({ missing: true } as const);
  const toetscode = 'value' in codeField ? codeField.value : null;
  const afname = childOf(toets, 'afname');
  const date = afname ? textOf(afname, 'afnamedatum', 32) : null;
  const key = `dossier|${toetscode ?? 'zonder-code'}|${date ?? 'zonder-datum'}`;
  const reject = (code: RejectionCode, detail: Detail) =>
    out.rejections.push(rejectionFor(ctx, key, code, placed(`toets ${toetscode ?? '(zonder code)'}`, detail), { toetscode, date }));

  if (!('pupil' in pupil)) return void reject(pupil.code, pupil.detail);
  if (toetscode === null) return void reject('invalid-record', 'missing' in codeField ? 'eldtoetscode ontbreekt' : 'eldtoetscode te lang');
  const time = instantOfDate(date);
  if (time === null) return void reject('invalid-time', 'afnamedatum ontbreekt of is geen datum (JJJJ-MM-DD)');
  const future = inFuture('afnamedatum', time, ctx.now);
  if (future) return void reject('invalid-time', future);
  const parts: Part[] = [];
  const main = childOf(toets, 'resultaat');
  if (main) parts.push({ onderdeel: null, resultaat: main });
  for (const onderdeel of childrenOf(toets, 'toetsonderdeel')) {
    const code = textOf(onderdeel, 'eldonderdeelcode', 256);
    const resultaat = childOf(onderdeel, 'resultaat');
    if (code !== null && resultaat) parts.push({ onderdeel: code, resultaat });
    else reject('invalid-record', 'toetsonderdeel zonder eldonderdeelcode of resultaat');
  }
  if (parts.length === 0) return void reject('invalid-score', 'geen resultaat');
  for (const part of parts) {
    const scored = osoScoreOf(part.resultaat);
    if ('rejected' in scored) {
      reject('invalid-score', scored.rejected);
      continue;
    }
    const { score, seconds } = scored;
    const { band, level } = referenceScoresOf(part.resultaat);
    // Only what says something about learning: an IQ or a raw count without a scale is not kept.
    if (score === null && band === null && level === null) {
      out.skipped['geen-leerresultaat'] = (out.skipped['geen-leerresultaat'] ?? 0) + 1;
      continue;
    }
    let recordId = `oso|${pupil.pupil}|${part.onderdeel === null ? toetscode : `${toetscode}#${part.onderdeel}`}|${date}`;
    for (let n = 2; seen.has(recordId); n += 1) recordId = `${recordId.replace(/\|\d+$/, '')}|${n}`;
    seen.add(recordId);
    out.results.push(
      resultOf(ctx, {
        recordId,
        pupil: pupil.pupil,
        toetscode,
        onderdeel: part.onderdeel,
        time,
        score,
        level,
        normBand: band,
        durationSeconds: seconds,
      }),
    );
  }
}

/**
 * Whether a cat_toetsresultaten allows reading the toetsresultaten: only an explicit allow
 * (VERPLICHT or OPTIONEEL in the OSO code list, any case); OPT-UIT, VERBODEN or a typo withholds them.
 */
export const allowsToetsresultaten = (category: string | null | undefined): boolean => ALLOWED.has(category?.trim().toUpperCase() ?? '');

/**
 * One leerling of an OSO dossier (gegevensset 2019, also PaO) -> results from its toetslijst.
 * Nothing else in the dossier is read (no names, addresses, care data or attachments); the caller
 * reads no leerling at all when a cat_toetsresultaten withholds the toetsresultaten.
 * `chosenPupil` is the pseudonym the coordinator picked for this dossier, if any.
 */
export function mapLeerling(leerling: XmlElement, chosenPupil: string | null, ctx: UwlrMapContext, out: UwlrMapped, seen: Set<string>): void {
  const toetslijst = childOf(leerling, 'toetslijst');
  if (!toetslijst) return;
  const pupil = pupilOf(leerling, chosenPupil);
  for (const toets of childrenOf(toetslijst, 'toets')) mapToets(toets, pupil, ctx, out, seen);
}
