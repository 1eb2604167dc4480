import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLines, lineEndingOf, unifyLineEndings } from '@/adapters/csv/csv.lines';

/** Cells from characters that matter to a CSV parser: quotes, delimiters, every kind of line end, spaces. */
const cellText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', ',', ';', '\r', '\n', '\r\n', '\uFEFF'), maxLength: 8 });
const cell = fc.oneof(
  cellText,
  cellText.map((text) => `"${text.replaceAll('"', '""')}"`),
);
const ending = fc.constantFrom('\n', '\r\n', '\r');
/** Rows of cells, each row ended by its own line ending (or all rows by one). */
const text = fc
  .tuple(fc.array(fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), ending), { maxLength: 12 }), fc.option(ending), fc.boolean())
  .map(([rows, only, bom]) => (bom ? '\uFEFF' : '') + rows.map(([cells, end]) => cells.join(',') + (only ?? end)).join(''));

describe('csvLines: rows and line numbers whatever the line endings', () => {
  it('reads a text as it reads the same text with every line end as LF (rows, cells, line numbers)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(',', ''), fc.integer({ min: 1, max: 3 }), (input, delimiter, first) => {
        expect(csvLines(input, delimiter, first)).toEqual(csvLines(unifyLineEndings(input), delimiter, first));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same rows for a CRLF, a CR and an LF export, a quoted cell over two lines read with LF', () => {
    const rows = ['id,opmerking', '1,"twee\r\nregels"', '', '2,klaar'];
    const expected = [
      { line: 1, cells: ['id', 'opmerking'] },
      { line: 2, cells: ['1', 'twee\nregels'] },
      { line: 5, cells: ['2', 'klaar'] },
    ];
    for (const end of ['\n', '\r\n', '\r']) expect(csvLines(rows.join(end).replaceAll('\r\n', end), ',')).toEqual(expected);
    expect(csvLines(`id,opmerking\r\n1,"twee\rregels"\n\r2,klaar`, ',')).toEqual(expected);
  });
});

describe('lineEndingOf', () => {
  it('names the one line ending a text uses, or null when it mixes them', () => {
    expect(lineEndingOf('a,b')).toBe('\n');
    expect(lineEndingOf('a\nb\n')).toBe('\n');
    expect(lineEndingOf('a\r\nb\r\n')).toBe('\r\n');
    expect(lineEndingOf('a\rb\r')).toBe('\r');
    expect(lineEndingOf('a\r\nb\n')).toBeNull();
    expect(lineEndingOf('a\r\nb\rc')).toBeNull();
    expect(lineEndingOf('a\rb\nc')).toBeNull();
    expect(lineEndingOf('\na\r\n')).toBeNull();
  });

  it('agrees with the line ends a text holds', () => {
    fc.assert(
      fc.property(text, (input) => {
        const ends = input.match(/\r\n|\r|\n/g) ?? [];
        const kinds = new Set(ends);
        expect(lineEndingOf(input)).toBe(kinds.size === 0 ? '\n' : kinds.size === 1 ? [...kinds][0] : null);
      }),
      { numRuns: 3000 },
    );
  });
});
