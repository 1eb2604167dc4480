import { pupilRef } from '@/domain/ids';
import { rosterRowProblem, type RosterParse, type RosterRow } from './roster-csv';

/**
 * UWLR 2.2 leerlinggegevens (Edustandaard), the LAS's own roster message. We read only the
 * pseudonym (@eckid), the names and the group; every other field in the message (BSN, birth
 * date, address, e-mail, ...) is never read, so it cannot be stored.
 */
const text = (parent: Element, name: string) => parent.getElementsByTagNameNS('*', name)[0]?.textContent?.trim() ?? '';

export function isXml(content: string): boolean {
  return content
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<');
}

export function parseRosterUwlr(xml: string): RosterParse & { unreadable: boolean } {
  // Refused before parsing, as the result readers do: no UWLR message has a DOCTYPE, entity bombs do.
  if (/<!DOCTYPE/i.test(xml)) return { rows: [], rejected: [], missingColumns: [], unreadable: true };
  const document = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) return { rows: [], rejected: [], missingColumns: [], unreadable: true };
  const groups = new Map<string, string>();
  for (const group of Array.from(document.getElementsByTagNameNS('*', 'groep'))) {
    const key = group.getAttribute('key');
    const name = text(group, 'naam');
    if (key && name && group.parentElement?.localName === 'groepen') groups.set(key, name);
  }
  const rows: RosterRow[] = [];
  const rejected: RosterParse['rejected'] = [];
  Array.from(document.getElementsByTagNameNS('*', 'leerling'))
    .filter((pupil) => pupil.parentElement?.localName === 'leerlingen')
    .forEach((pupil, index) => {
      const eckid = pupil.getAttribute('eckid')?.trim() ?? '';
      const groupKey =
        Array.from(pupil.children)
          .find((child) => child.localName === 'groep')
          ?.getAttribute('key') ?? '';
      const groupName = groups.get(groupKey) ?? '';
      const row = {
        ref: eckid,
        firstName: text(pupil, 'roepnaam') || text(pupil, 'voornamen'),
        prefix: text(pupil, 'voorvoegsel'),
        lastName: text(pupil, 'achternaam'),
        groupName,
      };
      const problem = rosterRowProblem(row);
      if (problem) return rejected.push({ line: index + 1, reason: problem });
      rows.push({ ...row, ref: pupilRef(eckid) });
    });
  return { rows, rejected, missingColumns: [], unreadable: false };
}
