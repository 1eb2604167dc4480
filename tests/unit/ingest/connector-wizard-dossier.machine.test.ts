import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { pupilKey } from '@/domain/ids';
import { connectorWizardMachine, type ConnectorInput, type FileInspection, type Preview } from '@/ingest/connector-wizard.machine';

const none = { name: '', endpoint: '', credentials: { type: 'none' } } as const;
const xml = { name: 'dossier Jan de Vries.xml', bytes: new TextEncoder().encode('<dossier/>') };
const preview: Preview = { results: [], rejections: [], unmapped: [], skipped: {} };

function wizard(inspection: FileInspection, previewed: Preview = preview) {
  const saved: ConnectorInput[] = [];
  const previews: ConnectorInput[] = [];
  const machine = connectorWizardMachine.provide({
    actors: {
      inspectFiles: fromPromise(async () => inspection),
      previewFirstPage: fromPromise(async ({ input }: { input: ConnectorInput }) => (previews.push(input), previewed)),
      saveConnector: fromPromise(async ({ input }: { input: ConnectorInput }) => (saved.push(input), 'dossiers')),
    },
  });
  const actor = createActor(machine).start();
  actor.send({ type: 'CHOOSE_KIND', kind: 'uwlr', defaults: none, origin: 'file' });
  actor.send({ type: 'FILES', files: [xml] });
  actor.send({ type: 'TEST' });
  return { actor, saved, previews };
}

const dossier = (over: Partial<NonNullable<FileInspection['dossier']>> = {}): FileInspection => ({
  reader: 'oso-dossier',
  main: xml.name,
  headers: null,
  columns: null,
  dossier: { optedOut: false, needsPupil: true, pupil: null, ...over },
});

describe('connector wizard: an OSO dossier', () => {
  it('without an ECK iD asks for the pupil; only with one chosen does it preview and save, carrying the local key', async () => {
    const { actor, saved, previews } = wizard(dossier());
    await waitFor(actor, (snapshot) => snapshot.matches('pupil'));
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().matches('pupil')).toBe(true);
    actor.send({ type: 'PUPIL', pupil: pupilKey(7) });
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    expect(previews[0]).toMatchObject({ pupil: 7, files: [xml] });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().matches('pupil')).toBe(true);
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    actor.send({ type: 'SAVE' });
    await waitFor(actor, (snapshot) => snapshot.matches('saved'));
    expect(saved[0]).toMatchObject({ kind: 'uwlr', origin: 'file', pupil: 7 });
  });

  it('starts from the saved pupil, and a new file forgets the choice', async () => {
    const { actor } = wizard(dossier({ pupil: pupilKey(3) }));
    await waitFor(actor, (snapshot) => snapshot.matches('pupil'));
    expect(actor.getSnapshot().context.pupil).toBe(3);
    actor.send({ type: 'BACK' });
    actor.send({ type: 'FILES', files: [xml] });
    expect(actor.getSnapshot().context.pupil).toBeNull();
  });

  it('an opted-out dossier skips the pupil step and cannot be saved', async () => {
    const { actor, saved } = wizard(dossier({ optedOut: true, needsPupil: false }), { ...preview, skipped: { 'toetsresultaten:opt-uit': 1 } });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    actor.send({ type: 'SAVE' });
    expect(actor.getSnapshot().matches('mapping')).toBe(true);
    expect(saved).toEqual([]);
  });

  it('a preview that fails (e.g. the pupil left the roster) returns to the pupil step with the error', async () => {
    const machine = connectorWizardMachine.provide({
      actors: {
        inspectFiles: fromPromise(async () => dossier()),
        previewFirstPage: fromPromise(async () => Promise.reject(Object.assign(new Error('x'), { code: 'file-pupil-unknown', detail: '7' }))),
      },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'CHOOSE_KIND', kind: 'uwlr', defaults: none, origin: 'file' });
    actor.send({ type: 'FILES', files: [xml] });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('pupil'));
    actor.send({ type: 'PUPIL', pupil: pupilKey(7) });
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (snapshot) => snapshot.matches('pupil') && snapshot.context.error !== null);
    expect(actor.getSnapshot().context.error).toEqual({ code: 'file-pupil-unknown', detail: '7' });
  });
});
