import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

/**
 * An address with a group this session does not have (an old bookmark, a group left out under
 * "Mijn groepen", a pupil without a group) shows the first group, as the learning line does, not an
 * empty page under a picker that seems to show that first group.
 */
describe('a group in the address that is not in the list', () => {
  it('the class overview shows the first group', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/klas?groep=bestaat-niet', { db });
    expect(await screen.findByRole('grid', { name: /groep 5a: beheersing per leerling en leerlijn/i })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Groep' })).toHaveDisplayValue('Groep 5A');
  });

  it('who needs help judges the first group', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/hulp?groep=bestaat-niet', { db });
    expect(await screen.findByRole('table', { name: 'Groep 5A: leerlingen die hulp nodig hebben' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Groep' })).toHaveDisplayValue('Groep 5A');
  });
});
