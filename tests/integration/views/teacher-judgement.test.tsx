import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltIn } from '@/curriculum/built-in.load';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { adapterFor } from '@/adapters/registry';
import { AppProviders } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient } from '@/app/query-client';
import { goalId, resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { NeedsHelpPage } from '@/features/needs-help/needs-help-page';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { recordJudgement } from '@/store/judgements.repo';
import { upsertResults } from '@/store/results.repo';
import { importRoster } from '@/store/roster.repo';
import { createVault, unlock } from '@/store/vault';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool, TEST_PASSPHRASE } from '../../support/seed';

const GETALLEN = 'rekenen.getallen.1f';
const SOMMEN = sourceId('sommenspoor');

/** A Sommenspoor practice result of pupil n on a goal at an instant. */
const practice = (recordId: string, pupil: number, goal: string, time: string, scaled: number): Result => ({
  id: resultIdOf(SOMMEN, recordId),
  source: SOMMEN,
  recordId,
  pupil: refOf(pupil),
  code: goal,
  goals: [goalId(goal)],
  level: null,
  workForm: 'practice',
  time,
  score: { raw: scaled * 20, min: 0, max: 20, scaled },
  success: null,
  completion: true,
  durationSeconds: 600,
  attempt: null,
  normBand: null,
});

// Rendered here without the app's lazy routes, which load the built-in lines with every page but the class overview.
beforeAll(() => loadBuiltIn());

describe("a teacher's own judgement in the profile", () => {
  it('is set by hand, shown as the teacher’s judgement beside the estimate with its history, and flagged "Verouderd" after newer results disagree', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const { key } = await seedSmallSchool(db);
    const group = (await db.groups.toArray())[0]!.id;
    unlock(key, 'teacher', [group]);
    const bram = (await db.pupils.where('ref').equals(refOf(2)).first())!.key;
    const view = renderApp(`/leerling/${bram}`, { db });
    const table = await screen.findByRole('table', { name: /^Rekenen: doelen van Bram Smit/ });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(/^geen/);
    await user.click(within(row).getByRole('button', { name: /^Oordeel vastleggen voor / }));
    const form = screen.getByRole('form', { name: /^Oordeel over .* voor Bram Smit$/ });
    expect(within(form).getByLabelText('Status')).toHaveFocus();
    // A day in the future is refused in words, next to the field.
    await user.clear(within(form).getByLabelText('Datum'));
    await user.type(within(form).getByLabelText('Datum'), '2026-07-09');
    await user.click(within(form).getByRole('button', { name: 'Oordeel opslaan' }));
    // The store checks the draft (a mutation over IndexedDB): wait for its answer rather than assume it came with the click.
    await waitFor(() =>
      expect(within(form).getByLabelText('Datum')).toHaveAccessibleDescription('De datum ligt in de toekomst: kies vandaag of een eerdere dag.'),
    );
    await user.clear(within(form).getByLabelText('Datum'));
    // After Bram's last result (29 June): nothing newer yet.
    await user.type(within(form).getByLabelText('Datum'), '2026-07-01');
    await user.type(within(form).getByLabelText('Notitie (optioneel)'), 'Legt het foutloos uit aan de instructietafel');
    await user.click(within(form).getByRole('button', { name: 'Oordeel opslaan' }));
    expect(await screen.findByText(/^Vastgelegd: beheerst voor .* op 1 juli 2026\.$/)).toHaveRole('status');
    const judged = () =>
      within(within(screen.getByRole('table', { name: /^Rekenen: doelen van Bram Smit/ })).getAllByRole('row')[1]!)
        .getAllByRole('cell')
        .at(-1)!;
    await within(judged()).findByText('beheerst: oordeel van de leerkracht van 1 juli 2026');
    // Beside the estimate: the estimate's own status stays in its column.
    expect(within(screen.getByRole('table', { name: /^Rekenen: doelen van Bram Smit/ })).getAllByRole('row')[1]).toHaveTextContent('mee bezig');
    expect(judged()).toHaveTextContent('Wie heeft hulp nodig volgt dit oordeel tot nieuwere resultaten het tegenspreken.');
    expect(judged()).toHaveTextContent('Notitie: Legt het foutloos uit aan de instructietafel');
    expect(judged()).toHaveTextContent(/1 juli 2026: beheerst, vastgelegd door de leerkracht op 3 jul 2026.*; eerste oordeel/);
    expect(judged()).not.toHaveTextContent('Verouderd');

    // Newer evidence arrives: two results on 2 July at 30%.
    await upsertResults(db, [
      practice('n1', 2, GETALLEN, '2026-07-02T09:00:00.000Z', 0.3),
      practice('n2', 2, GETALLEN, '2026-07-02T10:00:00.000Z', 0.3),
    ]);
    await view.queryClient.invalidateQueries();
    expect(await within(judged()).findByText('Verouderd')).toBeInTheDocument();
    expect(judged()).toHaveTextContent('Na 1 juli 2026 kwamen 2 nieuwere resultaten, gemiddeld 30% (mee bezig): kijk of je oordeel nog klopt.');

    // A new judgement replaces it; the history keeps both and says what was replaced.
    await user.click(
      within(within(screen.getByRole('table', { name: /^Rekenen: doelen van Bram Smit/ })).getAllByRole('row')[1]!).getByRole('button', {
        name: /^Oordeel vastleggen voor /,
      }),
    );
    const again = screen.getByRole('form', { name: /^Oordeel over .* voor Bram Smit$/ });
    await user.selectOptions(within(again).getByLabelText('Status'), 'mee bezig');
    await user.click(within(again).getByRole('button', { name: 'Oordeel opslaan' }));
    await within(judged()).findByText('mee bezig: oordeel van de leerkracht van 3 juli 2026');
    expect(judged()).not.toHaveTextContent('Verouderd');
    expect(judged()).toHaveTextContent('Geschiedenis (2)');
    expect(judged()).toHaveTextContent(/3 juli 2026: mee bezig, vastgelegd door de leerkracht .*; verving beheerst van 1 juli 2026/);
  });
});

