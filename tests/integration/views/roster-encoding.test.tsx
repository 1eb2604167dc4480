import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf } from '../../support/seed';

/** Text as Excel's "Unicode text" saves it: UTF-16 LE with a byte-order mark. */
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);

async function openWithVault() {
  renderApp('/privacy', { db: freshDb() });
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Wachtwoordzin'), 'lange zin voor de kluis');
  await user.type(screen.getByLabelText('Herhaal de wachtwoordzin'), 'lange zin voor de kluis');
  await user.click(screen.getByRole('button', { name: 'Kluis aanmaken' }));
  expect(await screen.findByText('Ontgrendeld als ICT-coördinator')).toBeInTheDocument();
  return user;
}

describe('roster files are decoded as the result readers decode them (issue 13 items 7 and 11)', () => {
  it('a roster in UTF-16 with a byte-order mark reads with its names intact', async () => {
    const user = await openWithVault();
    const csv = `leerling_id;roepnaam;tv;familienaam;stamgroep\r\n${refOf(1)};Zoë;de;Boer;Groep 5A\r\n${refOf(2)};Bram;;Smit;Groep 5A\r\n`;
    await user.upload(await screen.findByLabelText('Bestand'), new File([utf16le(csv)], 'export.txt', { type: 'text/plain' }));
    await user.selectOptions(await screen.findByLabelText('Pseudoniem (ECK iD)'), 'leerling_id');
    await user.selectOptions(screen.getByLabelText('Groep', { selector: 'fieldset select' }), 'stamgroep');
    await user.selectOptions(screen.getByLabelText('Voornaam'), 'roepnaam');
    await user.selectOptions(screen.getByLabelText('Tussenvoegsel'), 'tv');
    await user.selectOptions(screen.getByLabelText('Achternaam'), 'familienaam');
    const preview = screen.getByRole('table', { name: 'Voorbeeld: de eerste 2 leerlingen' });
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent('ZoëdeBoerGroep 5A');
  });

  it('invalid UTF-8 is refused with its line, never read with replacement characters', async () => {
    const user = await openWithVault();
    const bytes = new Uint8Array([...new TextEncoder().encode(`leerling_id;stamgroep\n${refOf(1)};Groep 5A\n`), 0x5a, 0x6f, 0xeb, 0x0a]);
    await user.upload(await screen.findByLabelText('Bestand'), new File([bytes], 'export.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Regel 3 van dit bestand is geen geldige UTF-8.');
    expect(screen.queryByRole('button', { name: 'Importeren' })).not.toBeInTheDocument();
  });
});
