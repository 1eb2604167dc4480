// @vitest-environment node
/**
 * UWLR 2.2 leerresultaten and OSO dossiers against ../shared/fixtures/nl (read at test time, never
 * copied into the project): our own leerresultaten message is valid against the Edustandaard XSDs
 * (xmllint-wasm) and uses only declared elements and attributes; the OSO PaO example dossiers give
 * their toetslijst and none of their personal data. Without that folder the suite is skipped and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { sourceId } from '@/domain/ids';
import type { FileReadContext, ExportFile } from '@/adapters/files/export-file';
import { detectReader } from '@/adapters/files/readers';
import { osoDossierReader, uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';
import { fixturesPresent } from '../support/fixtures-present';

const NL = path.resolve(__dirname, '../../../shared/fixtures/nl');
const XSD_DIR = path.join(NL, 'uwlr-v2p2-xsd');
const PAO_DIR = path.join(NL, 'oso-gegevensset/PaO-examples');
const present = fixturesPresent(existsSync(path.join(XSD_DIR, 'UWLR_Leerresultaten_v2p2.xsd')) && existsSync(PAO_DIR), 'uwlr.test.ts');
if (!present) console.warn(`conformance/uwlr: SKIPPED, ${NL} (uwlr-v2p2-xsd, oso-gegevensset/PaO-examples) is absent`);

const MESSAGE = path.resolve(__dirname, '../fixtures/uwlr/leerresultaten-groep5.xml');
const read = (file: string) => readFileSync(file, 'utf8');
const exportFile = (file: string): ExportFile => ({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
const ctx = (options?: Record<string, unknown>): FileReadContext => ({
  source: sourceId('uwlr-conformance'),
  mapping: {},
  now: '2026-02-03T10:00:00.000Z',
  resolveSloIds: () => [],
  ...(options ? { options } : {}),
});
const elements = (xml: string) => Array.from(new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('*')) as Element[];
const ok = <T extends { ok: boolean }>(read: T) => {
  if (!read.ok) throw new Error('file not read');
  return read as Extract<T, { ok: true }>;
};

describe.skipIf(!present)('UWLR 2.2 leerresultaten: our own message against the Edustandaard XSDs', () => {
  const leerresultatenXsd = () => read(path.join(XSD_DIR, 'UWLR_Leerresultaten_v2p2.xsd'));
  const osoXsd = () => read(path.join(XSD_DIR, 'Overstapdossier_1.2_20150302.xsd'));

  it('is valid against UWLR_Leerresultaten_v2p2.xsd with its OSO 1.2 import (xmllint-wasm), and a broken copy is not', async () => {
    const schema = { fileName: 'UWLR_Leerresultaten_v2p2.xsd', contents: leerresultatenXsd() };
    const preload = { fileName: 'Overstapdossier_1.2_20150302.xsd', contents: osoXsd() };
    const valid = await validateXML({ xml: [{ fileName: 'leerresultaten.xml', contents: read(MESSAGE) }], schema, preload });
    expect(valid.errors).toEqual([]);
    expect(valid.valid).toBe(true);
    const broken = await validateXML({
      xml: [{ fileName: 'broken.xml', contents: read(MESSAGE).replace('<score>42</score>', '<score>veel</score>') }],
      schema,
      preload,
    });
    expect(broken.valid).toBe(false);
  }, 30_000);

  it('uses only elements and attributes that the XSDs declare', () => {
    const declared = `${leerresultatenXsd()}\n${osoXsd()}`;
    const used = new Set<string>();
    for (const element of elements(read(MESSAGE))) {
      used.add(`element:${element.localName}`);
      for (const attribute of Array.from(element.attributes)) if (!attribute.name.startsWith('xmlns')) used.add(`attribute:${attribute.localName}`);
    }
    expect(used.size).toBeGreaterThan(30);
    for (const entry of used) {
      const [kind, name] = entry.split(':') as [string, string];
      expect(declared, entry).toMatch(new RegExp(`<xs:${kind === 'element' ? 'element' : 'attribute'}[^>]*name="${name}"`));
    }
  });

  it('imports each resultaat with its eckid, scaled on the normering and with the supplier band; the toetsafname without eckid is one rejection', () => {
    const file = exportFile(MESSAGE);
    expect(detectReader(file)?.kind).toBe('uwlr-leerresultaten');
    const out = ok(uwlrLeerresultatenReader.read(file, [], ctx()));
    const byKey = new Map(out.results.map((result) => [result.recordId, result]));
    expect([...byKey.keys()]).toEqual(['R-1001', 'R-1002', 'R-2001']);
    expect(byKey.get('R-1001')).toMatchObject({
      pupil:
        'https://ketenid.nl/201703/3f6c8a2b9d0e4f1a8b7c6d5e4f3a2b1c3f6c8a2b9d0e4f1a8b7c6d5e4f3a2b1c3f6c8a2b9d0e4f1a8b7c6d5e4f3a2b1c3f6c8a2b9d0e4f1a8b7c6d5e4f3a2b1c',
      code: 'REK-M5',
      goals: [],
      level: 'M5',
      workForm: 'test',
      time: '2026-01-20T12:00:00.000Z',
      score: { raw: 42, min: 0, max: 60, scaled: 0.7 },
      normBand: { label: 'II', colour: '#7cc242' },
    });
    expect(byKey.get('R-1002')).toMatchObject({
      code: 'REK-M5#REK-M5-GET',
      score: { raw: 9, min: 0, max: 12, scaled: 0.75 },
      normBand: { label: 'op niveau' },
    });
    expect(byKey.get('R-2001')).toMatchObject({
      pupil:
        'https://ketenid.nl/201703/9a8b7c6d5e4f30211f2e3d4c5b6a79809a8b7c6d5e4f30211f2e3d4c5b6a79809a8b7c6d5e4f30211f2e3d4c5b6a79809a8b7c6d5e4f30211f2e3d4c5b6a7980',
      level: '1F',
      score: { raw: 30, max: 40, scaled: 0.75 },
      normBand: { label: 'B' },
    });
    expect(out.rejections).toHaveLength(1);
    expect(out.rejections[0]).toMatchObject({ code: 'missing-pupil', recordId: 'R-3001' });
    expect(out.rejections[0]?.detail).toMatch(/toetsafname 3: geen eckid/);
    expect(JSON.stringify(out)).not.toMatch(/LL-000\d/);
  });
});

/** Every value the dossier holds about a person: names, birth dates, BSN and other numbers, addresses, contact details. */
const PERSONAL = new Set([
  'voornaam',
  'voorletters-1',
  'voorvoegsel',
  'achternaam',
  'roepnaam',
  'geboortedatum',
  'geboorteplaats',
  'gbavoornaam',
  'gbavoorvoegsel',
  'gbaachternaam',
  'gbageboortedatum',
  'bsn',
  'onderwijsnummer',
  'leerlingid',
  'straat',
  'nummer',
  'toevoeging',
  'postcode',
  'plaats',
  'gemeente',
  'naam',
  'naammedewerker',
  'contactpersoon',
  'contacttelefoon',
  'contactemail',
  'doorwie',
  'bestandsnaam',
]);
function personalValues(xml: string): string[] {
  const values = new Set<string>();
  for (const element of elements(xml)) {
    const text = element.textContent?.trim() ?? '';
    // Short values ("a", "12") say nothing on their own and would match by chance.
    if (PERSONAL.has(element.localName ?? '') && text.length >= 4) values.add(text);
  }
  return [...values];
}

