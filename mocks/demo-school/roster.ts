import { DEMO_GROUPS, DEMO_PUPILS } from './school';

/**
 * The demo school's roster export, as a school's pupil administration would give it:
 * semicolon-separated, Dutch headers. Made-up names. Imported locally; never sent anywhere.
 */
export function demoRosterCsv(): string {
  const header = 'eckid;voornaam;tussenvoegsel;achternaam;groep';
  const groupName = new Map(DEMO_GROUPS.map((group) => [group.id, group.name]));
  const rows = DEMO_PUPILS.map((pupil) => [pupil.ref, pupil.firstName, pupil.prefix, pupil.lastName, groupName.get(pupil.group)].join(';'));
  return [header, ...rows].join('\r\n') + '\r\n';
}
