import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rubricById } from '@/curriculum/rubrics';
import { rubricId } from '@/domain/ids';
import { freshDb, renderApp } from '../../support/render-app';
import { seedSmallSchool } from '../../support/seed';

const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
afterEach(() => {
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
});

/** jsdom has no blob URLs: capture what the download would save. */
function captureDownloads() {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:leerzicht'));
  URL.revokeObjectURL = vi.fn();
  return blobs;
}

describe('CASE CFRubric export and import', () => {
  it('exports the chosen rubric as CASE JSON, and importing that file (changed by hand) gives a new school rubric after a preview', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    const blobs = captureDownloads();
    renderApp('/rubrics', { db });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Rubric'), 'eigenaarschap');
    await user.click(screen.getByRole('button', { name: 'Exporteren als CASE' }));
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('application/json');
    const doc = JSON.parse(await blobs[0]!.text()) as {
      title: string;
      CFRubricCriteria: { description: string }[];
      extensions: { leerzicht: { rubricId: string } };
    };
    expect(doc.title).toBe('Eigenaar van je leerproces');
    expect(doc.CFRubricCriteria.map((criterion) => criterion.description)).toEqual(['Plannen', 'Bewaken', 'Terugkijken', 'Hulp vragen']);

    doc.title = 'Eigenaarschap groep 7-8';
    doc.extensions.leerzicht.rubricId = 'eigenaarschap-bovenbouw';
    await user.click(screen.getByRole('link', { name: 'Nieuwe rubric' }));
    await user.upload(
      await screen.findByLabelText('CASE-rubric importeren (JSON-bestand)'),
      new File([JSON.stringify(doc)], 'eigenaarschap.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('heading', { name: 'Voorbeeld: Eigenaarschap groep 7-8' })).toBeInTheDocument();
    expect(screen.getByText('4 criteria, 4 niveaus: beginner, op weg, gevorderd, expert.')).toBeInTheDocument();
    expect(await db.rubrics.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Deze rubric opslaan' }));
    expect(await screen.findByText('Rubric "Eigenaarschap groep 7-8" is opgeslagen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Rubric')).toHaveValue('eigenaarschap-bovenbouw');
    const stored = await db.rubrics.get(rubricId('eigenaarschap-bovenbouw'));
    const original = rubricById('eigenaarschap')!;
    expect({ ...stored, updatedAt: undefined }).toEqual({
      ...original,
      id: 'eigenaarschap-bovenbouw',
      title: { nl: 'Eigenaarschap groep 7-8', en: original.title.en },
      updatedAt: undefined,
    });
  });

  it('a CASE link to an SLO id several goals share is not guessed: the preview says so and the criterion has no goal', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/rubrics/nieuw', { db });
    const user = userEvent.setup();
    const levels = [
      { identifier: 'l1', description: 'begint' },
      { identifier: 'l2', description: 'kan het' },
    ];
    // Carried by programmeren.decompositie.mb and programmeren.algoritmes.ob alike.
    const link = {
      identifier: 'ander-systeem-1',
      uri: 'https://opendata.slo.nl/curriculum/uuid/2a28de2c-b735-42e4-8155-ef48bfe3ee73',
      title: 'Probleem opdelen',
    };
    const doc = {
      identifier: 'R1',
      title: 'Ontleden',
      CFRubricCriteria: [{ identifier: 'c1', description: 'Ontleden', CFItemURI: link, CFRubricCriterionLevels: levels }],
    };
    await user.upload(
      await screen.findByLabelText('CASE-rubric importeren (JSON-bestand)'),
      new File([JSON.stringify(doc)], 'ontleden.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('heading', { name: 'Voorbeeld: Ontleden' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Doel "Probleem opdelen" (CFRubricCriteria[0].CFItemURI) past bij 2 doelen van Leerzicht; er is niet gegokt en het is niet gekoppeld. Kies het doel zelf in de editor.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Deze rubric opslaan' }));
    await screen.findByText('Rubric "Ontleden" is opgeslagen.');
    expect((await db.rubrics.toArray())[0]?.criteria[0]?.goals).toEqual([]);
  });

  it('a CASE file whose criteria name their levels differently: the preview says which names are not kept', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/rubrics/nieuw', { db });
    const user = userEvent.setup();
    const level = (quality: string, score: number) => ({ identifier: `${quality}-${score}`, quality, score, description: `${quality} gezien` });
    const doc = {
      identifier: 'R2',
      title: 'Presenteren',
      CFRubricCriteria: [
        { identifier: 'c1', description: 'Spreken', CFRubricCriterionLevels: [level('start', 1), level('goed', 2)] },
        { identifier: 'c2', description: 'Houding', CFRubricCriterionLevels: [level('onvoldoende', 1), level('uitstekend', 2)] },
      ],
    };
    await user.upload(
      await screen.findByLabelText('CASE-rubric importeren (JSON-bestand)'),
      new File([JSON.stringify(doc)], 'presenteren.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('heading', { name: 'Voorbeeld: Presenteren' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /^In CFRubricCriteria\[1\]\.CFRubricCriterionLevels heten de niveaus anders \(onvoldoende, uitstekend\) dan bij het eerste criterium \(start, goed\)\./,
      ),
    ).toBeInTheDocument();
  });

  it('names what is wrong in a bad file by its path and stores nothing', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/rubrics/nieuw', { db });
    const user = userEvent.setup();
    const input = await screen.findByLabelText('CASE-rubric importeren (JSON-bestand)');
    const bad = {
      identifier: 'x',
      CFRubricCriteria: [
        {
          identifier: 'c1',
          CFRubricCriterionLevels: [
            { identifier: 'l1', description: 'a' },
            { identifier: 'l2', description: 'b' },
          ],
        },
        { identifier: 'c2', weight: 'zwaar', CFRubricCriterionLevels: [] },
      ],
    };
    await user.upload(input, new File([JSON.stringify(bad)], 'fout.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit bestand kan niet worden geïmporteerd');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'title ontbreekt.',
      'CFRubricCriteria[1].weight heeft het verkeerde soort waarde (verwacht: number).',
      'CFRubricCriteria[1].CFRubricCriterionLevels is leeg of te kort.',
    ]);
    await user.upload(input, new File(['{ geen json'], 'fout.json', { type: 'application/json' }));
    // In Dutch, with the parser's own (English) words only under the technical details.
    expect(
      await screen.findByText(
        'Het bestand is geen geldige JSON. Kies het geëxporteerde CASE-bestand zelf, of vraag de maker om een nieuw bestand. Waar het misgaat staat bij de technische details.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Deze rubric opslaan' })).not.toBeInTheDocument();
    expect(await db.rubrics.count()).toBe(0);
  });
});
