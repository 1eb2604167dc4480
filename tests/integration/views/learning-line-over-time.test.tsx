import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltIn } from '@/curriculum/built-in.load';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { adapterFor } from '@/adapters/registry';
import { AppProviders } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient, createSyncInvalidator } from '@/app/query-client';
import { LearningLinePage } from '@/features/learning-lines/learning-line-page';
import type { Locale } from '@/i18n/format';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { DEMO_NOW, freshDb } from '../../support/render-app';
import { recordJudgement } from '@/store/judgements.repo';
import { refOf, seedSmallSchool } from '../../support/seed';

function renderPage(path: string, { db, locale = 'nl' as Locale }: { db: LeerzichtDb; locale?: Locale }) {
  const queryClient = createQueryClient();
  const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials, onStored: createSyncInvalidator(queryClient, 10) });
  return render(
    <AppProviders db={db} queryClient={queryClient} i18n={createI18n(locale)} hub={hub} now={() => DEMO_NOW}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/leerlijnen" element={<LearningLinePage />} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

const percent = (text: string | null) => Number.parseInt(text ?? '', 10);

// Rendered here without the app's lazy routes, which load the built-in lines with every page but the class overview.
beforeAll(() => loadBuiltIn());

describe('the group over time on the learning-line view', () => {
  // The small school: Anna (90%) and Bram (40%) practise "getallen 1F" once a week for nine weeks; Cem has no arithmetic.
  it('shows per week the group’s median and middle half in a chart and in its table, counting the pupils with a level', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderPage('/leerlijnen?leerlijn=rekenen', { db });
    const section = await screen.findByRole('region', { name: 'Groep 5A over tijd' });
    // First a status while who needs help is worked out, then the chart.
    expect(await within(section).findByRole('figure', { name: /Groep 5A op Rekenen: mediaan en middelste helft/ })).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Groep 5A op Rekenen per week' });
    expect(within(section).getByRole('region', { name: /^De cijfers van de grafiek: Groep 5A op Rekenen/ })).toHaveAttribute('tabindex', '0');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Week van', 'Mediaan', 'Middelste helft', 'Leerlingen', 'Heeft hulp nodig']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      const [median, band, pupils] = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
      // Two pupils with a level (Cem has none on this line): the median lies in the middle half.
      expect(pupils).toBe('2');
      const [low, high] = (band ?? '').split(' tot ').map(percent);
      expect(percent(median ?? '')).toBeGreaterThanOrEqual(low ?? Number.NaN);
      expect(percent(median ?? '')).toBeLessThanOrEqual(high ?? Number.NaN);
      expect(high).toBeGreaterThan(low ?? 0);
    }
  });

  it('marks exactly the pupils Wie heeft hulp nodig lists: a teacher’s judgement in force takes the mark away', async () => {
    const lastWeekHelp = async () => {
      const table = await screen.findByRole('table', { name: 'Groep 5A op Rekenen per week' });
      const rows = within(table).getAllByRole('row');
      return within(rows[rows.length - 1]!)
        .getAllByRole('cell')
        .at(-1)?.textContent;
    };
    const db = freshDb();
    await seedSmallSchool(db);
    const first = renderPage('/leerlijnen?leerlijn=rekenen', { db });
    // Bram (40% on getallen while the group's other pupil masters it) is listed, and marked.
    expect(await lastWeekHelp()).toBe('Bram Smit 40%');
    first.unmount();
    await recordJudgement(
      db,
      { pupil: refOf(2), goal: 'rekenen.getallen.1f', status: 'mastered', date: '2026-07-01', note: '', role: 'teacher' },
      DEMO_NOW,
    );
    renderPage('/leerlijnen?leerlijn=rekenen', { db });
    await screen.findByRole('table', { name: 'Groep 5A op Rekenen per week' });
    expect(await lastWeekHelp()).not.toMatch(/Bram/);
  });

  it('follows the view’s filters: only Blokkodo has no arithmetic, so there is nothing to draw', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderPage('/leerlijnen?leerlijn=rekenen', { db });
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Groep 5A over tijd' });
    expect(await within(section).findByRole('table', {})).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Bron'), 'Blokkodo');
    expect(
      await within(await screen.findByRole('region', { name: 'Groep 5A over tijd' })).findByText(/Nog geen resultaten op deze leerlijn/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Groep 5A op Rekenen per week' })).not.toBeInTheDocument();
  });

  it('speaks English too', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderPage('/leerlijnen?leerlijn=rekenen', { db, locale: 'en' });
    const section = await screen.findByRole('region', { name: 'Groep 5A over time' });
    expect(await within(section).findByRole('table', { name: /per week/ })).toBeInTheDocument();
    expect(within(section).getByRole('columnheader', { name: 'Middle half' })).toBeInTheDocument();
  });
});
