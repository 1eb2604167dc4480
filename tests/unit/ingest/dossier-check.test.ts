// @vitest-environment node
/**
 * The OSO dossier check in the file worker (decision 029): streamed from the File piece by piece
 * (never read whole, also past the old 50 MB cap), the same verdicts as the reader however the
 * pieces cut the text, every refusal with its reason, progress over both passes, and a cancel.
 */
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '@/adapters/files/export-file';
import { PIECE_BYTES } from '@/adapters/files/text-stream';
import { DOCTYPE_REFUSED } from '@/adapters/uwlr/xml-capture';
import { createDossierCheckApi, type DossierCheckJob, type DossierCheckProgress } from '@/ingest/dossier-check.api';
import { osoDossier } from '../../support/oso-dossier';

const ECK = `https://ketenid.nl/201703/${'ab'.repeat(64)}`;
const NOW = '2026-02-03T10:00:00.000Z';

/** A File-like Blob that records every slice taken of it and refuses to be read whole. */
class GuardedBlob extends Blob {
  readonly slices: number[] = [];
  override slice(start?: number, end?: number): Blob {
    this.slices.push((end ?? this.size) - (start ?? 0));
    return super.slice(start, end);
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new Error('read whole'));
  }
}

const chosen = (text: string): { file: ExportFile; blob: GuardedBlob } => {
  const blob = new GuardedBlob([text]);
  return { blob, file: { name: 'dossier.xml', bytes: new TextEncoder().encode(text.slice(0, 4096)), blob } };
};
const check = (text: string, pieceBytes = 7, onProgress?: (progress: DossierCheckProgress) => void) => {
  const job: DossierCheckJob = { kind: 'uwlr', files: [chosen(text).file], now: NOW, pieceBytes };
  return createDossierCheckApi().checkDossier(job, onProgress);
};

describe('OSO dossier check in the file worker (decision 029)', () => {
  it('split across 7-byte pieces: a dossier without an ECK iD needs its pupil chosen; one with its own does not', async () => {
    expect(await check(osoDossier())).toEqual({ ok: true, optedOut: false, needsPupil: true });
    expect(await check(osoDossier({ eckid: ECK }))).toEqual({ ok: true, optedOut: false, needsPupil: false });
  });

  it.each(['OPT-UIT', 'opt-uit', 'VERBODEN', ' Opt-Uit ', 'ONBEKEND', ''])(
    'privacy category %j withholds the toetsresultaten, whoever they belong to',
    async (category) => {
      expect(await check(osoDossier({ category, eckid: ECK }))).toEqual({ ok: true, optedOut: true, needsPupil: false });
    },
  );

  it('VERPLICHT or OPTIONEEL in any case, and no category at all, are read', async () => {
    for (const category of ['verplicht', 'Optioneel', null])
      expect(await check(osoDossier({ category }))).toMatchObject({ optedOut: false, needsPupil: true });
  });

  it('refuses a DOCTYPE (also one cut across two pieces) and malformed XML, with the reason, naming no content', async () => {
    const doctype = osoDossier().replace('<dossier ', '<!DOCTYPE dossier [<!ENTITY x "Jansen">]><dossier ');
    for (const piece of [3, 7, 1 << 20])
      expect(await check(doctype, piece)).toMatchObject({ ok: false, cancelled: false, failure: { detail: DOCTYPE_REFUSED } });
    const broken = osoDossier().replace('</toetslijst>', '');
    const refused = await check(broken);
    expect(refused).toMatchObject({ ok: false, cancelled: false, failure: { kind: 'unreadable', file: 'dossier.xml' } });
    expect(JSON.stringify(refused)).toMatch(/geen geldige XML: tag mismatch, regel \d+/);
    expect(JSON.stringify(refused)).not.toMatch(/Vries|123456782/);
  });

  it('a dossier far larger than the pieces (attachments) is read piece by piece, never whole; progress covers both passes to the end', async () => {
    const text = osoDossier({ documents: 70, documentBytes: 50_000 });
    const { file, blob } = chosen(text);
    const seen: DossierCheckProgress[] = [];
    const checked = await createDossierCheckApi().checkDossier(
      { kind: 'uwlr', files: [file], now: NOW, pieceBytes: 65_536 },
      (progress) => void seen.push(progress),
    );
    expect(checked).toEqual({ ok: true, optedOut: false, needsPupil: true });
    expect(blob.size).toBeGreaterThan(3 * PIECE_BYTES);
    // The encoding check reads pieces of PIECE_BYTES, the parsing ones of the job's size.
    expect(Math.max(...blob.slices)).toBeLessThanOrEqual(PIECE_BYTES);
    expect(seen[0]).toEqual({ pass: 1, bytesRead: 0, bytes: blob.size });
    expect(seen.filter((progress) => progress.pass === 1).length).toBeGreaterThan(30);
    expect(seen.at(-1)).toEqual({ pass: 2, bytesRead: blob.size, bytes: blob.size });
  });

  it('a cancel stops the check at its next slice and says it was cancelled', async () => {
    const api = createDossierCheckApi();
    const text = osoDossier({ documents: 40, documentBytes: 50_000 });
    let reports = 0;
    const checked = await api.checkDossier({ kind: 'uwlr', files: [chosen(text).file], now: NOW, pieceBytes: 65_536 }, (progress) => {
      reports += 1;
      if (progress.bytesRead > 0) void api.cancelCheck();
    });
    expect(checked).toMatchObject({ ok: false, cancelled: true });
    expect(reports).toBe(2);
  });

  it('a file that is no dossier passes (its import says what it is)', async () => {
    const csv: ExportFile = { name: 'x.csv', bytes: new TextEncoder().encode('Leerling;Datum\n') };
    expect(await createDossierCheckApi().checkDossier({ kind: 'csv', files: [csv], now: NOW })).toEqual({
      ok: true,
      optedOut: false,
      needsPupil: false,
    });
  });
});
