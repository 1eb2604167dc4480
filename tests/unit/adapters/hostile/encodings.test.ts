import { describe, expect, it } from 'vitest';
import { checkExport } from '@/adapters/files/check-export';
import type { ExportFile, FileReadContext } from '@/adapters/files/export-file';
import { detectReader } from '@/adapters/files/readers';
import { sourceId } from '@/domain/ids';
import { csvColumns, uwlr, xapi } from './hostile-inputs';

const ctx: FileReadContext = { source: sourceId('hostile'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };

/** Text as UTF-16 with its byte-order mark, little- or big-endian, as Excel's "Unicode text" and Windows tools write it. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[2 + i * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}
const read = (file: ExportFile) => detectReader(file)?.read(file, [], ctx) ?? { ok: false as const, detail: 'onbekende vorm' };

describe('encodings (issue 13 item 7)', () => {
  it.each(['le', 'be'] as const)('reads UTF-16 %s with a byte-order mark: CSV, xAPI and UWLR', (endian) => {
    for (const [name, text] of [
      ['export.csv', csvColumns()],
      ['statements.json', xapi({ raw: 5, max: 10 })],
      ['uwlr.xml', uwlr('30')],
    ] as const) {
      const outcome = read({ name, bytes: utf16(text, endian) });
      expect(outcome.ok && outcome.results.length).toBe(1);
    }
  });

  it('refuses invalid UTF-8 with its line, never putting U+FFFD into a pupil id', () => {
    const good = new TextEncoder().encode(csvColumns());
    const lines = csvColumns().split('\n');
    const at = new TextEncoder().encode(`${lines[0]}\n`).length + 30; // inside the pupil id on line 2
    const bytes = new Uint8Array(good);
    bytes[at] = 0xff;
    const outcome = read({ name: 'export.csv', bytes });
    expect(outcome).toEqual({ ok: false, detail: expect.stringMatching(/^export\.csv: regel 2: geen geldige UTF-8 \(byte \d+\)/) });
    expect(JSON.stringify(outcome)).not.toContain('\uFFFD');
  });

  it('names the right line past CRLF and CR line ends, and refuses overlong forms and lone surrogates', () => {
    const prefix = new TextEncoder().encode('Leerling;Datum;Opdracht;Score;Max\r\nx;y\rz;');
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x82],
    ]) {
      const bytes = new Uint8Array([...prefix, ...bad, 0x0a]);
      const outcome = read({ name: 'export.csv', bytes });
      expect(outcome.ok ? 'read' : outcome.detail).toMatch(/regel 3: geen geldige UTF-8/);
    }
  });

  it('npm run check-export says the same', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(uwlr('30').slice(0, 200)), 0xfe, ...new TextEncoder().encode(uwlr('30').slice(200))]);
    expect(checkExport({ file: { name: 'uwlr.xml', bytes }, companions: [] }, { now: ctx.now, resolveSloIds: () => [] })).toMatchObject({
      accepted: 0,
      error: expect.stringMatching(/regel 1: geen geldige UTF-8/),
    });
  });
});
