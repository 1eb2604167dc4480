import { describe, expect, it } from 'vitest';
import type { Reached } from '@/adapters/port';
import { createActor, fromPromise, waitFor } from 'xstate';
import { AdapterError } from '@/adapters/http/adapter-error';
import { goalId } from '@/domain/ids';
import { connectorWizardMachine, type Preview } from '@/ingest/connector-wizard.machine';

const preview: Preview = {
  results: [],
  rejections: [],
  unmapped: [
    { code: 'ST-KL-1', count: 4 },
    { code: 'X', count: 1 },
  ],
};
const defaults = { name: 'Sommenspoor', endpoint: 'https://api.sommenspoor.example/v2', credentials: { type: 'bearer', token: 't' } } as const;

function wizard(overrides: { test?: () => Promise<Reached>; save?: (input: unknown) => Promise<string> } = {}) {
  const saved: unknown[] = [];
  const machine = connectorWizardMachine.provide({
    actors: {
      testConnection: fromPromise(overrides.test ?? (async () => ({ code: 'school' as const, params: { school: 'OBS De Vlierboom' } }))),
      previewFirstPage: fromPromise(async () => preview),
      saveConnector: fromPromise(async ({ input }) => (saved.push(input), overrides.save ? overrides.save(input) : 'sommenspoor')),
    },
  });
  return { actor: createActor(machine).start(), saved };
}

describe('connector wizard', () => {
  it('goes kind -> details -> test -> preview -> mapping -> saved, carrying the mapped codes', async () => {
    const { actor, saved } = wizard();
    actor.send({ type: 'CHOOSE_KIND', kind: 'sommenspoor', defaults });
    expect(actor.getSnapshot().matches('details')).toBe(true);
    actor.send({ type: 'EDIT', draft: { name: 'Rekenen groep 5' } });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    expect(actor.getSnapshot().context.check).toEqual({ code: 'school', params: { school: 'OBS De Vlierboom' } });
    actor.send({ type: 'MAP', code: 'ST-KL-1', goals: [goalId('rekenen.meten-meetkunde.1f')] });
    expect(actor.getSnapshot().context.preview?.unmapped.map((item) => item.code)).toEqual(['X']);
    actor.send({ type: 'SAVE' });
    await waitFor(actor, (snapshot) => snapshot.matches('saved'));
    expect(saved[0]).toMatchObject({ kind: 'sommenspoor', name: 'Rekenen groep 5', mapping: { 'ST-KL-1': ['rekenen.meten-meetkunde.1f'] } });
    expect(actor.getSnapshot().context.savedId).toBe('sommenspoor');
  });

  it('a failed connection test returns to the details with the error code to explain', async () => {
    const { actor } = wizard({ test: async () => Promise.reject(new AdapterError('unauthorized', 'HTTP 401 /ping', 401)) });
    actor.send({ type: 'CHOOSE_KIND', kind: 'sommenspoor', defaults });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('details') && snapshot.context.error !== null);
    expect(actor.getSnapshot().context.error).toEqual({ code: 'unauthorized', detail: 'HTTP 401 /ping' });
    actor.send({ type: 'EDIT', draft: { credentials: { type: 'bearer', token: 'goed' } } });
    expect(actor.getSnapshot().context.error).toBeNull();
  });

  it('cannot test without an endpoint', () => {
    const { actor } = wizard();
    actor.send({ type: 'CHOOSE_KIND', kind: 'sommenspoor', defaults: { ...defaults, endpoint: ' ' } });
    actor.send({ type: 'TEST' });
    expect(actor.getSnapshot().matches('details')).toBe(true);
  });
});
