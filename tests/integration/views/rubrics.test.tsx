import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

describe('rubrics', () => {
  it('assesses three pupils on one criterion by keyboard only, saves, and the profile shows it as teacher judgement', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/rubrics', { db });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rubric'), 'eigenaarschap');
    const table = await screen.findByRole('table', { name: /Eigenaar van je leerproces: Plannen in Groep 5A/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Leerling', 'Plannen (streefniveau: op weg)']);
    const first = within(table).getByRole('combobox', { name: 'Plannen voor Anna de Boer' });
    // Not assessed yet: nothing to describe. The legend lists every level on offer with what you see.
    expect(first).not.toHaveAccessibleDescription();
    const legend = screen.getByText('Niveaus voor Plannen: wat je ziet').nextElementSibling as HTMLElement;
    expect(
      within(legend)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['beginner', 'op weg', 'gevorderd', 'expert']);
    expect(within(legend).getAllByRole('definition')[1]).toHaveTextContent('Kiest met hulp een doel en de volgorde van het werk');
    // One tab stop per pupil, in reading order (jsdom cannot open a select with the arrow keys: the browser test does).
    first.focus();
    await user.selectOptions(first, 'gevorderd');
    await user.tab();
    expect(document.activeElement).toBe(within(table).getByRole('combobox', { name: 'Plannen voor Bram Smit' }));
    await user.selectOptions(document.activeElement as HTMLSelectElement, 'beginner');
    await user.tab();
    await user.selectOptions(document.activeElement as HTMLSelectElement, 'op-weg');
    expect(first).toHaveValue('gevorderd');
    expect(within(table).getByRole('combobox', { name: 'Plannen voor Bram Smit' })).toHaveValue('beginner');
    expect(within(table).getByRole('combobox', { name: 'Plannen voor Cem Yilmaz' })).toHaveValue('op-weg');
    // The chosen level's descriptor is visible beside the select and is its accessible description.
    // So is the step that leads to the next level.
    expect(first).toHaveAccessibleDescription(
      'Stelt zelf een haalbaar doel en een planning voor de week Volgende stap: Verdeel een grote taak in stukken over meer dagen',
    );
    expect(within(table).getByRole('combobox', { name: 'Plannen voor Bram Smit' })).toHaveAccessibleDescription(
      'Begint aan het werk als de leerkracht zegt wat eerst moet Volgende stap: Kies elke ochtend één taak die je eerst doet',
    );
    expect(within(table).getByText('Kiest met hulp een doel en de volgorde van het werk')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('3 beoordelingen opgeslagen.')).toBeInTheDocument();
    expect(await db.assessments.count()).toBe(3);

    await user.click(screen.getByRole('link', { name: 'Klasoverzicht' }));
    await user.click(await screen.findByRole('link', { name: 'Bekijk de voortgang van Anna de Boer' }));
    const profile = await screen.findByRole('table', { name: 'Laatste beoordeling per criterium voor Anna de Boer, met het streefniveau' });
    expect(within(profile).getAllByRole('row')[1]).toHaveTextContent('Eigenaar van je leerprocesPlannengevorderdop wegboven3 juli 2026');
    expect(screen.getByRole('heading', { name: 'Rubrics (oordeel van de leerkracht)' })).toBeInTheDocument();
  });
});
