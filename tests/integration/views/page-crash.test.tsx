import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

// A page with a bug: it throws while it renders. The rest of the app must stay usable.
vi.mock('@/features/rubrics/rubrics-page', () => ({
  RubricsPage: () => {
    throw new RangeError('Invalid time value');
  },
}));

describe('a page that throws', () => {
  it('shows a message with what to do in the main area; header and menu stay, and another page still opens', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const caught = vi.fn();
    renderApp('/rubrics', { db, onCaughtError: caught });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze pagina kon niet worden getoond');
    expect(alert).toHaveTextContent('vraag dan de ICT-coördinator om bij "Wat is er opgeslagen" te kijken');
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(menu).toBeInTheDocument();
    expect(caught).toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Klasoverzicht' }));
    expect(await screen.findByRole('grid', { name: /groep 5a: beheersing per leerling/i })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so in English too', async () => {
    renderApp('/rubrics', { locale: 'en', onCaughtError: vi.fn() });
    expect(await screen.findByRole('alert')).toHaveTextContent('This page could not be shown; the rest of Leerzicht still works. Reload the page.');
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  });
});
