import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

describe('pupil-at-a-time entry by keyboard', () => {
  it('after "Volgende leerling" or "Vorige leerling" the first level select has focus and the pupil is announced', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/rubrics', { db });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rubric'), 'eigenaarschap');
    await user.click(await screen.findByRole('radio', { name: 'leerling' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Leerling 1 van 3: Anna de Boer');
    // From Anna's first select, one Shift+Tab back is "Volgende leerling".
    screen.getByRole('combobox', { name: 'Plannen voor Anna de Boer' }).focus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Volgende leerling' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Plannen voor Bram Smit' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Leerling 2 van 3: Bram Smit');
    // Tab goes on through Bram's criteria.
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Bewaken voor Bram Smit' })).toHaveFocus();

    // To the last pupil: the button turns disabled, focus is in the grid all the same.
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Volgende leerling' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Volgende leerling' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Plannen voor Cem Yilmaz' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Leerling 3 van 3: Cem Yilmaz');

    // The disabled "Volgende leerling" is no tab stop: one Shift+Tab back is "Vorige leerling".
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Vorige leerling' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Plannen voor Bram Smit' })).toHaveFocus();
  });
});
