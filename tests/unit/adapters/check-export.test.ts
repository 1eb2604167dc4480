import { describe, expect, it } from 'vitest';
import { checkExport, isUnreadable } from '@/adapters/files/check-export';
import type { ExportFile } from '@/adapters/files/export-file';
import { detectReader } from '@/adapters/files/readers';
import { parseColumns } from '@/cli/check-export.columns';
import { parsePseudonym } from '@/cli/report.options';

const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });
const context = { now: '2026-07-03T12:00:00.000Z', resolveSloIds: () => [] };

const statement = (id: string, actor: unknown, raw = 7) => ({
  id,
  actor,
  verb: { id: 'http://adlnet.gov/expapi/verbs/scored' },
  object: { id: 'https://leverancier.example/oefening/breuken-1', objectType: 'Activity' },
  result: { score: { raw, min: 0, max: 10 } },
  timestamp: '2026-06-01T09:00:00Z',
});
const account = { account: { homePage: 'https://eckid.example', name: 'pseudo-0123456789abcdef' } };

describe('checkExport: what the importers make of one file', () => {
  it('counts accepted, rejected by reason, and unmapped codes of an xAPI export', () => {
    const text = JSON.stringify([
      statement('6f1c2b9e-7a1d-4a4f-9a43-000000000001', account),
      statement('6f1c2b9e-7a1d-4a4f-9a43-000000000002', { mbox: 'mailto:kind@school.example' }),
      { ...statement('6f1c2b9e-7a1d-4a4f-9a43-000000000003', account), verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' } },
    ]);
    const line = checkExport({ file: file('lrs.json', text), companions: [] }, context);
    expect(line).toMatchObject({ file: 'lrs.json', kind: 'xapi-statements', accepted: 1, rejected: 1, skipped: 1, unmappedCodes: 1 });
    expect(line.reasons).toEqual({ 'not-a-pseudonym': 1, 'skipped:experienced': 1 });
    expect(isUnreadable(line)).toBe(false);
  });

  it('reports broken JSON of a recognised kind as unreadable with the parser reason, without echoing content', () => {
    const line = checkExport({ file: file('kapot.json', '{"actor": {"name": "Jan Jansen"}, "verb": '), companions: [] }, context);
    expect(line.kind).toBe('xapi-statements');
    expect(isUnreadable(line)).toBe(true);
    expect(line.reasons).toEqual({ unreadable: 1 });
    expect(line.error).toMatch(/geen geldige JSON/);
    expect(line.error).not.toContain('Jansen');
  });

  it('names no kind for a file no reader recognises', () => {
    const line = checkExport({ file: file('foto.png', '\u0089PNG\r\n\u001a\n'), companions: [] }, context);
    expect(line).toMatchObject({ kind: null, accepted: 0, reasons: { unreadable: 1 } });
    expect(line.error).toMatch(/onbekende vorm/);
  });

  it('tells Caliper from xAPI by content, whatever the file is called', () => {
    const caliper = { '@context': 'http://purl.imsglobal.org/ctx/caliper/v1p2', type: 'GradeEvent', actor: 'urn:x', action: 'Graded' };
    expect(detectReader(file('export.json', JSON.stringify(caliper)))?.kind).toBe('caliper-events');
    expect(detectReader(file('export.caliper', JSON.stringify([statement('x', account)])))?.kind).toBe('xapi-statements');
    expect(detectReader(file('leeg.json', '   '))).toBeNull();
  });
});

describe('checkExport with columns named by hand (check-export --columns)', () => {
  const csv =
    '\uFEFFLeerling;Datum;Opdracht;Behaalde punten;Uit\r\nhttps://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65;02-03-2026 09:15;REKENEN-BREUKEN-1;7,5;10\r\n';

  it('cannot read a CSV whose max column it cannot guess, and can once that column is named; the rest is guessed', () => {
    expect(checkExport({ file: file('toetsen.csv', csv), companions: [] }, context).error).toMatch(/kolommen ontbreken of zijn niet herkend: max/);
    const line = checkExport({ file: file('toetsen.csv', csv), companions: [] }, { ...context, columns: { max: 'Uit' } });
    expect(line).toMatchObject({ kind: 'csv-columns', accepted: 1, rejected: 0 });
  });

  it('a column named for one field is not also guessed for another', () => {
    // "Behaalde punten" would be guessed as the score; named as the maximum, the score column is missing.
    const line = checkExport({ file: file('toetsen.csv', csv), companions: [] }, { ...context, columns: { max: 'Behaalde punten' } });
    expect(line.error).toMatch(/ontbreken.*score/);
  });
});

describe('parseColumns: the --columns value', () => {
  it('reads veld=Kolomkop pairs and the JSON the wizard saves (also wrapped as {"columns": ...})', () => {
    expect(parseColumns({ pairs: 'max=Uit, score=Behaalde punten' })).toEqual({ columns: { max: 'Uit', score: 'Behaalde punten' } });
    expect(parseColumns({ json: '{"pupil":"Leerling","max":"Uit","min":null}', from: 'k.json' })).toEqual({
      columns: { pupil: 'Leerling', max: 'Uit' },
    });
    expect(parseColumns({ json: '{"columns":{"max":"Uit"}}', from: 'k.json' })).toEqual({ columns: { max: 'Uit' } });
  });

  it('says what is wrong: an unknown field, a pair without a header, no JSON object', () => {
    expect(parseColumns({ pairs: 'maximum=Uit' })).toEqual({
      error: expect.stringMatching(/onbekend veld "maximum".*velden: pupil, time, code, score, max/),
    });
    expect(parseColumns({ pairs: 'max' })).toEqual({ error: expect.stringMatching(/max moet een kolomkop zijn/) });
    expect(parseColumns({ json: '[1]', from: 'k.json' })).toEqual({ error: expect.stringMatching(/k.json moet een JSON-object zijn/) });
    expect(parseColumns({ json: '{', from: 'k.json' })).toEqual({ error: 'k.json is geen geldige JSON' });
    expect(parseColumns({ json: '{}', from: 'k.json' })).toEqual({ error: expect.stringMatching(/noemt geen enkele kolom/) });
  });
});

describe('--pseudonym: the form of the pupil keys, from the fixed list only', () => {
  it('takes eck, uuid and any, and refuses anything else (a pattern too) with the choices', () => {
    expect(parsePseudonym('uuid')).toEqual({ value: 'uuid' });
    expect(parsePseudonym('^[a-z]+$')).toEqual({ error: expect.stringContaining('kies eck, uuid, any') });
  });
});
