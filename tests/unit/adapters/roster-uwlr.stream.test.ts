// @vitest-environment node
/**
 * The UWLR leerlinggegevens roster read by streaming (decision 029): no DOM (it runs where there is
 * no DOMParser), groups found wherever they stand, every pupil read whole however the parser's
 * slices cut it, a DOCTYPE refused by the reader itself, and the roster rules (pseudonym form,
 * field lengths) per pupil, by position.
 */
import { describe, expect, it } from 'vitest';
import { parseRosterUwlr } from '@/adapters/roster/roster-uwlr';

const eck = (n: number) => `https://ketenid.nl/201703/${n.toString(16).padStart(8, '0').repeat(16)}`;
const pupil = (n: number, group = 'g5', extra = '') =>
  `<leerling key="l${n}" eckid="${eck(n)}"><achternaam>Achternaam${n}</achternaam><roepnaam>Roep${n}</roepnaam><geboortedatum>2016-03-04</geboortedatum>` +
  `<adres><straat>Dorpsstraat ${n}</straat><postcode>1234AB</postcode></adres><groep key="${group}"/>${extra}</leerling>`;
const message = (pupils: string[], groupsFirst = true) => {
  const groups = '<groepen><groep key="g5"><naam>Groep 5A</naam></groep><groep key="g7"><naam>Groep 7B</naam></groep></groepen>';
  const body = `<leerlingen>${pupils.join('\n')}</leerlingen>`;
  return `<?xml version="1.0"?><leerlinggegevens_antwoord xmlns="http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens"><schooljaar>2025-2026</schooljaar>${groupsFirst ? groups + body : body + groups}</leerlinggegevens_antwoord>`;
};

describe('UWLR leerlinggegevens roster, streamed (decision 029)', () => {
  it('reads 3,000 pupils (about 1 MB, cut by the parser into many slices) without a DOM: names and group, nothing else', () => {
    const xml = message(Array.from({ length: 3000 }, (_, n) => pupil(n, n % 2 ? 'g7' : 'g5')));
    expect(xml.length).toBeGreaterThan(900_000);
    const parsed = parseRosterUwlr(xml);
    expect(parsed).toMatchObject({ unreadable: false, rejected: [] });
    expect(parsed.rows).toHaveLength(3000);
    expect(parsed.rows[2999]).toEqual({ ref: eck(2999), firstName: 'Roep2999', prefix: '', lastName: 'Achternaam2999', groupName: 'Groep 7B' });
    expect(JSON.stringify(parsed)).not.toMatch(/Dorpsstraat|1234AB|2016-03-04/);
  });

  it('groups after the pupils are found too', () => {
    expect(parseRosterUwlr(message([pupil(1, 'g7')], false)).rows).toEqual([
      { ref: eck(1), firstName: 'Roep1', prefix: '', lastName: 'Achternaam1', groupName: 'Groep 7B' },
    ]);
  });

  it('refuses a DOCTYPE itself (also after the root) and XML that is not well-formed', () => {
    expect(parseRosterUwlr(`<!DOCTYPE x [<!ENTITY a "b">]>${message([pupil(1)])}`)).toMatchObject({ unreadable: true, rows: [] });
    expect(parseRosterUwlr(message([pupil(1)]).replace('</leerlingen>', '</leerlingen><!DOCTYPE x>'))).toMatchObject({ unreadable: true, rows: [] });
    expect(parseRosterUwlr(message([pupil(1)]).replace('</roepnaam>', ''))).toMatchObject({ unreadable: true, rows: [] });
    expect(parseRosterUwlr('')).toMatchObject({ unreadable: true });
  });

  it('one bad pupil is one rejection by position, the rest is kept: an e-mail or BSN as the key, a name of 100,000 characters', () => {
    const bad = [
      pupil(1),
      pupil(2).replace(eck(2), 'emma.jansen@school.example'),
      pupil(3).replace(eck(3), 'NL-BSN-123456782'),
      pupil(4).replace('Roep4', 'x'.repeat(100_000)),
      pupil(5, 'onbekend'),
    ];
    expect(parseRosterUwlr(message(bad))).toMatchObject({
      rows: [{ ref: eck(1) }],
      rejected: [
        { line: 2, reason: 'not-a-pseudonym' },
        { line: 3, reason: 'not-a-pseudonym' },
        { line: 4, reason: 'too-long' },
        { line: 5, reason: 'missing-group' },
      ],
    });
  });
});
