import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { goalId, lineId, resultIdOf, sourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { setLineEstimator } from '@/store/estimator-choice.repo';
import { upsertResults } from '@/store/results.repo';
import { DEMO_NOW, freshDb, renderApp } from '../../support/render-app';
import { refOf, seedSmallSchool } from '../../support/seed';

const GETALLEN = 'rekenen.getallen.1f';
const GETALLEN_TITLE = /rekent vlot met hele getallen/i;

/** Cem (pupil 3) on getallen: 20% 50 days ago, 40% 30 days ago, 80% 10 days ago. */
async function seedCemGrowing(
  scores: ReadonlyArray<readonly [number, number]> = [
    [50, 0.2],
    [30, 0.4],
    [10, 0.8],
  ],
) {
  const db = freshDb();
  await seedSmallSchool(db);
  const source = sourceId('sommenspoor');
  const results: Result[] = scores.map(([days, scaled], i) => ({
    id: resultIdOf(source, `cem${i}`),
    source,
    recordId: `cem${i}`,
    pupil: refOf(3),
    code: GETALLEN,
    goals: [goalId(GETALLEN)],
    level: null,
    workForm: 'practice',
    time: new Date(DEMO_NOW.getTime() - (days as number) * 86_400_000).toISOString(),
    score: { raw: (scaled as number) * 20, min: 0, max: 20, scaled: scaled as number },
    success: null,
    completion: true,
    durationSeconds: 600,
    attempt: null,
    normBand: null,
  }));
  await upsertResults(db, results);
  return db;
}

const goalRow = async (caption: RegExp, goal: RegExp) => {
  const table = await screen.findByRole('table', { name: caption });
  const row = within(table).getByRole('rowheader', { name: goal }).closest('tr');
  if (!row) throw new Error('no row');
  return within(row).getAllByRole('cell');
};

describe('pupil profile: growth since a date', () => {
  it('shows growth per goal and per line since six weeks ago with the line’s method; another date changes it', async () => {
    const db = await seedCemGrowing();
    await setLineEstimator(db, lineId('rekenen'), 'latest');
    renderApp('/leerling/3', { db });
    const user = userEvent.setup();
    const field = await screen.findByLabelText('Groei sinds');
    expect(field).toHaveValue('2026-05-22');
    expect(screen.getByText(/Standaard: 6 weken geleden\./)).toBeInTheDocument();
    const caption = /rekenen: doelen van cem yilmaz/i;
    expect((await goalRow(caption, GETALLEN_TITLE))[1]).toHaveTextContent('+60 procentpunt, gegroeid');
    expect(screen.getByText('Groei op deze leerlijn sinds 22 mei 2026: +60 procentpunt, gegroeid.')).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, '2026-06-10');
    expect((await goalRow(caption, GETALLEN_TITLE))[1]).toHaveTextContent('+40 procentpunt, gegroeid');
    expect(screen.getByRole('columnheader', { name: 'Groei sinds 10 juni 2026' })).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, '2026-05-01');
    expect((await goalRow(caption, GETALLEN_TITLE))[1]).toHaveTextContent('geen resultaten vóór 1 mei 2026');
    expect(screen.getByText('Groei op deze leerlijn sinds 1 mei 2026: geen resultaten vóór 1 mei 2026.')).toBeInTheDocument();
  });

  it('shows each goal’s 95% margin beside its value with the default method, and none with a method that cannot state one', async () => {
    const db = await seedCemGrowing();
    const view = renderApp('/leerling/3', { db });
    const caption = /rekenen: doelen van cem yilmaz/i;
    expect(await screen.findByRole('columnheader', { name: 'Status (Leerzicht, met de marge: 95% zeker)' })).toBeInTheDocument();
    const [status] = await goalRow(caption, GETALLEN_TITLE);
    // The 95% interval, clipped to 0-100%: "40% (tussen 12% en 68%)", never "100% ± 14".
    const [, value, low, high] = (/^(\d+)% \(tussen (\d+)% en (\d+)%\)/.exec(status?.textContent ?? '') ?? []).map(Number);
    // three results that disagree (20%, 40%, 80%): the interval is wide, but less than the whole scale
    expect(high! - low!).toBeGreaterThan(10);
    expect(high! - low!).toBeLessThan(100);
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThanOrEqual(100);
    expect(value).toBeGreaterThanOrEqual(low!);
    expect(value).toBeLessThanOrEqual(high!);
    view.unmount();

    await setLineEstimator(db, lineId('rekenen'), 'latest');
    renderApp('/leerling/3', { db });
    expect(await screen.findByRole('columnheader', { name: 'Status (Leerzicht)' })).toBeInTheDocument();
    expect((await goalRow(caption, GETALLEN_TITLE))[0]).not.toHaveTextContent('tussen');
  });

  it('says an unusable date in words and keeps showing growth since the default', async () => {
    const db = await seedCemGrowing();
    await setLineEstimator(db, lineId('rekenen'), 'latest');
    renderApp('/leerling/3', { db });
    const user = userEvent.setup();
    const field = await screen.findByLabelText('Groei sinds');
    await user.clear(field);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kies een bestaande datum die niet na vandaag ligt. Nu getoond: groei sinds 22 mei 2026.',
    );
    expect((await goalRow(/rekenen: doelen van cem yilmaz/i, GETALLEN_TITLE))[1]).toHaveTextContent('+60 procentpunt, gegroeid');
  });

  it('speaks English when asked', async () => {
    const db = await seedCemGrowing();
    await setLineEstimator(db, lineId('rekenen'), 'latest');
    renderApp('/leerling/3', { db, locale: 'en' });
    expect(await screen.findByLabelText('Growth since')).toHaveValue('2026-05-22');
    const [table] = await screen.findAllByRole('table', { name: /: goals of cem yilmaz with our status/i });
    if (!table) throw new Error('no goal table');
    expect(within(table).getByText('+60 percentage points, grown')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Supplier norm band (latest)' })).toBeInTheDocument();
  });

  it('says one percentage point in the singular in English (Dutch procentpunt either way)', async () => {
    const db = await seedCemGrowing([
      [50, 0.5],
      [10, 0.49],
    ]);
    await setLineEstimator(db, lineId('rekenen'), 'latest');
    const view = renderApp('/leerling/3', { db, locale: 'en' });
    expect((await goalRow(/arithmetic: goals of cem yilmaz/i, /calculates fluently/i))[1]).toHaveTextContent(/^\u22121 percentage point, declined$/);
    view.unmount();
    renderApp('/leerling/3', { db });
    expect((await goalRow(/rekenen: doelen van cem yilmaz/i, GETALLEN_TITLE))[1]).toHaveTextContent(/^\u22121 procentpunt, gedaald$/);
  });

  it('says unchanged for steady results with the default method', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/leerling/1', { db });
    expect((await goalRow(/rekenen: doelen van anna de boer/i, GETALLEN_TITLE))[1]).toHaveTextContent('0 procentpunt, gelijk');
  });
});

describe('pupil profile: the supplier’s norm band beside our status', () => {
  it('shows per goal our status and the latest band per source, as a swatch and in words', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/leerling/2', { db });
    const [status, , band] = await goalRow(/rekenen: doelen van bram smit/i, GETALLEN_TITLE);
    expect(status).toHaveTextContent('40%');
    expect(status).toHaveTextContent('mee bezig');
    expect(band).toHaveTextContent('Sommenspoor: IV');
    expect(within(band!).getByText('Sommenspoor: IV').style.borderLeftColor).toBe('rgb(26, 127, 55)');
  });

  it('says so where no supplier gave a band', async () => {
    const db = freshDb();
    await seedSmallSchool(db);
    renderApp('/leerling/1', { db });
    expect((await goalRow(/rekenen: doelen van anna de boer/i, GETALLEN_TITLE))[2]).toHaveTextContent('Sommenspoor: I');
    // Blokkodo sends no norm band for programming.
    const table = await screen.findByRole('table', { name: /programmeren: doelen van anna de boer/i });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[2]?.textContent);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((text) => text === 'geen normering')).toBe(true);
  });
});
