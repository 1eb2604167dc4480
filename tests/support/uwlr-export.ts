/**
 * A UWLR 2.2 leerresultaten message of `pupils` toetsafnames of `perPupil` resultaten each (test
 * and bench data): ECK iDs of 128 hex, one toets REK-M5 with a normering 0-40, described in
 * <toetsen> after the toetsafnames (as UWLR allows). Scores 0-36, dates in January 2026.
 */
export const eckOf = (pupil: number) => `https://ketenid.nl/201703/${pupil.toString(16).padStart(8, '0').repeat(16)}`;

export function uwlrExport(pupils: number, perPupil: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<leerresultaten_verzoek xmlns="http://www.edustandaard.nl/leerresultaten/2/leerresultaten">',
    '<school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode><dependancecode>00</dependancecode>',
    '<aanmaakdatum>2026-02-02T09:30:00</aanmaakdatum><auteur>test</auteur><xsdversie>2.2</xsdversie></school><toetsafnames>',
  ];
  for (let pupil = 0; pupil < pupils; pupil += 1) {
    parts.push(`<toetsafname><leerlingid>LL-${pupil}</leerlingid><eckid>${eckOf(pupil)}</eckid><resultaten>`);
    for (let n = 0; n < perPupil; n += 1)
      parts.push(
        `<resultaat key="R-${pupil}-${n}"><afnamedatum>2026-01-${String(1 + (n % 28)).padStart(2, '0')}</afnamedatum><toetscode>REK-M5</toetscode><score>${(n % 10) * 4}</score></resultaat>`,
      );
    parts.push('</resultaten></toetsafname>');
  }
  parts.push(
    '</toetsafnames><toetsen><toets><toetscode>REK-M5</toetscode><toetsnormering><norm><term>A</term><beginnormwaarde>0</beginnormwaarde>',
    '<eindnormwaarde>40</eindnormwaarde></norm></toetsnormering></toets></toetsen></leerresultaten_verzoek>',
  );
  return parts.join('\n');
}
