import { afterEach, describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { sourceId, pupilRef } from '@/domain/ids';
import { connectorWizardMachine, type Preview } from '@/ingest/connector-wizard.machine';
import { connectorActors } from '@/ingest/connector-actions';
import { SyncHub } from '@/ingest/sync-hub';
import { clearCredentials, credentialsMoved, getCredentials, setCredentials } from '@/store/credentials.memory';
import { rememberCredentials, rememberedSources, restoreCredentials } from '@/store/credentials.sealed';
import { SealMismatchError, seal, unseal } from '@/store/crypto/seal';
import { LeerzichtDb } from '@/store/db';
import { rosterFor } from '@/store/pupils.repo';
import { importRoster } from '@/store/roster.repo';
import { saveSource } from '@/store/sources.repo';
import { createVault } from '@/store/vault';
import { fakeAdapter, fakeSource, SOURCE } from '../../support/fake-adapter';

const SECRET = { type: 'basic', username: 'koppeling', password: 'geheim-wachtwoord' } as const;

async function setUp() {
  const db = new LeerzichtDb(`test-${crypto.randomUUID()}`);
  const key = await createVault(db, 'een lange test-wachtwoordzin', 1_000);
  await saveSource(db, fakeSource({ endpoint: 'https://lrs.school.example/xapi' }));
  setCredentials(SOURCE, SECRET, 'https://lrs.school.example/xapi');
  return { db, key };
}

afterEach(() => clearCredentials());

describe('sealed values are bound to what they belong to', () => {
  it('open only for the context they were sealed for; stripping the flag does not help', async () => {
    const { key } = await setUp();
    const sealed = await seal(key, 'Sanne', 'roster-names:a');
    expect(await unseal(key, sealed, 'roster-names:a')).toBe('Sanne');
    await expect(unseal(key, sealed, 'roster-names:b')).rejects.toBeInstanceOf(SealMismatchError);
    await expect(unseal(key, { iv: sealed.iv, data: sealed.data }, 'roster-names:b')).rejects.toThrow();
  });

  it('names swapped between two pupils in the store are not shown for either', async () => {
    const { db, key } = await setUp();
    const a = pupilRef(`https://demo.invalid/nep-eckid/201703/${'a'.repeat(128)}`);
    const b = pupilRef(`https://demo.invalid/nep-eckid/201703/${'b'.repeat(128)}`);
    const row = { groupName: 'Groep 5A', prefix: '' };
    await importRoster(
      db,
      [
        { ...row, ref: a, firstName: 'Sanne', lastName: 'Jansen' },
        { ...row, ref: b, firstName: 'Ahmed', lastName: 'Bakker' },
      ],
      {
        now: new Date('2026-03-01T00:00:00Z'),
        key,
      },
    );
    expect((await rosterFor(db, [a, b], key)).get(a)?.firstName).toBe('Sanne');
    const [first, second] = await db.roster.bulkGet([a, b]);
    await db.roster.bulkPut([
      { ...first!, sealed: second!.sealed },
      { ...second!, sealed: first!.sealed },
    ]);
    expect((await rosterFor(db, [a, b], key)).size).toBe(0);
  });
});

describe('credentials follow no edited endpoint', () => {
  it('a remembered credential is refused and erased when the endpoint was changed in the store', async () => {
    const { db, key } = await setUp();
    expect(await rememberCredentials(db, SOURCE, key)).toBe(true);
    await db.sources.update(SOURCE, { endpoint: 'https://aanvaller.example/xapi' });
    clearCredentials();
    expect(await restoreCredentials(db, key)).toBe(0);
    expect(getCredentials(SOURCE)).toBeNull();
    expect(await rememberedSources(db)).toEqual([]);
    expect(credentialsMoved(SOURCE)).toBe(true);
  });

  it('a remembered credential copied to another connector does not open there', async () => {
    const { db, key } = await setUp();
    await rememberCredentials(db, SOURCE, key);
    const other = sourceId('andere-bron');
    await saveSource(db, fakeSource({ id: other, endpoint: 'https://lrs.school.example/xapi' }));
    await db.settings.put({ key: `credentials.${other}`, value: (await db.settings.get(`credentials.${SOURCE}`))?.value });
    clearCredentials();
    expect(await restoreCredentials(db, key)).toBe(1);
    expect(getCredentials(other)).toBeNull();
    expect(getCredentials(SOURCE)).toEqual(SECRET);
  });

  it('a sync after the endpoint was changed in the store sends nothing and says why', async () => {
    const { db } = await setUp();
    await db.sources.update(SOURCE, { endpoint: 'https://aanvaller.example/xapi' });
    const adapter = fakeAdapter();
    const hub = new SyncHub({ db, adapterFor: () => adapter, credentialsFor: getCredentials, credentialsMoved });
    const actor = hub.actorFor(SOURCE);
    actor.send({ type: 'SYNC' });
    await waitFor(actor, (snapshot) => snapshot.matches('failed'));
    expect(actor.getSnapshot().context.error).toMatchObject({ code: 'credentials-moved' });
    expect(adapter.asked).toEqual([]);
    hub.stopAll();
  });

  it('editing the endpoint in the wizard empties the saved credentials, and saving drops them', async () => {
    const { db, key } = await setUp();
    await rememberCredentials(db, SOURCE, key);
    const actors = connectorActors({
      db,
      adapterFor: () => fakeAdapter(),
      defaultMappingFor: () => ({}),
      now: () => new Date(),
      vaultKey: () => key,
    });
    const tested: unknown[] = [];
    const machine = connectorWizardMachine.provide({
      actors: {
        testConnection: fromPromise(async ({ input }) => (tested.push(input), { code: 'school' as const, params: { school: 'x' } })),
        previewFirstPage: fromPromise(async (): Promise<Preview> => ({ results: [], rejections: [], unmapped: [] })),
        saveConnector: actors.saveConnector,
      },
    });
    const actor = createActor(machine).start();
    const draft = { name: 'Nepbron', endpoint: 'https://lrs.school.example/xapi', credentials: SECRET };
    actor.send({ type: 'LOAD', id: SOURCE, kind: 'sommenspoor', origin: 'endpoint', mapping: {}, unmapped: [], draft });
    actor.send({ type: 'EDIT', draft: { endpoint: 'https://aanvaller.example/xapi' } });
    expect(actor.getSnapshot().context.draft.credentials).toEqual({ type: 'basic', username: '', password: '' });
    actor.send({ type: 'EDIT', draft: { endpoint: 'https://lrs.school.example/xapi' } });
    expect(actor.getSnapshot().context.draft.credentials).toEqual(SECRET);
    actor.send({ type: 'EDIT', draft: { endpoint: 'https://aanvaller.example/xapi' } });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    expect(JSON.stringify(tested)).not.toContain('geheim-wachtwoord');
    actor.send({ type: 'SAVE' });
    await waitFor(actor, (snapshot) => snapshot.matches('saved'));
    expect(getCredentials(SOURCE)).toBeNull();
    expect(await rememberedSources(db)).toEqual([]);
  });

  it('in memory, credentials asked for with another origin are dropped', () => {
    setCredentials(SOURCE, SECRET, 'https://lrs.school.example/xapi');
    expect(getCredentials(SOURCE, 'https://lrs.school.example/andere-pagina')).toEqual(SECRET);
    expect(getCredentials(SOURCE, 'https://aanvaller.example/xapi')).toBeNull();
    expect(getCredentials(SOURCE, 'https://lrs.school.example/xapi')).toBeNull();
  });
});
