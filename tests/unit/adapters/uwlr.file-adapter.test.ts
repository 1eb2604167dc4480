import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceId } from '@/domain/ids';
import { AdapterError } from '@/adapters/http/adapter-error';
import { createFileAdapter } from '@/adapters/files/file-adapter';
import { readerOfKind } from '@/adapters/files/readers';
import type { SourceConfig } from '@/adapters/port';

const MESSAGE = path.resolve(__dirname, '../../fixtures/uwlr/leerresultaten-groep5.xml');
const config = (options?: Record<string, unknown>): SourceConfig => ({
  source: sourceId('uwlr-file'),
  endpoint: '',
  credentials: { type: 'none' },
  mapping: {},
  ...(options ? { options } : {}),
});
const pull = (adapter: ReturnType<typeof createFileAdapter>, options?: Record<string, unknown>) =>
  adapter.pullPage({ config: config(options), cursor: null, fetchedSoFar: 0, signal: new AbortController().signal });

describe('UWLR and OSO readers through the file adapter port', () => {
  it('are registered by kind, with source kind uwlr', () => {
    expect(readerOfKind('uwlr-leerresultaten')?.sourceKind).toBe('uwlr');
    expect(readerOfKind('oso-dossier')?.sourceKind).toBe('uwlr');
  });

  it('a leerresultaten file is one page: results, the rejected toetsafname, progress; the file itself is not kept', async () => {
    const reader = readerOfKind('uwlr-leerresultaten')!;
    const adapter = createFileAdapter(reader, [{ name: 'lvs.xml', bytes: new Uint8Array(readFileSync(MESSAGE)) }], {
      now: () => new Date('2026-02-03T10:00:00Z'),
    });
    expect(await adapter.testConnection(config(), new AbortController().signal)).toEqual({
      ok: true,
      detail: { code: 'file', params: { name: 'lvs.xml' } },
    });
    const page = await pull(adapter);
    expect(page.results.map((result) => result.id)).toEqual(['uwlr-file|R-1001', 'uwlr-file|R-1002', 'uwlr-file|R-2001']);
    expect(page.rejections.map((rejection) => [rejection.code, rejection.at])).toEqual([['missing-pupil', '2026-02-03T10:00:00.000Z']]);
    expect(page).toMatchObject({ nextCursor: null, progress: { fetched: 4, total: 4 } });
    expect(JSON.stringify(page)).not.toContain('<');
  });

  it('a broken dossier fails the page with an invalid-payload error naming the file and the reason', async () => {
    const reader = readerOfKind('oso-dossier')!;
    const broken = '<dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata><leerling><achternaam>Jansen</achternaam>';
    const adapter = createFileAdapter(reader, [{ name: 'dossier.xml', bytes: new TextEncoder().encode(broken) }]);
    const error = await pull(adapter, { pupil: 'https://ketenid.nl/201703/ffffffffffffffffffffffffffffffff' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AdapterError);
    expect((error as AdapterError).message).toMatch(/^invalid-payload: dossier\.xml: geen geldige XML/);
    expect((error as AdapterError).message).not.toContain('Jansen');
  });
});
