import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { goalId } from '@/domain/ids';
import { FileCheckError } from '@/ingest/file-import';
import { connectorWizardMachine, type ConnectorInput, type FileInspection, type Preview } from '@/ingest/connector-wizard.machine';

const preview: Preview = { results: [], rejections: [], unmapped: [{ code: 'BREUKEN-1', count: 2 }] };
const csvFile = { name: 'export.csv', bytes: new TextEncoder().encode('Leerling;Datum;Code;Score;Max\n') };
const none = { name: '', endpoint: '', credentials: { type: 'none' } } as const;

function wizard(inspect: () => Promise<FileInspection>) {
  const saved: ConnectorInput[] = [];
  const previewed: ConnectorInput[] = [];
  const tested: unknown[] = [];
  const machine = connectorWizardMachine.provide({
    actors: {
      testConnection: fromPromise(async ({ input }) => (tested.push(input), { code: 'school' as const, params: { school: 'LRS' } })),
      inspectFiles: fromPromise(inspect),
      previewFirstPage: fromPromise(async ({ input }: { input: ConnectorInput }) => (previewed.push(input), preview)),
      saveConnector: fromPromise(async ({ input }: { input: ConnectorInput }) => (saved.push(input), input.editing ?? 'toetsen')),
    },
  });
  return { actor: createActor(machine).start(), saved, previewed, tested };
}

describe('connector wizard: files', () => {
  it('a CSV goes details -> columns (prefilled) -> preview -> mapping -> saved, carrying the files and the chosen columns', async () => {
    const guess = { pupil: 'Leerling', time: 'Datum', code: 'Code', score: 'Score' };
    const { actor, saved, previewed } = wizard(async () => ({
      reader: 'csv-columns',
      main: 'export.csv',
      headers: ['Leerling', 'Datum', 'Code', 'Score', 'Max'],
      columns: guess,
    }));
    actor.send({ type: 'CHOOSE_KIND', kind: 'csv', defaults: none });
    actor.send({ type: 'ORIGIN', origin: 'file' });
    actor.send({ type: 'TEST' });
    expect(actor.getSnapshot().matches('details')).toBe(true);
    actor.send({ type: 'FILES', files: [csvFile] });
    actor.send({ type: 'EDIT', draft: { name: 'Toetsen' } });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('columns'));
    expect(actor.getSnapshot().context.columns).toEqual(guess);
    actor.send({ type: 'COLUMNS', columns: { ...guess, max: 'Max' } });
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    expect(previewed[0]).toMatchObject({ origin: 'file', files: [csvFile], columns: { max: 'Max' } });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().matches('columns')).toBe(true);
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    actor.send({ type: 'MAP', code: 'BREUKEN-1', goals: [goalId('rekenen.getallen.1f')] });
    actor.send({ type: 'SAVE' });
    await waitFor(actor, (snapshot) => snapshot.matches('saved'));
    expect(saved[0]).toMatchObject({
      kind: 'csv',
      name: 'Toetsen',
      origin: 'file',
      editing: null,
      mapping: { 'BREUKEN-1': ['rekenen.getallen.1f'] },
      columns: { ...guess, max: 'Max' },
    });
    expect(actor.getSnapshot().context.files).toEqual([]);
  });

  it('an xAPI file skips the column step', async () => {
    const { actor } = wizard(async () => ({ reader: 'xapi-statements', main: 'lrs.json', headers: null, columns: null }));
    actor.send({ type: 'CHOOSE_KIND', kind: 'xapi', defaults: none });
    actor.send({ type: 'ORIGIN', origin: 'file' });
    actor.send({ type: 'FILES', files: [{ name: 'lrs.json', bytes: new Uint8Array() }] });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    expect(actor.getSnapshot().context.check).toEqual({ code: 'file', params: { name: 'lrs.json' } });
  });

  it('a file of another kind returns to the details with the error to explain', async () => {
    const { actor } = wizard(async () => Promise.reject(new FileCheckError('file-wrong-kind', 'xapi')));
    actor.send({ type: 'CHOOSE_KIND', kind: 'caliper', defaults: none });
    actor.send({ type: 'ORIGIN', origin: 'file' });
    actor.send({ type: 'FILES', files: [{ name: 'lrs.json', bytes: new Uint8Array() }] });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('details') && snapshot.context.error !== null);
    expect(actor.getSnapshot().context.error).toEqual({ code: 'file-wrong-kind', detail: 'xapi' });
    actor.send({ type: 'FILES', files: [] });
    expect(actor.getSnapshot().context.error).toBeNull();
  });
});

describe('connector wizard: editing', () => {
  const load = {
    type: 'LOAD',
    id: 'lrs-bestuur',
    kind: 'xapi',
    origin: 'endpoint',
    mapping: { 'act-1': [goalId('rekenen.getallen.1f')] },
    unmapped: [{ code: 'act-2', count: 3 }],
    draft: { name: 'LRS', endpoint: 'https://lrs.example/xapi', credentials: { type: 'basic', username: 'u', password: 'p' } },
  } as const;

  it('without a changed connection goes straight to the mapping and saves in place under the same id', async () => {
    const { actor, saved, tested } = wizard(async () => Promise.reject(new Error('not used')));
    actor.send(load);
    expect(actor.getSnapshot().matches('details')).toBe(true);
    actor.send({ type: 'ORIGIN', origin: 'file' });
    expect(actor.getSnapshot().context.origin).toBe('endpoint');
    actor.send({ type: 'EDIT', draft: { name: 'LRS schoolbestuur' } });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().matches('mapping')).toBe(true);
    expect(actor.getSnapshot().context.preview?.unmapped).toEqual([{ code: 'act-2', count: 3 }]);
    actor.send({ type: 'MAP', code: 'act-2', goals: [goalId('lezen.zakelijk.1f')] });
    actor.send({ type: 'SAVE' });
    await waitFor(actor, (snapshot) => snapshot.matches('saved'));
    expect(tested).toEqual([]);
    expect(saved[0]).toMatchObject({
      editing: 'lrs-bestuur',
      name: 'LRS schoolbestuur',
      mapping: { 'act-1': ['rekenen.getallen.1f'], 'act-2': ['lezen.zakelijk.1f'] },
    });
    expect(actor.getSnapshot().context.savedId).toBe('lrs-bestuur');
  });

  it('a changed endpoint or credentials must be tested again before going on', async () => {
    const { actor, tested } = wizard(async () => Promise.reject(new Error('not used')));
    actor.send(load);
    actor.send({ type: 'EDIT', draft: { credentials: { type: 'basic', username: 'u', password: 'nieuw' } } });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().matches('details')).toBe(true);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().matches('details')).toBe(true);
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    expect(tested).toHaveLength(1);
  });
});
