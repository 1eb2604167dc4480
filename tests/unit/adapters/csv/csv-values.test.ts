import { describe, expect, it } from 'vitest';
import { csvColumnsReader, csvRows } from '@/adapters/csv/csv.reader';
import { parseDuration, parseTime, parseWorkForm } from '@/adapters/csv/csv.values';
import { sourceId } from '@/domain/ids';

describe('parseTime: dates that do not exist', () => {
  it('refuses a day past the end of the month also with a time zone, instead of rolling into the next month', () => {
    expect(parseTime('2026-02-30T10:00:00Z')).toBeNull();
    expect(parseTime('2026-04-31T10:00:00+02:00')).toBeNull();
    expect(parseTime('2026-02-28T10:00:00Z')).toBe('2026-02-28T10:00:00.000Z');
  });

  it('reads a local ISO time with fractional seconds, as the zoned form allows', () => {
    expect(parseTime('2026-03-02T09:15:00.250')).toBe('2026-03-02T08:15:00.000Z');
  });
});

describe('parseDuration: clock notation', () => {
  it('reads mm:ss and h:mm:ss', () => {
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('1:02:03')).toBe(3723);
  });

  it('refuses minutes or seconds past 59 in h:mm:ss and seconds past 59 in mm:ss', () => {
    expect(parseDuration('0:75')).toBeUndefined();
    expect(parseDuration('1:99:00')).toBeUndefined();
  });
});

describe('the generic CSV reader: rows that share pupil, day and code', () => {
  const PUPIL = 'ps-3f9a2c71d04e8b65';
  const ctx = { source: sourceId('toetsen'), mapping: {}, now: '2026-03-05T12:00:00.000Z', resolveSloIds: () => [] };
  const text = `leerling;datum;code;score;max\n${PUPIL};2026-03-02;OEF-1;4;10\n${PUPIL};2026-03-02;OEF-1;7;10\n${PUPIL};2026-03-02;OEF-1;9;10\n`;
  const read = () => csvColumnsReader.read({ name: 'oefenen.csv', bytes: new TextEncoder().encode(text) }, [], ctx);

  it('keeps each row as its own result (two attempts on one day are not one), with the same ids on a re-import', () => {
    const once = read();
    const twice = read();
    if (!once.ok || !twice.ok) throw new Error('unreadable');
    expect(once.results.map((result) => result.score?.raw)).toEqual([4, 7, 9]);
    expect(new Set(once.results.map((result) => result.id)).size).toBe(3);
    expect(twice.results.map((result) => result.id)).toEqual(once.results.map((result) => result.id));
  });

  it('keeps the ids of earlier versions (a re-import of an old file updates its results instead of doubling them)', () => {
    const once = read();
    if (!once.ok) throw new Error('unreadable');
    // Written down from the reader before its hashing was made faster (the same FNV-1a digits).
    expect(once.results.map((result) => result.recordId)).toEqual(['csv-6e27492a69ca50a2', 'csv-6e27492a69ca50a2-2', 'csv-6e27492a69ca50a2-3']);
    const bad = csvColumnsReader.read(
      { name: 'o.csv', bytes: new TextEncoder().encode(`leerling;datum;code;score;max\n${PUPIL};gisteren;OEF-1;4;10\n`) },
      [],
      ctx,
    );
    expect(bad.ok && bad.rejections.map((rejection) => rejection.id)).toEqual(['toetsen|csv-f41f7df11858c679']);
  });

  it('reads a work form by its name only: "constructor" or "toString" is practice, not a property of every object', () => {
    const forms = ['Toets', ' oefenen ', 'constructor', 'toString', '__proto__', ''].map((form) => parseWorkForm(form));
    expect(forms).toEqual(['test', 'practice', 'practice', 'practice', 'practice', 'practice']);
  });
});

describe('csvRows: an export made for Excel', () => {
  it('reads a first line "sep=;" as the delimiter, not as the header', () => {
    expect(csvRows('sep=;\r\nLeerling;Datum;Code\r\nps-1;2026-03-02;A\r\n')).toEqual({
      headers: ['Leerling', 'Datum', 'Code'],
      rows: [{ line: 3, cells: ['ps-1', '2026-03-02', 'A'] }],
    });
    expect(csvRows('\uFEFFsep=,\nLeerling,Datum\nps-1,2026-03-02\n').headers).toEqual(['Leerling', 'Datum']);
    const read = csvColumnsReader.read(
      { name: 'excel.csv', bytes: new TextEncoder().encode('sep=;\nleerling;datum;code;score;max\nps-3f9a2c71d04e8b65;2026-03-02;A;12;10\n') },
      [],
      { source: sourceId('toetsen'), mapping: {}, now: '2026-03-05T12:00:00.000Z', resolveSloIds: () => [] },
    );
    expect(read.ok && read.rejections.map((rejection) => rejection.recordId)).toEqual(['regel 3']);
  });
});
