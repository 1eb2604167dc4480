import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';

describe('CASE import: a file the browser cannot read', () => {
  it('says so and that nothing changed, instead of showing nothing', async () => {
    renderApp('/rubrics/nieuw', { db: freshDb() });
    const user = userEvent.setup();
    const file = new File(['{}'], 'weg.json', { type: 'application/json' });
    // As when the file was moved or removed after choosing it: reading it fails.
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new DOMException('A requested file could not be read', 'NotReadableError')) });
    await user.upload(await screen.findByLabelText('CASE-rubric importeren (JSON-bestand)'), file);
    expect(
      await screen.findByText('Het bestand kon niet worden gelezen. Kies het opnieuw; er is niets opgeslagen of gewijzigd.'),
    ).toBeInTheDocument();
  });
});
