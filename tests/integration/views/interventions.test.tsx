import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { recordIntervention } from '@/store/interventions.repo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const seeded = async () => {
  const db = freshDb();
  await seedSmallSchool(db);
  const bram = (await db.pupils.where('ref').equals(refOf(2)).first())!.key;
  return { db, bram };
};

describe('the intervention log in the views', () => {
  it('records extra instruction from the pupil profile: a clear error first, then the row with what happened since', async () => {
    const user = userEvent.setup();
    const { db, bram } = await seeded();
    renderApp(`/leerling/${bram}`, { db });
    const section = await screen.findByRole('region', { name: 'Rekenen' });
    const interventions = within(section).getByRole('region', { name: 'Interventies op Rekenen' });
    expect(within(interventions).getByText('Nog geen interventies op deze leerlijn.')).toBeInTheDocument();
    await user.click(within(interventions).getByRole('button', { name: 'Interventie vastleggen' }));
    const dialog = within(interventions).getByRole('dialog', { name: 'Interventie vastleggen voor Bram Smit' });
    expect(within(dialog).getByLabelText('Soort')).toHaveFocus();
    await user.selectOptions(within(dialog).getByLabelText('Soort'), 'Anders');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    const note = within(dialog).getByLabelText('Notitie (wat heb je gedaan?)');
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription('Bij “Anders” schrijf je in de notitie wat je hebt gedaan.');
    await user.selectOptions(within(dialog).getByLabelText('Soort'), 'Extra instructie gegeven');
    await user.clear(within(dialog).getByLabelText('Datum'));
    await user.type(within(dialog).getByLabelText('Datum'), '2026-06-01');
    await user.type(within(dialog).getByLabelText('Notitie (optioneel)'), 'Met MAB-materiaal');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(interventions).findByText('Vastgelegd: Extra instructie gegeven op 1 juni 2026.')).toHaveRole('status');
    expect(within(interventions).getByRole('button', { name: 'Interventie vastleggen' })).toHaveFocus();
    const table = await within(interventions).findByRole('table', { name: 'Interventies voor Bram Smit op Rekenen, nieuwste eerst' });
    const row = within(table).getAllByRole('row')[1]!;
    // Bram scored 40% every week: five results since 1 June (days 2..30 ago), the five before at 40% too.
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '1 juni 2026',
      'Extra instructie gegeven',
      expect.stringContaining('Rekent vlot met hele getallen'),
      'Met MAB-materiaal',
      '5 resultaten, gemiddeld 40% (daarvoor 40%)',
      'Verwijderen',
    ]);
    expect(await db.interventions.count()).toBe(1);
    await user.click(within(row).getByRole('button', { name: 'Extra instructie gegeven van 1 juni 2026 verwijderen' }));
    expect(await within(interventions).findByText('Nog geen interventies op deze leerlijn.')).toBeInTheDocument();
  });

  it('closes the form with Escape without saving, focus back on the button', async () => {
    const user = userEvent.setup();
    const { db, bram } = await seeded();
    renderApp(`/leerling/${bram}`, { db });
    const section = await screen.findByRole('region', { name: 'Rekenen' });
    const button = within(section).getByRole('button', { name: 'Interventie vastleggen' });
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(within(section).queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(await db.interventions.count()).toBe(0);
  });

  it('on Wie heeft hulp nodig: says a flagged pupil already had extra instruction and how the results went since', async () => {
    const { db } = await seeded();
    await recordIntervention(
      db,
      { kind: 'extra-instruction', goal: 'rekenen.getallen.1f', date: '2026-06-20', note: '', pupils: [refOf(2)], group: null },
      DEMO_NOW,
    );
    renderApp('/hulp', { db });
    const table = await screen.findByRole('table', { name: /leerlingen die hulp nodig hebben/i });
    const bram = within(table)
      .getAllByRole('row')
      .find((row) => within(row).queryByRole('rowheader', { name: /bram/i }))!;
    expect(
      await within(bram).findByText(
        /^Al gehad: Extra instructie gegeven op 20 juni 2026 bij “Rekent vlot met hele getallen.*”\. Sindsdien: 2 resultaten, gemiddeld 40% \(daarvoor 40%\)\.$/,
      ),
    ).toBeInTheDocument();
  });
});
