import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setSloLinks } from '@/curriculum/slo-import';
import { renderApp } from '../../support/render-app';

/** SLO's real kerndoelen.json, read at test time from ../shared (405 kerndoelen, 73 of which replace older UUIDs). */
const KERNDOELEN = path.resolve(__dirname, '../../../../shared/fixtures/slo/kerndoelen/kerndoelen.json');

const countIn = (region: HTMLElement, label: string) =>
  within(region)
    .getAllByRole('term')
    .find((term) => term.textContent === label)?.nextElementSibling?.textContent;

afterEach(() => setSloLinks(new Map(), []));

describe('importing the same SLO file twice', () => {
  it('the second time reports no new replacements: what was stored already counts as unchanged', async () => {
    const user = userEvent.setup();
    renderApp('/curriculum');
    const text = readFileSync(KERNDOELEN, 'utf8');
    const upload = async () => {
      await user.upload(await screen.findByLabelText('SLO-bestand (JSON)'), new File([text], 'kerndoelen.json', { type: 'application/json' }));
      return screen.findByRole('region', { name: 'Wat de import gaat doen' });
    };
    const first = await upload();
    const replaced = Number(countIn(first, 'Vervangen doelen'));
    expect(replaced).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText(/^Import klaar: 405 nieuw/)).toBeInTheDocument();

    const second = await upload();
    expect(countIn(second, 'Nieuwe doelen')).toBe('0');
    expect(countIn(second, 'Vervangen doelen')).toBe('0');
    expect(countIn(second, 'Ongewijzigd')).toBe(String(405 + replaced));
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    // findByText polls inside React's act environment, where this second import's IndexedDB work did not settle (the
    // message never came, at any timeout, on an idle machine); waiting outside act lets it finish as in the browser.
    const message = 'Import klaar: 0 nieuw, 0 bij onze leerlijnen, 0 titels bijgewerkt, 0 vervangen.';
    for (let poll = 0; poll < 120 && !screen.queryByText(message); poll += 1) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(screen.getByText(message)).toBeInTheDocument();
  });
});
