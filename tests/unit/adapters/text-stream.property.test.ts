import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { readBatches } from '@/adapters/files/file-batches';
import { textPieces, type ByteSource } from '@/adapters/files/text-stream';
import { csvColumnsReader } from '@/adapters/csv/csv.reader';
import { sourceId } from '@/domain/ids';

/** Generated cases per property; HOSTILE_RUNS scales them as it does the hostile-input properties. */
const RUNS = Math.max(100, Math.round(Number(process.env['HOSTILE_RUNS'] ?? 10_000) / 10));

/** Text with every kind of line end, multi-byte characters (2, 3 and 4 bytes in UTF-8) and stray BOMs. */
const text = fc
  .array(fc.constantFrom('a', 'Zo', ';', '\r', '\n', '\r\n', 'é', '€', '😀', '\uFEFF', ' '), { maxLength: 60 })
  .map((parts) => parts.join(''));
const asSource = (bytes: Uint8Array, blob: boolean): ByteSource => (blob ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : bytes);

async function piecesOf(source: ByteSource, pieceBytes: number): Promise<string> {
  let out = '';
  for await (const piece of textPieces(source, pieceBytes)) out += piece.text;
  return out;
}

describe('text pieces: the whole text, decoded once, every line end as LF, whatever the cut', () => {
  it('UTF-8 (with or without a BOM) and UTF-16, from bytes or a File, in pieces of 1 to 9 bytes; the bytes handed in stay as they were', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.boolean(),
        fc.constantFrom('utf-8', 'utf-16le'),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        async (body, bom, encoding, pieceBytes, blob) => {
          const full = bom ? `\uFEFF${body}` : body;
          const bytes =
            encoding === 'utf-8'
              ? new TextEncoder().encode(full)
              : new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(full, (char) => char.charCodeAt(0)).buffer)]);
          const before = bytes.slice();
          const expected = new TextDecoder(encoding).decode(bytes).replace(/\r\n?/g, '\n');
          expect(await piecesOf(asSource(bytes, blob), encoding === 'utf-8' ? pieceBytes : pieceBytes * 2)).toBe(expected);
          expect(bytes).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

const ctx: FileReadContext = {
  source: sourceId('fuzz'),
  mapping: {},
  now: '2026-03-05T12:00:00.000Z',
  resolveSloIds: () => [],
  options: { columns: { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Punten', max: 'Max' } },
};
const PUPILS = ['https://ketenid.nl/201703/' + 'ab12'.repeat(32), 'https://ketenid.nl/201703/' + 'cd34'.repeat(32), 'Jan de Vries', ''];
const cell = fc.constantFrom(...PUPILS, '01-02-2026 10:15', '2026-02-30', 'RÉKENEN-€1', '7,5', '10', 'x', '"a;\r\nb"', '😀');
const line = fc.array(cell, { minLength: 0, maxLength: 6 }).map((cells) => cells.join(';'));
const csv = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 12, maxLength: 12 }))
  .map(([lines, ends]) => ['Leerling;Datum;Opdracht;Punten;Max', ...lines].map((row, at) => row + (ends[at % ends.length] ?? '\n')).join(''));

describe('a streamed CSV gives what the whole-file reader gives, whatever the pieces', () => {
  it('results and rejections (ids, line numbers, reasons) equal, for mixed line ends, multi-byte cells, quoted line ends', async () => {
    await fc.assert(
      fc.asyncProperty(csv, fc.integer({ min: 1, max: 40 }), async (body, pieceBytes) => {
        const file: ExportFile = { name: 'export.csv', bytes: new TextEncoder().encode(body) };
        const whole = csvColumnsReader.read(file, [], ctx);
        const streamed = { results: [] as unknown[], rejections: [] as unknown[] };
        try {
          for await (const batch of readBatches(csvColumnsReader, [file], ctx, { pieceBytes, batchRecords: 3 })) {
            streamed.results.push(...batch.results);
            streamed.rejections.push(...batch.rejections);
          }
        } catch (error) {
          expect(whole.ok).toBe(false);
          expect(error).toMatchObject({ name: 'FileUnreadable' });
          return;
        }
        expect(whole.ok).toBe(true);
        if (!whole.ok) return;
        expect(streamed.results).toEqual(whole.results);
        expect(streamed.rejections).toEqual(whole.rejections);
      }),
      { numRuns: RUNS },
    );
  });
});
