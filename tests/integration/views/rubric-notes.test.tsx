import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LeerzichtDb } from '@/store/db';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const NOTE = 'Was ziek, vraag ouders';

/** The stored note per pupil and criterion, from IndexedDB. */
async function storedNotes(db: LeerzichtDb) {
  const all = await db.assessments.toArray();
  return Object.fromEntries(
    all.map((item) => [`${item.pupil === refOf(1) ? 'Anna' : item.pupil === refOf(2) ? 'Bram' : 'Cem'}/${item.criterion}`, item.note]),
  );
}

async function openEigenaarschap() {
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByLabelText('Rubric'), 'eigenaarschap');
  await screen.findByRole('table', { name: /Eigenaar van je leerproces: Plannen in Groep 5A/ });
  return user;
}

/** The pupil's rubric history table in the profile: its note column. */
async function profileNotes(db: LeerzichtDb, pupil: number, name: string) {
  const key = (await db.pupils.where('ref').equals(refOf(pupil)).first())!.key;
  const view = renderApp(`/leerling/${key}`, { db });
  // The profile draws a chart per line and per rubric: slow in jsdom on a busy machine.
  const table = await screen.findByRole('table', {
    name: `Eigenaar van je leerproces: alle beoordelingen van ${name} (oordeel van de leerkracht), oudste eerst`,
  });
  const notes = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
  view.unmount();
  return notes.map((cells) => `${cells[1]}: ${cells.at(-1)}`);
}

describe('rubric notes belong to one pupil and one batch', () => {
  it('criterion at a time: a note per assessed pupil, stored only on that pupil, and not carried to the next batch', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const view = renderApp('/rubrics', { db });
    const user = await openEigenaarschap();
    // Before any level is chosen there is no pupil to write a note for.
    expect(screen.queryByRole('textbox', { name: /^Notitie voor/ })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Plannen voor Anna de Boer' }), 'beginner');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Plannen voor Bram Smit' }), 'op-weg');
    // A note field for each pupil assessed now, named for that pupil.
    expect(screen.getAllByRole('textbox', { name: /^Notitie voor/ })).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Notitie voor Bram Smit' })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: 'Notitie voor Anna de Boer' }), NOTE);
    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('2 beoordelingen opgeslagen.')).toBeInTheDocument();
    expect(await storedNotes(db)).toEqual({ 'Anna/plannen': NOTE, 'Bram/plannen': '' });
    // The saved note is gone from the form.
    expect(screen.queryByDisplayValue(NOTE)).not.toBeInTheDocument();

    // The next batch: another pupil on another criterion, no note typed.
    await user.selectOptions(screen.getByLabelText('Criterium'), 'bewaken');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Bewaken voor Cem Yilmaz' }), 'gevorderd');
    expect(screen.getByRole('textbox', { name: 'Notitie voor Cem Yilmaz' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('1 beoordeling opgeslagen.')).toBeInTheDocument();
    expect(await storedNotes(db)).toEqual({ 'Anna/plannen': NOTE, 'Bram/plannen': '', 'Cem/bewaken': '' });
    view.unmount();

    expect(await profileNotes(db, 3, 'Cem Yilmaz')).toEqual(['Bewaken: –']);
    expect(await profileNotes(db, 2, 'Bram Smit')).toEqual(['Plannen: –']);
    expect(await profileNotes(db, 1, 'Anna de Boer')).toEqual([`Plannen: ${NOTE}`]);
  });

  it('pupil at a time: the note is that pupil’s, for each criterion assessed now, and the next pupil starts without it', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const view = renderApp('/rubrics', { db });
    const user = await openEigenaarschap();
    await user.click(screen.getByRole('radio', { name: 'leerling' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Plannen voor Anna de Boer' }), 'beginner');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bewaken voor Anna de Boer' }), 'op-weg');
    await user.type(screen.getByRole('textbox', { name: 'Notitie voor Anna de Boer' }), NOTE);
    await user.click(screen.getByRole('button', { name: 'Volgende leerling' }));
    expect(screen.getByRole('textbox', { name: 'Notitie voor Bram Smit' })).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: 'Notitie voor Anna de Boer' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Plannen voor Bram Smit' }), 'expert');
    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('3 beoordelingen opgeslagen.')).toBeInTheDocument();
    expect(await storedNotes(db)).toEqual({ 'Anna/plannen': NOTE, 'Anna/bewaken': NOTE, 'Bram/plannen': '' });
    expect(screen.getByRole('textbox', { name: 'Notitie voor Bram Smit' })).toHaveValue('');

    // Back to Anna, assessed again on a later criterion: her saved note does not come back with it.
    await user.click(screen.getByRole('button', { name: 'Vorige leerling' }));
    expect(screen.getByRole('textbox', { name: 'Notitie voor Anna de Boer' })).toHaveValue('');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Terugkijken voor Anna de Boer' }), 'gevorderd');
    await user.click(screen.getByRole('button', { name: 'Beoordelingen opslaan' }));
    expect(await screen.findByText('1 beoordeling opgeslagen.')).toBeInTheDocument();
    expect((await storedNotes(db))['Anna/reflecteren']).toBe('');
    view.unmount();

    expect(await profileNotes(db, 2, 'Bram Smit')).toEqual(['Plannen: –']);
    // Anna's history: the note on her first two judgements only (same date: order among them not asserted).
    expect((await profileNotes(db, 1, 'Anna de Boer')).sort()).toEqual([`Bewaken: ${NOTE}`, `Plannen: ${NOTE}`, 'Terugkijken: –']);
  });
});
