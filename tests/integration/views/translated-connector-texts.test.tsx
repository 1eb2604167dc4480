import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { sourceId } from '@/domain/ids';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import type { Locale } from '@/i18n/format';
import { setCredentials } from '@/store/credentials.memory';
import { saveSource } from '@/store/sources.repo';
import { server } from '../../../mocks/node';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf } from '../../support/seed';

/** A Leesvlinder source whose supplier sends one record a percentage of 300 (its schema allows at most 100). */
async function sourceWithBadRecord(locale: Locale) {
  const db = freshDb();
  const id = sourceId('leesvlinder');
  await saveSource(db, {
    id,
    kind: 'leesvlinder',
    name: 'Leesvlinder',
    endpoint: LEESVLINDER_DEMO.endpoint,
    paused: false,
    mapping: LEESVLINDER_DEFAULT_MAPPING,
    createdAt: DEMO_NOW.toISOString(),
  });
  setCredentials(id, LEESVLINDER_DEMO.credentials);
  const bad = { id: 'lv-kapot', pupil: refOf(1), week: '2026-W20', skill: 'BEGRIP', level: 'Cocon', percentage: 300, exercises: 10 };
  server.use(
    http.get(`${LEESVLINDER_DEMO.endpoint}/weekly-summaries`, () => HttpResponse.json({ page: 1, per_page: 2, total_pages: 1, items: [bad] })),
  );
  renderApp('/bronnen', { db, locale });
  return { user: userEvent.setup(), card: await screen.findByRole('article', { name: 'Leesvlinder' }) };
}

describe('connector texts in the app’s language', () => {
  it('the source card names the kind in words and a rejected record’s reason in Dutch, not the validator’s English', async () => {
    const { user, card } = await sourceWithBadRecord('nl');
    expect(within(card).getByText('Leesvlinder (lezen, API-sleutel)')).toBeInTheDocument();
    expect(within(card).queryByText('leesvlinder')).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Leesvlinder nu synchroniseren' }));
    expect(await within(card).findByText('Synchronisatie van Leesvlinder is klaar.')).toBeInTheDocument();
    await user.click(await within(card).findByText('Laatst afgekeurd'));
    const reason = within(card).getByText(/is te groot of te lang \(hoogstens 100\)/);
    expect(reason).toHaveTextContent('percentage: is te groot of te lang (hoogstens 100)');
    expect(card).not.toHaveTextContent(/too big/i);
  });

  it('and in English', async () => {
    const { user, card } = await sourceWithBadRecord('en');
    expect(within(card).getByText('Leesvlinder (reading, API key)')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: /sync leesvlinder now/i }));
    await user.click(await within(card).findByText('Latest rejections'));
    expect(within(card).getByText(/is too large or too long/)).toHaveTextContent('percentage: is too large or too long (at most 100)');
  });

  it('the wizard titles a failed test as a failed connection test and words a good one in English', async () => {
    renderApp('/bronnen/nieuw', { locale: 'en' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Leesvlinder (reading, API key)' }));
    await user.type(screen.getByLabelText('Name of the connector'), 'Leesvlinder 5-8');
    await user.type(screen.getByLabelText('Address (endpoint)'), LEESVLINDER_DEMO.endpoint);
    await user.type(screen.getByLabelText('API key'), 'wrong-key');
    await user.click(screen.getByRole('button', { name: 'Test the connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The connection test with Leesvlinder 5-8 failed');
    expect(alert).not.toHaveTextContent(/sync/i);
    await user.clear(screen.getByLabelText('API key'));
    await user.type(screen.getByLabelText('API key'), LEESVLINDER_DEMO.credentials.key);
    await user.click(screen.getByRole('button', { name: 'Test the connection' }));
    expect(await screen.findByText(`Connected: ${LEESVLINDER_DEMO.school}`)).toBeInTheDocument();
  });

  it('the wizard says in Dutch that the connection test failed, not a synchronisation', async () => {
    renderApp('/bronnen/nieuw');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Leesvlinder (lezen, API-sleutel)' }));
    await user.type(screen.getByLabelText('Naam van de koppeling'), 'Leesvlinder 5-8');
    await user.type(screen.getByLabelText('Adres (endpoint)'), LEESVLINDER_DEMO.endpoint);
    await user.type(screen.getByLabelText('API-sleutel'), 'verkeerde-sleutel');
    await user.click(screen.getByRole('button', { name: 'Verbinding testen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De verbindingstest met Leesvlinder 5-8 is mislukt');
    expect(alert).not.toHaveTextContent('Synchronisatie');
  });
});
