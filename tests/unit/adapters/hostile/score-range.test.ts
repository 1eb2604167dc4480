import { describe, expect, it } from 'vitest';
import type { ExportFile, FileRead, FileReadContext, FileReader } from '@/adapters/files/export-file';
import { xapiFileReader } from '@/adapters/files/json-readers';
import { osoDossierReader, uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';
import { sourceId } from '@/domain/ids';
import { scaleScore } from '@/domain/model';
import { oso, uwlr, xapi } from './hostile-inputs';

const ctx: FileReadContext = { source: sourceId('hostile'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };
const file = (text: string): ExportFile => ({ name: 'x', bytes: new TextEncoder().encode(text) });
const readOk = (reader: FileReader, text: string): Extract<FileRead, { ok: true }> => {
  const read = reader.read(file(text), [], ctx);
  if (!read.ok) throw new Error(read.detail);
  return read;
};
const rejectedFor = (read: Extract<FileRead, { ok: true }>, pattern: RegExp) => {
  expect(read.results).toEqual([]);
  expect(read.rejections).toHaveLength(1);
  expect(read.rejections[0]).toMatchObject({ code: 'invalid-score', detail: expect.stringMatching(pattern), issue: { code: 'out_of_range' } });
};

describe('scores outside their scale are rejected with a reason, never clamped (issue 13 item 4)', () => {
  it('the shared scaler no longer clamps', () => {
    expect(scaleScore(12, 0, 10)).toBeNull();
    expect(scaleScore(-1, 0, 10)).toBeNull();
    expect(scaleScore(10, 0, 10)).toMatchObject({ scaled: 1 });
  });

  it('UWLR: a score far above its normering', () => {
    expect(readOk(uwlrLeerresultatenReader, uwlr('30')).results).toHaveLength(1);
    rejectedFor(readOk(uwlrLeerresultatenReader, uwlr('400')), /score.*buiten 0–40/);
  });

  it('OSO: aantalgoed below 0 or above aantalopgaven', () => {
    expect(readOk(osoDossierReader, oso('40', '50')).results).toHaveLength(1);
    rejectedFor(readOk(osoDossierReader, oso('-3', '50')), /aantalgoed.*buiten 0–50/);
    rejectedFor(readOk(osoDossierReader, oso('60', '50')), /aantalgoed.*buiten 0–50/);
  });

  it('xAPI: raw below 0 without a min', () => {
    expect(readOk(xapiFileReader, xapi({ raw: 5, max: 10 })).results).toHaveLength(1);
    rejectedFor(readOk(xapiFileReader, xapi({ raw: -5, max: 10 })), /raw.*buiten 0–10/);
  });
});
