import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ensurePupils } from '@/store/pupils.repo';
import { renderApp } from '../../support/render-app';
import { freshDb } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

describe('pupils a supplier file delivers who are not on the roster', () => {
  it('are a notice pointing to the roster and Bronnen, not a group "Zonder groep" of "Leerling n"', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    // A supplier CSV with two pupils the roster does not know (what a file import does with unknown pupils).
    await ensurePupils(db, [refOf(8), refOf(9)]);
    renderApp('/klas', { db });
    const notice = await screen.findByRole('region', { name: '2 leerlingen uit een bron staan niet op het leerlingenbestand' });
    expect(within(notice).getByRole('link', { name: 'Leerlingenbestand inlezen (Leerlingen en privacy)' })).toHaveAttribute('href', '/privacy');
    expect(within(notice).getByRole('link', { name: 'Naar Bronnen' })).toHaveAttribute('href', '/bronnen');
    await screen.findByRole('grid');
    const groups = within(screen.getByLabelText('Groep')).getAllByRole('option');
    expect(groups.map((option) => option.textContent)).toEqual(['Groep 5A']);
    expect(screen.queryByText(/zonder groep/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Methode per leerlijn:\s*$/)).not.toBeInTheDocument();
  });

  it('say nothing when every pupil is on the roster', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/klas', { db });
    await screen.findByRole('grid');
    expect(screen.queryByRole('region', { name: /niet op het leerlingenbestand/ })).not.toBeInTheDocument();
  });
});
