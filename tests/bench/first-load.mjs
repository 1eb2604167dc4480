#!/usr/bin/env node
/**
 * What the first page of a production build loads (issue 12, item 6): the entry script of
 * dist/index.html, every file it modulepreloads and its stylesheets, plus the chunks those import
 * statically (read from Vite's manifest, dist/.vite/manifest.json), each with its gzip size.
 * Nothing else is awaited before the first render (main.tsx; in demo mode the mock worker starts
 * beside the first page, decision 035), so these are what the first paint waits for. The chunks the
 * entry starts by dynamic import (the sync hub, the supplier registry, in demo mode the mock worker
 * and the demo's first start) are listed apart with their totals, as `first-load-beside-chunk`: in
 * the demo they load once the first page is drawn, in production with the first view that syncs or
 * edits a connector (decision 040); other pages' chunks are only counted. Prints one JSON line per chunk and
 * a summary line with the budget (180 KB gzipped initial JavaScript); exits 1 over budget with --check.
 *
 *   node tests/bench/first-load.mjs [distDir] [--check]
 *   npm run bench:first-load      (the production build, then the demo build)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
const BUDGET_KB = 180;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, { key, ...chunk }]));

const referenced = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
const initial = new Set();
const dynamic = new Set();
const visit = (file) => {
  if (initial.has(file)) return;
  initial.add(file);
  const chunk = byFile.get(file);
  for (const css of chunk?.css ?? []) initial.add(css);
  for (const key of chunk?.imports ?? []) visit(manifest[key].file);
  for (const key of chunk?.dynamicImports ?? []) dynamic.add(manifest[key].file);
};
referenced.forEach(visit);

const kb = (bytes) => Number((bytes / 1024).toFixed(2));
const sizeOf = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw_kb: kb(bytes.length), gzip_kb: kb(gzipSync(bytes).length) };
};
const rows = [...initial].map(sizeOf).sort((a, b) => b.gzip_kb - a.gzip_kb);
for (const row of rows) console.log(JSON.stringify({ figure: 'first-load-chunk', ...row }));
const js = rows.filter((row) => row.file.endsWith('.js')).reduce((sum, row) => sum + row.gzip_kb, 0);
const css = rows.filter((row) => row.file.endsWith('.css')).reduce((sum, row) => sum + row.gzip_kb, 0);
const later = [...dynamic].filter((file) => !initial.has(file));
// What main.tsx starts beside the first page (its own `import()`s: the sync hub, the registry, the
// English messages, in demo mode the mock worker and the demo's first start) and what those load.
const mainSource = readFileSync(new URL('../../src/main.tsx', import.meta.url), 'utf8');
const started = [...mainSource.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((match) => match[1].replace(/^@\//, 'src/').replace(/^\.\.\//, ''));
const beside = new Set();
const besideOf = (key) => {
  const file = manifest[key]?.file;
  if (!file || initial.has(file) || beside.has(file)) return;
  beside.add(file);
  for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) besideOf(next);
};
for (const path of started) for (const key of Object.keys(manifest).filter((candidate) => candidate.replace(/\.tsx?$/, '') === path)) besideOf(key);
const besideRows = [...beside]
  .filter((file) => file.endsWith('.js'))
  .map(sizeOf)
  .sort((a, b) => b.gzip_kb - a.gzip_kb);
for (const row of besideRows) console.log(JSON.stringify({ figure: 'first-load-beside-chunk', ...row }));
console.log(
  JSON.stringify({
    figure: 'first-load-initial-js',
    dist,
    files: rows.length,
    js_gzip_kb: Number(js.toFixed(1)),
    css_gzip_kb: Number(css.toFixed(1)),
    budget_js_gzip_kb: BUDGET_KB,
    within_budget: js <= BUDGET_KB,
    beside_first_page_js_gzip_kb: Number(besideRows.reduce((sum, row) => sum + row.gzip_kb, 0).toFixed(1)),
    beside_files: besideRows.length,
    loaded_later_by_dynamic_import: later.length,
  }),
);
if (args.includes('--check') && js > BUDGET_KB) process.exit(1);
