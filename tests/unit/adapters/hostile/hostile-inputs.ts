/** Small valid UWLR, OSO and xAPI files the hostile tests bend one field of. */
export const ECK = 'https://ketenid.nl/201703/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const NORM = (from: number, to: number) =>
  `<norm><term>t${from}</term><beginnormwaarde>${from}</beginnormwaarde><eindnormwaarde>${to}</eindnormwaarde></norm>`;
export const uwlr = (value: string, date = '2026-01-15') =>
  `<?xml version="1.0"?><leerresultaten_verzoek xmlns="http://www.edustandaard.nl/leerresultaten/2/leerresultaten"><toetsafnames><toetsafname><eckid>${ECK}</eckid><resultaten><resultaat key="r1"><afnamedatum>${date}</afnamedatum><toetscode>SP</toetscode><score>${value}</score></resultaat></resultaten></toetsafname></toetsafnames><toetsen><toets><toetscode>SP</toetscode><toetsnormering>${NORM(0, 19)}${NORM(20, 40)}</toetsnormering></toets></toetsen></leerresultaten_verzoek>`;
export const oso = (right: string, items: string, date = '2025-01-20', privacy = '') =>
  `<?xml version="1.0"?><dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata><deeldossier>LASLVS</deeldossier>${privacy}</metadata><huidigeschool><leerling><eckid>${ECK}</eckid><toetslijst><toets><toetsidentificatie><eldtoetscode>RW</eldtoetscode></toetsidentificatie><afname><afnamedatum>${date}</afnamedatum></afname><resultaat><toetsscore><aantalopgaven>${items}</aantalopgaven><aantalgoed>${right}</aantalgoed></toetsscore></resultaat></toets></toetslijst></leerling></huidigeschool></dossier>`;
export const xapi = (score: Record<string, number>, timestamp = '2026-01-15T09:00:00Z') =>
  JSON.stringify([
    {
      id: '6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c',
      actor: { objectType: 'Agent', account: { homePage: 'https://lrs.example', name: 'ps-3f9a2c71d04e8b65' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/scored' },
      object: { objectType: 'Activity', id: 'https://lrs.example/activities/quiz' },
      result: { score },
      timestamp,
    },
  ]);
