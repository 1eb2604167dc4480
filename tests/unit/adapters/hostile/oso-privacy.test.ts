import { describe, expect, it } from 'vitest';
import type { FileReadContext } from '@/adapters/files/export-file';
import { osoDossierReader } from '@/adapters/uwlr/uwlr.reader';
import { sourceId } from '@/domain/ids';
import { oso } from './hostile-inputs';

const ctx: FileReadContext = { source: sourceId('oso'), mapping: {}, now: '2026-02-03T10:00:00.000Z', resolveSloIds: () => [] };
const category = (value: string) => `<categorie_uitlevering><cat_toetsresultaten>${value}</cat_toetsresultaten></categorie_uitlevering>`;
const read = (privacy: string) =>
  osoDossierReader.read({ name: 'd.xml', bytes: new TextEncoder().encode(oso('40', '50', '2025-01-20', privacy)) }, [], ctx);

describe('OSO privacy categories: anything not explicitly allowed is not read (issue 13 item 3)', () => {
  it.each(['OPT-UIT', 'opt-uit', 'VERBODEN', ' Opt-Uit ', 'ONBEKEND', 'OPT-IN', ''])('%j withholds every toetsresultaat', (value) => {
    expect(read(category(value))).toMatchObject({ ok: true, results: [], skipped: { 'toetsresultaten:opt-uit': 1 } });
  });

  it('VERPLICHT or OPTIONEEL (any case) and a dossier without the category are read', () => {
    expect(read(category('optioneel'))).toMatchObject({ ok: true, results: [expect.anything()] });
    expect(read('')).toMatchObject({ ok: true, results: [expect.anything()] });
  });
});
