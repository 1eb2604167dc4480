#!/usr/bin/env node
/**
 * Peak memory per MB of input (issue 13 item 12, aim <= 20x; decision 023): a supplier CSV of
 * 800,000 rows (about 50 MB) read by the path the file worker runs (`readBatches`, streamed from
 * the File in pieces, batches dropped as a store would take them) and by the whole-file reader the
 * main thread ran before (`csvColumnsReader.read` over the bytes in memory). Each runs in a fresh
 * Node process (the code bundled with Vite's rolldown, `@` -> src), so its peak resident memory
 * (maxRSS) growth is its own. Prints one JSON line per path:
 * {"figure","input_mb","peak_rss_growth_mb","per_mb_of_input","load"}.
 * The same for a UWLR leerresultaten export of 34,000 toetsafnames x 10 resultaten (about 49 MB,
 * tests/support/uwlr-export.ts; decision 027): streamed by readBatches (two saxes passes) against
 * a plain @xmldom/xmldom DOMParser parse of the whole text (what the reader ran before, no mapping).
 * And for an OSO dossier of about 50 MB (tests/support/oso-dossier.ts: 2,000 toetsen and 80
 * attached documents of 600 kB, as attachments make real dossiers large; decision 029): the check
 * the file worker runs before an import (dossier-check.api.ts, streamed), the import's read
 * (readBatches), and the check as the main thread ran it before (the reader over the whole text).
 *
 *   node tests/bench/file-memory.mjs [rows] [toetsafnames] [csv|xml|dossier]
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

let rows = Number(process.argv[2] ?? 800_000);
const afnames = Number(process.argv[3] ?? 34_000);
const only = process.argv[4];
const src = fileURLToPath(new URL('../../src', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'leerzicht-memory-'));
const csv = join(dir, 'export.csv');
const xml = join(dir, 'lvs.xml');
const dossier = join(dir, 'dossier.xml');
const DOSSIER = { toetsen: 2_000, documents: 80, documentBytes: 600_000 };

// The same rows as tests/bench/file-import.bench.ts: Dutch dates, decimal commas, CRLF.
const out = openSync(csv, 'w');
if (only === 'dossier') rows = 0;
writeSync(out, 'Leerling;Datum;Opdracht;Behaalde punten;Maximum;Werkvorm\r\n');
let chunk = [];
for (let n = 0; n < rows; n += 1) {
  const pupil = `https://ketenid.nl/201703/${(0x3f9a2c71 + (n % 35)).toString(16).repeat(16)}`;
  const day = String(1 + (n % 28)).padStart(2, '0');
  chunk.push(
    `${pupil};${day}-02-2026 ${String(8 + (n % 8)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')};REKENEN-${n % 80};${n % 10},5;10;toets\r\n`,
  );
  if (chunk.length === 10_000) {
    writeSync(out, chunk.join(''));
    chunk = [];
  }
}
writeSync(out, chunk.join(''));
closeSync(out);

const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `import { openAsBlob } from 'node:fs';
import { csvColumnsReader } from '@/adapters/csv/csv.reader';
import { readBatches } from '@/adapters/files/file-batches';
import { osoDossierReader, uwlrLeerresultatenReader } from '@/adapters/uwlr/uwlr.reader';
import { createDossierCheckApi } from '@/ingest/dossier-check.api';
import { sourceId } from '@/domain/ids';
import { DOMParser } from '${createRequire(import.meta.url).resolve('@xmldom/xmldom')}';
import { writeFileSync } from 'node:fs';
import { uwlrExport } from '${fileURLToPath(new URL('../support/uwlr-export.ts', import.meta.url))}';
import { osoDossierParts } from '${fileURLToPath(new URL('../support/oso-dossier.ts', import.meta.url))}';
const columns = { pupil: 'Leerling', time: 'Datum', code: 'Opdracht', score: 'Behaalde punten', max: 'Maximum', workForm: 'Werkvorm' };
const ctx = { source: sourceId('x'), mapping: {}, now: '2026-03-05T12:00:00.000Z', resolveSloIds: () => [], options: { columns } };
const mode = process.argv[2];
if (mode === 'xml-write') {
  writeFileSync(${JSON.stringify(xml)}, uwlrExport(Number(process.argv[3]), 10));
  process.exit(0);
}
if (mode === 'dossier-write') {
  writeFileSync(${JSON.stringify(dossier)}, osoDossierParts(${JSON.stringify(DOSSIER)}).join('\\n'));
  process.exit(0);
}
const base = process.resourceUsage().maxRSS;
const blob = await openAsBlob(mode.startsWith('xml') ? ${JSON.stringify(xml)} : mode.startsWith('dossier') ? ${JSON.stringify(dossier)} : ${JSON.stringify(csv)});
const pupil = { options: { pupil: 'https://ketenid.nl/201703/' + 'ab'.repeat(64) } };
let results = 0;
if (mode === 'dossier-check') {
  const head = new Uint8Array(await blob.slice(0, 65536).arrayBuffer());
  const checked = await createDossierCheckApi().checkDossier({ kind: 'uwlr', files: [{ name: 'dossier.xml', bytes: head, blob }], now: ctx.now });
  results = checked.ok && checked.needsPupil ? ${DOSSIER.toetsen} : -1;
} else if (mode === 'dossier-stream') {
  const head = new Uint8Array(await blob.slice(0, 65536).arrayBuffer());
  for await (const batch of readBatches(osoDossierReader, [{ name: 'dossier.xml', bytes: head, blob }], { ...ctx, ...pupil })) results += batch.results.length;
} else if (mode === 'dossier-whole') {
  const read = osoDossierReader.read({ name: 'dossier.xml', bytes: new Uint8Array(await blob.arrayBuffer()) }, [], { ...ctx, options: {} });
  results = read.ok && read.results.length === 0 && read.rejections.some((r) => r.code === 'missing-pupil' || r.code === 'not-a-pseudonym') ? ${DOSSIER.toetsen} : -1;
} else if (mode === 'xml-stream') {
  const head = new Uint8Array(await blob.slice(0, 65536).arrayBuffer());
  for await (const batch of readBatches(uwlrLeerresultatenReader, [{ name: 'lvs.xml', bytes: head, blob }], ctx)) results += batch.results.length;
} else if (mode === 'xml-dom') {
  const document = new DOMParser().parseFromString(new TextDecoder().decode(await blob.arrayBuffer()), 'application/xml');
  results = document.getElementsByTagNameNS('*', 'resultaat').length;
} else if (mode === 'stream') {
  const head = new Uint8Array(await blob.slice(0, 65536).arrayBuffer());
  for await (const batch of readBatches(csvColumnsReader, [{ name: 'export.csv', bytes: head, blob }], ctx)) results += batch.results.length;
} else {
  const read = csvColumnsReader.read({ name: 'export.csv', bytes: new Uint8Array(await blob.arrayBuffer()) }, [], ctx);
  results = read.ok ? read.results.length : -1;
}
console.log(JSON.stringify({ results, size: blob.size, growth: (process.resourceUsage().maxRSS - base) * 1024 }));
`,
);
const bundle = join(dir, 'measure.mjs');
await build({ input: entry, platform: 'node', resolve: { alias: { '@': src } }, output: { file: bundle, format: 'esm' }, logLevel: 'silent' });

if (only === undefined || only === 'xml') spawnSync(process.execPath, [bundle, 'xml-write', String(afnames)], { stdio: 'inherit' });
if (only === undefined || only === 'dossier') spawnSync(process.execPath, [bundle, 'dossier-write'], { stdio: 'inherit' });
const count = (mode) => (mode.startsWith('xml') ? afnames * 10 : mode.startsWith('dossier') ? DOSSIER.toetsen : rows);
const formOf = (mode) => (mode.startsWith('xml') ? 'xml' : mode.startsWith('dossier') ? 'dossier' : 'csv');
for (const [mode, figure] of [
  ['stream', 'CSV peak memory, streamed as the file worker reads it (readBatches)'],
  ['whole', 'CSV peak memory, whole-file reader as the main thread ran it before (csvColumnsReader.read)'],
  ['xml-stream', 'UWLR XML peak memory, streamed as the file worker reads it (readBatches)'],
  ['xml-dom', 'UWLR XML peak memory, a plain xmldom DOMParser parse of the whole text (what the reader ran before, no mapping)'],
  ['dossier-check', 'OSO dossier peak memory, checked as the file worker checks it (dossier-check.api.ts, streamed)'],
  ['dossier-stream', 'OSO dossier peak memory, read for its import as the file worker reads it (readBatches)'],
  ['dossier-whole', 'OSO dossier peak memory, checked as the main thread did before (osoDossierReader.read over the whole text)'],
].filter(([mode]) => only === undefined || formOf(mode) === only)) {
  const run = spawnSync(process.execPath, [bundle, mode], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${mode}: ${run.stderr}`);
  const { results, size, growth } = JSON.parse(run.stdout.trim().split('\n').at(-1));
  if (results !== count(mode)) throw new Error(`${mode}: read ${results} results, not ${count(mode)}`);
  console.log(
    JSON.stringify({
      figure: `${figure} (${{ xml: `${count(mode).toLocaleString('en')} resultaten`, dossier: `${count(mode).toLocaleString('en')} toetsen`, csv: `${rows.toLocaleString('en')} rows` }[formOf(mode)]})`,
      input_mb: Number((size / 1e6).toFixed(1)),
      peak_rss_growth_mb: Math.round(growth / 1e6),
      per_mb_of_input: Number((growth / size).toFixed(1)),
      load: loadavg().map((value) => Number(value.toFixed(2))),
    }),
  );
}
rmSync(dir, { recursive: true, force: true });
