import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '@/adapters/roster/roster-csv';
import { demoRosterCsv } from '../../../mocks/demo-school/roster';

describe('roster CSV', () => {
  it('reads the demo roster: 84 pupils, Dutch headers, semicolons, CRLF', () => {
    const parsed = parseRosterCsv(demoRosterCsv());
    expect(parsed.rows).toHaveLength(84);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows[0]?.ref).toMatch(/^https:\/\/demo\.invalid\/nep-eckid\/201703\/[0-9a-f]{128}$/);
  });

  it('reads English headers with commas, a BOM and quoted fields', () => {
    const text = '\uFEFFPseudonym,First name,Prefix,Last name,Class\r\nabc-123,"Anna, Maria",van,Dijk,Groep 7B\r\n';
    expect(parseRosterCsv(text).rows).toEqual([{ ref: 'abc-123', firstName: 'Anna, Maria', prefix: 'van', lastName: 'Dijk', groupName: 'Groep 7B' }]);
  });

  it('rejects rows without a pseudonym or a group by line number and imports the rest', () => {
    const text = 'eckid;voornaam;tussenvoegsel;achternaam;groep\nid-1;Ali;;Kaya;Groep 5A\n;Bo;;Smit;Groep 5A\nid-3;Cas;;Bos;\n';
    const parsed = parseRosterCsv(text);
    expect(parsed.rows.map((row) => row.ref)).toEqual(['id-1']);
    expect(parsed.rejected).toEqual([
      { line: 3, reason: 'missing-pseudonym' },
      { line: 4, reason: 'missing-group' },
    ]);
  });

  it('says which required columns are missing', () => {
    expect(parseRosterCsv('naam;klas\nJan;5A\n').missingColumns).toEqual(['eckid']);
  });
});
