import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rubricId } from '@/domain/ids';
import type { Assessment } from '@/domain/rubric';
import { saveAssessments } from '@/store/assessments.repo';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

/** The page opens on 3 July 2026 (DEMO_NOW): Anna was judged that day (under an id of another tool), Bram earlier. */
const assess = (id: string, pupil: number, level: string, date: string): Assessment => ({
  id,
  rubric: rubricId('eigenaarschap'),
  criterion: 'plannen',
  pupil: refOf(pupil),
  level,
  date,
  note: '',
});

describe('rubric entry: taking an assessment back', () => {
  it('"(niet beoordeeld)" removes an assessment on the chosen date; one from an earlier date stays, and Save stays unavailable for it', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await saveAssessments(db, [assess('elders-1', 1, 'op-weg', '2026-07-03'), assess('elders-2', 2, 'op-weg', '2026-06-15')]);
    renderApp('/rubrics', { db });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rubric'), 'eigenaarschap');
    const anna = await screen.findByRole('combobox', { name: 'Plannen voor Anna de Boer' });
    const bram = screen.getByRole('combobox', { name: 'Plannen voor Bram Smit' });
    const save = screen.getByRole('button', { name: 'Beoordelingen opslaan' });
    await waitFor(() => expect(bram).toHaveValue('op-weg'));
    expect(anna).toHaveValue('op-weg');

    // Bram's level is from 15 June: history, not taken back from here.
    await user.selectOptions(bram, '(niet beoordeeld)');
    expect(bram).toHaveValue('op-weg');
    expect(
      screen.getByText(
        'Plannen voor Bram Smit: de beoordeling van 15 juni 2026 blijft in de geschiedenis. "(niet beoordeeld)" wist alleen een beoordeling van de gekozen datum.',
      ),
    ).toBeInTheDocument();
    expect(save).toHaveAttribute('aria-disabled', 'true');

    // Anna's is from today: taken back on save, beside a new level for Cem.
    await user.selectOptions(anna, '(niet beoordeeld)');
    expect(anna).toHaveValue('');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Plannen voor Cem Yilmaz' }), 'beginner');
    expect(save).toHaveAttribute('aria-disabled', 'false');
    await user.click(save);
    expect(await screen.findByText('1 beoordeling opgeslagen, 1 verwijderd.')).toBeInTheDocument();
    expect(anna).toHaveValue('');
    expect(
      (await db.assessments.toArray())
        .map((item) => [item.id.startsWith('elders') ? item.id : 'nieuw', item.pupil === refOf(3) ? 'Cem' : 'Bram', item.level])
        .sort(),
    ).toEqual([
      ['elders-2', 'Bram', 'op-weg'],
      ['nieuw', 'Cem', 'beginner'],
    ]);
  });
});
