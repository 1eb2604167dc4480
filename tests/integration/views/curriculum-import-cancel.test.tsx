import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../support/render-app';

/** SLO's real kerndoelen.json, read at test time from ../shared. */
const KERNDOELEN = path.resolve(__dirname, '../../../../shared/fixtures/slo/kerndoelen/kerndoelen.json');

describe('cancelling an SLO import', () => {
  it('puts keyboard focus back on the file field, not on the page body, when the plan goes away', async () => {
    const user = userEvent.setup();
    renderApp('/curriculum');
    const field = await screen.findByLabelText('SLO-bestand (JSON)');
    await user.upload(field, new File([readFileSync(KERNDOELEN, 'utf8')], 'kerndoelen.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('region', { name: 'Wat de import gaat doen' })).not.toBeInTheDocument();
    expect(field).toHaveFocus();
  });
});
