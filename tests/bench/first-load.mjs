#!/usr/bin/env node
/**
 * What the first page of a production build loads (issue 12, item 6): the entry script of
 * dist/index.html, every file it modulepreloads and its stylesheets, plus the chunks those import
 * statically (read from Vite's manifest, dist/.vite/manifest.json), each with its gzip size.
 * Chunks loaded by dynamic import (other pages, the sync hub, in demo mode the mock worker) are
 * listed apart. Prints one JSON line per chunk and a summary line with the budget (180 KB gzipped
 * initial JavaScript); exits 1 over budget with --check.
 *
 *   node tests/bench/first-load.mjs [distDir] [--check]
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
console.log(
  JSON.stringify({
    figure: 'first-load-initial-js',
    dist,
    files: rows.length,
    js_gzip_kb: Number(js.toFixed(1)),
    css_gzip_kb: Number(css.toFixed(1)),
    budget_js_gzip_kb: BUDGET_KB,
    within_budget: js <= BUDGET_KB,
    loaded_later_by_dynamic_import: later.length,
  }),
);
if (args.includes('--check') && js > BUDGET_KB) process.exit(1);
