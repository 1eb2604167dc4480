import * as Comlink from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { adapterFor, defaultMappingFor } from '@/adapters/registry';
import { sourceId } from '@/domain/ids';
import type { Source } from '@/domain/source';
import { connectorActors } from '@/ingest/connector-actions';
import { connectorWizardMachine } from '@/ingest/connector-wizard.machine';
import type { ConnectorDeps } from '@/ingest/connector-wizard.types';
import { createDossierCheckApi } from '@/ingest/dossier-check.api';
import { createFileReadApi } from '@/ingest/file-read.api';
import type { FileWorkerApi, FileWorkerHandle, ImportProgress } from '@/ingest/file-read.client';
import { createFileStoreApi } from '@/ingest/file-store.api';
import type { DossierCheckProgress } from '@/ingest/dossier-check.api';
import { importFiles, inspectDossier } from '@/ingest/file-import';
import { LeerzichtDb } from '@/store/db';
import { fileEndpoint } from '@/store/file-endpoint';
import { saveSource } from '@/store/sources.repo';
import { fakeSource } from '../../support/fake-adapter';
import { osoDossier } from '../../support/oso-dossier';
import { uwlrExport } from '../../support/uwlr-export';

const NOW = new Date('2026-03-05T12:00:00.000Z');
const SOURCE: Source = fakeSource({
  id: sourceId('toetsen'),
  kind: 'csv',
  name: 'Toetsen',
  endpoint: fileEndpoint('csv-columns'),
  createdAt: NOW.toISOString(),
});
const COLUMNS = { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Score', max: 'Max' };
const pupil = (n: number) => `https://ketenid.nl/201703/${n.toString(16).padStart(2, '0').repeat(64)}`;
/** A CSV of `rows` results (one bad row among them) in UTF-8. */
function csv(rows: number): Uint8Array {
  const lines = ['Leerling;Datum;Opdracht;Score;Max'];
  for (let n = 0; n < rows; n += 1) lines.push(`${pupil(n % 30)};2026-03-0${1 + (n % 4)};REKENEN-${n};${n % 10};10`);
  lines.splice(3, 0, `${pupil(1)};geen datum;REKENEN-X;1;10`);
  return new TextEncoder().encode(lines.join('\r\n'));
}

const open: { close(): void }[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/**
 * The worker's functions behind comlink over a MessageChannel, as the worker serves them (its own
 * connection to the same IndexedDB); batches of 50 from pieces of 1 kB.
 */
function overChannel(): FileWorkerHandle {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  const read = createFileReadApi({ resolveSloIds: () => [] });
  const dbs = new Map<string, LeerzichtDb>();
  const dbOf = (name: string) => dbs.get(name) ?? (dbs.set(name, new LeerzichtDb(name)).get(name) as LeerzichtDb);
  Comlink.expose({ ...read, ...createFileStoreApi({ read, dbOf }), ...createDossierCheckApi() }, port1);
  const remote = Comlink.wrap<FileWorkerApi>(port2);
  const api: FileWorkerApi = {
    open: (job) => remote.open({ ...job, batchRecords: 50, pieceBytes: 1024 }),
    next: (session) => remote.next(session),
    close: (session) => remote.close(session),
    importFile: (job, onProgress) => remote.importFile({ ...job, batchRecords: 50, pieceBytes: 1024 }, onProgress),
    cancelImport: () => remote.cancelImport(),
    checkDossier: (job, onProgress) => remote.checkDossier({ ...job, pieceBytes: 1024 }, onProgress),
    cancelCheck: () => remote.cancelCheck(),
  };
  return { api, stop: () => port2.close() };
}

async function setUp() {
  const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  await saveSource(db, SOURCE);
  const deps: ConnectorDeps = { db, adapterFor, defaultMappingFor, now: () => NOW, startFileRead: overChannel };
  return { db, deps };
}

describe('file import through the file worker (decision 023)', () => {
  it('reads over comlink in batches and stores each batch in its own transaction; progress counts lines and bytes', async () => {
    const { db, deps } = await setUp();
    const bytes = csv(400);
    const seen: ImportProgress[] = [];
    const summary = await importFiles(deps, SOURCE, [{ name: 'toetsen.csv', bytes }], new AbortController().signal, { columns: COLUMNS }, (p) =>
      seen.push(p),
    );
    expect(summary).toMatchObject({ added: 400, rejected: 1 });
    expect(summary.pages).toBeGreaterThanOrEqual(8);
    expect(await db.results.count()).toBe(400);
    expect(seen.length).toBe(summary.pages);
    expect(seen.at(-1)?.read).toMatchObject({ bytesRead: bytes.length, bytes: bytes.length, lines: 402, line: 402 });
    expect(seen.map((p) => p.added)).toEqual([...seen.map((p) => p.added)].sort((a, b) => a - b));
    // A second import of the same file adds nothing: ids are stable.
    const again = await importFiles(deps, SOURCE, [{ name: 'toetsen.csv', bytes }], new AbortController().signal, { columns: COLUMNS });
    expect(again).toMatchObject({ added: 0, updated: 400 });
  });

  it('a cancel stops the read; what was stored stays, and says how much', async () => {
    const { db, deps } = await setUp();
    const controller = new AbortController();
    let last: ImportProgress | null = null;
    const run = importFiles(deps, SOURCE, [{ name: 'toetsen.csv', bytes: csv(400) }], controller.signal, { columns: COLUMNS }, (p) => {
      last = p;
      if (p.added >= 100) controller.abort();
    });
    await expect(run).rejects.toMatchObject({ code: 'aborted' });
    const kept = await db.results.count();
    expect(kept).toBe((last as ImportProgress | null)?.added);
    expect(kept).toBeGreaterThanOrEqual(100);
    expect(kept).toBeLessThan(400);
    expect((await db.syncStatus.get(SOURCE.id))?.lastOutcome).toBe('cancelled');
  });

  it('a file that cannot be read stores nothing and keeps what an earlier import stored', async () => {
    const { db, deps } = await setUp();
    await importFiles(deps, SOURCE, [{ name: 'toetsen.csv', bytes: csv(60) }], new AbortController().signal, { columns: COLUMNS });
    const bad = new Uint8Array([...csv(200), 0x0a, 0xc3, 0x28]);
    await expect(
      importFiles(deps, SOURCE, [{ name: 'toetsen.csv', bytes: bad }], new AbortController().signal, { columns: COLUMNS }),
    ).rejects.toMatchObject({
      code: 'invalid-payload',
      detail: expect.stringMatching(/toetsen\.csv: regel 203: geen geldige UTF-8/),
    });
    expect(await db.results.count()).toBe(60);
  });

  it("the wizard's Cancel while saving a new file connector stops the import and keeps nothing of it", async () => {
    const { db, deps } = await setUp();
    let cancel = () => undefined as void;
    const actors = connectorActors({ ...deps, onImportProgress: (progress) => progress.added >= 100 && cancel() });
    const actor = createActor(connectorWizardMachine.provide({ actors })).start();
    cancel = () => actor.send({ type: 'CANCEL' });
    actor.send({ type: 'CHOOSE_KIND', kind: 'csv', defaults: { name: '', endpoint: '', credentials: { type: 'none' } } });
    actor.send({ type: 'ORIGIN', origin: 'file' });
    actor.send({ type: 'FILES', files: [{ name: 'rekenen.csv', bytes: csv(400) }] });
    actor.send({ type: 'EDIT', draft: { name: 'Rekenen' } });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('columns'));
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    actor.send({ type: 'SAVE' });
    await waitFor(actor, (snapshot) => snapshot.context.error?.code === 'import-cancelled');
    expect(actor.getSnapshot().matches('mapping')).toBe(true);
    // The aborted save removes the new connector and everything it stored.
    await vi.waitFor(async () => expect((await db.sources.toArray()).map((source) => source.name)).toEqual(['Toetsen']), { timeout: 10_000 });
    expect(await db.results.count()).toBe(0);
  });

  it('xAPI statements as JSON Lines, streamed in batches: a broken line is one rejection, a void in the last batch withdraws a statement stored from the first', async () => {
    const { db, deps } = await setUp();
    const xapiSource: Source = { ...SOURCE, id: sourceId('lrs-export'), kind: 'xapi', name: 'LRS-export', endpoint: fileEndpoint('xapi-statements') };
    await saveSource(db, xapiSource);
    const id = (n: number) => `6f1c2a3b-0d4e-4f5a-8b6c-${n.toString(16).padStart(12, '0')}`;
    const statement = (n: number) => ({
      id: id(n),
      actor: { objectType: 'Agent', account: { homePage: 'https://lrs.example', name: pupil(n % 30) } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/scored' },
      object: { objectType: 'Activity', id: `https://lrs.example/activities/quiz-${n % 7}` },
      result: { score: { raw: n % 10, min: 0, max: 10 } },
      timestamp: '2026-02-15T09:00:00Z',
    });
    const voiding = { ...statement(999), verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: id(1) } };
    const lines = [...Array.from({ length: 120 }, (_, n) => JSON.stringify(statement(n))), '{"kapot"', JSON.stringify(voiding)];
    const summary = await importFiles(
      deps,
      xapiSource,
      [{ name: 'statements.jsonl', bytes: new TextEncoder().encode(lines.join('\n')) }],
      new AbortController().signal,
    );
    expect(summary).toMatchObject({ added: 120, rejected: 1, voided: 1 });
    expect(summary.pages).toBeGreaterThanOrEqual(3);
    expect(await db.results.where('source').equals(xapiSource.id).count()).toBe(119);
    expect(await db.results.get(`lrs-export|${id(1)}` as never)).toBeUndefined();
  });

  it('UWLR XML, streamed (decision 027): stored in batches with progress in bytes; a cancel keeps what was stored and says how much', async () => {
    const { db, deps } = await setUp();
    const uwlrSource: Source = { ...SOURCE, id: sourceId('lvs'), kind: 'uwlr', name: 'LVS', endpoint: fileEndpoint('uwlr-leerresultaten') };
    await saveSource(db, uwlrSource);
    const bytes = new TextEncoder().encode(uwlrExport(100, 4));
    const seen: ImportProgress[] = [];
    const summary = await importFiles(deps, uwlrSource, [{ name: 'lvs.xml', bytes }], new AbortController().signal, undefined, (p) => seen.push(p));
    expect(summary).toMatchObject({ added: 400, rejected: 0 });
    expect(summary.pages).toBeGreaterThanOrEqual(8);
    expect(seen.at(-1)?.read).toMatchObject({ bytesRead: bytes.length, bytes: bytes.length, lines: null });
    await db.results.where('source').equals(uwlrSource.id).delete();
    const controller = new AbortController();
    let last: ImportProgress | null = null;
    const run = importFiles(deps, uwlrSource, [{ name: 'lvs.xml', bytes }], controller.signal, undefined, (p) => {
      last = p;
      if (p.added >= 100) controller.abort();
    });
    await expect(run).rejects.toMatchObject({ code: 'aborted' });
    const kept = await db.results.where('source').equals(uwlrSource.id).count();
    expect(kept).toBe((last as ImportProgress | null)?.added);
    expect(kept).toBeGreaterThanOrEqual(100);
    expect(kept).toBeLessThan(400);
    expect((await db.syncStatus.get(uwlrSource.id))?.lastOutcome).toBe('cancelled');
  });

  it('an OSO dossier checked over comlink (decision 029): the verdict, and progress over both passes', async () => {
    const { deps } = await setUp();
    const bytes = new TextEncoder().encode(osoDossier({ toetsen: 40, documents: 2, documentBytes: 20_000 }));
    const files = [{ name: 'dossier.xml', bytes }];
    const seen: DossierCheckProgress[] = [];
    const checked = await inspectDossier({ ...deps, onCheckProgress: (p) => seen.push(p) }, 'uwlr', files, null, new AbortController().signal);
    expect(checked).toEqual({ optedOut: false, needsPupil: true, pupil: null });
    // Progress comes over its own channel (a comlink proxy): it may arrive after the outcome.
    await vi.waitFor(() => expect(seen.some((p) => p.pass === 2 && p.bytesRead === bytes.length)).toBe(true));
    expect(seen.at(0)).toEqual({ pass: 1, bytesRead: 0, bytes: bytes.length });
  });
});
