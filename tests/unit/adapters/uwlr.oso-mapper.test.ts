import { describe, expect, it } from 'vitest';
import { goalId, sourceId } from '@/domain/ids';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { detectReader } from '@/adapters/files/readers';
import { osoDossierReader } from '@/adapters/uwlr/uwlr.reader';

const ECK = 'https://ketenid.nl/201703/dddddddddddddddddddddddddddddddd';
const CHOSEN = 'https://ketenid.nl/201703/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';
const file = (text: string): ExportFile => ({ name: 'dossier.xml', bytes: new TextEncoder().encode(text) });
const ctx = (options?: Record<string, unknown>): FileReadContext => ({
  source: sourceId('oso'),
  mapping: { 'CITO-RW-M6': [goalId('goal-rekenen')] },
  now: '2026-02-03T10:00:00.000Z',
  resolveSloIds: () => [],
  ...(options ? { options } : {}),
});

const toets = (code: string, date: string, resultaat: string, extra = '') =>
  `<toets><toetsidentificatie><eldtoetscode>${code}</eldtoetscode><leergebied>rekenen</leergebied></toetsidentificatie>
   <afname><afnamedatum>${date}</afnamedatum><afgenomendoor><naammedewerker>Mevr. Vermeulen</naammedewerker></afgenomendoor></afname>
   <resultaat>${resultaat}</resultaat>${extra}</toets>`;
const ref = (code: string, value: string) =>
  `<referentiescore><codereferentiescore>${code}</codereferentiescore><codevergelijkingsgroep>Landelijk</codevergelijkingsgroep><waarde>${value}</waarde></referentiescore>`;
const dossier = (identity: string, toetsen: string, metadata = '') => `<?xml version="1.0" encoding="UTF-8"?>
<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata><deeldossier>LASLVS</deeldossier>${metadata}</metadata>
<huidigeschool><naam>De Regenboog</naam><leerling${identity.startsWith(' ') ? identity : ''}><voornaam>Fenna</voornaam><achternaam>Kuipers</achternaam>
<geboortedatum>2016-05-12</geboortedatum>${identity.startsWith(' ') ? '' : identity}<toetslijst>${toetsen}</toetslijst></leerling></huidigeschool></dossier>`;

const TOETSEN = [
  toets(
    'CITO-RW-M6',
    '2025-01-20',
    `<toetsscore><aantalopgaven>50</aantalopgaven><aantalgoed>40</aantalgoed></toetsscore>${ref('IV', 'II')}${ref('RNTRM', '1F')}`,
  ),
  toets('NIO2004', '2025-02-01', ref('IQ', '101')),
  toets(
    'CITO-SP-M6',
    '2025-01-21',
    ref('AE', 'E'),
    `<toetsonderdeel><eldonderdeelcode>CITO-SP-M6-WW</eldonderdeelcode><resultaat><toetsscore><aantalopgaven>10</aantalopgaven><aantalgoed>3</aantalgoed></toetsscore></resultaat></toetsonderdeel>`,
  ),
].join('');

const readOk = (text: string, options?: Record<string, unknown>) => {
  const read = osoDossierReader.read(file(text), [], ctx(options));
  if (!read.ok) throw new Error(read.detail);
  return read;
};

