import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FileRead, FileReadContext } from '@/adapters/files/export-file';
import { readerOfKind } from '@/adapters/files/readers';
import { unzipWanted, ZIP_LIMITS } from '@/adapters/oneroster/oneroster.zip';
import { sourceId } from '@/domain/ids';

const ctx: FileReadContext = { source: sourceId('or-zip'), mapping: {}, now: '2026-07-03T14:00:00.000Z', resolveSloIds: () => [] };
const PUPIL = `https://demo.invalid/nep-eckid/201703/${'cd'.repeat(64)}`;
const LINE_ITEMS =
  'sourcedId,status,dateLastModified,title,classSourcedId,resultValueMin,resultValueMax\nli-1,active,2026-03-01T00:00:00Z,Blok 1,c1,0,40\n';
const RESULTS = `sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate\nr-1,active,2026-03-05T10:00:00Z,li-1,${PUPIL},fully graded,20,2026-03-04\n`;
const read = (bytes: Uint8Array): FileRead => readerOfKind('oneroster-zip')!.read({ name: 'bulk.zip', bytes }, [], ctx);
const refusal = (bytes: Uint8Array) => {
  const out = read(bytes);
  if (out.ok) throw new Error('the zip was read');
  return out.detail;
};

/** Rewrites every declared uncompressed size (local headers and central directory) to `size`: the zip lies. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return out;
}

/** A CSV-looking entry that inflates to `megabytes` MB (a results.csv padded with blank lines). */
const padded = (megabytes: number) => {
  const bytes = new Uint8Array(megabytes * 1024 * 1024).fill(0x0a);
  bytes.set(strToU8(RESULTS));
  return bytes;
};

describe('OneRoster zip: amplification is refused on the bytes actually inflated (issue 13 item 2)', () => {
  it('still reads an honest bundle, at the root or in one folder', () => {
    expect(read(zipSync({ 'results.csv': strToU8(RESULTS), 'lineItems.csv': strToU8(LINE_ITEMS) }))).toMatchObject({ ok: true });
    const foldered = read(
      zipSync({ 'export/results.csv': strToU8(RESULTS), 'export/lineItems.csv': strToU8(LINE_ITEMS), 'export/users.csv': strToU8('x') }),
    );
    expect(foldered).toMatchObject({ ok: true, results: [expect.objectContaining({ recordId: 'r-1' })] });
  });

  it('an entry that lies about its size is refused at the per-entry cap, with a reason', () => {
    const bomb = lieAboutSizes(zipSync({ 'lineItems.csv': strToU8(LINE_ITEMS), 'results.csv': padded(60) }, { level: 9 }), 1000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusal(bomb)).toMatch(/results\.csv is uitgepakt groter dan 50 MB/);
  });

  it('many entries below the per-entry cap are refused at the total cap', () => {
    const files: Record<string, Uint8Array> = { 'lineItems.csv': strToU8(LINE_ITEMS) };
    for (const name of ['results.csv', 'scoreScales.csv', 'lineItemScoreScales.csv', 'resultScoreScales.csv']) files[name] = padded(1);
    const limits = { entryBytes: 1.5 * 1024 * 1024, totalBytes: 3 * 1024 * 1024, entries: 100 };
    expect(unzipWanted(zipSync(files, { level: 9 }), limits)).toMatch(/uitgepakt groter dan 3 MB/);
    expect(unzipWanted(zipSync(files, { level: 9 }), { ...limits, totalBytes: 5 * 1024 * 1024 })).toBeInstanceOf(Map);
  });

  it('too many entries are refused, even when none is wanted', () => {
    const files: Record<string, Uint8Array> = { 'results.csv': strToU8(RESULTS), 'lineItems.csv': strToU8(LINE_ITEMS) };
    for (let n = 0; n < ZIP_LIMITS.entries; n += 1) files[`extra-${n}.txt`] = strToU8('x');
    expect(refusal(zipSync(files))).toMatch(/meer dan 100 bestanden/);
  });

  it('reads only the expected OneRoster names at the root or in one folder; deeper or twice is refused or ignored', () => {
    expect(refusal(zipSync({ 'a/b/results.csv': strToU8(RESULTS), 'a/b/lineItems.csv': strToU8(LINE_ITEMS) }))).toMatch(/mist results\.csv/);
    expect(refusal(zipSync({ 'a/results.csv': strToU8(RESULTS), 'b/lineItems.csv': strToU8(LINE_ITEMS) }))).toMatch(/meer dan één map/);
    expect(refusal(zipSync({ 'results.csv': strToU8(RESULTS), 'RESULTS.CSV': strToU8(RESULTS), 'lineItems.csv': strToU8(LINE_ITEMS) }))).toMatch(
      /meer dan eens/,
    );
  });

  it('a huge entry that is not a OneRoster file is never inflated', () => {
    const zip = zipSync({ 'results.csv': strToU8(RESULTS), 'lineItems.csv': strToU8(LINE_ITEMS), 'video.bin': padded(60) }, { level: 9 });
    expect(read(lieAboutSizes(zip, 10))).toMatchObject({ ok: true });
  });
});
