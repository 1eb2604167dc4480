import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Locale } from '@/i18n/format';
import type { LeerzichtDb } from '@/store/db';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

/** The latest-per-criterion table of a pupil's profile, as rows of cell texts. */
async function latestRows(db: LeerzichtDb, pupil: number, caption: RegExp, locale: Locale = 'nl') {
  const key = (await db.pupils.where('ref').equals(refOf(pupil)).first())!.key;
  const view = renderApp(`/leerling/${key}`, { db, locale });
  // The profile draws a chart per line and per rubric: slow in jsdom on a busy machine.
  const table = await screen.findByRole('table', { name: caption });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
  view.unmount();
  return { headers, rows };
}

describe('the steps that lead to the next level', () => {
  it('entry: the legend gives each level its step (none at the top), the chosen level shows its step beside the select', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const view = renderApp('/rubrics', { db });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rubric'), 'eigenaarschap');
    const table = await screen.findByRole('table', { name: /Eigenaar van je leerproces: Plannen in Groep 5A/ });
    const legend = screen.getByText('Niveaus voor Plannen: wat je ziet').nextElementSibling as HTMLElement;
    const definitions = within(legend).getAllByRole('definition');
    expect(definitions[0]).toHaveTextContent(
      'Begint aan het werk als de leerkracht zegt wat eerst moetVolgende stap: Kies elke ochtend één taak die je eerst doet',
    );
    expect(definitions[1]).toHaveTextContent('Volgende stap: Schrijf je doel voor deze week op je weektaak');
    expect(definitions[3]).toHaveTextContent('Plant ook langere taken en houdt rekening met wat lastig is');
    expect(definitions[3]).not.toHaveTextContent('Volgende stap');

    const anna = within(table).getByRole('combobox', { name: 'Plannen voor Anna de Boer' });
    const bram = within(table).getByRole('combobox', { name: 'Plannen voor Bram Smit' });
    await user.selectOptions(anna, 'op-weg');
    await user.selectOptions(bram, 'expert');
    expect(within(table).getByText('Volgende stap: Schrijf je doel voor deze week op je weektaak')).toBeVisible();
    expect(anna).toHaveAccessibleDescription(
      'Kiest met hulp een doel en de volgorde van het werk Volgende stap: Schrijf je doel voor deze week op je weektaak',
    );
    // The top level has no next step.
    expect(bram).toHaveAccessibleDescription('Plant ook langere taken en houdt rekening met wat lastig is');
    expect(within(bram.closest('td')!).queryByText(/Volgende stap/)).not.toBeInTheDocument();

    // Pupil at a time (no legend: every criterion is in view): each chosen level's step is beside its select.
    await user.click(screen.getByRole('radio', { name: 'leerling' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Bewaken voor Anna de Boer' }), 'beginner');
    expect(screen.getByText('Volgende stap: Zet een vinkje bij elke taak die af is')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('3 beoordelingen opgeslagen.')).toBeInTheDocument();
    view.unmount();

    const annaProfile = await latestRows(db, 1, /Laatste beoordeling per criterium voor Anna de Boer/);
    expect(annaProfile.headers).toContain('Volgende stap');
    expect(annaProfile.rows.map((cells) => [cells[1], cells[2], cells.at(-1)])).toEqual([
      ['Plannen', 'op weg', 'Schrijf je doel voor deze week op je weektaak'],
      ['Bewaken', 'beginner', 'Zet een vinkje bij elke taak die af is'],
    ]);
    const bramProfile = await latestRows(db, 2, /Laatste beoordeling per criterium voor Bram Smit/);
    expect(bramProfile.rows.map((cells) => [cells[1], cells[2], cells.at(-1)])).toEqual([
      ['Plannen', 'expert', 'hoogste niveau: geen volgende stap'],
    ]);

    const english = await latestRows(db, 1, /Latest assessment per criterion for Anna de Boer/, 'en');
    expect(english.headers.at(-1)).toBe('Next step');
    expect(english.rows[0]!.at(-1)).toBe('Write your goal for this week on your weekly task');
  });
});
