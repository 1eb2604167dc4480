// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isXml, parseRosterUwlr } from '@/adapters/roster/roster-uwlr';

/** A leerlinggegevens_antwoord written against ../shared/fixtures/nl/uwlr-v2p2-xsd (UWLR_Leerlinggegevens_v2p2.xsd + EDEXML.elementen.xsd). */
const message = `<?xml version="1.0" encoding="UTF-8"?>
<leerlinggegevens_antwoord xmlns="http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens">
  <schooljaar>2025-2026</schooljaar>
  <school><dependancecode>00</dependancecode><schoolkey>12AB</schoolkey></school>
  <groepen>
    <groep key="g5"><naam>Groep 5A</naam><jaargroep>5</jaargroep></groep>
    <groep key="g7"><naam>Groep 7B</naam><jaargroep>7</jaargroep></groep>
  </groepen>
  <leerlingen>
    <leerling key="l1" eckid="https://ketenid.nl/201703/${'a'.repeat(128)}">
      <achternaam>Boer</achternaam><voorvoegsel>de</voorvoegsel><roepnaam>Anna</roepnaam>
      <geboortedatum>2016-03-04</geboortedatum><geslacht>V</geslacht><jaargroep>5</jaargroep><groep key="g5"/>
      <emailadres>anna@example.org</emailadres><bsn>123456782</bsn><postcodenl>1234AB</postcodenl>
    </leerling>
    <leerling key="l2" eckid="https://ketenid.nl/201703/${'b'.repeat(128)}">
      <achternaam>Smit</achternaam><voornamen>Bram Jan</voornamen><jaargroep>7</jaargroep><groep key="g7"/>
    </leerling>
    <leerling key="l3"><achternaam>Zonder</achternaam><roepnaam>Eckid</roepnaam><groep key="g5"/></leerling>
    <leerling key="l4" eckid="https://ketenid.nl/201703/${'c'.repeat(128)}"><achternaam>Los</achternaam><roepnaam>Geen</roepnaam></leerling>
  </leerlingen>
</leerlinggegevens_antwoord>`;

describe('UWLR leerlinggegevens roster', () => {
  it('reads pseudonym, names and group, and nothing else', () => {
    const parsed = parseRosterUwlr(message);
    expect(parsed.rows).toEqual([
      { ref: `https://ketenid.nl/201703/${'a'.repeat(128)}`, firstName: 'Anna', prefix: 'de', lastName: 'Boer', groupName: 'Groep 5A' },
      { ref: `https://ketenid.nl/201703/${'b'.repeat(128)}`, firstName: 'Bram Jan', prefix: '', lastName: 'Smit', groupName: 'Groep 7B' },
    ]);
    const kept = JSON.stringify(parsed);
    for (const personal of ['2016-03-04', 'anna@example.org', '123456782', '1234AB']) expect(kept).not.toContain(personal);
  });

  it('rejects pupils without a pseudonym or a group, by position', () => {
    expect(parseRosterUwlr(message).rejected).toEqual([
      { line: 3, reason: 'missing-pseudonym' },
      { line: 4, reason: 'missing-group' },
    ]);
  });

  it('says when the file is not XML it can read', () => {
    expect(isXml(' \n<leerlinggegevens_antwoord/>')).toBe(true);
    expect(isXml('eckid;voornaam')).toBe(false);
    expect(parseRosterUwlr('<leerlingen><leerling').unreadable).toBe(true);
  });
});
