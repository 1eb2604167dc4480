import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import type { FileBatch } from '@/adapters/files/file-batch';
import { readBatches, streamFormOf } from '@/adapters/files/file-batches';
import { detectReader } from '@/adapters/files/readers';
import { asciiOnly, scanText, textPieces } from '@/adapters/files/text-stream';
import { goalId, sourceId } from '@/domain/ids';
import { caliper, xapi } from './hostile/hostile-inputs';

const ctx: FileReadContext = {
  source: sourceId('toetsen'),
  mapping: { 'REKENEN-BREUKEN-1': [goalId('rekenen.getallen.1f')] },
  now: '2026-03-05T12:00:00.000Z',
  resolveSloIds: () => [],
  options: { columns: { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Behaalde punten', max: 'Uit', workForm: 'Werkvorm' } },
};
const file = (name: string, text: string | Uint8Array): ExportFile => ({
  name,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});
const FIXTURE = readFileSync('tests/fixtures/files/toetsen-export.csv', 'utf8').replace(/^\uFEFF/, '');

/** All batches of a file, read with tiny pieces (so rows, quoted cells and CRLFs fall across pieces) and batches of 2. */
async function batchesOf(main: ExportFile, pieceBytes = 7): Promise<FileBatch[]> {
  const reader = detectReader(main);
  if (!reader) throw new Error('no reader');
  const out: FileBatch[] = [];
  for await (const batch of readBatches(reader, [main], ctx, { batchRecords: 2, pieceBytes })) out.push(batch);
  return out;
}
const whole = (main: ExportFile) => {
  const read = detectReader(main)?.read(main, [], ctx);
  if (!read?.ok) throw new Error('unreadable');
  return read;
};
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();
const joined = (batches: FileBatch[]) => ({
  results: batches.flatMap((batch) => batch.results),
  rejections: batches.flatMap((batch) => batch.rejections),
});

describe('streaming readers (decision 023): the same results as the whole-file reader, in batches', () => {
  it('CSV: mixed line endings, a quoted cell over two lines, repeated rows, blank lines; pieces of 7 bytes', async () => {
    const [header, ...rows] = FIXTURE.trim().split(/\r?\n/);
    const body = [header, rows[0], '', rows[1], rows[0], `"${rows[2]?.replace(';', '\n;')}"`, rows[3], rows[2]]
      .join('\r\n')
      .replace(/\r\n(?=ps-a8)/, '\r');
    const main = file('export.csv', `\uFEFF${body}\n`);
    const batches = await batchesOf(main);
    const expected = whole(main);
    expect(batches.length).toBeGreaterThan(2);
    expect(batches.every((batch) => batch.results.length + batch.rejections.length <= 2)).toBe(true);
    expect(ids(joined(batches).results)).toEqual(ids(expected.results));
    expect(joined(batches).results).toEqual(expect.arrayContaining([...expected.results]));
    expect(
      joined(batches)
        .rejections.map((rejection) => rejection.detail)
        .sort(),
    ).toEqual(expected.rejections.map((r) => r.detail).sort());
    expect(batches.at(-1)?.bytesRead).toBe(main.bytes.length);
  });

  it('CSV with a quoted cell of many lines longer than the slices papaparse gets, in pieces of 100 kB: the same rows and line numbers', async () => {
    const [header, ...rows] = FIXTURE.trim().split(/\r?\n/);
    const long = Array.from({ length: 5_000 }, (_, n) => `regel ${n} van een lange notitie`).join('\r\n');
    const filler = Array.from({ length: 300 }, () => rows[0]);
    const main = file('export.csv', [header, ...filler, `${rows[1]};"${long}"`, ...filler, 'geen;leerling', rows[2]].join('\n'));
    const batches = await batchesOf(main, 100_000);
    const expected = whole(main);
    expect(main.bytes.length).toBeGreaterThan(200_000);
    expect(ids(joined(batches).results)).toEqual(ids(expected.results));
    expect(joined(batches).rejections.map((rejection) => rejection.recordId)).toEqual(expected.rejections.map((rejection) => rejection.recordId));
    expect(expected.rejections.map((rejection) => rejection.recordId)).toContain(`regel ${2 * filler.length + 5_000 + 2}`);
  });

  it('CSV in UTF-16 with a byte-order mark, and with an Excel "sep=" line', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...FIXTURE].map((c) => c.charCodeAt(0))).buffer)]);
    expect(ids(joined(await batchesOf(file('export.csv', utf16))).results)).toEqual(ids(whole(file('e.csv', FIXTURE)).results));
    const sep = file('export.csv', `sep=;\n${FIXTURE}`);
    expect(joined(await batchesOf(sep)).rejections.map((r) => r.recordId)).toEqual(whole(sep).rejections.map((r) => r.recordId));
  });

  it('refuses before the first batch: invalid UTF-8 by line, a file without a header', async () => {
    const bad = new Uint8Array([...new TextEncoder().encode(`${FIXTURE}`), 0xc3, 0x28, 0x0a]);
    await expect(batchesOf(file('export.csv', bad), 16)).rejects.toMatchObject({
      name: 'FileUnreadable',
      detail: expect.stringMatching(/regel 8: geen geldige UTF-8/),
    });
    expect(await scanText(file('x', FIXTURE).bytes, 5)).toEqual({ problem: null, lines: 7 });
  });

  it('xAPI and Caliper JSON Lines: a broken line is one rejection, a void in an earlier batch withdraws a later statement', async () => {
    const statements = JSON.parse(xapi({ raw: 5, max: 10 })) as Record<string, unknown>[];
    const first = statements[0] as { id: string };
    const voiding = {
      ...first,
      id: 'aaaaaaaa-0d4e-4f5a-8b6c-7d8e9f0a1b20',
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: first.id },
    };
    const other = (n: number) => ({ ...first, id: `6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2${n}` });
    const lines = [other(1), voiding, other(2), other(3), first].map((value) => JSON.stringify(value));
    const main = file('s.jsonl', [lines[0], 'kapot', ...lines.slice(1)].join('\r\n'));
    expect(streamFormOf(detectReader(main)!, main.bytes)).toBe('xapi-lines');
    const got = joined(await batchesOf(main, 11));
    expect(ids(got.results)).toEqual(ids(whole(main).results));
    expect(got.results.map((result) => result.recordId)).not.toContain(first.id);
    expect(got.rejections.map((rejection) => rejection.recordId)).toContain('regel 2');
    const events = file('e.jsonl', [...[caliper(), caliper()].map((text) => JSON.stringify(JSON.parse(text))), 'kapot'].join('\n'));
    expect(ids(joined(await batchesOf(events, 13)).results)).toEqual(ids(whole(events).results));
  });

  it('text pieces: a CRLF split over two pieces is one line end', async () => {
    let text = '';
    for await (const piece of textPieces(new TextEncoder().encode('a\r\nb\rc\r'), 2)) text += piece.text;
    expect(text).toBe('a\nb\nc\n');
    expect(await scanText(new TextEncoder().encode('a\r\nb\rc\nd'), 2)).toEqual({ problem: null, lines: 4 });
    expect(await scanText(new TextEncoder().encode('a\r\n\r\nb\r\n'), 2)).toEqual({ problem: null, lines: 3 });
  });

  it('UTF-8 check: an ASCII piece is not decoded, yet a sequence cut off before it, or a bad byte after it, is still found', async () => {
    const bytes = (...parts: (string | number[])[]) =>
      new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
    // 'é' split over two pieces, then ASCII pieces: valid.
    expect(await scanText(bytes('abc', [0xc3], [0xa9], 'd\nefgh\nij'), 4)).toEqual({ problem: null, lines: 3 });
    // A lead byte whose continuation never comes: the next piece is pure ASCII, and still checked.
    expect((await scanText(bytes('ab\n', [0xc3], 'cdefgh'), 4)).problem).toEqual({ line: 2, byte: 4 });
    // A bad byte in a late piece after many ASCII ones, and one at the very end.
    expect((await scanText(bytes('abcd\nefgh\nijkl', [0xff], 'mn'), 4)).problem).toEqual({ line: 3, byte: 15 });
    expect((await scanText(bytes('abcdefg', [0xe2, 0x82]), 3)).problem?.line).toBe(1);
    // Unaligned views (a subarray) are read byte by byte at their edges.
    const shifted = bytes('x', 'abcdefgh', [0x80], 'ij').subarray(1);
    expect((await scanText(shifted, 8)).problem).toEqual({ line: 1, byte: 9 });
    expect(asciiOnly(bytes('abcdefghi').subarray(1))).toBe(true);
    expect(asciiOnly(bytes('abcde', [0xc3, 0xa9]).subarray(1))).toBe(false);
  });
});
