import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { putRejections } from '@/store/rejections.repo';
import { upsertResults } from '@/store/results.repo';
import { putSyncStatus, saveSource } from '@/store/sources.repo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const DAY = 86_400_000;
const LRS = sourceId('lrs');

/** The small school, with: Sommenspoor last synced 10 days ago (stale), Blokkodo yesterday with one rejected record, an LRS that
 * passes on Bram's newest Sommenspoor attempt a second time and says Anna is far below on the goal Sommenspoor says she masters. */
async function schoolWithQualityProblems() {
  const db = freshDb();
  const { results } = await seedSmallSchool(db);
  await saveSource(db, {
    id: LRS,
    kind: 'xapi',
    name: 'Schoolbrede LRS',
    endpoint: 'https://lrs.example/xapi',
    paused: false,
    mapping: {},
    createdAt: DEMO_NOW.toISOString(),
  });
  const synced = (source: string, daysAgo: number) =>
    putSyncStatus(db, {
      source: sourceId(source),
      cursor: null,
      lastSyncAt: new Date(DEMO_NOW.getTime() - daysAgo * DAY).toISOString(),
      lastOutcome: 'done',
      lastError: null,
    });
  await synced('sommenspoor', 10);
  await synced('blokkodo', 1);
  await synced('lrs', 1);
  await putRejections(db, [
    {
      id: 'blokkodo|x1',
      source: sourceId('blokkodo'),
      recordId: 'x1',
      code: 'invalid-score',
      detail: 'score 12 > max 10',
      at: DEMO_NOW.toISOString(),
    },
  ]);
  const bram = results.filter((result) => result.pupil === refOf(2)).at(-1)!;
  const anna = results.find((result) => result.pupil === refOf(1) && result.source === sourceId('sommenspoor'))!;
  const low = (n: number, daysAgo: number): Result => ({
    ...anna,
    id: resultIdOf(LRS, `laag${n}`),
    source: LRS,
    recordId: `laag${n}`,
    time: new Date(DEMO_NOW.getTime() - daysAgo * DAY).toISOString(),
    score: { raw: 4, min: 0, max: 20, scaled: 0.2 },
    normBand: null,
  });
  await upsertResults(db, [
    { ...bram, id: resultIdOf(LRS, 'dubbel'), source: LRS, recordId: 'dubbel', time: new Date(Date.parse(bram.time) + 20_000).toISOString() },
    low(1, 5),
    low(2, 12),
  ]);
  return db;
}

describe('Datakwaliteit on Bronnen', () => {
  it('shows freshness per source, coverage per line with "geen gegevens", reports counted once and a conflict with both values', async () => {
    const db = await schoolWithQualityProblems();
    renderApp('/bronnen', { db });
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Datakwaliteit' });

    const freshness = within(section).getByRole('table', { name: 'Actualiteit per bron' });
    const row = (name: string) => within(freshness).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Sommenspoor')).toHaveTextContent('Verouderd 10 dagen geleden; gewoonlijk binnen 7 dagen');
    expect(row('Blokkodo')).toHaveTextContent('Actueel');
    expect(row('Blokkodo')).not.toHaveTextContent('Verouderd');
    // Rejected records are linked to the source's card, where the reasons are.
    const link = within(row('Blokkodo')).getByRole('link', { name: '1 afgekeurd: redenen bij Blokkodo' });
    expect(link).toHaveAttribute('href', '#bron-blokkodo');
    expect(document.getElementById('bron-blokkodo')).toHaveTextContent('Blokkodo');

    const coverage = await within(section).findByRole('table', {
      name: /Groep 5A: leerlingen met resultaten per leerlijn en bron \(laatste 6 weken\)/,
    });
    const rekenen = within(coverage).getByRole('row', { name: /^Rekenen/ });
    const cells = within(rekenen).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('2 van 3');
    // Bram's second report from the LRS counts once: the LRS covers only Anna.
    expect(cells[1]).toHaveTextContent('Sommenspoor: 2, Schoolbrede LRS: 1');
    expect(cells[2]).toHaveTextContent('Cem Yilmaz: geen gegevens');
    // A line nobody has results on says so in words, never as 0%.
    const lezen = within(coverage).getByRole('row', { name: /^Lezen/ });
    expect(lezen).toHaveTextContent('geen gegevens');
    expect(coverage).not.toHaveTextContent('0%');

    expect(
      within(section).getByText(
        /In Groep 5A is 1 resultaat een tweede melding van dezelfde poging .* en telt één keer mee\. Per bron die de tweede melding stuurde: Schoolbrede LRS: 1\./,
      ),
    ).toBeInTheDocument();

    const conflicts = within(section).getByRole('table', { name: 'Groep 5A: leerlingen bij wie bronnen elkaar tegenspreken' });
    const conflict = within(conflicts).getByRole('row', { name: /Anna de Boer/ });
    expect(conflict).toHaveTextContent('Sommenspoor: 90% (');
    expect(conflict).toHaveTextContent('Schoolbrede LRS: 20% (2 resultaten)');
    expect(within(conflict).getByRole('link', { name: 'Anna de Boer' })).toHaveAttribute('href', '/leerling/1');

    // Over this school year the coverage counts Anna's Blokkodo results too.
    await user.selectOptions(within(section).getByLabelText('Periode'), 'Dit schooljaar');
    const year = await within(section).findByRole('table', { name: /\(dit schooljaar\)/ });
    expect(within(year).getByRole('row', { name: /^Programmeren/ })).toHaveTextContent('1 van 3');
  });

  it('puts the stale badge and the conflict on the pupil profile, beside the estimate', async () => {
    const db = await schoolWithQualityProblems();
    renderApp('/leerling/1', { db });
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna de Boer' })).toBeInTheDocument();
    expect(
      await screen.findByText(/Verouderd: Sommenspoor is langer niet gesynchroniseerd dan gewoonlijk \(laatste keer 10 dagen geleden\)/),
    ).toBeInTheDocument();
    const goals = screen.getByRole('table', { name: /^Rekenen: doelen van Anna de Boer/ });
    expect(within(goals).getByText('Bronnen spreken elkaar tegen: Sommenspoor 90% tegenover Schoolbrede LRS 20%.')).toBeInTheDocument();
    // Blokkodo is fresh and the LRS too: no badge for them.
    expect(screen.queryByText(/Verouderd: Blokkodo/)).not.toBeInTheDocument();
  });

  it.each(['/leerlijnen', '/hulp'])('puts the compact badge on %s too: the stale source and the report counted once', async (path) => {
    const db = await schoolWithQualityProblems();
    renderApp(path, { db });
    expect(
      await screen.findByText(/Verouderd: Sommenspoor is langer niet gesynchroniseerd dan gewoonlijk \(laatste keer 10 dagen geleden\)/),
    ).toBeInTheDocument();
    expect(await screen.findByText('1 resultaat was dubbel gemeld (zelfde poging, binnen een minuut) en telt één keer mee.')).toBeInTheDocument();
  });
});