const dossiers = present
  ? readdirSync(PAO_DIR)
      .filter((name) => name.endsWith('.xml'))
      .sort()
  : [];
const PSEUDONYM = 'https://ketenid.nl/201703/c0ffee00c0ffee00c0ffee00c0ffee00';

describe.skipIf(!present)('OSO PaO example dossiers', () => {
  it('finds the four example dossiers', () => expect(dossiers).toHaveLength(4));

  describe.each(dossiers)('%s', (name) => {
    const file = () => exportFile(path.join(PAO_DIR, name));
    const xml = () => read(path.join(PAO_DIR, name));
    /** The toetsen of the toetslijst, read here with plain DOM calls. */
    const toetsen = () =>
      elements(xml()).filter((element) => element.localName === 'toets' && (element.parentNode as Element | null)?.localName === 'toetslijst');

    it('is detected as an OSO dossier, and holds the personal data the other tests look for', () => {
      expect(detectReader(file())?.kind).toBe('oso-dossier');
      const values = personalValues(xml());
      expect(values).toEqual(expect.arrayContaining(['Berg', 'Daan', '2003-03-17', 'LN094837', 'Hoofdstraat', '7311BA']));
    });

    it('without an ECK iD: every toets is rejected as not-a-pseudonym, naming the fields it will not use and none of their values', () => {
      const out = ok(osoDossierReader.read(file(), [], ctx()));
      expect(out.results).toEqual([]);
      expect(out.rejections).toHaveLength(toetsen().length);
      for (const rejection of out.rejections) {
        expect(rejection.code).toBe('not-a-pseudonym');
        expect(rejection.detail).toMatch(/leerlingid/);
      }
      const json = JSON.stringify(out);
      for (const value of personalValues(xml())) expect(json.includes(value), value).toBe(false);
    });

    it('cut off halfway, it is unreadable with a reason that quotes nothing from it', () => {
      const half = xml().slice(0, Math.floor(xml().length / 2));
      const out = osoDossierReader.read({ name, bytes: new TextEncoder().encode(half) }, [], ctx({ pupil: PSEUDONYM }));
      expect(out).toEqual({ ok: false, detail: expect.stringMatching(/^geen geldige XML/) });
      for (const value of personalValues(xml())) expect(JSON.stringify(out).includes(value), value).toBe(false);
    });

    it('with the pupil chosen by pseudonym: gives the toetslijst results and none of the personal data', () => {
      const out = ok(osoDossierReader.read(file(), [], ctx({ pupil: PSEUDONYM })));
      const expectedCodes = toetsen().map((toets) => toets.getElementsByTagNameNS('*', 'eldtoetscode')[0]?.textContent?.trim());
      const parts = toetsen().reduce((sum, toets) => sum + 1 + toets.getElementsByTagNameNS('*', 'toetsonderdeel').length, 0);
      expect(out.rejections).toEqual([]);
      expect(out.results.length + (out.skipped['geen-leerresultaat'] ?? 0)).toBe(parts);
      for (const result of out.results) {
        expect(result.pupil).toBe(PSEUDONYM);
        expect(expectedCodes).toContain(result.code.split('#')[0]);
      }
      const json = JSON.stringify(out);
      for (const value of personalValues(xml())) expect(json.includes(value), value).toBe(false);
      if (expectedCodes.includes('RW2006-12-155')) {
        expect(out.results.find((result) => result.code === 'RW2006-12-155')).toMatchObject({
          level: '1F',
          normBand: { label: 'B' },
          time: '2015-10-23T12:00:00.000Z',
          score: null,
        });
        expect(out.results.find((result) => result.code === 'WISC3NL2005#WISC3NL2005V')).toMatchObject({
          score: { raw: 80, max: 100, scaled: 0.8 },
          durationSeconds: 50,
        });
      } else {
        expect(out.results).toEqual([]);
        expect(out.skipped['toetsresultaten:opt-uit']).toBe(1);
      }
    });
  });
});
