import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from '@/ui/csv';

describe('CSV for people', () => {
  it.each(['=HYPERLINK("http://x")', '+31 6 1234', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a cell a spreadsheet would run: %j',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it('leaves ordinary cells alone and quotes separators, quotes and line breaks', () => {
    expect(
      toCsv([
        ['Leerling', 'Rekenen'],
        ['Anna "A" de Boer', '72%'],
        ['Bram; Smit', 'regel\nnieuw'],
        ['=1+1', null],
      ]),
    ).toBe('\uFEFFLeerling;Rekenen\r\n"Anna ""A"" de Boer";72%\r\n"Bram; Smit";"regel\nnieuw"\r\n\'=1+1;\r\n');
  });
});
