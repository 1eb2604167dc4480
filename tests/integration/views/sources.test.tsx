import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { sourceId } from '@/domain/ids';
import { formatDateTime } from '@/i18n/format';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { clearCredentials, setCredentials } from '@/store/credentials.memory';
import { saveSource } from '@/store/sources.repo';
import { server } from '../../../mocks/node';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { freshDb, renderApp, DEMO_NOW } from '../../support/render-app';
import { refOf } from '../../support/seed';

const URL_SUMMARIES = `${LEESVLINDER_DEMO.endpoint}/weekly-summaries`;
const summary = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  pupil: refOf(1),
  week: '2026-W20',
  skill: 'BEGRIP',
  level: 'Cocon',
  percentage: 70,
  exercises: 10,
  minutes: 20,
  ...overrides,
});

async function leesvlinderSource() {
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
  return db;
}

describe('sources page', () => {
  it('syncs a source on request and shows what was stored, rejected and left unmapped', async () => {
    const db = await leesvlinderSource();
    server.use(
      http.get(URL_SUMMARIES, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        const items = page === 1 ? [summary('a'), summary('b', { percentage: 300 })] : [summary('c', { skill: 'WOORDENSCHAT' })];
        return HttpResponse.json({ page, per_page: 2, total_pages: 2, total_items: 3, items });
      }),
    );
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Leesvlinder' });
    expect(within(card).getByText('nog nooit')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Leesvlinder nu synchroniseren' }));
    expect(await within(card).findByText('Synchronisatie van Leesvlinder is klaar.')).toBeInTheDocument();
    expect(await within(card).findByText('score ontbreekt of valt buiten de schaal: 1')).toBeInTheDocument();
    const facts = within(card)
      .getAllByRole('definition')
      .map((item) => item.textContent);
    expect(facts[3]).toBe('2');
    expect(facts[4]).toBe('1');
    // The newest stored result's time, from the [source+time] index (decision 034).
    const newest = (await db.results.orderBy('time').last())?.time ?? '';
    expect(within(card).getAllByRole('term')[5]).toHaveTextContent('Nieuwste resultaat');
    expect(facts[5]).toBe(formatDateTime('nl', newest));
    const unmapped = within(card).getByRole('list', { name: 'Codes zonder leerdoel' });
    expect(within(unmapped).getByRole('listitem')).toHaveTextContent('WOORDENSCHAT:Cocon (1 resultaten)');
    expect(await db.results.count()).toBe(2);
  });

  it('explains a refused key in words an ICT coordinator can act on, keeps what was stored, and retries', async () => {
    const db = await leesvlinderSource();
    server.use(http.get(URL_SUMMARIES, () => HttpResponse.json({ error: 'invalid_api_key' }, { status: 401 }), { once: true }));
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Leesvlinder' });
    await user.click(within(card).getByRole('button', { name: 'Leesvlinder nu synchroniseren' }));
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Leesvlinder weigert de inloggegevens (401): controleer de sleutel of het wachtwoord.');
    expect(within(alert).getByText(/unauthorized: HTTP 401/)).toBeInTheDocument();
    server.use(http.get(URL_SUMMARIES, () => HttpResponse.json({ page: 1, per_page: 2, total_pages: 1, items: [summary('a')] })));
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await within(card).findByText('Synchronisatie van Leesvlinder is klaar.')).toBeInTheDocument();
  });

  it('after a reload (no credentials in this session) says they were not kept, links to the edit page and sends nothing', async () => {
    const db = await leesvlinderSource();
    clearCredentials(sourceId('leesvlinder'));
    let requests = 0;
    server.use(
      http.get(URL_SUMMARIES, () => {
        requests += 1;
        return HttpResponse.json({ error: 'invalid_api_key' }, { status: 401 });
      }),
    );
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Leesvlinder' });
    await user.click(within(card).getByRole('button', { name: 'Leesvlinder nu synchroniseren' }));
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('De inloggegevens van Leesvlinder zijn niet bewaard op dit apparaat');
    expect(alert).toHaveTextContent('Vul ze opnieuw in bij Bewerken');
    expect(alert).not.toHaveTextContent('401');
    expect(alert).not.toHaveTextContent('weigert');
    expect(within(alert).getByRole('link', { name: 'Inloggegevens van Leesvlinder invullen' })).toHaveAttribute(
      'href',
      '/bronnen/leesvlinder/bewerken',
    );
    expect(requests).toBe(0);
    expect(await db.results.count()).toBe(0);
    await user.click(within(alert).getByRole('link', { name: 'Inloggegevens van Leesvlinder invullen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Koppeling bewerken' })).toBeInTheDocument();
  });

  it('says in English too that the credentials were not kept on this device', async () => {
    const db = await leesvlinderSource();
    clearCredentials(sourceId('leesvlinder'));
    renderApp('/bronnen', { db, locale: 'en' });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Leesvlinder' });
    await user.click(within(card).getByRole('button', { name: 'Sync Leesvlinder now' }));
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('The credentials for Leesvlinder are not kept on this device');
    expect(within(alert).getByRole('link', { name: 'Enter the credentials for Leesvlinder' })).toBeInTheDocument();
  });

  it('does not store results older than the retention period and says so after the sync', async () => {
    const db = await leesvlinderSource();
    server.use(
      http.get(URL_SUMMARIES, ({ request }) =>
        new URL(request.url).searchParams.has('from_week')
          ? HttpResponse.json({ page: 1, per_page: 2, total_pages: 1, total_items: 0, items: [] })
          : HttpResponse.json({
              page: 1,
              per_page: 2,
              total_pages: 1,
              total_items: 2,
              items: [summary('nieuw'), summary('oud', { week: '2023-W20' })],
            }),
      ),
    );
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Leesvlinder' });
    await user.click(within(card).getByRole('button', { name: 'Leesvlinder nu synchroniseren' }));
    expect(await within(card).findByText('Niet opgeslagen: 1 ouder dan de bewaartermijn.')).toBeInTheDocument();
    expect((await db.results.toArray()).map((result) => result.recordId)).toEqual(['nieuw']);
  });

  it('shows progress while syncing and can be cancelled, keeping the pages already stored', async () => {
    const db = await leesvlinderSource();
    let release: () => void = () => {};
    server.use(
      http.get(URL_SUMMARIES, async ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        if (page === 2) await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json({ page, per_page: 1, total_pages: 3, total_items: 3, items: [summary(`p${page}`)] });
      }),
    );
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Leesvlinder' });
    await user.click(within(card).getByRole('button', { name: 'Leesvlinder nu synchroniseren' }));
    const bar = await within(card).findByRole('progressbar', { name: 'Voortgang synchronisatie Leesvlinder' });
    expect(bar).toBeInTheDocument();
    expect(await within(card).findByText('1 van 3 records opgehaald, 1 nieuw')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Synchronisatie van Leesvlinder annuleren' }));
    expect(await within(card).findByText(/is geannuleerd/)).toBeInTheDocument();
    release();
    expect(await db.results.count()).toBe(1);
  });

  it('pauses a connector and removes it after asking what happens to its results', async () => {
    const db = await leesvlinderSource();
    await db.results.put({
      id: 'leesvlinder|x',
      source: 'leesvlinder',
      recordId: 'x',
      pupil: refOf(1),
      code: 'BEGRIP:Cocon',
      goals: [],
      level: null,
      workForm: 'practice',
      time: DEMO_NOW.toISOString(),
      score: null,
      success: true,
      completion: true,
      durationSeconds: null,
      attempt: null,
      normBand: null,
    } as never);
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Leesvlinder' });
    await user.click(within(card).getByRole('button', { name: 'Leesvlinder pauzeren' }));
    expect(await within(card).findByText('gepauzeerd')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Leesvlinder nu synchroniseren' })).toBeDisabled();
    await user.click(within(card).getByRole('button', { name: 'Leesvlinder verwijderen' }));
    const dialog = within(card).getByRole('alertdialog', { name: 'Wat moet er gebeuren met de resultaten van Leesvlinder?' });
    await user.click(within(dialog).getByRole('button', { name: 'Koppeling verwijderen, resultaten bewaren' }));
    expect(await screen.findByText('Er zijn nog geen bronnen gekoppeld.')).toBeInTheDocument();
    expect(await db.results.count()).toBe(1);
  });
});
