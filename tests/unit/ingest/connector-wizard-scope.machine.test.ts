import { describe, expect, it } from 'vitest';
import type { Reached } from '@/adapters/port';
import { createActor, fromPromise, waitFor } from 'xstate';
import { connectorWizardMachine, type ConnectorInput, type Preview, type TestInput } from '@/ingest/connector-wizard.machine';

const EMPTY: Preview = { results: [], rejections: [], unmapped: [] };

const defaults = { name: 'LRS', endpoint: 'https://lrs.example/xapi', credentials: { type: 'basic', username: 'u', password: 'p' } } as const;

function wizard() {
  const tested: TestInput[] = [];
  const saved: ConnectorInput[] = [];
  const machine = connectorWizardMachine.provide({
    actors: {
      testConnection: fromPromise<Reached, TestInput>(
        async ({ input }) => (tested.push(input), { code: 'xapi' as const, params: { versions: '1.0.3', host: 'lrs' } }),
      ),
      previewFirstPage: fromPromise<Preview, ConnectorInput>(async () => EMPTY),
      saveConnector: fromPromise<string, ConnectorInput>(async ({ input }) => (saved.push(input), 'lrs')),
    },
  });
  return { actor: createActor(machine).start(), tested, saved };
}

describe('connector wizard: scope', () => {
  it('refuses to test while from is after to, and carries a valid scope to the test and the save', async () => {
    const { actor, tested, saved } = wizard();
    actor.send({ type: 'CHOOSE_KIND', kind: 'xapi', defaults });
    actor.send({ type: 'EDIT', draft: { scope: { pupils: 'our-groups', since: '2026-03-01', until: '2026-02-01' } } });
    actor.send({ type: 'TEST' });
    expect(actor.getSnapshot().matches('details')).toBe(true);
    actor.send({ type: 'EDIT', draft: { scope: { pupils: 'our-groups', since: '2026-01-01' } } });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    expect(tested[0]).toMatchObject({ scope: { pupils: 'our-groups', since: '2026-01-01' }, editing: null });
    actor.send({ type: 'SAVE' });
    await waitFor(actor, (snapshot) => snapshot.matches('saved'));
    expect(saved[0]?.scope).toEqual({ pupils: 'our-groups', since: '2026-01-01' });
  });

  it('editing: an invalid scope blocks going on without a test; the test names the connector being edited', async () => {
    const { actor, tested } = wizard();
    actor.send({
      type: 'LOAD',
      id: 'lrs',
      kind: 'xapi',
      origin: 'endpoint',
      mapping: {},
      unmapped: [],
      draft: { ...defaults, scope: { pupils: 'all' } },
    });
    actor.send({ type: 'EDIT', draft: { scope: { pupils: 'all', until: '2026-02-30' } } });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().matches('details')).toBe(true);
    actor.send({ type: 'EDIT', draft: { scope: { pupils: 'all', until: '2026-02-28' }, endpoint: 'https://lrs2.example/xapi' } });
    actor.send({ type: 'TEST' });
    await waitFor(actor, (snapshot) => snapshot.matches('mapping'));
    expect(tested[0]?.editing).toBe('lrs');
  });
});
