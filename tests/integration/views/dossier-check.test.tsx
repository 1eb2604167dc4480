/**
 * The check of a chosen OSO dossier (decision 029) on the Bronnen page and in the wizard: run in the
 * file worker by streaming, so a dossier over the old 50 MB cap is taken, with progress and a
 * cancel; a dossier the reader refuses is refused at once with its reason. Generated dossiers.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';
import { saveDossierSource } from '../../support/dossier-source';
import { osoDossier } from '../../support/oso-dossier';

/** A 60 MB dossier of which only the start can be read: the check stays busy until it is cancelled. */
function endless(name = 'dossier.xml'): File {
  const head = osoDossier({ documents: 1, documentBytes: 70_000 });
  const file = new File([head], name, { type: 'text/xml' });
  const slice = file.slice.bind(file);
  Object.defineProperty(file, 'size', { value: 60_000_000 });
  Object.defineProperty(file, 'slice', {
    value: (start = 0, end?: number) => (start === 0 ? slice(start, end) : { arrayBuffer: () => new Promise<ArrayBuffer>(() => undefined) }),
  });
  const whole = () => Promise.reject(new Error(`${name} was read whole`));
  Object.defineProperty(file, 'arrayBuffer', { value: whole });
  Object.defineProperty(file, 'text', { value: whole });
  return file;
}

async function dossierSource() {
  const db = freshDb();
  await seedSmallSchool(db);
  await saveDossierSource(db);
  renderApp('/bronnen', { db });
  return within(await screen.findByRole('article', { name: 'OSO-dossiers' }));
}

describe('the OSO dossier check (decision 029)', () => {
  it('re-import: a 60 MB dossier is taken and checked with progress; Cancel ends the check and nothing can be imported', async () => {
    const card = await dossierSource();
    const user = userEvent.setup();
    await user.upload(card.getByLabelText('Nieuwe export voor OSO-dossiers'), endless());
    expect(
      await card.findByText('Dossier gecontroleerd: 0% van 60,0 MB (privacycategorie, opbouw en van welke leerling het is)'),
    ).toBeInTheDocument();
    expect(card.getByRole('progressbar', { name: 'Voortgang controle OSO-dossiers' })).toBeInTheDocument();
    expect(card.queryByText(/tot 50 MB/)).not.toBeInTheDocument();
    const importButton = card.getByRole('button', { name: 'Nieuw bestand importeren voor OSO-dossiers' });
    expect(importButton).toBeDisabled();
    await user.click(card.getByRole('button', { name: 'Controle van OSO-dossiers afbreken' }));
    expect(await card.findByText(/^Controle afgebroken. Er is niets gelezen of opgeslagen/)).toBeInTheDocument();
    expect(card.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(importButton).toBeDisabled();
    // The field is emptied, so choosing the same file again starts a new check (a browser reports no change otherwise).
    expect((card.getByLabelText('Nieuwe export voor OSO-dossiers') as HTMLInputElement).value).toBe('');
  });

  it('re-import: a dossier that is no well-formed XML is refused as soon as it is checked, with the reason, before any import', async () => {
    const card = await dossierSource();
    const user = userEvent.setup();
    const broken = new File([osoDossier().replace('</toetslijst>', '')], 'dossier.xml', { type: 'text/xml' });
    await user.upload(card.getByLabelText('Nieuwe export voor OSO-dossiers'), broken);
    expect(await card.findByText(/invalid-payload: dossier.xml: geen geldige XML: tag mismatch, regel \d+/)).toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Nieuw bestand importeren voor OSO-dossiers' })).toBeDisabled();
  });

  it('re-import: a generated dossier without an ECK iD asks whose it is once checked', async () => {
    const card = await dossierSource();
    const user = userEvent.setup();
    await user.upload(
      card.getByLabelText('Nieuwe export voor OSO-dossiers'),
      new File([osoDossier({ documents: 3, documentBytes: 200_000 })], 'd.xml'),
    );
    const select = await card.findByLabelText('Leerling van het nieuwe dossier');
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1));
    expect(card.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('wizard: reading a 60 MB dossier shows how far the check is; Cancel returns to the file step and says nothing was read', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/bronnen/nieuw', { db });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'UWLR leerresultaten (XML)' }));
    await user.type(screen.getByLabelText('Naam van de koppeling'), 'Dossiers');
    await user.upload(screen.getByLabelText('Exportbestanden'), endless());
    await user.click(await screen.findByRole('button', { name: 'Bestand controleren' }));
    expect(await screen.findByRole('progressbar', { name: 'Voortgang controle Dossiers' })).toBeInTheDocument();
    expect(screen.getByText('Dossier gecontroleerd: 0% van 60,0 MB (privacycategorie, opbouw en van welke leerling het is)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Controle van Dossiers afbreken' }));
    expect(await screen.findByText(/^Controle afgebroken. Er is niets gelezen of opgeslagen/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bestand controleren' })).toBeEnabled();
    expect(await db.sources.count()).toBe(2);
  });
});
