import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { sourceId } from '@/domain/ids';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { setCredentials } from '@/store/credentials.memory';
import { saveSource } from '@/store/sources.repo';
import { server } from '../../../mocks/node';
import { LEESVLINDER_DEMO } from '../../../mocks/suppliers/leesvlinder/leesvlinder.demo';
import { freshDb, renderApp, DEMO_NOW } from '../../support/render-app';
import { refOf } from '../../support/seed';

describe('rejection excerpt on the sources page', () => {
  it('shows what was kept of a rejected record as text, names the removed personal fields, and never shows them', async () => {
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
    const hostile = {
      id: 'lv-kapot',
      pupil: refOf(1),
      pupil_name: 'Fleur <b>Jansen</b>',
      email: 'fleur@school.example',
      week: '2026-W20',
      skill: 'BEGRIP',
      level: 'Cocon',
      percentage: 300,
      exercises: 10,
    };
    server.use(
      http.get(`${LEESVLINDER_DEMO.endpoint}/weekly-summaries`, () => HttpResponse.json({ page: 1, per_page: 2, total_pages: 1, items: [hostile] })),
    );
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Leesvlinder' });
    await user.click(within(card).getByRole('button', { name: 'Leesvlinder nu synchroniseren' }));
    expect(await within(card).findByText('Synchronisatie van Leesvlinder is klaar.')).toBeInTheDocument();
    await user.click(await within(card).findByText('Laatst afgekeurd'));
    await user.click(within(card).getByText('Uittreksel van het record'));
    const excerpt = within(card).getByText(/"id": "lv-kapot"/);
    expect(excerpt.tagName).toBe('PRE');
    expect(excerpt).toHaveTextContent('"percentage": 300');
    expect(
      within(card).getByText(/Weggelaten als persoonsgegevens \(veldnamen zoals de leverancier ze noemt\): pupil, name, mail\./),
    ).toBeInTheDocument();
    expect(card).not.toHaveTextContent(/Fleur|Jansen|school\.example/);
    expect(card.querySelector('b')).toBeNull();
    const stored = JSON.stringify(await db.rejections.toArray());
    expect(stored).not.toMatch(/Fleur|school\.example|nep-eckid/);
  });
});
