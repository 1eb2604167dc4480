import { describe, expect, it } from 'vitest';
import type { ExportFile, FileRead, FileReadContext, FileReader } from '@/adapters/files/export-file';
import { xapiFileReader } from '@/adapters/files/json-readers';
import { osoDossierReader, uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';
import { sourceId } from '@/domain/ids';
import { scaleScore } from '@/domain/model';

export const ECK = 'https://ketenid.nl/201703/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const ctx: FileReadContext = { source: sourceId('hostile'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };
const file = (text: string): ExportFile => ({ name: 'x', bytes: new TextEncoder().encode(text) });
const readOk = (reader: FileReader, text: string): Extract<FileRead, { ok: true }> => {
  const read = reader.read(file(text), [], ctx);
  if (!read.ok) throw new Error(read.detail);
  return read;
};

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

const rejectedFor = (read: Extract<FileRead, { ok: true }>, pattern: RegExp) => {
  expect(read.results).toEqual([]);
  expect(read.rejections).toHaveLength(1);
  expect(read.rejections[0]).toMatchObject({ code: 'invalid-score', detail: expect.stringMatching(pattern), issue: { code: 'out_of_range' } });
};

describe('scores outside their scale are rejected with a reason, never clamped (issue 13 item 4)', () => {
  it('the shared scaler no longer clamps', () => {
    expect(scaleScore(12, 0, 10)).toBeNull();
    expect(scaleScore(-1, 0, 10)).toBeNull();
    expect(scaleScore(10, 0, 10)).toMatchObject({ scaled: 1 });
  });

  it('UWLR: a score far above its normering', () => {
    expect(readOk(uwlrLeerresultatenReader, uwlr('30')).results).toHaveLength(1);
    rejectedFor(readOk(uwlrLeerresultatenReader, uwlr('400')), /score.*buiten 0–40/);
  });

  it('OSO: aantalgoed below 0 or above aantalopgaven', () => {
    expect(readOk(osoDossierReader, oso('40', '50')).results).toHaveLength(1);
    rejectedFor(readOk(osoDossierReader, oso('-3', '50')), /aantalgoed.*buiten 0–50/);
    rejectedFor(readOk(osoDossierReader, oso('60', '50')), /aantalgoed.*buiten 0–50/);
  });

  it('xAPI: raw below 0 without a min', () => {
    expect(readOk(xapiFileReader, xapi({ raw: 5, max: 10 })).results).toHaveLength(1);
    rejectedFor(readOk(xapiFileReader, xapi({ raw: -5, max: 10 })), /raw.*buiten 0–10/);
  });
});
