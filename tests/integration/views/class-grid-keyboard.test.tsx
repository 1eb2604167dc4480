import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

describe('class overview as a grid', () => {
  it('has one tab stop, moves by the arrow keys and opens a cell’s detail with Enter; Escape closes it and focus returns', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/klas', { db });
    const user = userEvent.setup();
    const grid = await screen.findByRole('grid', { name: /groep 5a: beheersing per leerling en leerlijn/i });
    const focusable = grid.querySelectorAll('[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    within(grid).getByRole('button', { name: 'Sorteer op Leerling' }).focus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    const anna = within(grid).getAllByRole('row')[1]!;
    const rekenen = within(anna).getAllByRole('gridcell')[0]!;
    expect(rekenen).toHaveFocus();
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await user.keyboard('{Enter}');
    const popover = screen.getByRole('dialog', { name: 'Anna de Boer · Rekenen' });
    // Anna has 9 Sommenspoor results on getallen in the seed, the latest four days before today (3 July).
    expect(within(popover).getByText('Aantal resultaten').nextElementSibling).toHaveTextContent('9');
    expect(within(popover).getByText('Bronnen').nextElementSibling).toHaveTextContent('Sommenspoor');
    expect(within(popover).getByText('Laatste resultaat').nextElementSibling).toHaveTextContent('29 juni 2026');
    expect(within(popover).getByRole('link', { name: 'Resultaten van Anna de Boer bekijken' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/leerling\/\d+#lijn-rekenen$/),
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await expect.poll(() => document.activeElement).toBe(rekenen);
    await user.keyboard('{Control>}{End}{/Control}');
    expect(within(within(grid).getAllByRole('row').at(-1)!).getAllByRole('gridcell').at(-1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(within(grid).getAllByRole('rowheader').at(-1)!.querySelector('a')).toHaveFocus();
  });
});
