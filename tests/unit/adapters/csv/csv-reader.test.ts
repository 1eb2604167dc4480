import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guessCsvColumns } from '@/adapters/csv/csv.columns';
import { csvColumnsReader } from '@/adapters/csv/csv.reader';
import { parseNumber, parseTime } from '@/adapters/csv/csv.values';
import { detectReader, FILE_READERS } from '@/adapters/files/readers';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { goalId, sourceId } from '@/domain/ids';

const ctx: FileReadContext = {
  source: sourceId('toetsen'),
  mapping: { 'REKENEN-BREUKEN-1': [goalId('rekenen.getallen.1f')] },
  now: '2026-03-05T12:00:00.000Z',
  resolveSloIds: () => [],
};
/** The fixture's columns: "Uit" (out of) cannot be guessed, so the school maps it once. */
const columns = { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Behaalde punten', max: 'Uit', workForm: 'Werkvorm' };
const file = (text: string, name = 'export.csv'): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });
const fixture = (): ExportFile => ({ name: 'toetsen-export.csv', bytes: new Uint8Array(readFileSync('tests/fixtures/files/toetsen-export.csv')) });
const PUPIL =
  'https://ketenid.nl/201703/3f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b653f9a2c71d04e8b65';

describe('guessCsvColumns', () => {
  it('recognises Dutch and English header names, max before score', () => {
    expect(guessCsvColumns(['Leerling', 'Datum', 'Opdracht', 'Behaalde punten', 'Max. punten', 'Werkvorm'])).toEqual({
      columns: { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Behaalde punten', max: 'Max. punten', workForm: 'Werkvorm' },
      missing: [],
    });
    expect(guessCsvColumns(['student_id', 'timestamp', 'item', 'score', 'maximum', 'duration', 'passed']).columns).toMatchObject({
      pupil: 'student_id',
      time: 'timestamp',
      code: 'item',
      score: 'score',
      max: 'maximum',
      duration: 'duration',
      success: 'passed',
    });
  });

  it('names the required fields it cannot find', () => {
    expect(guessCsvColumns(['Naam', 'Klas', 'Score']).missing).toEqual(['pupil', 'time', 'code', 'max']);
  });
});

describe('CSV values', () => {
  it('reads a decimal comma and thousands separators', () => {
    expect(parseNumber('7,5')).toBe(7.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('zeven')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('reads ISO and Dutch dates as Amsterdam time', () => {
    expect(parseTime('2026-03-02T09:15:00Z')).toBe('2026-03-02T09:15:00.000Z');
    expect(parseTime('02-03-2026 09:15')).toBe('2026-03-02T08:15:00.000Z');
    expect(parseTime('02-07-2026 09:15')).toBe('2026-07-02T07:15:00.000Z');
    expect(parseTime('2026-03-02')).toBe('2026-03-01T23:00:00.000Z');
    expect(parseTime('31-02-2026')).toBeNull();
    expect(parseTime('gisteren')).toBeNull();
  });
});

describe('the generic CSV reader', () => {
  it('is detected for a delimited export after the JSON readers, and not for JSON', () => {
    expect(FILE_READERS.at(-1)?.kind).toBe(csvColumnsReader.kind);
    expect(detectReader(fixture())?.kind).toBe('csv-columns');
    expect(csvColumnsReader.detect(file('[{"verb": {}}]'))).toBe(false);
    expect(csvColumnsReader.detect(file('just one line of prose'))).toBe(false);
  });

  it('reads a ; separated export with BOM, CRLF, Dutch dates and a decimal comma; each bad row is a rejection naming the row and field', () => {
    const read = csvColumnsReader.read(fixture(), [], { ...ctx, options: { columns } });
    if (!read.ok) throw new Error(read.detail);
    expect(read.results).toHaveLength(3);
    const [first] = read.results;
    expect(first).toMatchObject({
      pupil: PUPIL,
      code: 'REKENEN-BREUKEN-1',
      goals: ['rekenen.getallen.1f'],
      workForm: 'test',
      time: '2026-03-02T08:15:00.000Z',
      score: { raw: 7.5, max: 10, scaled: 0.75 },
    });
    expect(read.results[1]).toMatchObject({ workForm: 'practice', goals: [] });
    expect(read.rejections.map((rejection) => [rejection.code, rejection.recordId])).toEqual([
      ['not-a-pseudonym', 'regel 5'],
      ['invalid-time', 'regel 6'],
      ['invalid-score', 'regel 7'],
    ]);
    expect(read.rejections[0]?.detail).toContain('kolom "Leerling"');
    expect(JSON.stringify(read.rejections)).not.toContain('jan.jansen');
  });

  it('gives the same ids when the same file is read again (idempotent import)', () => {
    const once = csvColumnsReader.read(fixture(), [], { ...ctx, options: { columns } });
    const twice = csvColumnsReader.read(fixture(), [], { ...ctx, options: { columns } });
    expect(once.ok && once.results).toHaveLength(3);
    expect(once.ok && twice.ok && once.results.map((result) => result.id)).toEqual(twice.ok && twice.results.map((result) => result.id));
  });

  it('uses the column mapping from the options, with , and tab delimiters', () => {
    const text = `wie,wanneer,wat,goed,van\n${PUPIL},2026-03-02T09:00:00Z,LEZEN-1,3,4\n`;
    const own = { pupil: 'wie', time: 'wanneer', code: 'wat', score: 'goed', max: 'van' };
    const comma = csvColumnsReader.read(file(text), [], { ...ctx, options: { columns: own } });
    expect(comma.ok && comma.results[0]?.score?.scaled).toBe(0.75);
    const tab = csvColumnsReader.read(file(text.replace(/,/g, '\t')), [], { ...ctx, options: { columns: own } });
    expect(tab.ok && tab.results).toHaveLength(1);
  });

  it('without a mapping and with unguessable headers the file is unreadable, naming the missing columns', () => {
    expect(csvColumnsReader.read(fixture(), [], ctx)).toEqual({ ok: false, detail: expect.stringContaining('ontbreken of zijn niet herkend: max') });
    const read = csvColumnsReader.read(file(`wie;wanneer;wat\n${PUPIL};2026-03-02;X\n`), [], ctx);
    expect(read).toEqual({ ok: false, detail: expect.stringContaining('leerling, datum, code, score, max') });
  });

  it('a mapping naming a column the file lacks is unreadable with that column named', () => {
    const read = csvColumnsReader.read(fixture(), [], { ...ctx, options: { columns: { ...columns, score: 'Score' } } });
    expect(read).toEqual({ ok: false, detail: expect.stringContaining('score ("Score")') });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, withHeader) => {
        const input = file(withHeader ? `Leerling;Datum;Code;Score;Max\n${text}` : text);
        csvColumnsReader.detect(input);
        const read = csvColumnsReader.read(input, [], ctx);
        expect(typeof read.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
