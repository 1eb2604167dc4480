import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rubricId } from '@/domain/ids';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

describe('rubric editor: the weight of a criterion', () => {
  it.each(['1e', '-'])('a weight that is not a number (%s) is named in the editor and nothing is saved until it is fixed', async (typed) => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/rubrics/samenwerken/bewerken', { db });
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Rubric bewerken: Samenwerken' })).toBeInTheDocument();
    const weight = screen.getByLabelText('Gewicht van criterium 1 (optioneel, standaard 1)');
    await user.clear(weight);
    await user.type(weight, typed);
    expect(weight).toHaveValue(typed);
    expect(weight).toHaveAttribute('aria-invalid', 'true');
    expect(weight).toHaveAccessibleDescription('Vul als gewicht een getal groter dan 0 in, bijvoorbeeld 1 of 1,5 (of laat het leeg voor 1).');
    await user.click(screen.getByRole('button', { name: 'Rubric opslaan' }));
    expect(
      within(await screen.findByRole('alert'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Het gewicht van criterium 1 (Afspraken maken en nakomen) moet een getal groter dan 0 zijn.']);
    expect(await db.rubrics.count()).toBe(0);

    await user.clear(weight);
    await user.type(weight, '1,5');
    expect(weight).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Rubric opslaan' }));
    expect(await screen.findByText('Rubric "Samenwerken" is opgeslagen.')).toBeInTheDocument();
    expect((await db.rubrics.get(rubricId('samenwerken')))?.criteria[0]?.weight).toBe(1.5);
  });
});
