import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../support/render-app';
import { seedTwoGroups } from '../../support/two-groups';

const NOTE = 'Plant al zelf';

describe('rubric entry: unsaved entries are kept per rubric and group', () => {
  it('switching the group or the rubric keeps what was entered, names it, and brings it back', async () => {
    const db = await seedTwoGroups();
    renderApp('/rubrics', { db });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rubric'), 'eigenaarschap');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Plannen voor Anna de Boer' }), 'gevorderd');
    await user.type(screen.getByRole('textbox', { name: 'Notitie voor Anna de Boer' }), NOTE);

    // Another group: its own (empty) grid, and a line that names the unsaved entries in Groep 5A.
    await user.selectOptions(screen.getByLabelText('Groep'), screen.getByRole('option', { name: 'Groep 7B' }));
    expect(await screen.findByRole('combobox', { name: 'Plannen voor Dewi Jansen' })).toHaveValue('');
    expect(screen.getByText('1 niet-opgeslagen beoordeling in Groep 5A (Eigenaar van je leerproces).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Beoordelingen opslaan' })).toHaveAttribute('aria-disabled', 'true');

    // Back by the button beside that line: the level and the note are there again.
    await user.click(screen.getByRole('button', { name: 'Terug naar Groep 5A (Eigenaar van je leerproces)' }));
    expect(await screen.findByRole('combobox', { name: 'Plannen voor Anna de Boer' })).toHaveValue('gevorderd');
    expect(screen.getByRole('textbox', { name: 'Notitie voor Anna de Boer' })).toHaveValue(NOTE);
    expect(screen.queryByText(/niet-opgeslagen beoordelingen/)).not.toBeInTheDocument();

    // Another rubric and back by the select: the same.
    await user.selectOptions(screen.getByLabelText('Rubric'), 'samenwerken');
    expect(await screen.findByText('1 niet-opgeslagen beoordeling in Groep 5A (Eigenaar van je leerproces).')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Rubric'), 'eigenaarschap');
    expect(await screen.findByRole('combobox', { name: 'Plannen voor Anna de Boer' })).toHaveValue('gevorderd');

    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('1 beoordeling opgeslagen.')).toBeInTheDocument();
    expect((await db.assessments.toArray()).map((item) => [item.criterion, item.level, item.note])).toEqual([['plannen', 'gevorderd', NOTE]]);
  });
});
