/** Small valid UWLR, OSO and xAPI files the hostile tests bend one field of. */
export const ECK = `https://ketenid.nl/201703/${'a'.repeat(128)}`;
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
export const caliper = (eventTime = '2026-01-15T09:00:00Z') =>
  JSON.stringify({
    sensor: 'https://werkboek.example/sensor',
    sendTime: '2026-01-15T09:00:00Z',
    dataVersion: 'http://purl.imsglobal.org/ctx/caliper/v1p2',
    data: [
      {
        id: 'urn:uuid:11111111-2222-4333-a444-555555555555',
        type: 'GradeEvent',
        actor: { id: 'https://werkboek.example/nakijkhulp', type: 'SoftwareApplication' },
        action: 'Graded',
        object: {
          id: 'https://werkboek.example/toets/pogingen/1',
          type: 'Attempt',
          assignee: { id: ECK, type: 'Person' },
          assignable: { id: 'https://werkboek.example/toets', type: 'Assessment', maxScore: 20 },
        },
        eventTime,
        generated: { id: 'https://werkboek.example/toets/pogingen/1/score', type: 'Score', scoreGiven: 15, maxScore: 20 },
      },
    ],
  });
export const csvColumns = (date = '2026-01-15') => `Leerling;Datum;Opdracht;Score;Max\n${ECK};${date};REKENEN-1;7;10\n`;
export const oneRosterResults = (scoreDate = '2026-01-15') =>
  [
    'sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment',
    `r-1,active,2026-01-15T10:00:00Z,li-1,${ECK},fully graded,20,${scoreDate},`,
  ].join('\n');
export const oneRosterLineItems = [
  'sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,gradingPeriodSourcedId,resultValueMin,resultValueMax,learningObjectiveIds',
  'li-1,active,2026-01-01T00:00:00Z,Blok 1,,2026-01-01,2026-01-04,c1,cat,gp,0,40,',
].join('\n');
