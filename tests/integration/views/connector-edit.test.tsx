import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { sourceId } from '@/domain/ids';
import { clearCredentials, getCredentials, setCredentials } from '@/store/credentials.memory';
import { upsertResults } from '@/store/results.repo';
import { saveSource } from '@/store/sources.repo';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { buildResult } from '../../support/result-builder';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf } from '../../support/seed';

const id = sourceId('leesvlinder-edit');

async function seeded({ withCredentials = true } = {}) {
  const db = freshDb();
  await saveSource(db, {
    id,
    kind: 'leesvlinder',
    name: 'Leesvlinder',
    endpoint: LEESVLINDER_DEMO.endpoint,
    paused: false,
    mapping: LEESVLINDER_DEFAULT_MAPPING,
    createdAt: DEMO_NOW.toISOString(),
  });
  await upsertResults(db, [buildResult({ source: id, pupil: refOf(1), code: 'ONBEKEND-1', goals: [], time: '2026-06-01T10:00:00.000Z' })]);
  clearCredentials(id);
  if (withCredentials) setCredentials(id, LEESVLINDER_DEMO.credentials);
  return db;
}

describe('editing a connector', () => {
  it('opens the wizard prefilled from the sources page, maps a stored unmapped code, renames, and saves in place keeping the results', async () => {
    const db = await seeded();
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Leesvlinder bewerken' }));
    expect(await screen.findByRole('heading', { name: 'Koppeling bewerken' })).toBeInTheDocument();
    expect(screen.getByText(/gelden bij het opslaan meteen ook voor hen/)).toBeInTheDocument();
    expect(screen.getByLabelText('Naam van de koppeling')).toHaveValue('Leesvlinder');
    expect(screen.getByLabelText('Adres (endpoint)')).toHaveValue(LEESVLINDER_DEMO.endpoint);
    expect(screen.getByLabelText('API-sleutel')).toHaveValue(LEESVLINDER_DEMO.credentials.key);
    await user.clear(screen.getByLabelText('Naam van de koppeling'));
    await user.type(screen.getByLabelText('Naam van de koppeling'), 'Leesvlinder bovenbouw');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));

    const unmapped = await screen.findByRole('list', { name: 'Codes zonder leerdoel' });
    await user.selectOptions(within(unmapped).getByLabelText('Leerdoel voor ONBEKEND-1'), 'lezen.zakelijk.1f');
    await user.click(within(unmapped).getByRole('button', { name: 'Koppelen' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('De wijzigingen in Leesvlinder bovenbouw zijn opgeslagen.')).toBeInTheDocument();

    const saved = await db.sources.get(id);
    expect(saved).toMatchObject({
      id,
      name: 'Leesvlinder bovenbouw',
      endpoint: LEESVLINDER_DEMO.endpoint,
      mapping: { ...LEESVLINDER_DEFAULT_MAPPING, 'ONBEKEND-1': ['lezen.zakelijk.1f'] },
    });
    expect(await db.sources.count()).toBe(1);
    expect(await db.results.where('source').equals(id).count()).toBe(1);
    // the stored result with that code has its goal at once, without a sync
    expect((await db.results.where('source').equals(id).first())?.goals).toEqual(['lezen.zakelijk.1f']);
    expect(getCredentials(id)).toEqual(LEESVLINDER_DEMO.credentials);
  });

  it('asks for credentials that are not in this session, and tests the connection again after a change (a wrong key gets a clear 401)', async () => {
    const db = await seeded({ withCredentials: false });
    renderApp(`/bronnen/${id}/bewerken`, { db });
    const user = userEvent.setup();
    expect(
      await screen.findByText('De inloggegevens zijn in deze sessie niet bekend: vul ze opnieuw in om de verbinding te testen.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('API-sleutel')).toHaveValue('');
    await user.type(screen.getByLabelText('API-sleutel'), 'verkeerde-sleutel');
    expect(screen.getByText('Je hebt het adres of de inloggegevens gewijzigd: test de verbinding opnieuw.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volgende' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Verbinding testen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('weigert de inloggegevens (401)');
    await user.clear(screen.getByLabelText('API-sleutel'));
    await user.type(screen.getByLabelText('API-sleutel'), LEESVLINDER_DEMO.credentials.key);
    await user.click(screen.getByRole('button', { name: 'Verbinding testen' }));
    expect(await screen.findByText(`Verbinding gelukt: ${LEESVLINDER_DEMO.school}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(getCredentials(id)).toEqual(LEESVLINDER_DEMO.credentials));
    expect(JSON.stringify(await db.sources.toArray())).not.toContain(LEESVLINDER_DEMO.credentials.key);
  });

  it('says so when the connector does not exist', async () => {
    renderApp('/bronnen/bestaat-niet/bewerken');
    expect(await screen.findByText('Deze koppeling bestaat niet (meer).')).toBeInTheDocument();
  });
});
