import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './fixtures';
import { expectAccessible, openDemo, openFromMenu, scanList } from './support';

/** A supplier CSV of `rows` results for 30 pseudonymous pupils, in March 2026 (the demo's school year). */
function exportOf(rows: number, from = 0): Buffer {
  const lines = ['Leerling;Datum;Opdracht;Score;Maximum'];
  for (let n = from; n < from + rows; n += 1) {
    const pupil = `ps-3f9a2c71d04e8b${(n % 30).toString(16).padStart(2, '0')}`;
    lines.push(`${pupil};0${1 + (n % 4)}-03-2026 09:${String(n % 60).padStart(2, '0')};REKENEN-${n % 50};${n % 11};10`);
  }
  return Buffer.from(lines.join('\r\n'));
}

test('a CSV export is read in the file worker: progress until it is stored, the results on Bronnen, and a re-import cancelled half-way says what it kept', async ({
  page,
}) => {
  await openDemo(page, '/bronnen');
  await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
  await page.getByRole('button', { name: 'CSV-export van een leverancier' }).click();
  await page.getByLabel('Naam van de koppeling').fill('Rekentoetsen');
  // The rows' pupils are short test pseudonyms, not ECK iDs: this connector takes any form (decision 025).
  await page.getByLabel('Vorm van het pseudoniem').selectOption('any');
  await page.getByLabel('Exportbestanden').setInputFiles({ name: 'rekentoetsen.csv', mimeType: 'text/csv', buffer: exportOf(6_000) });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  // The preview is the first batch only.
  // Fifty codes, every one reached by scrolling (the list is drawn in part, ui/virtual-list.tsx).
  const codes = (await scanList(page.getByRole('list', { name: 'Codes zonder leerdoel' }))).items;
  expect(new Set(codes).size).toBe(50);
  await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
  await expect(page.getByText('De koppeling Rekentoetsen is opgeslagen en het bestand is geïmporteerd.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Voortgang import Rekentoetsen' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Naar de bronnen' }).click();
  const card = page.getByRole('article', { name: 'Rekentoetsen' });
  await expect(card.getByRole('definition').nth(3)).toHaveText('6.000');

  // A much larger export, cancelled while it is read: the status says how far it got and what was kept.
  await card.getByLabel('Nieuwe export voor Rekentoetsen').setInputFiles({
    name: 'rekentoetsen-jaar.csv',
    mimeType: 'text/csv',
    buffer: exportOf(150_000),
  });
  await card.getByRole('button', { name: 'Nieuw bestand importeren voor Rekentoetsen' }).click();
  await expect(card.getByRole('progressbar', { name: 'Voortgang import Rekentoetsen' })).toBeVisible();
  await expect(card.getByRole('status')).toContainText(/van 150\.001 regels gelezen; [\d.]+ resultaten opgeslagen/);
  await expectAccessible(page);
  await card.getByRole('button', { name: 'Import van Rekentoetsen annuleren' }).click();
  await expect(card.getByRole('status')).toContainText(
    /^Import afgebroken\. [\d.]+ resultaten uit het begin van het bestand \(tot regel [\d.]+\) zijn opgeslagen, de rest niet\./,
  );
  await expect(card.getByRole('progressbar')).toHaveCount(0);
  await expectAccessible(page);
});

/** Rewrites every declared uncompressed size of a zip (local headers and central directory) to `size`: the zip lies. */
function lyingAboutSizes(zip: Uint8Array, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 4 <= out.length; at += 1) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50) out.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

/**
 * The large CSV's size: 49 MB under `npm run bench:browser` (the scale test, E2E_LARGE_CSV_MB=49), a smaller version of it
 * in npm test (issue 12), big enough to be read in many 1 MB pieces and many batches, with the same assertions.
 */
const LARGE_CSV_MB = Number(process.env.E2E_LARGE_CSV_MB ?? 6);

/** A supplier CSV of `megabytes`: 8,000 results spread over the whole file between runs of blank lines, in every line ending. */
function largeCsv(megabytes: number): Buffer {
  const rows = exportOf(8_000).toString('latin1').split('\r\n');
  const size = megabytes * 1024 * 1024;
  const gap = Math.floor((size - rows.join('\n').length) / rows.length);
  const ends = ['\r\n', '\n', '\r'];
  const blank = (n: number) => ends[n % 3]!.repeat(Math.max(1, Math.floor(gap / ends[n % 3]!.length)));
  return Buffer.from(rows.map((row, n) => row + (n === 0 ? '\n' : blank(n))).join(''), 'latin1');
}

/** A main-thread task longer than 50 ms, as the page's PerformanceObserver saw it. */
type LongTask = { start: number; duration: number };
const LONG_TASK_BUDGET_MS = Number(process.env.E2E_LONG_TASK_BUDGET_MS ?? Number.POSITIVE_INFINITY);

test('hostile files in the browser: a zip that lies about its sizes is refused with a reason, a large CSV (49 MB in bench:browser) is read in the worker while the page answers, and both end with a clear message', async ({
  page,
}, testInfo) => {
  await page.addInitScript(() => {
    const tasks: LongTask[] = [];
    (globalThis as unknown as { __longTasks: LongTask[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  /**
   * The app's long tasks while `act` runs and until `done` holds in the page. `done` is checked in the page once a second
   * and the clicks are given elements found before: the test's own queries over a large page are main-thread tasks too,
   * and would be counted as the app's.
   */
  const longTasksOf = async (act: () => Promise<void>, done: (wanted: string) => boolean, wanted: string) => {
    const from = await page.evaluate(() => performance.now());
    await act();
    await page.waitForFunction(done, wanted, { polling: 1000, timeout: 300_000 });
    return page.evaluate(
      (since) => ({
        tasks: (globalThis as unknown as { __longTasks: LongTask[] }).__longTasks.filter((task) => task.start >= since),
        ms: performance.now() - since,
      }),
      from,
    );
  };
  const saying = (wanted: string) => document.body.textContent?.includes(wanted) ?? false;
  await openDemo(page, '/bronnen');
  await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
  await page.getByRole('button', { name: 'OneRoster 1.2 cijferlijst' }).click();
  await page.getByRole('radio', { name: 'Bestand importeren' }).check();
  await page.getByLabel('Naam van de koppeling').fill('Cijferlijst');

  // A zip under 1 MB whose results.csv says 1,000 bytes and inflates to 60 MB: refused at the cap, nothing read.
  const padded = new Uint8Array(60 * 1024 * 1024).fill(0x0a);
  padded.set(exportOf(20));
  const bomb = lyingAboutSizes(zipSync({ 'lineItems.csv': strToU8('sourcedId,title\nli-1,Blok 1\n'), 'results.csv': padded }, { level: 9 }), 1000);
  expect(bomb.length).toBeLessThan(1024 * 1024);
  await page.getByLabel('Exportbestanden').setInputFiles({ name: 'bundel.zip', mimeType: 'application/zip', buffer: bomb });
  const checkZip = await page.getByRole('button', { name: 'Bestand controleren' }).elementHandle();
  const zipTasks = await longTasksOf(() => checkZip!.click(), saying, 'results.csv is uitgepakt groter dan 50 MB');
  await expect(page.getByRole('alert')).toContainText('Dit bestand kan niet worden geïmporteerd');
  await expectAccessible(page);

  // The large CSV: checked (its first batch previewed), then imported through the file worker to the end.
  await openFromMenu(page, 'Bronnen');
  await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
  await page.getByRole('button', { name: 'CSV-export van een leverancier' }).click();
  await page.getByLabel('Naam van de koppeling').fill('Jaarexport');
  await page.getByLabel('Vorm van het pseudoniem').selectOption('any');
  const dir = mkdtempSync(join(tmpdir(), 'leerzicht-e2e-'));
  const big = join(dir, 'jaarexport.csv');
  writeFileSync(big, largeCsv(LARGE_CSV_MB));
  await page.getByLabel('Exportbestanden').setInputFiles(big);
  const checkCsv = await page.getByRole('button', { name: 'Bestand controleren' }).elementHandle();
  const checkTasks = await longTasksOf(
    () => checkCsv!.click(),
    () => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Volgende' && !button.disabled),
    '',
  );
  const next = await page.getByRole('button', { name: 'Volgende' }).elementHandle();
  const previewTasks = await longTasksOf(() => next!.click(), saying, 'Koppeling opslaan');
  // Fifty codes, every one reached by scrolling (the list is drawn in part, ui/virtual-list.tsx).
  const codes = (await scanList(page.getByRole('list', { name: 'Codes zonder leerdoel' }))).items;
  expect(new Set(codes).size).toBe(50);
  const save = await page.getByRole('button', { name: 'Koppeling opslaan' }).elementHandle();
  const importTasks = await longTasksOf(() => save!.click(), saying, 'De koppeling Jaarexport is opgeslagen en het bestand is geïmporteerd.');
  rmSync(dir, { recursive: true, force: true });
  // Every result was kept, the blank lines in every line ending skipped.
  await page.getByRole('link', { name: 'Naar de bronnen' }).click();
  await expect(page.getByRole('article', { name: 'Jaarexport' }).getByRole('definition').nth(3)).toHaveText('8.000');
  await expectAccessible(page);

  // Wall-clock figures (each step's time to its message, its long tasks) are printed, not judged, in npm test: the machine
  // may be busy. `npm run bench:browser` runs this flow with E2E_LONG_TASK_BUDGET_MS=200, which judges the long tasks.
  const figures = Object.fromEntries(
    Object.entries({ zip: zipTasks, csvCheck: checkTasks, csvPreview: previewTasks, csvImport: importTasks }).map(([step, { tasks, ms }]) => [
      step,
      { ms: Math.round(ms), longTasks: tasks.length, longestMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))) },
    ]),
  );
  testInfo.annotations.push({ type: 'long tasks', description: JSON.stringify(figures) });
  console.log(`hostile files, main-thread long tasks: ${JSON.stringify(figures)}`);
  // The bound is on the steps that work on the files. The preview step drew its 50 goal pickers (2,500 options) in one task
  // of 1.3 s at load 10; drawn in part (ui/virtual-list.tsx, decision 038) its longest task was 0.27 s in the same hour:
  // printed beside them, not yet judged.
  for (const step of ['zip', 'csvCheck', 'csvImport']) expect(figures[step]?.longestMs).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
});
