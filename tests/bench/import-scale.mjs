#!/usr/bin/env node
/**
 * Import time as the store grows (issue 12, goal 3: the 10th file no slower than the 1st by more
 * than 20%), in Chromium on the demo build: a CSV source is added through the wizard, then FILES
 * exports of ROWS rows each are imported one after the other on the Bronnen page (re-import), each
 * timed from the click on "Nieuw bestand importeren" to its "Import klaar" status, with the long
 * tasks of the main thread meanwhile, and when the progress line first said every row was stored
 * (stored_ms: the worker's own time), and the CPU seconds Chromium's processes spent meanwhile
 * (browser_cpu_s: IndexedDB's backend; renderer_cpu_s: the page and its workers; less swayed by a
 * busy host than the wall clock). Rows are distinct across files (30 pupils no roster knows, as ECK iDs,
 * one minute apart), so the store grows by ROWS results per file. Prints one JSON line per file and
 * a summary with the ratio last / first (wall clock, and CPU time of browser + renderer) and the load average.
 *
 *   npm run build:demo && node tests/bench/import-scale.mjs [distDir]   (FILES=10 ROWS=50000 PORT=4113)
 */
/* global document, MutationObserver -- the functions passed to page.evaluate run in the page */
import { chromiumCpu, cpuSince, load, longTasksSince, openDemoBrowser, startDemo } from './support/demo-browser.mjs';

const dist = process.argv[2] ?? 'dist-demo';
const FILES = Number(process.env.FILES ?? 10);
const ROWS = Number(process.env.ROWS ?? 50_000);
const PORT = Number(process.env.PORT ?? 4113);
const START = Date.UTC(2026, 1, 2, 7, 0);

/** 30 pupils no roster knows, in the ECK iD form a CSV connector expects by default (decision 025). */
const PUPILS = Array.from({ length: 30 }, (_, n) => `https://ketenid.nl/201703/${n.toString(16).padStart(2, '0').repeat(64)}`);
const two = (n) => String(n).padStart(2, '0');
/** Rows from..from+rows: pupil n % 30, each pupil one result a minute. */
function exportOf(rows, from) {
  const lines = ['Leerling;Datum;Opdracht;Score;Maximum'];
  for (let n = from; n < from + rows; n += 1) {
    const at = new Date(START + Math.floor(n / 30) * 60_000);
    const when = `${two(at.getUTCDate())}-${two(at.getUTCMonth() + 1)}-${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
    lines.push(`${PUPILS[n % 30]};${when};REKENEN-${n % 50};${n % 11};10`);
  }
  return Buffer.from(lines.join('\r\n'));
}

const { page, close } = await openDemoBrowser(dist, PORT);
try {
  await startDemo(page, '/bronnen');
  await page.getByRole('link', { name: 'Koppeling toevoegen' }).click();
  await page.getByRole('button', { name: 'CSV-export van een leverancier' }).click();
  await page.getByLabel('Naam van de koppeling').fill('Schaal');
  await page.getByLabel('Exportbestanden').setInputFiles({ name: 'schaal-0.csv', mimeType: 'text/csv', buffer: exportOf(100, 30 * 60 * 24 * 20) });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
  await page.getByText('De koppeling Schaal is opgeslagen en het bestand is geïmporteerd.').waitFor({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Naar de bronnen' }).click();
  const card = page.getByRole('article', { name: 'Schaal' });
  const times = [];
  const cpus = [];
  for (let file = 1; file <= FILES; file += 1) {
    await card
      .getByLabel('Nieuwe export voor Schaal')
      .setInputFiles({ name: `schaal-${file}.csv`, mimeType: 'text/csv', buffer: exportOf(ROWS, (file - 1) * ROWS) });
    const button = card.getByRole('button', { name: 'Nieuw bestand importeren voor Schaal' });
    await button.waitFor();
    // When the progress line first says every row is stored: the worker's own time (the outcome may come later).
    const stored = `${new Intl.NumberFormat('nl-NL').format(ROWS)} resultaten opgeslagen`;
    const from = await page.evaluate((text) => {
      globalThis.__storedAt = null;
      const observer = new MutationObserver(() => {
        if (document.body.textContent?.includes(text)) {
          globalThis.__storedAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      return performance.now();
    }, stored);
    const cpuFrom = chromiumCpu();
    await button.click();
    await card
      .getByRole('status')
      .filter({ hasText: /^Import klaar: [\d.]+ nieuw/ })
      .waitFor({ timeout: 900_000 });
    const [end, storedAt] = await page.evaluate(() => [performance.now(), globalThis.__storedAt]);
    const ms = Math.round(end - from);
    const storedMs = storedAt === null ? null : Math.round(storedAt - from);
    const cpu = cpuSince(cpuFrom, chromiumCpu());
    // The card's stored count once the page has refreshed it (not part of the timed span).
    const started = Date.now();
    await card
      .getByRole('definition')
      .nth(3)
      .filter({ hasText: new Intl.NumberFormat('nl-NL').format(100 + file * ROWS) })
      .waitFor({ timeout: 900_000 });
    times.push(ms);
    cpus.push(cpu.browser_cpu_s === undefined ? null : cpu.browser_cpu_s + cpu.renderer_cpu_s);
    console.log(
      JSON.stringify({
        figure: 'import-scale-file',
        file,
        rows: ROWS,
        ms,
        stored_ms: storedMs,
        counts_after_ms: Date.now() - started,
        ...cpu,
        ...(await longTasksSince(page, from)),
        load: load(),
      }),
    );
  }
  console.log(
    JSON.stringify({
      figure: 'import-scale',
      files: FILES,
      rows: ROWS,
      first_ms: times[0],
      last_ms: times.at(-1),
      ratio: Number((times.at(-1) / times[0]).toFixed(2)),
      cpu_ratio: cpus[0] ? Number((cpus.at(-1) / cpus[0]).toFixed(2)) : null,
      budget: 1.2,
      load: load(),
    }),
  );
} finally {
  await close();
}
