// @vitest-environment node
/**
 * Issue 13 item 10: a connector states the pseudonym form it expects (decision 025). A Dutch
 * source's export with mixed pupil keys keeps the ECK iDs and rejects the rest, one rejection per
 * record with its reason; `npm run check-export` (the same code, headless) gives the same verdicts.
 */
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '@/adapters/files/export-file';
import { checkExport } from '@/adapters/files/check-export';
import { sourceId } from '@/domain/ids';
import type { Source } from '@/domain/source';
import { importFiles } from '@/ingest/file-import';
import { inlineFileWorker } from '@/ingest/file-read.client';
import type { ConnectorDeps } from '@/ingest/connector-wizard.types';
import { LeerzichtDb } from '@/store/db';
import { fileEndpoint } from '@/store/file-endpoint';
import { saveSource } from '@/store/sources.repo';

const NOW = new Date('2026-03-05T12:00:00.000Z');
const ECK = `https://ketenid.nl/201703/${'3f9a2c71d04e8b65'.repeat(8)}`;
const DEMO_ECK = `https://demo.invalid/nep-eckid/201703/${'a81c55e0b2d94f17'.repeat(8)}`;
const UUID = '6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c';
const KEYS = [ECK, 'JanDeVries2014Almere', DEMO_ECK, UUID, `https://ketenid.nl/201703/${'f'.repeat(127)}`];

const NORM = (from: number, to: number) =>
  `<norm><term>t${from}</term><beginnormwaarde>${from}</beginnormwaarde><eindnormwaarde>${to}</eindnormwaarde></norm>`;
const afname = (key: string, n: number) =>
  `<toetsafname><eckid>${key}</eckid><resultaten><resultaat key="r${n}"><afnamedatum>2026-01-15</afnamedatum><toetscode>SP</toetscode><score>${10 + n}</score></resultaat></resultaten></toetsafname>`;
/** A UWLR leerresultaten message with one result per key. */
const uwlrFile = (keys: readonly string[]): ExportFile => ({
  name: 'leerresultaten.xml',
  bytes: new TextEncoder().encode(
    `<?xml version="1.0"?><leerresultaten_verzoek xmlns="http://www.edustandaard.nl/leerresultaten/2/leerresultaten"><toetsafnames>${keys.map(afname).join('')}</toetsafnames><toetsen><toets><toetscode>SP</toetscode><toetsnormering>${NORM(0, 19)}${NORM(20, 40)}</toetsnormering></toets></toetsen></leerresultaten_verzoek>`,
  ),
});

/** A UWLR file source as stored before the pseudonym setting existed: no `pseudonym` field. */
const STORED: Source = {
  id: sourceId('lvs'),
  kind: 'uwlr',
  name: 'LVS',
  endpoint: fileEndpoint('uwlr-leerresultaten'),
  paused: false,
  mapping: {},
  createdAt: NOW.toISOString(),
};

function setUp() {
  const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  const deps: ConnectorDeps = {
    db,
    adapterFor: () => null,
    defaultMappingFor: () => ({}),
    now: () => NOW,
    startFileRead: () => inlineFileWorker({ db, resolveSloIds: () => [] }),
  };
  return { db, deps };
}

describe('a connector states the pseudonym form it expects', () => {
  it('a UWLR import (stored without the setting: ECK iD) keeps the ECK iDs and rejects every other key with the reason', async () => {
    const { db, deps } = setUp();
    await saveSource(db, STORED);
    const summary = await importFiles(deps, STORED, [uwlrFile(KEYS)], new AbortController().signal);

    expect(summary).toMatchObject({ added: 2, rejected: 3 });
    const stored = await db.results.where('source').equals(STORED.id).toArray();
    expect(stored.map((result) => result.pupil).sort()).toEqual([DEMO_ECK, ECK].sort());
    const rejections = await db.rejections.where('source').equals(STORED.id).toArray();
    expect(rejections).toHaveLength(3);
    for (const rejection of rejections) {
      expect(rejection).toMatchObject({
        code: 'not-a-pseudonym',
        detail: 'leerling: geen pseudoniem in de verwachte vorm (ECK iD)',
        issue: { path: '', code: 'pseudonym_shape', param: 'eck' },
      });
      // The refused key itself is kept nowhere in the rejection.
      expect(JSON.stringify(rejection)).not.toMatch(/JanDeVries|6f1c2a3b|f{127}/);
    }

    // check-export runs the same code over the same file: the same verdicts, by default for the kind.
    const line = checkExport({ file: uwlrFile(KEYS), companions: [] }, { now: NOW.toISOString(), resolveSloIds: () => [] });
    expect(line).toMatchObject({ kind: 'uwlr-leerresultaten', accepted: 2, rejected: 3, reasons: { 'not-a-pseudonym': 3 } });
  });

  it('the form chosen for the connector decides: UUID keeps only the UUID, any form keeps every key the base check passes', async () => {
    const { db, deps } = setUp();
    const uuid: Source = { ...STORED, pseudonym: 'uuid' };
    await saveSource(db, uuid);
    expect(await importFiles(deps, uuid, [uwlrFile(KEYS)], new AbortController().signal)).toMatchObject({ added: 1, rejected: 4 });
    const reasons = (await db.rejections.toArray()).map((rejection) => rejection.detail);
    expect(new Set(reasons)).toEqual(new Set(['leerling: geen pseudoniem in de verwachte vorm (UUID)']));

    const any: Source = { ...STORED, id: sourceId('lvs-any'), pseudonym: 'any' };
    await saveSource(db, any);
    expect(await importFiles(deps, any, [uwlrFile([...KEYS, 'jan%40school.example'])], new AbortController().signal)).toMatchObject({
      added: 5,
      rejected: 1,
    });
    expect(
      checkExport({ file: uwlrFile(KEYS), companions: [] }, { now: NOW.toISOString(), resolveSloIds: () => [], pseudonym: 'any' }),
    ).toMatchObject({
      accepted: 5,
      rejected: 0,
    });
  });
});
