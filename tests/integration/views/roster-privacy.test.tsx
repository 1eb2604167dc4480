import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forgottenMarker } from '@/domain/privacy';
import { upsertResults } from '@/store/results.repo';
import { freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';
import { result } from '../../support/fake-adapter';

describe('pupils and privacy page', () => {
  it('imports a roster with unusual headers after the ICT coordinator maps the columns, with a preview', async () => {
    const db = freshDb();
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    // First use on this browser: the ICT coordinator chooses the passphrase that seals names.
    await user.type(await screen.findByLabelText('Wachtwoordzin'), 'kort');
    await user.type(screen.getByLabelText('Herhaal de wachtwoordzin'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Kluis aanmaken' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Kies een wachtwoordzin van minstens 12 tekens.');
    await user.clear(screen.getByLabelText('Wachtwoordzin'));
    await user.clear(screen.getByLabelText('Herhaal de wachtwoordzin'));
    await user.type(screen.getByLabelText('Wachtwoordzin'), 'lange zin voor de kluis');
    await user.type(screen.getByLabelText('Herhaal de wachtwoordzin'), 'lange zin voor de kluis');
    await user.click(screen.getByRole('button', { name: 'Kluis aanmaken' }));
    expect(await screen.findByText('Ontgrendeld als ICT-coördinator')).toBeInTheDocument();
    const csv = `leerling_id;roepnaam;tv;familienaam;stamgroep\r\n${refOf(1)};Anna;de;Boer;Groep 5A\r\n${refOf(2)};Bram;;Smit;Groep 5A\r\n;Zonder;;Id;Groep 5A\r\n`;
    await user.upload(await screen.findByLabelText('Bestand'), new File([csv], 'export.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kies eerst de kolommen voor het pseudoniem en de groep.');
    await user.selectOptions(screen.getByLabelText('Pseudoniem (ECK iD)'), 'leerling_id');
    await user.selectOptions(screen.getByLabelText('Groep', { selector: 'fieldset select' }), 'stamgroep');
    await user.selectOptions(screen.getByLabelText('Voornaam'), 'roepnaam');
    await user.selectOptions(screen.getByLabelText('Tussenvoegsel'), 'tv');
    await user.selectOptions(screen.getByLabelText('Achternaam'), 'familienaam');
    expect(screen.getByText('2 leerlingen gelezen, 1 regels afgekeurd')).toBeInTheDocument();
    expect(screen.getByText('Regel 4: geen pseudoniem')).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: 'Voorbeeld: de eerste 2 leerlingen' });
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent('AnnadeBoerGroep 5A');
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText('2 nieuw, 0 bijgewerkt, 0 niet meer in het bestand (gemarkeerd, niet verwijderd).')).toBeInTheDocument();
    expect(await db.roster.count()).toBe(2);
    expect(JSON.stringify(await db.roster.toArray())).not.toContain('Boer');
  });

  it('withdrawing consent asks first, then deletes that pupil’s stored results from that source', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: 'Toestemming van Anna de Boer voor Sommenspoor' });
    expect(box).toBeChecked();
    const before = await db.results.where('pupil').equals(refOf(1)).count();
    await user.click(box);
    const dialog = screen.getByRole('alertdialog', { name: 'Toestemming intrekken voor Anna de Boer bij Sommenspoor?' });
    expect(await db.results.where('pupil').equals(refOf(1)).count()).toBe(before);
    await user.type(within(dialog).getByLabelText(/Notitie/), 'op verzoek van de ouders');
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText('Toestemming ingetrokken; 9 resultaten verwijderd.')).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Toestemming van Anna de Boer voor Sommenspoor' })).not.toBeChecked();
    expect((await db.results.where('pupil').equals(refOf(1)).toArray()).map((r) => r.source)).not.toContain('sommenspoor');
    expect((await db.consents.toArray())[0]).toMatchObject({ granted: false, note: 'op verzoek van de ouders' });
  });

  it('a forgotten pupil back on the roster shows as forgotten for the whole app until consent is given again', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    await db.consents.put(forgottenMarker(refOf(1), '2026-06-01'));
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: 'Toestemming van Anna de Boer voor Hele app' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(
      'Vergeten op 1 juni 2026: er wordt niets van deze leerling opgeslagen tot je hier weer toestemming geeft',
    );
    await user.click(box);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Toestemming geven' }));
    await waitFor(async () =>
      expect(await db.consents.toArray()).toEqual([expect.objectContaining({ pupil: refOf(1), source: '*', granted: true })]),
    );
    expect((await db.consents.toArray())[0]).not.toHaveProperty('forgotten');
  });

  it('purges results older than the retention period on demand', async () => {
    const db = freshDb();
    await upsertResults(db, [result('oud', refOf(1), { time: '2023-05-01T10:00:00.000Z' }), result('nieuw', refOf(1))]);
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nu opschonen' }));
    expect(
      await screen.findByText(
        'Van vóór 1 augustus 2024 verwijderd: 1 resultaten, 0 afgekeurde records, 0 rubricbeoordelingen, 0 interventies en 0 oordelen van de leerkracht.',
      ),
    ).toBeInTheDocument();
    expect(await db.results.count()).toBe(1);
    await user.selectOptions(screen.getByLabelText('Vergrendelen na zoveel minuten niets doen'), '5');
    await waitFor(async () => expect((await db.settings.get('lock.idleMinutes'))?.value).toBe(5));
  });

  it('imports a UWLR leerlinggegevens XML message and refuses a file far too large to be a roster', async () => {
    const db = freshDb();
    const { key } = await seedSmallSchool(db);
    expect(key).toBeDefined();
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    const huge = new File(['x'], 'enorm.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 500_000_000 });
    await user.upload(await screen.findByLabelText('Bestand'), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'enorm.csv is 500 MB; een leerlingenbestand mag hoogstens 5 MB zijn, dus dit is er waarschijnlijk geen.',
    );
    const xml = `<leerlinggegevens_antwoord xmlns="http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens"><groepen><groep key="g"><naam>Groep 6C</naam><jaargroep>6</jaargroep></groep></groepen><leerlingen><leerling key="1" eckid="${refOf(9)}"><achternaam>Kaya</achternaam><roepnaam>Ela</roepnaam><groep key="g"/><bsn>123456782</bsn></leerling></leerlingen></leerlinggegevens_antwoord>`;
    await user.upload(screen.getByLabelText('Bestand'), new File([xml], 'leerlingen.xml', { type: 'application/xml' }));
    expect(await screen.findByText('1 leerlingen gelezen, 0 regels afgekeurd')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Welke kolom is wat?' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText(/1 nieuw, 0 bijgewerkt, 3 niet meer in het bestand/)).toBeInTheDocument();
    expect(JSON.stringify(await db.roster.toArray())).not.toContain('123456782');
  });
});
