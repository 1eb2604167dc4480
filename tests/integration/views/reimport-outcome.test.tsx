/**
 * Issue 12 goal 3: a re-import on Bronnen says "Import klaar" as soon as the file is stored, not
 * once every view on screen has re-read the growing store. The refresh is held back here for good:
 * the outcome must show anyway, and the card's count follows when the refresh comes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { saveCsvFileSource } from '../../support/seed';

const file = new File([readFileSync('tests/fixtures/files/toetsen-export-april.csv')], 'toetsen-export-april.csv', { type: 'text/csv' });

describe('Bronnen: re-importing a file source', () => {
  it('shows the outcome when the file is stored, without waiting for the page to re-read the store', async () => {
    const db = freshDb();
    await saveCsvFileSource(db, DEMO_NOW.toISOString());
    const { queryClient } = renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Toetsplatform' });
    await user.upload(within(card).getByLabelText('Nieuwe export voor Toetsplatform'), file);

    // Every refresh after the import hangs.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const invalidate = queryClient.invalidateQueries.bind(queryClient);
    const spy = vi.spyOn(queryClient, 'invalidateQueries').mockImplementation((...args) => held.then(() => invalidate(...args)));
    await user.click(within(card).getByRole('button', { name: 'Nieuw bestand importeren voor Toetsplatform' }));
    expect(await within(card).findByText('Import klaar: 4 nieuw, 0 bijgewerkt, 0 afgekeurd.')).toBeInTheDocument();
    expect(spy).toHaveBeenCalled();

    release();
    expect(await within(card).findByText('4')).toBeInTheDocument();
  });
});
