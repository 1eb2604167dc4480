import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goalId, resultIdOf, sourceId } from '@/domain/ids';
import { upsertResults } from '@/store/results.repo';
import { lock, unlock, vaultKey } from '@/store/vault';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const sommen = sourceId('sommenspoor');

/** Bram scores 40% every week on getallen 1F, and once 95% a month ago: the methods disagree about him. */
async function seedBramWithOneHighScore() {
  const db = freshDb();
  await seedSmallSchool(db);
  await upsertResults(db, [
    {
      id: resultIdOf(sommen, 'hoog'),
      source: sommen,
      recordId: 'hoog',
      pupil: refOf(2),
      code: 'rekenen.getallen.1f',
      goals: [goalId('rekenen.getallen.1f')],
      level: null,
      workForm: 'practice',
      time: new Date(DEMO_NOW.getTime() - 30 * 86_400_000).toISOString(),
      score: { raw: 19, min: 0, max: 20, scaled: 0.95 },
      success: null,
      completion: true,
      durationSeconds: 600,
      attempt: null,
      normBand: null,
    },
  ]);
  return db;
}

const bramsRekenen = async () => {
  const table = await screen.findByRole('grid', { name: /groep 5a: beheersing per leerling en leerlijn/i });
  const row = within(table)
    .getAllByRole('rowheader')
    .find((cell) => cell.textContent === 'Bram Smit')
    ?.closest('tr') as HTMLElement;
  return within(row).getAllByRole('gridcell')[0]?.textContent;
};

describe('mastery method per learning line', () => {
  it('choosing "Hoogste score" for Rekenen changes the class overview, the learning line and the profile', async () => {
    const db = await seedBramWithOneHighScore();
    renderApp('/klas', { db });
    const user = userEvent.setup();
    expect(await bramsRekenen()).toMatch(/mee bezig$/);
    expect(
      screen.getByText('Methode per leerlijn: Rekenen: Standaard (alle bronnen gewogen); Programmeren: Standaard (alle bronnen gewogen)'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Leerlijnen' }));
    const select = await screen.findByRole('combobox', { name: 'Methode voor Rekenen' });
    expect(select).toHaveAccessibleDescription(
      /^Alle resultaten van alle bronnen: toetsen zwaarder dan oefenen, een betrouwbare bron zwaarder, .* Met een marge\.$/,
    );
    await user.selectOptions(select, 'Hoogste score');
    expect(await screen.findByText('Methode voor Rekenen opgeslagen: Hoogste score.')).toBeInTheDocument();
    expect(select).toHaveAccessibleDescription('Het beste resultaat ooit telt; de beheersing gaat nooit omlaag.');
    expect(await db.settings.get('estimator.rekenen')).toEqual({ key: 'estimator.rekenen', value: 'highest' });
    await waitFor(() => expect(screen.getByText('Methode: Hoogste score')).toBeInTheDocument());

    await user.click(screen.getByRole('link', { name: 'Klasoverzicht' }));
    await waitFor(async () => expect(await bramsRekenen()).toBe('95%beheerst'));
    expect(screen.getByText('Methode per leerlijn: Rekenen: Hoogste score; Programmeren: Standaard (alle bronnen gewogen)')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Bekijk de voortgang van Bram Smit' }));
    const rekenen = await screen.findByRole('region', { name: 'Rekenen' });
    expect(within(rekenen).getByText(/^Beheersing nu: 95% \(beheerst\)/)).toBeInTheDocument();
    expect(within(rekenen).getByText('Methode: Hoogste score')).toBeInTheDocument();
  });

  it('a teacher sees the stored methods but gets no form to change them', async () => {
    const db = await seedBramWithOneHighScore();
    await db.settings.put({ key: 'estimator.rekenen', value: 'latest' });
    // seedSmallSchool unlocked as the ICT coordinator; the same key, now as a teacher.
    unlock(vaultKey()!, 'teacher', null);
    renderApp('/leerlijnen?leerlijn=rekenen', { db });
    const list = await screen.findByRole('list', { name: 'Gekozen methode per leerlijn' });
    expect(await within(list).findByText('Rekenen: Laatste score')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Methode voor Rekenen' })).not.toBeInTheDocument();
    expect(screen.getByText('Methode: Laatste score')).toBeInTheDocument();
  });

  it('a locked session (the school has a vault) sees the stored methods but gets no form to change them', async () => {
    const db = await seedBramWithOneHighScore();
    await db.settings.put({ key: 'estimator.rekenen', value: 'latest' });
    lock();
    renderApp('/leerlijnen?leerlijn=rekenen', { db });
    const list = await screen.findByRole('list', { name: 'Gekozen methode per leerlijn' });
    expect(await within(list).findByText('Rekenen: Laatste score')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Methode voor Rekenen' })).not.toBeInTheDocument();
  });
});
