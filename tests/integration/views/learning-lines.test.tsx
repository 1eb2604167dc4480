import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltIn } from '@/curriculum/built-in.load';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { adapterFor } from '@/adapters/registry';
import { AppProviders } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient, createSyncInvalidator } from '@/app/query-client';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';
import { goalId, resultIdOf, sourceId } from '@/domain/ids';
import type { Result, WorkForm } from '@/domain/model';
import { LearningLinePage } from '@/features/learning-lines/learning-line-page';
import type { Locale } from '@/i18n/format';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { upsertResults } from '@/store/results.repo';
import { DEMO_NOW, freshDb } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

/** Shows the current search string, so a test can check the URL never carries a pseudonym. */
function LocationProbe() {
  return <output aria-label="adres">{useLocation().search}</output>;
}

/** The page inside the real providers, until the lead routes it in AppRoutes (then use renderApp). */
function renderPage(path: string, { db, locale = 'nl' as Locale }: { db: LeerzichtDb; locale?: Locale }) {
  const queryClient = createQueryClient();
  const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials, onStored: createSyncInvalidator(queryClient, 10) });
  return render(
    <AppProviders db={db} queryClient={queryClient} i18n={createI18n(locale)} hub={hub} now={() => DEMO_NOW}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route
            path="/leerlijnen"
            element={
              <>
                <LearningLinePage />
                <LocationProbe />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

/**
 * The small school, plus: Anna masters three of the four 1F goals of arithmetic (position 1F),
 * Cem masters "getallen 1F" through one test in Blokkodo, and Bram has a test on "verbanden 1F".
 * So on "getallen 1F" Anna and Cem master it, Bram (40%) does not: 2 of 3.
 */
async function seedLineSchool(db: LeerzichtDb, options: { names?: boolean } = {}) {
  const seeded = await seedSmallSchool(db, options);
  let n = 0;
  const add = (pupil: number, source: string, goal: string, day: number, raw: number, workForm: WorkForm, band: string | null = null): Result => {
    n += 1;
    return {
      id: resultIdOf(sourceId(source), `extra${n}`),
      source: sourceId(source),
      recordId: `extra${n}`,
      pupil: refOf(pupil),
      code: goal,
      goals: [goalId(goal)],
      level: null,
      workForm,
      time: new Date(DEMO_NOW.getTime() - day * 86_400_000).toISOString(),
      score: { raw, min: 0, max: 20, scaled: raw / 20 },
      success: null,
      completion: true,
      durationSeconds: 300,
      attempt: 1,
      normBand: band ? { label: band, colour: '#0072B2' } : null,
    };
  };
  await upsertResults(db, [
    add(1, 'sommenspoor', 'rekenen.verhoudingen.1f', 5, 16, 'practice'),
    add(1, 'sommenspoor', 'rekenen.meten-meetkunde.1f', 4, 18, 'practice'),
    add(3, 'blokkodo', 'rekenen.getallen.1f', 1, 17, 'test', 'B'),
    add(2, 'sommenspoor', 'rekenen.verbanden.1f', 3, 6, 'test'),
  ]);
  return seeded;
}

const goalLink = (id: string) => {
  const goal = REKENEN_LINE.goals.find((candidate) => candidate.id === id);
  return screen.getByRole('link', { name: goal?.title.nl });
};

// Rendered here without the app's lazy routes, which load the built-in lines with every page but the class overview.
beforeAll(() => loadBuiltIn());

describe('learning-line view', () => {
  it('shows the line’s goals grouped by level, in level order', async () => {
    const db = freshDb();
    await seedLineSchool(db);
    renderPage('/leerlijnen?leerlijn=rekenen', { db });
    const goals = await screen.findByRole('region', { name: 'Doelen op volgorde van niveau' });
    expect(
      within(goals)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['1F', '2F', '1S']);
    const expected = [...REKENEN_LINE.goals].sort((a, b) => a.order - b.order).map((goal) => goal.title.nl);
    expect(
      within(goals)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(expected);
    const oneF = within(goals).getByRole('region', { name: '1F' });
    expect(within(oneF).getAllByRole('listitem')).toHaveLength(4);
    expect(within(oneF).getAllByRole('listitem')[0]).toHaveTextContent('Getallen');
  });

  it('counts per goal how many pupils of the group master it, in words and as a meter', async () => {
    const db = freshDb();
    await seedLineSchool(db);
    renderPage('/leerlijnen?leerlijn=rekenen', { db });
    await screen.findByRole('region', { name: 'Doelen op volgorde van niveau' });
    const item = (id: string) => goalLink(id).closest('li') as HTMLElement;
    expect(item('rekenen.getallen.1f')).toHaveTextContent('2 van 3 leerlingen beheersen dit');
    expect(item('rekenen.getallen.1f')).toHaveTextContent('3 met resultaten');
    expect(item('rekenen.verbanden.1f')).toHaveTextContent('0 van 3 leerlingen beheersen dit');
    expect(item('rekenen.verbanden.1f')).toHaveTextContent('1 met resultaten');
    expect(item('rekenen.getallen.2f')).toHaveTextContent('0 van 3 leerlingen beheersen dit');
    const meter = within(item('rekenen.getallen.1f')).getByLabelText(/aandeel leerlingen dat/i);
    expect(meter).toHaveAttribute('value', '2');
    expect(meter).toHaveAttribute('max', '3');
  });

  it('shows each pupil’s position on the line, explained in the caption', async () => {
    const db = freshDb();
    await seedLineSchool(db);
    renderPage('/leerlijnen?leerlijn=rekenen', { db });
    const table = await screen.findByRole('table', { name: /positie van elke leerling op rekenen.*meer dan de helft/i });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Anna de Boer', 'Bram Smit', 'Cem Yilmaz']);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3 van 4', '0 van 4', '0 van 4', '1F']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0 van 4', '0 van 4', '0 van 4', 'nog geen niveau']);
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1 van 4', '0 van 4', '0 van 4', 'nog geen niveau']);
  });

  it('drills from a goal to the pupils and the results behind it, with source and work form', async () => {
    const db = freshDb();
    await seedLineSchool(db);
    // An old link names the line `lijn`: it opens the line, and the next change writes it as `leerlijn`.
    renderPage('/leerlijnen?lijn=rekenen', { db });
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Doelen op volgorde van niveau' });
    await user.click(goalLink('rekenen.getallen.1f'));
    const title = REKENEN_LINE.goals.find((goal) => goal.id === 'rekenen.getallen.1f')?.title.nl ?? '';
    const heading = await screen.findByRole('heading', { level: 2, name: title });
    expect(heading).toHaveFocus();
    const [group] = await db.groups.toArray();
    expect(screen.getByLabelText('adres').textContent).toBe(`?leerlijn=rekenen&groep=${group?.id}&doel=rekenen.getallen.1f`);

    const pupils = await screen.findByRole('table', { name: /beheersing van .* per leerling/i });
    const pupilRows = within(pupils).getAllByRole('row').slice(1);
    expect(
      pupilRows.map((row) => [
        within(row).getByRole('rowheader').textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ]),
    ).toEqual([
      ['Anna de Boer', '90%beheerst', '9', '29 juni 2026', '0 procentpunt, gelijk', 'Sommenspoor: I'],
      ['Bram Smit', '40%mee bezig', '9', '29 juni 2026', '0 procentpunt, gelijk', 'Sommenspoor: IV'],
      ['Cem Yilmaz', '85%beheerst', '1', '2 juli 2026', 'geen resultaten vóór 22 mei 2026', 'Blokkodo: B'],
    ]);

    const results = screen.getByRole('table', { name: /resultaten achter .*nieuwste eerst/i });
    const resultRows = within(results).getAllByRole('row').slice(1);
    expect(resultRows).toHaveLength(19);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(resultRows[0]!)).toEqual(['2 juli 2026', 'Cem Yilmaz', 'Blokkodo', 'toets', '17 van 20', '85%', 'B']);
    expect(cells(resultRows[1]!)).toEqual(['29 juni 2026', 'Anna de Boer', 'Sommenspoor', 'oefenen', '18 van 20', '90%', 'I']);
    expect(cells(resultRows[2]!)).toEqual(['29 juni 2026', 'Bram Smit', 'Sommenspoor', 'oefenen', '8 van 20', '40%', 'IV']);
    expect(document.body.innerHTML).not.toContain('nep-eckid');

    await user.click(screen.getByRole('link', { name: 'Terug naar alle doelen' }));
    expect(screen.queryByRole('table', { name: /resultaten achter/i })).not.toBeInTheDocument();
    expect(screen.getByLabelText('adres').textContent).toBe(`?leerlijn=rekenen&groep=${group?.id}`);
  });

  it('a result that only says passed or not (no score) says so in the score column, beside its 100% or 0%', async () => {
    const db = freshDb();
    await seedLineSchool(db);
    const passFail = (n: number, success: boolean): Result => ({
      id: resultIdOf(sourceId('sommenspoor'), `pf${n}`),
      source: sourceId('sommenspoor'),
      recordId: `pf${n}`,
      pupil: refOf(n),
      code: 'rekenen.verbanden.1f',
      goals: [goalId('rekenen.verbanden.1f')],
      level: null,
      workForm: 'test',
      time: new Date(DEMO_NOW.getTime() - n * 3_600_000).toISOString(),
      score: null,
      success,
      completion: true,
      durationSeconds: null,
      attempt: null,
      normBand: null,
    });
    await upsertResults(db, [passFail(1, true), passFail(2, false)]);
    renderPage('/leerlijnen?leerlijn=rekenen&doel=rekenen.verbanden.1f', { db });
    const results = await screen.findByRole('table', { name: /resultaten achter .*nieuwste eerst/i });
    const cells = within(results)
      .getAllByRole('row')
      .slice(1, 3)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells.map((row) => row.slice(1, 6))).toEqual([
      ['Anna de Boer', 'Sommenspoor', 'toets', 'gehaald (geen score)', '100%'],
      ['Bram Smit', 'Sommenspoor', 'toets', 'niet gehaald (geen score)', '0%'],
    ]);
  });

  it('by keyboard: opening a goal focuses its heading, closing it returns focus to that goal in the list', async () => {
    const db = freshDb();
    await seedLineSchool(db);
    renderPage('/leerlijnen?leerlijn=rekenen', { db });
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Doelen op volgorde van niveau' });
    const title = REKENEN_LINE.goals.find((goal) => goal.id === 'rekenen.verbanden.1f')?.title.nl ?? '';
    goalLink('rekenen.verbanden.1f').focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: title })).toHaveFocus();
    screen.getByRole('link', { name: 'Terug naar alle doelen' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('heading', { level: 2, name: title })).not.toBeInTheDocument();
    expect(goalLink('rekenen.verbanden.1f')).toHaveFocus();
  });

  it('switches line with the picker and counts on that line', async () => {
    const db = freshDb();
    await seedLineSchool(db);
    renderPage('/leerlijnen?leerlijn=rekenen&doel=rekenen.getallen.1f', { db });
    const user = userEvent.setup();
    await screen.findByRole('table', { name: /resultaten achter/i });
    await user.selectOptions(screen.getByLabelText('Leerlijn'), 'programmeren');
    const goals = await screen.findByRole('region', { name: 'Doelen op volgorde van niveau' });
    expect(
      within(goals)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['onderbouw (groep 1-4)', 'middenbouw (groep 5-6)', 'bovenbouw (groep 7-8)']);
    expect(screen.queryByRole('table', { name: /resultaten achter/i })).not.toBeInTheDocument();
    const middle = within(goals).getByRole('region', { name: 'middenbouw (groep 5-6)' });
    const herhaling = within(middle)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.startsWith('Herhaling'));
    expect(herhaling).toHaveTextContent('1 van 3 leerlingen beheersen dit');
  });

  it('says so when the goal in the address is not on the line', async () => {
    const db = freshDb();
    await seedLineSchool(db);
    renderPage('/leerlijnen?leerlijn=lezen&doel=rekenen.getallen.1f', { db });
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit doel hoort niet bij deze leerlijn.');
  });

  it('without a roster shows "Leerling n", never the pseudonym', async () => {
    const db = freshDb();
    await seedLineSchool(db, { names: false });
    renderPage('/leerlijnen?leerlijn=rekenen&doel=rekenen.getallen.1f', { db });
    const results = await screen.findByRole('table', { name: /resultaten achter/i });
    expect(
      within(results)
        .getAllByRole('row')
        .slice(1, 3)
        .map((row) => within(row).getAllByRole('cell')[1]?.textContent),
    ).toEqual(['Leerling 3', 'Leerling 1']);
    expect(document.body.innerHTML).not.toContain('nep-eckid');
  });

  it('shows the English interface when asked', async () => {
    const db = freshDb();
    await seedLineSchool(db);
    renderPage('/leerlijnen?leerlijn=rekenen&doel=rekenen.getallen.1f', { db, locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Learning lines' })).toBeInTheDocument();
    const results = await screen.findByRole('table', { name: /results behind .*newest first/i });
    expect(
      within(within(results).getAllByRole('row')[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toContain('test');
    expect(screen.getAllByText(/2 of 3 pupils master this/).length).toBe(1);
  });
});
