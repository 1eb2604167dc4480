// @vitest-environment node
/**
 * UWLR/OSO XML in batches (decision 027): read piece by piece it gives what the reader gives for
 * the whole text, however the pieces cut it; a DOCTYPE is refused in the piece it stands in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import type { FileBatch } from '@/adapters/files/file-batch';
import { readBatches, streamFormOf } from '@/adapters/files/file-batches';
import { detectReader } from '@/adapters/files/readers';
import { osoDossierReader, uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';
import { DOCTYPE_REFUSED, XmlCapture } from '@/adapters/uwlr/xml-capture';
import { sourceId } from '@/domain/ids';
import { uwlrExport } from '../../support/uwlr-export';

const ctx: FileReadContext = { source: sourceId('lvs'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };
const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });
const MESSAGE = readFileSync(path.resolve(__dirname, '../../fixtures/uwlr/leerresultaten-groep5.xml'), 'utf8');
const ECK = `https://ketenid.nl/201703/${'ab'.repeat(64)}`;
const DOSSIER = `<?xml version="1.0"?><dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata><cat_toetsresultaten>optioneel</cat_toetsresultaten></metadata>
<leerling><achternaam>Jansen</achternaam><eckid>${ECK}</eckid><adres><straat>Dorpsstraat 1</straat></adres><toetslijst>
<toets><toetsidentificatie><eldtoetscode>CITO-REK</eldtoetscode></toetsidentificatie><afname><afnamedatum>2026-01-10</afnamedatum></afname>
<resultaat><toetsscore><aantalgoed>30</aantalgoed><aantalopgaven>40</aantalopgaven></toetsscore></resultaat>
<toetsonderdeel><eldonderdeelcode>GET</eldonderdeelcode><resultaat><toetsscore><aantalgoed>50</aantalgoed><aantalopgaven>40</aantalopgaven></toetsscore></resultaat></toetsonderdeel>
</toets></toetslijst></leerling></dossier>`;

async function batchesOf(main: ExportFile, pieceBytes: number, batchRecords = 2): Promise<FileBatch[]> {
  const reader = detectReader(main);
  if (!reader) throw new Error('no reader');
  const out: FileBatch[] = [];
  for await (const batch of readBatches(reader, [main], ctx, { batchRecords, pieceBytes })) out.push(batch);
  return out;
}
const joined = (batches: FileBatch[]) => ({
  results: batches.flatMap((batch) => batch.results),
  rejections: batches.flatMap((batch) => batch.rejections),
  skipped: batches.map((batch) => batch.skipped).filter((skipped) => Object.keys(skipped).length > 0),
});

describe('UWLR/OSO XML read in batches (decision 027)', () => {
  it('is a streamed form', () => {
    for (const main of [file('lvs.xml', MESSAGE), file('oso.xml', DOSSIER)]) expect(streamFormOf(detectReader(main)!, main.bytes)).toBe('xml');
  });

  it.each([7, 64, 1000])(
    'the UWLR fixture in pieces of %i bytes: every record split across pieces is read whole, as the reader reads the whole text',
    async (piece) => {
      const whole = uwlrLeerresultatenReader.read(file('lvs.xml', MESSAGE), [], ctx);
      if (!whole.ok) throw new Error(whole.detail);
      const batches = await batchesOf(file('lvs.xml', MESSAGE), piece);
      expect(joined(batches).results).toEqual(whole.results);
      expect(joined(batches).rejections).toEqual(whole.rejections);
      expect(whole.results.map((result) => result.recordId)).toEqual(['R-1001', 'R-1002', 'R-2001']);
      expect(batches.at(-1)?.bytesRead).toBe(new TextEncoder().encode(MESSAGE).length);
    },
  );

  it('a generated message with <toetsen> after 300 toetsafnames, in pieces of 100 bytes: all 900 results, in batches near their size', async () => {
    const batches = await batchesOf(file('lvs.xml', uwlrExport(300, 3)), 100, 50);
    const { results, rejections } = joined(batches);
    expect(rejections).toEqual([]);
    expect(results).toHaveLength(900);
    expect(new Set(results.map((result) => result.recordId)).size).toBe(900);
    expect(results[899]).toMatchObject({ recordId: 'R-299-2', score: { raw: 8, scaled: 0.2 } });
    expect(batches.length).toBeGreaterThan(10);
    expect(batches.every((batch) => batch.results.length <= 60)).toBe(true);
  });

  it('an OSO dossier in pieces of 5 bytes: its toetslijst with the out-of-range aantalgoed rejected, nothing else of the pupil', async () => {
    const whole = osoDossierReader.read(file('oso.xml', DOSSIER), [], ctx);
    if (!whole.ok) throw new Error(whole.detail);
    const { results, rejections } = joined(await batchesOf(file('oso.xml', DOSSIER), 5));
    expect(results).toEqual(whole.results);
    expect(results).toHaveLength(1);
    expect(rejections.map((rejection) => rejection.code)).toEqual(['invalid-score']);
    expect(JSON.stringify({ results, rejections })).not.toMatch(/Jansen|Dorpsstraat/);
  });

  it('an OSO dossier whose cat_toetsresultaten is not an explicit allow, in small pieces: no result, counted as opted out', async () => {
    const withheld = DOSSIER.replace('optioneel', 'Verboden');
    const { results, skipped } = joined(await batchesOf(file('oso.xml', withheld), 16));
    expect(results).toEqual([]);
    expect(skipped).toEqual([{ 'toetsresultaten:opt-uit': 1 }]);
  });

  it('a DOCTYPE in the first piece is refused with its reason before the rest is read, whatever follows', async () => {
    const text = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>${MESSAGE.replace(/<\?xml[^>]*>/, '').replace('</toetsafnames>', '</kapot>')}`;
    await expect(batchesOf(file('lvs.xml', text), 64)).rejects.toMatchObject({ detail: DOCTYPE_REFUSED });
    const capture = new XmlCapture({ capture: () => true, take: () => undefined });
    expect(() => capture.write(text.slice(0, 64))).toThrow(DOCTYPE_REFUSED);
  });

  it('a DOCTYPE cut in two by the pieces is still refused, even in a comment (as parseXml refuses it anywhere)', async () => {
    const text = `<leerresultaten_verzoek><!-- ${'x'.repeat(50)} <!DOCTYPE x> --></leerresultaten_verzoek>`;
    for (const piece of [81, 82, 83, 84, 85, 86, 87])
      await expect(batchesOf(file('lvs.xml', text), piece)).rejects.toMatchObject({ detail: DOCTYPE_REFUSED });
  });

  it('a message broken near its end gives no batch at all (checked whole before the first)', async () => {
    const broken = uwlrExport(300, 3).replace('</toetsen>', '</toets>');
    await expect(batchesOf(file('lvs.xml', broken), 1000, 50)).rejects.toMatchObject({
      detail: expect.stringMatching(/^geen geldige XML: tag mismatch, regel \d+/),
    });
  });
});
