import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GroupId, PupilKey } from '@/domain/ids';
import { importRoster } from '@/store/roster.repo';
import { listGroups } from '@/store/pupils.repo';
import { createVault, lock, rememberedGroups, unlock } from '@/store/vault';
import type { LeerzichtDb } from '@/store/db';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, TEST_PASSPHRASE } from '../../support/seed';

/** Two groups: Anna and Bram in Groep 5, Daan and Eva in Groep 6; locked afterwards. */
async function seedTwoGroups(db: LeerzichtDb) {
  const rows = [
    { ref: refOf(1), firstName: 'Anna', prefix: 'de', lastName: 'Boer', groupName: 'Groep 5' },
    { ref: refOf(2), firstName: 'Bram', prefix: '', lastName: 'Smit', groupName: 'Groep 5' },
    { ref: refOf(3), firstName: 'Daan', prefix: '', lastName: 'Jansen', groupName: 'Groep 6' },
    { ref: refOf(4), firstName: 'Eva', prefix: 'van', lastName: 'Dijk', groupName: 'Groep 6' },
  ];
  const key = await createVault(db, TEST_PASSPHRASE, 1_000);
  await importRoster(db, rows, { now: DEMO_NOW, key });
  lock();
  const groups = await listGroups(db, key);
  const idOf = (name: string) => groups.find((group) => group.name === name)?.id as GroupId;
  const keyOf = async (n: number) => (await db.pupils.where('ref').equals(refOf(n)).first())?.key as PupilKey;
  return { key, group5: idOf('Groep 5'), group6: idOf('Groep 6'), eva: await keyOf(4) };
}

const optionsOf = (label: string) =>
  within(screen.getByLabelText(label))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('a teacher sees only their own groups', () => {
  it('chooses groups at unlock, sees only Groep 5, and the choice is remembered on this device', async () => {
    const db = freshDb();
    await seedTwoGroups(db);
    renderApp('/klas', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ontgrendelen' }));
    await user.type(await screen.findByLabelText('Wachtwoordzin'), TEST_PASSPHRASE);
    await user.click(screen.getByRole('radio', { name: 'Leerkracht' }));
    await user.click(within(screen.getByRole('form', { name: 'Leerzicht ontgrendelen' })).getByRole('button', { name: 'Ontgrendelen' }));
    const picker = await screen.findByRole('form', { name: 'Mijn groepen' });
    await user.click(within(picker).getByRole('button', { name: 'Toon mijn groepen' }));
    expect(within(picker).getByRole('alert')).toHaveTextContent('Kies minstens één groep.');
    await user.click(within(picker).getByRole('checkbox', { name: 'Groep 5' }));
    await user.click(within(picker).getByRole('button', { name: 'Toon mijn groepen' }));
    expect(await screen.findByText('Ontgrendeld als Leerkracht')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' })).toBeInTheDocument();
    expect(optionsOf('Groep')).toEqual(['Groep 5']);
    expect(screen.queryByText(/Daan|Eva/)).not.toBeInTheDocument();
    expect(await rememberedGroups(db)).toHaveLength(1);
  });

  it('refuses the profile of a pupil in another group with a clear message', async () => {
    const db = freshDb();
    const { key, group5, eva } = await seedTwoGroups(db);
    unlock(key, 'teacher', [group5]);
    renderApp(`/leerling/${eva}`, { db });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze leerling zit niet in jouw groepen' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Voeg hem toe met "Mijn groepen"');
    expect(screen.queryByText(/Eva/)).not.toBeInTheDocument();
  });

  it.each(['/klas', '/leerlijnen', '/hulp', '/rubrics'])('lists only the chosen group on %s', async (path) => {
    const db = freshDb();
    const { key, group6 } = await seedTwoGroups(db);
    unlock(key, 'teacher', [group6]);
    renderApp(path, { db });
    expect(await screen.findByRole('option', { name: 'Groep 6' })).toBeInTheDocument();
    expect(optionsOf('Groep')).toEqual(['Groep 6']);
  });

  it('changes the groups with "Mijn groepen" during the session', async () => {
    const db = freshDb();
    const { key, group5 } = await seedTwoGroups(db);
    unlock(key, 'teacher', [group5]);
    renderApp('/klas', { db });
    const user = userEvent.setup();
    expect(await screen.findByRole('option', { name: 'Groep 5' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Mijn groepen' }));
    const picker = await screen.findByRole('form', { name: 'Mijn groepen' });
    expect(within(picker).getByRole('checkbox', { name: 'Groep 5' })).toBeChecked();
    await user.click(within(picker).getByRole('checkbox', { name: 'Groep 6' }));
    await user.click(within(picker).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('option', { name: 'Groep 6' })).toBeInTheDocument();
    expect(optionsOf('Groep')).toEqual(['Groep 5', 'Groep 6']);
    expect(await rememberedGroups(db)).toHaveLength(2);
  });

  it('lets the ICT coordinator see every group and open any pupil', async () => {
    const db = freshDb();
    const { key, eva } = await seedTwoGroups(db);
    unlock(key, 'ict-coordinator', []);
    renderApp('/klas', { db });
    expect(await screen.findByRole('option', { name: 'Groep 6' })).toBeInTheDocument();
    expect(optionsOf('Groep')).toEqual(['Groep 5', 'Groep 6']);
    renderApp(`/leerling/${eva}`, { db });
    expect(await screen.findByRole('heading', { level: 1, name: 'Eva van Dijk' })).toBeInTheDocument();
  });
});
