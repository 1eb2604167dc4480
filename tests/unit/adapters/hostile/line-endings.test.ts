import { describe, expect, it } from 'vitest';
import type { ExportFile, FileRead, FileReadContext } from '@/adapters/files/export-file';
import { detectReader } from '@/adapters/files/readers';
import { parseRosterCsv } from '@/adapters/roster/roster-csv';
import { sourceId } from '@/domain/ids';
import { ECK, oneRosterLineItems } from './hostile-inputs';

const ctx: FileReadContext = { source: sourceId('hostile'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };
const file = (name: string, text: string): ExportFile => ({ name, bytes: new TextEncoder().encode(text) });
const ENDINGS = ['\r\n', '\n', '\r'];
/** Lines joined with CRLF, LF and CR in turn, so every kind of line ending follows every other. */
const mixed = (lines: readonly string[]) => lines.map((line, i) => `${line}${ENDINGS[i % 3]}`).join('');

function read(main: ExportFile, companions: ExportFile[] = []): Extract<FileRead, { ok: true }> {
  const outcome = detectReader(main)?.read(main, companions, ctx);
  if (!outcome?.ok) throw new Error(outcome?.detail ?? 'not recognised');
  return outcome;
}

describe('a file mixing CRLF, LF and CR keeps every row (issue 13 item 6)', () => {
  const pupil = (n: number) => `${ECK.slice(0, -2)}${String(n).padStart(2, '0')}`;

  it('a supplier CSV: 9 of 9 rows read', () => {
    const rows = Array.from({ length: 9 }, (_, n) => `${pupil(n)};2026-01-${String(10 + n)};REKENEN-${n};7;10`);
    const outcome = read(file('export.csv', mixed(['Leerling;Datum;Opdracht;Score;Max', ...rows])));
    expect(outcome.rejections).toEqual([]);
    expect(outcome.results.map((result) => result.code)).toEqual(rows.map((_, n) => `REKENEN-${n}`));
  });

  it('a rejected row is named by its own line, past blank lines and a quoted cell that spans two lines', () => {
    const text = mixed([
      'Leerling;Datum;Opdracht;Score;Max',
      `${pupil(1)};2026-01-10;"REKENEN\r\nBREUKEN";7;10`,
      '',
      ' ; ',
      `${pupil(2)};2026-01-11;REKENEN-2;70;10`,
    ]);
    const outcome = read(file('export.csv', text));
    expect(outcome.results.map((result) => result.code)).toEqual(['REKENEN\nBREUKEN']);
    expect(outcome.rejections.map((rejection) => rejection.recordId)).toEqual(['regel 6']);
  });

  it('OneRoster results.csv and lineItems.csv', () => {
    const results = mixed([
      'sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment',
      ...Array.from({ length: 9 }, (_, n) => `r-${n},active,2026-01-15T10:00:00Z,li-1,${pupil(n)},fully graded,20,2026-01-15,`),
    ]);
    const lineItems = mixed(oneRosterLineItems.split('\n'));
    expect(read(file('results.csv', results), [file('lineItems.csv', lineItems)]).results).toHaveLength(9);
  });

  it('a roster export', () => {
    const roster = parseRosterCsv(mixed(['eckid;voornaam;achternaam;groep', ...Array.from({ length: 9 }, (_, n) => `${pupil(n)};Kind;${n};5A`)]));
    expect(roster.rows).toHaveLength(9);
    expect(roster.rejected).toEqual([]);
  });
});
