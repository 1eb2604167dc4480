import { pupilRef } from '@/domain/ids';
import { capturePass, XmlUnreadable } from '../uwlr/xml-capture';
import type { XmlElement } from '../uwlr/uwlr.xml';
import { rosterRowProblem, type RosterParse, type RosterRow } from './roster-csv';

/**
 * UWLR 2.2 leerlinggegevens (Edustandaard), the LAS's own roster message. We read only the
 * pseudonym (@eckid), the names and the group; every other field in the message (BSN, birth
 * date, address, e-mail, ...) is never read, so it cannot be stored. Read by streaming with saxes
 * (decision 029, the helpers of decision 027): only each <groep> of <groepen> and each <leerling>
 * of <leerlingen> is built, alone, and dropped once read; a DOCTYPE is refused before parsing.
 */
const text = (parent: XmlElement, name: string) => parent.getElementsByTagNameNS('*', name)[0]?.textContent?.trim() ?? '';

/** Children of a leerling that are read; nothing else of a pupil is built. */
const PUPIL_FIELDS: ReadonlySet<string> = new Set(['roepnaam', 'voornamen', 'voorvoegsel', 'achternaam', 'groep']);

/** Characters handed to the parser at a time (the roster's text is in memory already). */
const SLICE_CHARS = 65_536;

export function isXml(content: string): boolean {
  return content
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<');
}

interface Pupil {
  readonly row: Omit<RosterRow, 'ref' | 'groupName'> & { readonly ref: string };
  readonly groupKey: string;
}

function* slices(xml: string): Generator<string> {
  for (let at = 0; at < xml.length; at += SLICE_CHARS) yield xml.slice(at, at + SLICE_CHARS);
}

function pupilOf(pupil: XmlElement): Pupil {
  const groep = Array.from(pupil.childNodes).find(
    (child): child is XmlElement => child.nodeType === 1 && (child as XmlElement).localName === 'groep',
  );
  return {
    row: {
      ref: pupil.getAttribute('eckid')?.trim() ?? '',
      firstName: text(pupil, 'roepnaam') || text(pupil, 'voornamen'),
      prefix: text(pupil, 'voorvoegsel'),
      lastName: text(pupil, 'achternaam'),
    },
    groupKey: groep?.getAttribute('key') ?? '',
  };
}

export function parseRosterUwlr(xml: string): RosterParse & { unreadable: boolean } {
  const groups = new Map<string, string>();
  const pupils: Pupil[] = [];
  try {
    // Groups may stand before or after the pupils: names are looked up once the file is read.
    capturePass(slices(xml), {
      capture: (place) =>
        (place.local === 'groep' && place.path.at(-1) === 'groepen') || (place.local === 'leerling' && place.path.at(-1) === 'leerlingen'),
      // Of a pupil only its own name fields and group are built (not its address, contacts or history).
      keep: (place, depth) => depth > 1 || place.path.at(-1) !== 'leerling' || PUPIL_FIELDS.has(place.local),
      take: (element) => {
        if (element.localName === 'leerling') return void pupils.push(pupilOf(element));
        const key = element.getAttribute('key');
        const name = text(element, 'naam');
        if (key && name) groups.set(key, name);
      },
    });
  } catch (error) {
    if (error instanceof XmlUnreadable) return { rows: [], rejected: [], missingColumns: [], unreadable: true };
    throw error;
  }
  const rows: RosterRow[] = [];
  const rejected: RosterParse['rejected'] = [];
  pupils.forEach(({ row, groupKey }, index) => {
    const candidate = { ...row, groupName: groups.get(groupKey) ?? '' };
    const problem = rosterRowProblem(candidate);
    if (problem) return rejected.push({ line: index + 1, reason: problem });
    rows.push({ ...candidate, ref: pupilRef(candidate.ref) });
  });
  return { rows, rejected, missingColumns: [], unreadable: false };
}
