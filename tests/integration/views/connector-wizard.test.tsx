import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { freshDb, renderApp } from '../../support/render-app';

describe('connector wizard', () => {
  it('connects a supplier without a developer: test (with a clear 401), preview, map a code, save, sync', async () => {
    const db = freshDb();
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Leesvlinder (lezen, API-sleutel)' }));
    await user.type(screen.getByLabelText('Naam van de koppeling'), 'Leesvlinder groep 5-8');
    await user.type(screen.getByLabelText('Adres (endpoint)'), LEESVLINDER_DEMO.endpoint);
    await user.type(screen.getByLabelText('API-sleutel'), 'verkeerde-sleutel');
    await user.click(screen.getByRole('button', { name: 'Verbinding testen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Leesvlinder groep 5-8 weigert de inloggegevens (401): controleer de sleutel of het wachtwoord.',
    );

    await user.clear(screen.getByLabelText('API-sleutel'));
    await user.type(screen.getByLabelText('API-sleutel'), LEESVLINDER_DEMO.credentials.key);
    await user.click(screen.getByRole('button', { name: 'Verbinding testen' }));
    expect(await screen.findByText(`Verbinding gelukt: ${LEESVLINDER_DEMO.school}`)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /De eerste 8 resultaten zoals Leerzicht ze opslaat/ })).toBeInTheDocument();

    const unmapped = screen.getByRole('list', { name: 'Codes zonder leerdoel' });
    const code = within(unmapped).getAllByRole('listitem')[0]!;
    const label = within(code).getByRole('code').textContent ?? '';
    expect(label).toMatch(/^WOORDENSCHAT:/);
    await user.type(within(code).getByLabelText(`Zoek een leerdoel voor ${label}`), 'zakelijk 1F');
    await user.selectOptions(within(code).getByLabelText(`Leerdoel voor ${label}`), 'lezen.zakelijk.1f');
    await user.click(within(code).getByRole('button', { name: 'Koppelen' }));
    await waitFor(() => expect(within(unmapped).queryByText(label)).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));
    expect(await screen.findByText('De koppeling Leesvlinder groep 5-8 is opgeslagen.')).toBeInTheDocument();
    const saved = await db.sources.get('leesvlinder-groep-5-8' as never);
    expect(saved?.mapping[label]).toEqual(['lezen.zakelijk.1f']);
    expect(JSON.stringify(saved)).not.toContain(LEESVLINDER_DEMO.credentials.key);
  });
});

describe('connector wizard: https only', () => {
  it('refuses an http address as it is typed, with what to do instead, and asks the supplier nothing', async () => {
    renderApp('/bronnen/nieuw');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Leesvlinder (lezen, API-sleutel)' }));
    await user.type(screen.getByLabelText('Naam van de koppeling'), 'Leesvlinder');
    const endpoint = screen.getByLabelText('Adres (endpoint)');
    await user.type(endpoint, LEESVLINDER_DEMO.endpoint.replace(/^https:/, 'http:'));
    await user.type(screen.getByLabelText('API-sleutel'), LEESVLINDER_DEMO.credentials.key);
    expect(screen.getByRole('alert')).toHaveTextContent('Dit adres begint met http://: gebruik een https-adres.');
    expect(endpoint).toBeInvalid();
    expect(screen.getByRole('button', { name: 'Verbinding testen' })).toBeDisabled();
    // Enter in the field does not test either (an http request would fail on MSW's unhandled-request check).
    await user.type(endpoint, '{Enter}');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByText(/niet bereikbaar/)).not.toBeInTheDocument();

    await user.clear(endpoint);
    await user.type(endpoint, LEESVLINDER_DEMO.endpoint);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verbinding testen' }));
    expect(await screen.findByText(`Verbinding gelukt: ${LEESVLINDER_DEMO.school}`)).toBeInTheDocument();
  });

  it('in English too', async () => {
    renderApp('/bronnen/nieuw', { locale: 'en' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Leesvlinder/ }));
    await user.type(screen.getByLabelText('Address (endpoint)'), 'http://lrs.school.example/xapi');
    expect(screen.getByRole('alert')).toHaveTextContent('This address starts with http://: use an https address.');
  });
});