describe('OSO dossier mapper', () => {
  it('with an eckid in the dossier: the toetslijst gives results with score, band and level; an IQ test is skipped', () => {
    const read = readOk(dossier(`<bsn>123456782</bsn><leerlingid>LAS-991</leerlingid><eckid>${ECK}</eckid>`, TOETSEN));
    expect(read.rejections).toEqual([]);
    expect(read.skipped).toEqual({ 'geen-leerresultaat': 1 });
    expect(read.results.map((result) => [result.code, result.goals, result.level, result.normBand, result.score?.scaled ?? null])).toEqual([
      ['CITO-RW-M6', ['goal-rekenen'], '1F', { label: 'II', colour: '#7cc242' }, 0.8],
      ['CITO-SP-M6', [], null, { label: 'E', colour: '#d1242f' }, null],
      ['CITO-SP-M6#CITO-SP-M6-WW', [], null, null, 0.3],
    ]);
    expect(read.results[0]).toMatchObject({
      pupil: ECK,
      time: '2025-01-20T12:00:00.000Z',
      workForm: 'test',
      recordId: `oso|${ECK}|CITO-RW-M6|2025-01-20`,
    });
  });

  it('takes an eckid attribute on leerling too', () => {
    expect(readOk(dossier(` eckid="${ECK}"`, TOETSEN)).results[0]?.pupil).toBe(ECK);
  });

  it('with only a BSN, leerlingid and name: each toets is rejected as not-a-pseudonym, and no personal value is in the output', () => {
    const read = readOk(dossier('<bsn>123456782</bsn><leerlingid>LAS-991</leerlingid>', TOETSEN));
    expect(read.results).toEqual([]);
    expect(read.rejections.map((rejection) => rejection.code)).toEqual(['not-a-pseudonym', 'not-a-pseudonym', 'not-a-pseudonym']);
    expect(read.rejections[0]?.detail).toMatch(/alleen met bsn, leerlingid, achternaam \(niet gebruikt\)/);
    const json = JSON.stringify(read);
    for (const value of ['123456782', 'LAS-991', 'Fenna', 'Kuipers', '2016-05-12', 'Vermeulen', 'Regenboog']) expect(json).not.toContain(value);
  });

  it('uses the pseudonym the coordinator chose when the dossier has none, and refuses one that is no pseudonym', () => {
    const read = readOk(dossier('<bsn>123456782</bsn>', TOETSEN), { pupil: CHOSEN });
    expect(new Set(read.results.map((result) => result.pupil))).toEqual(new Set([CHOSEN]));
    expect(read.results).toHaveLength(3);
    expect(osoDossierReader.read(file(dossier('', TOETSEN)), [], ctx({ pupil: 'Fenna Kuipers' }))).toEqual({
      ok: false,
      detail: 'de gekozen leerling is geen pseudoniem (ECK iD)',
    });
  });

  it('an eckid in the dossier that differs from the chosen pupil is rejected, not silently replaced', () => {
    const read = readOk(dossier(`<eckid>${ECK}</eckid>`, TOETSEN), { pupil: CHOSEN });
    expect(read.results).toEqual([]);
    expect(read.rejections[0]?.detail).toMatch(/wijkt af van de gekozen leerling/);
  });

  it('without any identifier each toets is missing-pupil; a broken toets is a rejection, the rest imports', () => {
    const nameOnly = readOk(dossier('', TOETSEN)).rejections;
    expect(nameOnly.map((rejection) => [rejection.code, rejection.detail.includes('alleen met achternaam (niet gebruikt)')])).toEqual(
      Array(3).fill(['not-a-pseudonym', true]),
    );
    const anonymous = dossier('', TOETSEN).replace(/<voornaam>.*<\/achternaam>/, '');
    expect(readOk(anonymous).rejections.map((rejection) => rejection.code)).toEqual(['missing-pupil', 'missing-pupil', 'missing-pupil']);
    const broken =
      toets('CITO-X', 'gisteren', ref('AE', 'A')) + toets('C'.repeat(100_000), '2025-01-01', ref('AE', 'A')) + toets('CITO-LEEG', '2025-01-02', '');
    const read = readOk(dossier(`<eckid>${ECK}</eckid>`, broken + TOETSEN));
    expect(read.rejections.map((rejection) => rejection.code)).toEqual(['invalid-time', 'invalid-record']);
    expect(read.results).toHaveLength(3);
    expect(read.skipped).toEqual({ 'geen-leerresultaat': 2 });
  });

  it('reads no toets of a dossier whose toetsresultaten category is opted out, even when a toetslijst is there', () => {
    const text = dossier(
      `<eckid>${ECK}</eckid>`,
      TOETSEN,
      '<categorie_uitlevering><cat_toetsresultaten>OPT-UIT</cat_toetsresultaten></categorie_uitlevering>',
    );
    const read = readOk(text);
    expect(read.results).toEqual([]);
    expect(read.rejections).toEqual([]);
    expect(read.skipped).toEqual({ 'toetsresultaten:opt-uit': 1 });
  });

  it('counts an opted-out toetsresultaten category, and is detected as an OSO dossier (not as UWLR leerresultaten)', () => {
    const text = dossier(
      `<eckid>${ECK}</eckid>`,
      '',
      '<categorie_uitlevering><cat_toetsresultaten>OPT-UIT</cat_toetsresultaten></categorie_uitlevering>',
    );
    expect(readOk(text).skipped).toEqual({ 'toetsresultaten:opt-uit': 1 });
    expect(detectReader(file(text))?.kind).toBe('oso-dossier');
    expect(
      osoDossierReader.read(file('<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata>'), [], ctx()),
    ).toMatchObject({ ok: false });
  });
});
