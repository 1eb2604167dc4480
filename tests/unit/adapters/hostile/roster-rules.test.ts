// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '@/adapters/roster/roster-csv';
import { parseRosterUwlr } from '@/adapters/roster/roster-uwlr';
import { ECK } from './hostile-inputs';

describe('roster imports check what result imports check, plus field lengths (issue 13 item 11)', () => {
  it('CSV: an e-mail address or a BSN as the key and a 100,000-character name are rejected by line; the good row is kept', () => {
    const roster = parseRosterCsv(
      [
        'eckid;voornaam;achternaam;groep',
        `${ECK};Emma;Jansen;5A`,
        'emma.jansen@school.example;Emma;Jansen;5A',
        'NL-BSN-123456782;Emma;Jansen;5A',
        `${ECK}b;${'x'.repeat(100_000)};Jansen;5A`,
        `${ECK}c;Emma;Jansen;${'5'.repeat(51)}`,
      ].join('\n'),
    );
    expect(roster.rows.map((row) => row.ref)).toEqual([ECK]);
    expect(roster.rejected).toEqual([
      { line: 3, reason: 'not-a-pseudonym' },
      { line: 4, reason: 'not-a-pseudonym' },
      { line: 5, reason: 'too-long' },
      { line: 6, reason: 'too-long' },
    ]);
  });

  it('UWLR leerlinggegevens with a DOCTYPE is refused before parsing', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><leerlinggegevens_verzoek><groepen><groep key="g"><naam>5A</naam></groep></groepen><leerlingen><leerling eckid="${ECK}"><achternaam>&a;</achternaam><groep key="g"/></leerling></leerlingen></leerlinggegevens_verzoek>`;
    expect(parseRosterUwlr(xml)).toMatchObject({ unreadable: true, rows: [] });
  });

  it('UWLR leerlinggegevens: an eckid that is an e-mail address is rejected', () => {
    const xml = `<?xml version="1.0"?><leerlinggegevens_verzoek><groepen><groep key="g"><naam>5A</naam></groep></groepen><leerlingen><leerling eckid="emma.jansen%40school.example"><groep key="g"/></leerling><leerling eckid="${ECK}"><groep key="g"/></leerling></leerlingen></leerlinggegevens_verzoek>`;
    expect(parseRosterUwlr(xml)).toMatchObject({ rows: [{ ref: ECK }], rejected: [{ line: 1, reason: 'not-a-pseudonym' }] });
  });
});
