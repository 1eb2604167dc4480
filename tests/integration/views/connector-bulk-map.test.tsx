import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { sourceId } from '@/domain/ids';
import { clearCredentials, setCredentials } from '@/store/credentials.memory';
import { upsertResults } from '@/store/results.repo';
import { saveSource } from '@/store/sources.repo';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { buildResult } from '../../support/result-builder';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf } from '../../support/seed';

const id = sourceId('leesvlinder-bulk');
const LEVELS = Array.from({ length: 13 }, (_, index) => `https://codeklas.example/werelden/variabelen/levels/${index + 1}`);

/** A source whose stored results carry 13 level codes of one world and one other code, none with a goal. */
async function seeded() {
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
  await upsertResults(
    db,
    [...LEVELS, 'ONBEKEND-1'].map((code, index) =>
      buildResult({ source: id, pupil: refOf(1), code, goals: [], time: `2026-06-${String(index + 1).padStart(2, '0')}T10:00:00.000Z` }),
    ),
  );
  clearCredentials(id);
  setCredentials(id, LEESVLINDER_DEMO.credentials);
  return db;
}

describe('mapping many codes at once', () => {
  it('chooses a world’s 13 levels with one button, suggests the goal whose title has the code’s word, and maps all 13 with one more', async () => {
    const db = await seeded();
    renderApp(`/bronnen/${id}/bewerken`, { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Volgende' }));
    const bulk = await screen.findByRole('region', { name: 'Meerdere codes tegelijk koppelen' });
    expect(within(bulk).getByRole('button', { name: /^Koppel 0 codes/ })).toBeDisabled();

    await user.click(within(bulk).getByRole('button', { name: 'Kies alle 13 codes van …/variabelen/levels' }));
    const codes = within(bulk).getByRole('group', { name: 'Gekozen codes: 13 van 14' });
    expect(within(codes).getByRole('checkbox', { name: /levels\/7 \(1\)/ })).toBeChecked();
    expect(within(codes).getByRole('checkbox', { name: /ONBEKEND-1/ })).not.toBeChecked();

    // The suggestions: goals whose titles have "variabele(n)", none about something else.
    const suggested = within(bulk).getByRole('group', { name: 'Voorgestelde leerdoelen' });
    const options = within(suggested).getAllByRole('radio');
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option).toHaveAccessibleName(/variabel/i);
    await user.click(within(suggested).getByRole('radio', { name: /^Programmeren bovenbouw.*: Gebruikt variabelen/ }));
    await user.click(within(bulk).getByRole('button', { name: 'Koppel 13 codes aan dit leerdoel' }));
    expect(await screen.findByText(/^13 codes gekoppeld aan Programmeren bovenbouw.*: Gebruikt variabelen/)).toHaveAttribute('role', 'status');

    // Only the other code is left to map, one by one as before.
    const unmapped = screen.getByRole('list', { name: 'Codes zonder leerdoel' });
    await waitFor(() => expect(within(unmapped).getAllByRole('listitem')).toHaveLength(1));
    expect(unmapped).toHaveTextContent('ONBEKEND-1');

    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('De wijzigingen in Leesvlinder zijn opgeslagen.')).toBeInTheDocument();
    const saved = await db.sources.get(id);
    for (const code of LEVELS) expect(saved?.mapping[code]).toEqual(['programmeren.variabelen.bb']);
    expect(saved?.mapping['ONBEKEND-1']).toBeUndefined();
  });

  it('maps codes ticked one by one to a goal searched by name, and says in English what it did', async () => {
    const db = await seeded();
    renderApp(`/bronnen/${id}/bewerken`, { db, locale: 'en' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const bulk = await screen.findByRole('region', { name: 'Map several codes at once' });
    await user.click(within(bulk).getByRole('checkbox', { name: /ONBEKEND-1/ }));
    await user.click(within(bulk).getByRole('checkbox', { name: /levels\/1 \(1\)/ }));
    expect(within(bulk).getByRole('group', { name: 'Chosen codes: 2 of 14' })).toBeInTheDocument();
    await user.type(within(bulk).getByLabelText('Or search a learning goal'), 'zakelijk 1F');
    await user.selectOptions(within(bulk).getByLabelText('Learning goal for the chosen codes'), 'lezen.zakelijk.1f');
    await user.click(within(bulk).getByRole('button', { name: 'Map 2 codes to this learning goal' }));
    expect(await screen.findByText(/^2 codes mapped to /)).toHaveAttribute('role', 'status');
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Codes without a learning goal' })).getAllByRole('listitem')).toHaveLength(12),
    );
  });
});
