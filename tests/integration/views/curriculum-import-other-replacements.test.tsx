import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setSloLinks } from '@/curriculum/slo-import';
import { renderApp } from '../../support/render-app';

/** SLO's real ldk.vakleergebieden.json, read at test time from ../shared: 21 subject areas, no goals, 36 older UUIDs they replace. */
const FILE = path.resolve(__dirname, '../../../../shared/fixtures/slo/leerdoelenkaarten/ldk.vakleergebieden.json');

const countIn = (region: HTMLElement, label: string) =>
  within(region)
    .getAllByRole('term')
    .find((term) => term.textContent === label)?.nextElementSibling?.textContent;

afterEach(() => setSloLinks(new Map(), []));

describe('an SLO file of subject areas that replace older ones', () => {
  it('does not call them replaced goals: they are counted apart, with no list of UUID pairs under "Vervangen doelen"', async () => {
    const user = userEvent.setup();
    renderApp('/curriculum');
    await user.upload(
      await screen.findByLabelText('SLO-bestand (JSON)'),
      new File([readFileSync(FILE, 'utf8')], 'ldk.vakleergebieden.json', { type: 'application/json' }),
    );
    const plan = await screen.findByRole('region', { name: 'Wat de import gaat doen' });
    expect(countIn(plan, 'Vervangen doelen')).toBe('0');
    expect(Number(countIn(plan, 'Vervangen vakleergebieden en domeinen (koppelingen volgen de opvolger)'))).toBeGreaterThan(0);
    expect(within(plan).queryByRole('heading', { name: 'Vervangen doelen' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText('Import klaar: 0 nieuw, 0 bij onze leerlijnen, 0 titels bijgewerkt, 0 vervangen.')).toBeInTheDocument();
  });
});
