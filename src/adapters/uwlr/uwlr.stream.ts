/**
 * UWLR leerresultaten and OSO dossiers read in two passes over the text (decision 027). The first
 * checks the whole file (well-formed, no DOCTYPE, the message it claims to be) and notes what the
 * second needs: the <toetsen> of a UWLR message (they may stand after the toetsafnames), whether
 * an OSO dossier withholds its toetsresultaten. So a file that cannot be read stores nothing, as
 * when it was parsed whole. The second maps one toetsafname or leerling at a time, built alone.
 * The rules are those of the whole-document readers: which elements count is what childOf,
 * childrenOf and descendantsOf picked in the DOM, in the same order.
 */
import { allowsToetsresultaten, mapLeerling } from './oso.mapper';
import { mapToetsafname, toetsenOf, type Toets } from './uwlr.mapper';
import { emptyMapped, type UwlrMapContext, type UwlrMapped } from './uwlr.result';
import type { XmlElement } from './uwlr.xml';
import { capturePass, XmlUnreadable, type CaptureRules } from './xml-capture';

export interface XmlReadPlan {
  /** The first pass: checks the text, notes what the second needs; maps nothing. */
  readonly check: CaptureRules;
  /** After the first pass: why the file cannot be read, or the second pass's rules (null: nothing to map). */
  readonly mapping: () => { readonly unreadable: string } | { readonly rules: CaptureRules | null };
  /** What was mapped since the last call (the second pass maps into it). */
  readonly take: () => UwlrMapped;
}

function collector() {
  let out = emptyMapped();
  return {
    out: () => out,
    take: () => {
      const taken = out;
      out = emptyMapped();
      return taken;
    },
  };
}

/** A UWLR 2.2 leerresultaten_verzoek (also inside a SOAP envelope). */
export function uwlrPlan(ctx: UwlrMapContext): XmlReadPlan {
  const mapped = collector();
  let verzoek: number | null = null;
  let toetsenId: number | null = null;
  let afnamesId: number | null = null;
  const inToetsen: XmlElement[] = [];
  const inVerzoek: XmlElement[] = [];
  const check: CaptureRules = {
    open: (place) => {
      if (verzoek === null && place.local === 'leerresultaten_verzoek') verzoek = place.id;
      else if (verzoek !== null && place.parent === verzoek && place.nth === 0) {
        if (place.local === 'toetsen') toetsenId = place.id;
        if (place.local === 'toetsafnames') afnamesId = place.id;
      }
    },
    capture: (place) => place.local === 'toets' && place.parent !== null && (place.parent === toetsenId || place.parent === verzoek),
    take: (element, place) => (place.parent === verzoek ? inVerzoek : inToetsen).push(element),
  };
  return {
    check,
    take: mapped.take,
    mapping: () => {
      if (verzoek === null) return { unreadable: 'geen UWLR-leerresultatenbericht (leerresultaten_verzoek ontbreekt)' };
      const toetsen: ReadonlyMap<string, Toets> = toetsenOf(toetsenId === null ? inVerzoek : inToetsen);
      const container = afnamesId ?? verzoek;
      const seen = new Set<string>();
      let index = 0;
      return {
        rules: {
          capture: (place) => place.local === 'toetsafname' && place.parent === container,
          take: (afname) => mapToetsafname(afname, index++, toetsen, seen, ctx, mapped.out()),
        },
      };
    },
  };
}

/** Children of a leerling the OSO mapper looks at (the pupil's pseudonym, what names it otherwise, the toetslijst); nothing else is built. */
const LEERLING_FIELDS: ReadonlySet<string> = new Set(['eckid', 'bsn', 'onderwijsnummer', 'leerlingid', 'achternaam']);

/** An OSO overstapdossier: only each leerling's toetslijst, and only when no cat_toetsresultaten withholds it. */
export function osoPlan(ctx: UwlrMapContext, chosenPupil: string | null): XmlReadPlan {
  const mapped = collector();
  let root: string | null = null;
  let withheld = false;
  const check: CaptureRules = {
    open: (place) => {
      if (place.id === 0) root = place.local;
    },
    capture: (place) => place.local === 'cat_toetsresultaten' && place.parent !== null,
    take: (element) => {
      if (!allowsToetsresultaten(element.textContent)) withheld = true;
    },
  };
  return {
    check,
    take: mapped.take,
    mapping: () => {
      if (root !== 'dossier') return { unreadable: 'geen OSO-dossier (het hoofdelement is geen <dossier>)' };
      // The toetsresultaten were opted out of this transfer: a toetslijst that came along anyway is not read.
      if (withheld) {
        mapped.out().skipped['toetsresultaten:opt-uit'] = 1;
        return { rules: null };
      }
      const seen = new Set<string>();
      return {
        rules: {
          capture: (place) => place.local === 'leerling',
          keep: (place, depth) => depth > 1 || LEERLING_FIELDS.has(place.local) || (place.local === 'toetslijst' && place.nth === 0),
          take: (leerling) => mapLeerling(leerling, chosenPupil, ctx, mapped.out(), seen),
        },
      };
    },
  };
}

/** A whole text read by a plan (both passes): what the mappers made, or why it cannot be read. */
export function readXmlText(text: string, plan: XmlReadPlan): UwlrMapped | { readonly unreadable: string } {
  try {
    capturePass([text], plan.check);
    const mapping = plan.mapping();
    if ('unreadable' in mapping) return mapping;
    if (mapping.rules) capturePass([text], mapping.rules);
    return plan.take();
  } catch (error) {
    if (error instanceof XmlUnreadable) return { unreadable: error.detail };
    throw error;
  }
}
