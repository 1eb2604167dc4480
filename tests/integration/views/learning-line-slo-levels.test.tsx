import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltIn } from '@/curriculum/built-in.load';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { adapterFor, resolveSloIds } from '@/adapters/registry';
import { xapiToResult } from '@/adapters/xapi/xapi.mapper';
import { AppProviders } from '@/app/app';
import { createI18n } from '../../support/i18n';
import { createQueryClient, createSyncInvalidator } from '@/app/query-client';
import { SLO_LEVEL } from '@/curriculum/levels';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';
import { sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { LearningLinePage } from '@/features/learning-lines/learning-line-page';
import { SyncHub } from '@/ingest/sync-hub';
import { getCredentials } from '@/store/credentials.memory';
import type { LeerzichtDb } from '@/store/db';
import { upsertResults } from '@/store/results.repo';
import { saveSource } from '@/store/sources.repo';
import { DEMO_NOW, freshDb } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

/** The four arithmetic domains: every level of a strand carries its domain id (decision 003). */
const DOMAINS = [
  'cbe5831f-4031-464d-9f9b-ea9d3c2f324e',
  '8c519ad9-c040-4560-ab9b-c96caf64d75b',
  '7c8b9edd-ab95-4d54-8bbd-ed2c1bd3d420',
  '4ee30484-ecec-45b7-9fad-81fcb021ca93',
];
const SLO = (uuid: string) => `https://opendata.slo.nl/curriculum/uuid/${uuid}`;
const KOMPAS = sourceId('kompas');

/** A mixed arithmetic test from an LRS, known only by the SLO ids in its context, mapped by the app's own adapter code. */
function mixedTest(n: number, pupil: number, extraSlo: readonly string[]): Result {
  const outcome = xapiToResult(
    {
      id: `8a69db4c-bb60-41fd-9740-e713dba8de2${n}`,
      actor: { objectType: 'Agent', account: { homePage: 'https://demo.invalid', name: refOf(pupil) } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
      object: { objectType: 'Activity', id: `https://kompas-toetsen.example/xapi/toetsen/rekenen-gemengd-${n}` },
      result: { score: { scaled: 0.9, raw: 36, min: 0, max: 40 }, success: true, completion: true },
      context: { contextActivities: { grouping: [...DOMAINS, ...extraSlo].map((id) => ({ id: SLO(id) })) } },
      timestamp: new Date(DEMO_NOW.getTime() - n * 86_400_000).toISOString(),
    },
    { source: KOMPAS, mapping: {}, resolveSloIds, now: DEMO_NOW.toISOString() },
  );
  if (!('result' in outcome)) throw new Error(JSON.stringify(outcome));
  return outcome.result;
}

async function seed(db: LeerzichtDb) {
  await seedSmallSchool(db);
  await saveSource(db, {
    id: KOMPAS,
    kind: 'xapi',
    name: 'Kompas Toetsen',
    endpoint: 'https://lrs.example/xapi',
    paused: false,
    mapping: {},
    createdAt: DEMO_NOW.toISOString(),
  });
  // Cem: a test that names no level. Anna: one that names 2F by its SLO niveau id.
  await upsertResults(db, [mixedTest(1, 3, []), mixedTest(2, 1, [SLO_LEVEL.ref2F])]);
}

function renderPage(db: LeerzichtDb, path = '/leerlijnen?leerlijn=rekenen') {
  const queryClient = createQueryClient();
  const hub = new SyncHub({ db, adapterFor, credentialsFor: getCredentials, onStored: createSyncInvalidator(queryClient, 10) });
  return render(
    <AppProviders db={db} queryClient={queryClient} i18n={createI18n('nl')} hub={hub} now={() => DEMO_NOW}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/leerlijnen" element={<LearningLinePage />} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

const titleOf = (id: string) => REKENEN_LINE.goals.find((goal) => goal.id === id)?.title.nl ?? '';
const cellsOf = (table: HTMLElement, name: string) => {
  const row = within(table)
    .getByRole('rowheader', { name: new RegExp(name) })
    .closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
};

// Rendered here without the app's lazy routes, which load the built-in lines with every page but the class overview.
beforeAll(() => loadBuiltIn());

describe('learning-line view: a result found through a shared SLO id counts for one level', () => {
  it('a test naming only the domains counts for 1F, not for 2F or 1S; one naming 2F counts for 2F only', async () => {
    const db = freshDb();
    await seed(db);
    renderPage(db);
    const table = await screen.findByRole('table', { name: /positie van elke leerling op rekenen/i });
    expect(cellsOf(table, 'Cem Yilmaz')).toEqual(['4 van 4', '0 van 4', '0 van 4', '1F']);
    expect(cellsOf(table, 'Anna de Boer').slice(0, 3)).toEqual(['1 van 4', '4 van 4', '0 van 4']);
  });

  it('the results behind a 2F or 1S goal do not list the 1F test', async () => {
    const db = freshDb();
    await seed(db);
    renderPage(db);
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Doelen op volgorde van niveau' });

    await user.click(screen.getByRole('link', { name: titleOf('rekenen.verbanden.1f') }));
    const oneF = await screen.findByRole('table', { name: /resultaten achter/i });
    expect(
      within(oneF)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[1]?.textContent),
    ).toEqual(['Cem Yilmaz']);

    await user.click(screen.getByRole('link', { name: 'Terug naar alle doelen' }));
    await user.click(await screen.findByRole('link', { name: titleOf('rekenen.verbanden.2f') }));
    const twoF = await screen.findByRole('table', { name: /resultaten achter/i });
    expect(
      within(twoF)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[1]?.textContent),
    ).toEqual(['Anna de Boer']);

    await user.click(screen.getByRole('link', { name: 'Terug naar alle doelen' }));
    await user.click(await screen.findByRole('link', { name: titleOf('rekenen.verbanden.1s') }));
    await screen.findByRole('heading', { level: 2, name: titleOf('rekenen.verbanden.1s') });
    // The source filter offers every source; nothing else on the page names the 1F test's source.
    expect(screen.queryAllByText('Kompas Toetsen').filter((element) => element.tagName !== 'OPTION')).toEqual([]);
  });
});
