import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';

/** A file that claims to be huge; reading it whole fails the test (only its first part may be read, to detect its form). */
const huge = (name: string, size: number, type = 'text/csv', head = 'x') => {
  const file = new File([head], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  const unread = () => Promise.reject(new Error(`${name} was read although it is too large`));
  Object.defineProperty(file, 'text', { value: unread });
  Object.defineProperty(file, 'arrayBuffer', { value: unread });
  return file;
};

describe('files larger than the browser should hold are refused before reading, with size, limit and what to do', () => {
  it('connector wizard: a 60 MB JSON document is refused after reading only its first part; a 60 MB UWLR XML, a 60 MB OSO dossier and a 60 MB CSV are chosen (read by streaming, decisions 023, 027 and 029)', async () => {
    renderApp('/bronnen/nieuw', { db: freshDb() });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'CSV-export van een leverancier' }));
    const input = screen.getByLabelText('Exportbestanden');
    await user.upload(input, new File([readFileSync('tests/fixtures/files/toetsen-export.csv')], 'toetsen-export.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Gekozen: toetsen-export.csv')).toBeInTheDocument();
    await user.upload(input, huge('jaar.json', 60_000_000, 'application/json', '{"statements": ['));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'jaar.json is 60 MB; Leerzicht leest JSON-documenten, OneRoster-bestanden en zipbestanden tot 50 MB (CSV, JSON Lines, UWLR-leerresultaten en OSO-dossiers ook groter, in delen). Splits de export',
    );
    expect(screen.getByText('Gekozen: toetsen-export.csv')).toBeInTheDocument();
    await user.upload(input, huge('jaar.xml', 60_000_000, 'text/xml', `<?xml version="1.0"?><leerresultaten_verzoek>${' '.repeat(70_000)}`));
    expect(await screen.findByText('Gekozen: jaar.xml')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // An OSO dossier over the old 50 MB cap is chosen too: checked and read by streaming in the file worker (decision 029).
    const dossierHead = `<?xml version="1.0"?><dossier xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"><metadata>${' '.repeat(70_000)}`;
    await user.upload(input, huge('dossier.xml', 60_000_000, 'text/xml', dossierHead));
    expect(await screen.findByText('Gekozen: dossier.xml')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.upload(input, huge('jaar.csv', 60_000_000, 'text/csv', readFileSync('tests/fixtures/files/toetsen-export.csv', 'utf8')));
    expect(await screen.findByText('Gekozen: jaar.csv')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.upload(input, huge('heel-groot.csv', 2_500_000_000));
    expect(await screen.findByRole('alert')).toHaveTextContent('heel-groot.csv is 2.500 MB; Leerzicht leest in de browser bestanden tot 2.000 MB.');
  });

  it('roster import: a 6 MB file is refused and nothing is imported', async () => {
    const db = freshDb();
    renderApp('/privacy', { db });
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Bestand'), huge('leerlingen.csv', 6_000_000));
    expect(await screen.findByRole('alert')).toHaveTextContent('leerlingen.csv is 6 MB; een leerlingenbestand mag hoogstens 5 MB zijn');
    expect(screen.queryByRole('button', { name: 'Importeren' })).not.toBeInTheDocument();
    expect(await db.roster.count()).toBe(0);
  });

  it('SLO import: a 7.5 MB file is refused with the limit', async () => {
    renderApp('/curriculum', { db: freshDb() });
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('SLO-bestand (JSON)'), huge('alles.json', 7_500_000, 'application/json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('alles.json is 7,5 MB; een SLO-bestand mag hoogstens 5 MB zijn');
    expect(screen.queryByRole('button', { name: 'Importeren' })).not.toBeInTheDocument();
  });

  it('CASE rubric import: a 9 MB file is refused with the limit', async () => {
    renderApp('/rubrics/nieuw', { db: freshDb() });
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('CASE-rubric importeren (JSON-bestand)'), huge('case.json', 9_000_000, 'application/json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('case.json is 9 MB; een CASE-rubric mag hoogstens 5 MB zijn');
  });
});
