/**
 * A generated OSO dossier (test and bench data; decision 029), shaped like the PaO examples: one
 * leerling named by name, BSN and leerlingid (an ECK iD only when given), `documents` attached
 * documents of `documentBytes` base64 each before its toetslijst (attachments are what make real
 * dossiers large), and `toetsen` toetsen of 40 opgaven in January 2026.
 */
export interface DossierShape {
  readonly toetsen?: number;
  readonly documents?: number;
  readonly documentBytes?: number;
  readonly eckid?: string | null;
  /** The cat_toetsresultaten; null leaves the category out. */
  readonly category?: string | null;
}

export function osoDossierParts({
  toetsen = 3,
  documents = 0,
  documentBytes = 0,
  eckid = null,
  category = 'OPTIONEEL',
}: DossierShape = {}): string[] {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata><deeldossier>LASLVS</deeldossier>',
    category === null ? '' : `<categorie_uitlevering><cat_toetsresultaten>${category}</cat_toetsresultaten></categorie_uitlevering>`,
    '</metadata><huidigeschool><leerling><voornaam>Jan</voornaam><achternaam>Vries</achternaam><bsn>123456782</bsn><leerlingid>LL-1</leerlingid>',
    eckid === null ? '' : `<eckid>${eckid}</eckid>`,
    '<onderwijsondersteuning>',
  ];
  const line = 'UEsDBBQAAAAIANRxWkiaB7JRzg0AAIMdAAAZAAAASGFuZGVsaW5nc3BsYW5SZWtlbmVuLnBkZu1ZeVgTRxTnUhQBqUUED1yugkeyR24K4YoUhAgCCtbSskkWCCTZuFkk\n';
  const content = line.repeat(Math.ceil(documentBytes / line.length)).slice(0, documentBytes);
  for (let n = 0; n < documents; n += 1)
    parts.push(`<document><bestandsnaam>bijlage-${n}.pdf</bestandsnaam><bestandsinhoud>${content}</bestandsinhoud></document>`);
  parts.push('</onderwijsondersteuning><toetslijst>');
  for (let n = 0; n < toetsen; n += 1)
    parts.push(
      `<toets><toetsidentificatie><eldtoetscode>CITO-${n}</eldtoetscode></toetsidentificatie><afname><afnamedatum>2026-01-${String(1 + (n % 28)).padStart(2, '0')}</afnamedatum></afname><resultaat><toetsscore><aantalgoed>${n % 41}</aantalgoed><aantalopgaven>40</aantalopgaven></toetsscore></resultaat></toets>`,
    );
  parts.push('</toetslijst></leerling></huidigeschool></dossier>');
  return parts;
}

export const osoDossier = (shape: DossierShape = {}): string => osoDossierParts(shape).join('\n');
