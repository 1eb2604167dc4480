import { describe, expect, it } from 'vitest';
import { goalId, sourceId } from '@/domain/ids';
import { checkExport } from '@/adapters/files/check-export';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { detectReader } from '@/adapters/files/readers';
import { uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';

const ECK_A = `https://ketenid.nl/201703/${'a'.repeat(128)}`;
const ECK_B = `https://ketenid.nl/201703/${'b'.repeat(128)}`;
const NS = 'xmlns="http://www.edustandaard.nl/leerresultaten/2/leerresultaten" xmlns:oso="http://www.edustandaard.nl/oso_gegevensset/1.2/dossier"';

const resultaat = (key: string, body: string) => `<resultaat key="${key}">${body}</resultaat>`;
const score = (date: string, code: string, value: string, extra = '') =>
  `<afnamedatum>${date}</afnamedatum><toetscode>${code}</toetscode>${extra}<score>${value}</score>`;
const afname = (eckid: string | null, ...resultaten: string[]) =>
  `<toetsafname><leerlingid>LAS-KEY-77</leerlingid>${eckid === null ? '' : `<eckid>${eckid}</eckid>`}<resultaten>${resultaten.join('')}</resultaten></toetsafname>`;
const norm = (term: string, from: number, to: number, rgb?: [number, number, number]) =>
  `<norm><term>${term}</term><beginnormwaarde>${from}</beginnormwaarde><eindnormwaarde>${to}</eindnormwaarde>${
    rgb
      ? `<normkleur><rood_code>${rgb[0]}</rood_code><groen_code>${rgb[1]}</groen_code><blauw_code>${rgb[2]}</blauw_code><transparantie>1</transparantie></normkleur>`
      : ''
  }</norm>`;
const TOETSEN = `<toetsen>
  <toets><toetscode>SP-E4</toetscode><vakgebied>spelling</vakgebied>
    <toetsnormering><toetsniveau>E4</toetsniveau>${norm('laag', 0, 19, [255, 0, 0])}${norm('hoog', 20, 40, [0, 128, 255])}</toetsnormering>
    <toetsonderdelen><toetsonderdeel><toetsonderdeelvolgnummer>1</toetsonderdeelvolgnummer><toetsonderdeelcode>SP-E4-WW</toetsonderdeelcode>
      <toetsonderdeelnormering>${norm('onvoldoende', 0, 4)}${norm('voldoende', 5, 10)}</toetsonderdeelnormering></toetsonderdeel></toetsonderdelen>
  </toets>
  <toets><toetscode>GEEN-NORM</toetscode></toets>
</toetsen>`;
const message = (...afnames: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><leerresultaten_verzoek ${NS}><school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode><aanmaakdatum>2026-02-02T09:00:00</aanmaakdatum><xsdversie>2.2</xsdversie></school><toetsafnames>${afnames.join('')}</toetsafnames>${TOETSEN}</leerresultaten_verzoek>`;

const file = (text: string, name = 'leerresultaten.xml'): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });
const ctx: FileReadContext = {
  source: sourceId('lvs'),
  mapping: { 'SP-E4': [goalId('goal-spelling')] },
  now: '2026-02-03T10:00:00.000Z',
  resolveSloIds: () => [],
};
const readText = (text: string) => {
  const read = uwlrLeerresultatenReader.read(file(text), [], ctx);
  if (!read.ok) throw new Error(`unreadable: ${read.detail}`);
  return read;
};

describe('UWLR leerresultaten mapper', () => {
  it('maps a score on the toets normering: scaled over the lowest begin to the highest end, band and colour from the norm, level from toetsniveau', () => {
    const read = readText(message(afname(ECK_A, resultaat('r1', score('2026-01-15', 'SP-E4', '30')))));
    expect(read.rejections).toEqual([]);
    expect(read.results).toEqual([
      {
        id: 'lvs|r1',
        source: 'lvs',
        recordId: 'r1',
        pupil: ECK_A,
        code: 'SP-E4',
        goals: ['goal-spelling'],
        level: 'E4',
        workForm: 'test',
        time: '2026-01-15T12:00:00.000Z',
        score: { raw: 30, min: 0, max: 40, scaled: 0.75 },
        success: null,
        completion: true,
        durationSeconds: null,
        attempt: null,
        normBand: { label: 'hoog', colour: '#0080ff' },
      },
    ]);
  });

  it('uses the toetsonderdeel normering for an onderdeel result, with a neutral colour when none is given, and the toets goals when the onderdeel is unmapped', () => {
    const [result] = readText(
      message(afname(ECK_A, resultaat('r2', score('2026-01-15', 'SP-E4', '7', '<toetsonderdeelcode>SP-E4-WW</toetsonderdeelcode>')))),
    ).results;
    expect(result).toMatchObject({
      code: 'SP-E4#SP-E4-WW',
      goals: ['goal-spelling'],
      level: 'E4',
      score: { raw: 7, max: 10, scaled: 0.7 },
      normBand: { label: 'voldoende', colour: '#6b7280' },
    });
  });

  it('keeps a result whose toets has no normering and no mapping: no score scale, reported as unmapped', () => {
    const [result] = readText(message(afname(ECK_A, resultaat('r3', score('2026-01-15', 'GEEN-NORM', '12'))))).results;
    expect(result).toMatchObject({ code: 'GEEN-NORM', goals: [], score: null, normBand: null, level: null });
    const line = checkExport(
      { file: file(message(afname(ECK_A, resultaat('r3', score('2026-01-15', 'GEEN-NORM', '12'))))), companions: [] },
      { now: ctx.now, resolveSloIds: () => [] },
    );
    expect(line).toMatchObject({ kind: 'uwlr-leerresultaten', accepted: 1, rejected: 0, unmappedCodes: 1 });
  });

  it('reads an osoresultaat by its reference scores and ignores the normering for it', () => {
    const oso = `<afnamedatum>2026-01-16</afnamedatum><toetscode>SP-E4</toetscode><osoresultaat><oso:toetsscore><oso:aantalopgaven>20</oso:aantalopgaven><oso:aantalgoed>5</oso:aantalgoed><oso:tijd>605.4</oso:tijd></oso:toetsscore>
      <oso:referentiescore><oso:codereferentiescore>IV</oso:codereferentiescore><oso:codevergelijkingsgroep>Landelijk</oso:codevergelijkingsgroep><oso:waarde>IV</oso:waarde></oso:referentiescore></osoresultaat>`;
    const [result] = readText(message(afname(ECK_A, resultaat('r4', oso)))).results;
    expect(result).toMatchObject({
      score: { raw: 5, max: 20, scaled: 0.25 },
      normBand: { label: 'IV', colour: '#f08c00' },
      level: null,
      durationSeconds: 605,
    });
  });

  it('a toetsafname without eckid is one rejection naming neither the leerlingid nor its value; the other toetsafnames import', () => {
    const read = readText(
      message(
        afname(null, resultaat('x1', score('2026-01-15', 'SP-E4', '3')), resultaat('x2', score('2026-01-15', 'SP-E4', '4'))),
        afname(ECK_B, resultaat('ok', score('2026-01-15', 'SP-E4', '25'))),
      ),
    );
    expect(read.results.map((result) => [result.recordId, result.pupil])).toEqual([['ok', ECK_B]]);
    expect(read.rejections).toHaveLength(1);
    expect(read.rejections[0]).toMatchObject({ code: 'missing-pupil', recordId: 'x1' });
    expect(read.rejections[0]?.detail).toBe(
      'toetsafname 1: geen eckid (het leerlingid van de school wordt niet gebruikt); 2 resultaat/resultaten niet ingelezen',
    );
    expect(JSON.stringify(read)).not.toContain('LAS-KEY-77');
  });

  it.each([
    ['an e-mail address', 'kind@school.example'],
    ['a short number', '12345'],
    ['a 100k-character value', 'x'.repeat(100_000)],
  ])('an eckid that is %s is not a pseudonym', (_name, eckid) => {
    const read = readText(message(afname(eckid, resultaat('e1', score('2026-01-15', 'SP-E4', '3')))));
    expect(read.results).toEqual([]);
    expect(read.rejections.map((rejection) => rejection.code)).toEqual(['not-a-pseudonym']);
    expect(JSON.stringify(read)).not.toContain(eckid.slice(0, 20));
  });

  it('one broken resultaat is a rejection with its reason; the rest of the toetsafname imports', () => {
    const read = readText(
      message(
        afname(
          ECK_A,
          resultaat('good', score('2026-01-15', 'SP-E4', '10')),
          resultaat('bad-date', score('15-01-2026', 'SP-E4', '10')),
          resultaat('bad-day', score('2026-02-30', 'SP-E4', '10')),
          resultaat('bad-score', score('2026-01-15', 'SP-E4', '-3')),
          resultaat('unknown', score('2026-01-15', 'ONBEKEND', '10')),
          resultaat('long-code', score('2026-01-15', 'C'.repeat(100_000), '10')),
          resultaat('good', score('2026-01-16', 'SP-E4', '11')),
          `<resultaat><afnamedatum>2026-01-15</afnamedatum><toetscode>SP-E4</toetscode><score>1</score></resultaat>`,
          resultaat('nothing', '<afnamedatum>2026-01-15</afnamedatum><toetscode>SP-E4</toetscode>'),
          resultaat(
            'other',
            '<afnamedatum>2026-01-15</afnamedatum><toetscode>SP-E4</toetscode><anderresultaat><andere_score>goed</andere_score></anderresultaat>',
          ),
        ),
      ),
    );
    expect(read.results.map((result) => result.recordId)).toEqual(['good']);
    expect(read.rejections.map((rejection) => [rejection.recordId, rejection.code])).toEqual([
      ['bad-date', 'invalid-time'],
      ['bad-day', 'invalid-time'],
      ['bad-score', 'invalid-score'],
      ['unknown', 'invalid-record'],
      ['long-code', 'invalid-record'],
      ['good', 'duplicate'],
      [null, 'invalid-record'],
      ['nothing', 'invalid-score'],
    ]);
    expect(read.skipped).toEqual({ anderresultaat: 1 });
    expect(read.rejections.find((rejection) => rejection.recordId === 'unknown')?.detail).toMatch(/toetscode staat niet in <toetsen>/);
    expect(read.rejections.every((rejection) => rejection.detail.length <= 300 && JSON.stringify(rejection).length < 2000)).toBe(true);
  });

  it('reads a message inside a SOAP envelope, with prefixed elements', () => {
    const inner = message(afname(ECK_A, resultaat('soap', score('2026-01-15', 'SP-E4', '5')))).replace('<?xml version="1.0" encoding="UTF-8"?>', '');
    const prefixed = inner.replace(/<(\/?)(?!oso:)([a-z_]+)([\s>])/g, '<$1lr:$2$3').replace('xmlns="http', 'xmlns:lr="http');
    const soap = `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${prefixed}</soap:Body></soap:Envelope>`;
    expect(detectReader(file(soap))?.kind).toBe('uwlr-leerresultaten');
    expect(readText(soap).results.map((result) => [result.recordId, result.normBand?.label])).toEqual([['soap', 'laag']]);
  });

  it('detects only UWLR leerresultaten, not a leerlinggegevens message, an OSO dossier or JSON', () => {
    expect(uwlrLeerresultatenReader.detect(file(message()))).toBe(true);
    expect(
      uwlrLeerresultatenReader.detect(file('<leerlinggegevens_antwoord xmlns="http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens"/>')),
    ).toBe(false);
    expect(
      uwlrLeerresultatenReader.detect(file('<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata/></dossier>')),
    ).toBe(false);
    expect(uwlrLeerresultatenReader.detect(file('{"leerresultaten_verzoek": 1}'))).toBe(false);
  });
});
