import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceId } from '@/domain/ids';
import { REJECTION_CODES } from '@/domain/model';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { osoDossierReader, uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';
import { instantOfDate, parseXml } from '@/adapters/uwlr/uwlr.xml';

const file = (text: string): ExportFile => ({ name: 'x.xml', bytes: new TextEncoder().encode(text) });
const ctx: FileReadContext = { source: sourceId('lvs'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };
const NS = 'xmlns="http://www.edustandaard.nl/leerresultaten/2/leerresultaten"';
const ECK = 'https://ketenid.nl/201703/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<leerresultaten_verzoek ${NS}><toetsafnames><toetsafname><eckid>&lol9;</eckid></toetsafname></toetsafnames></leerresultaten_verzoek>`;

describe('UWLR/OSO XML: hostile and broken input', () => {
  it('refuses a billion-laughs DOCTYPE at once, without expanding it', () => {
    // How fast it refuses is measured in tests/bench/xml-hostile.bench.ts (no timed unit tests).
    const read = uwlrLeerresultatenReader.read(file(BILLION_LAUGHS), [], ctx);
    expect(read).toEqual({ ok: false, detail: expect.stringMatching(/DOCTYPE/) });
  });

  it('refuses an external entity (DOCTYPE SYSTEM) and never reads the file it names', () => {
    const read = osoDossierReader.read(
      file('<?xml version="1.0"?><!DOCTYPE dossier SYSTEM "file:///etc/passwd"><dossier><metadata/></dossier>'),
      [],
      ctx,
    );
    expect(read).toEqual({ ok: false, detail: expect.stringMatching(/DOCTYPE/) });
  });

  it('an undeclared entity is unreadable with a reason, and does not echo the file', () => {
    const parsed = parseXml(`<leerresultaten_verzoek ${NS}><geheim>Jansen&nbsp;</geheim></leerresultaten_verzoek>`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.detail).toMatch(/^geen geldige XML: entity not found/);
      expect(parsed.detail).not.toContain('Jansen');
    }
  });

  it('predefined and character entities are read as text', () => {
    const parsed = parseXml('<a>&amp;&lt;&#65;&#x42;</a>');
    expect(parsed.ok && parsed.document.documentElement?.textContent).toBe('&<AB');
  });

  it.each([
    ['an empty file', '', /leeg bestand/],
    ['tags that do not match', `<leerresultaten_verzoek ${NS}><toetsafnames></leerresultaten_verzoek>`, /geen geldige XML/],
    ['a truncated file', `<leerresultaten_verzoek ${NS}><toetsafnames><toetsafname>`, /geen geldige XML/],
    ['another XML message', `<leerresultaten_bevestiging ${NS}/>`, /leerresultaten_verzoek ontbreekt/],
  ])('%s is unreadable with a reason', (_name, text, reason) => {
    const read = uwlrLeerresultatenReader.read(file(text), [], ctx);
    expect(read).toEqual({ ok: false, detail: expect.stringMatching(reason) });
  });

  it('a 100k-character key, value or vakgebied does not break the message: the record is rejected, the rest imports', () => {
    const long = 'k'.repeat(100_000);
    const text = `<leerresultaten_verzoek ${NS}><toetsafnames><toetsafname><leerlingid>1</leerlingid><eckid>${ECK}</eckid><resultaten>
      <resultaat key="${long}"><afnamedatum>2026-01-15</afnamedatum><toetscode>T</toetscode><score>1</score></resultaat>
      <resultaat key="ok"><afnamedatum>2026-01-15</afnamedatum><toetscode>T</toetscode><score>${'9'.repeat(100_000)}</score></resultaat>
      <resultaat key="ok2"><afnamedatum>2026-01-15</afnamedatum><toetscode>T</toetscode><score>2</score></resultaat>
    </resultaten></toetsafname></toetsafnames><toetsen><toets><toetscode>T</toetscode><vakgebied>${long}</vakgebied></toets></toetsen></leerresultaten_verzoek>`;
    const read = uwlrLeerresultatenReader.read(file(text), [], ctx);
    if (!read.ok) throw new Error(read.detail);
    expect(read.results.map((result) => result.recordId)).toEqual(['ok2']);
    expect(read.rejections.map((rejection) => rejection.code)).toEqual(['invalid-record', 'invalid-score']);
    expect(JSON.stringify(read).length).toBeLessThan(5000);
  });

  it('a normkleur outside 0..255 gives the neutral colour, never a CSS value from the file', () => {
    const text = `<leerresultaten_verzoek ${NS}><toetsafnames><toetsafname><leerlingid>1</leerlingid><eckid>${ECK}</eckid><resultaten>
      <resultaat key="c"><afnamedatum>2026-01-15</afnamedatum><toetscode>T</toetscode><score>5</score></resultaat></resultaten></toetsafname></toetsafnames>
      <toetsen><toets><toetscode>T</toetscode><toetsnormering><norm><term>x</term><beginnormwaarde>0</beginnormwaarde><eindnormwaarde>10</eindnormwaarde>
      <normkleur><rood_code>red;background:url(x)</rood_code><groen_code>300</groen_code><blauw_code>0</blauw_code><transparantie>1</transparantie></normkleur></norm></toetsnormering></toets></toetsen></leerresultaten_verzoek>`;
    const read = uwlrLeerresultatenReader.read(file(text), [], ctx);
    expect(read.ok && read.results[0]?.normBand).toEqual({ label: 'x', colour: '#6b7280' });
  });

  it('reads xs:date as noon UTC and refuses what is not a calendar day', () => {
    expect(instantOfDate('2026-03-29')).toBe('2026-03-29T12:00:00.000Z');
    expect(instantOfDate('2026-03-29+01:00')).toBe('2026-03-29T12:00:00.000Z');
    expect(instantOfDate('2026-02-29')).toBeNull();
    expect(instantOfDate('29-03-2026')).toBeNull();
    expect(instantOfDate(null)).toBeNull();
  });

  it('never throws: any text, and any cut or splice of a valid message, is read or unreadable with a reason', () => {
    const valid = readFileSync(path.resolve(__dirname, '../../fixtures/uwlr/leerresultaten-groep5.xml'), 'utf8');
    const mutated = fc
      .tuple(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 40 }))
      .map(([from, to, insert]) => valid.slice(0, Math.min(from, to)) + insert + valid.slice(Math.max(from, to)));
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (text) => {
        for (const reader of [uwlrLeerresultatenReader, osoDossierReader]) {
          expect(typeof reader.detect(file(text))).toBe('boolean');
          const read = reader.read(file(text), [], ctx);
          if (!read.ok) expect(read.detail.length).toBeGreaterThan(0);
          else for (const rejection of read.rejections) expect(REJECTION_CODES).toContain(rejection.code);
        }
      }),
      { numRuns: 300 },
    );
  });
});