describe('needs-help follows the teacher’s judgement until newer results disagree', () => {
  function renderNeedsHelp(db: LeerzichtDb) {
    const queryClient = createQueryClient();
    const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials, onStored: () => undefined });
    return render(
      <AppProviders db={db} queryClient={queryClient} i18n={createI18n('nl')} hub={hub} now={() => DEMO_NOW}>
        <MemoryRouter initialEntries={['/hulp']}>
          <Routes>
            <Route path="/hulp" element={<NeedsHelpPage />} />
          </Routes>
        </MemoryRouter>
      </AppProviders>,
    );
  }
  /** Whether Bram is in the needs-help table once the page has judged the group (the table, or the line saying nobody needs help). */
  const bramListed = async () => {
    const answers = await screen.findAllByText(
      (_, element) =>
        (element?.tagName === 'TABLE' &&
          /groep 5a: leerlingen die hulp nodig hebben/i.test(element.getAttribute('aria-label') ?? element.textContent ?? '')) ||
        element?.textContent === 'Volgens deze regel heeft nu niemand in Groep 5A extra hulp nodig.',
    );
    return answers.some((answer) => answer.tagName === 'TABLE' && within(answer).queryByRole('rowheader', { name: /Bram/ }) !== null);
  };

  it('leaves Bram out while the teacher judges him mastered on the goal he was listed for, and lists him again after new low results', async () => {
    const db = freshDb();
    const key = await createVault(db, TEST_PASSPHRASE, 1_000);
    const names = ['Anna', 'Bram', 'Cem', 'Dewi', 'Eva'];
    await importRoster(
      db,
      names.map((firstName, i) => ({ ref: refOf(i + 1), firstName, prefix: '', lastName: 'Test', groupName: 'Groep 5A' })),
      { now: DEMO_NOW, key },
    );
    unlock(key, 'teacher');
    const results: Result[] = [];
    // Five pupils practising getallen every day; Bram stays at 40% (listed: below the target, no growth).
    for (let day = 50; day >= 1; day -= 1)
      for (let pupil = 1; pupil <= 5; pupil += 1)
        results.push(
          practice(`d${day}-${pupil}`, pupil, GETALLEN, new Date(DEMO_NOW.getTime() - day * 86_400_000).toISOString(), pupil === 2 ? 0.4 : 0.9),
        );
    await upsertResults(db, results);
    const first = renderNeedsHelp(db);
    expect(await bramListed()).toBe(true);
    first.unmount();

    await recordJudgement(db, { pupil: refOf(2), goal: GETALLEN, status: 'mastered', date: '2026-07-02', note: '', role: 'teacher' }, DEMO_NOW);
    const second = renderNeedsHelp(db);
    expect(await bramListed()).toBe(false);
    second.unmount();

    await upsertResults(db, [
      practice('n1', 2, GETALLEN, '2026-07-03T08:00:00.000Z', 0.3),
      practice('n2', 2, GETALLEN, '2026-07-03T09:00:00.000Z', 0.3),
    ]);
    renderNeedsHelp(db);
    expect(await bramListed()).toBe(true);
  });
});
