import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from '@/i18n/nl';
import { nlFirstPage } from '@/i18n/nl/first-page';

/**
 * What the first page's code is made of (issue 12 goal 6, decision 035): the modules src/main.tsx
 * reaches by static imports (`import type` and `import()` left out), read from the sources, so no
 * build is needed. `npm run bench:first-load` gives the sizes; this test fails at once when code
 * that was moved off the first page comes back onto it through a static import.
 */
const SRC = join(__dirname, '../../../src');

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(SRC, specifier.slice(2)) : specifier.startsWith('.') ? join(dirname(from), specifier) : null;
  if (base === null || specifier.endsWith('.css')) return null;
  const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => base + end).find((file) => /\.tsx?$/.test(file) && existsSync(file));
  if (!found) throw new Error(`${relative(SRC, from)}: cannot resolve ${specifier}`);
  return found;
}

function firstPage(): { readonly files: ReadonlySet<string>; readonly packages: ReadonlyMap<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier === undefined) continue;
      const target = resolve(file, specifier);
      if (target) visit(target);
      else if (!specifier.endsWith('.css') && !packages.has(specifier)) packages.set(specifier, relative(SRC, file));
    }
  };
  visit(join(SRC, 'main.tsx'));
  return { files, packages };
}

const { files, packages } = firstPage();
const names = [...files].map((file) => relative(SRC, file));

describe("the first page's code (static imports from src/main.tsx)", () => {
  it('is found: the shell, the class overview and the store', () => {
    expect(names).toEqual(expect.arrayContaining(['app/app.tsx', 'features/class-overview/class-overview-page.tsx', 'store/db.ts']));
  });

  it('loads no zod: the first page checks what it reads with plain guards', () => {
    expect([...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
  });

  it('loads no comlink: it comes with the first computation asked of the compute worker', () => {
    expect([...packages].filter(([name]) => name === 'comlink')).toEqual([]);
  });

  it.each([
    [
      'the unlock form and the group choice (drawn only after a click: every page opens locked)',
      /^features\/unlock\/(unlock-form|my-groups-control|group-picker)\.tsx$/,
    ],
    ["file reading (the store's migrations need only the list of file kinds)", /^adapters\/files\/(decode|export-file)\.ts$/],
    [
      'the rubric library and checks (they load when the rubric columns are ticked)',
      /^(curriculum\/rubrics\/|store\/rubrics\.repo|domain\/rubric-edit)/,
    ],
    ["the compute worker's computations (they run in the worker)", /^(store\/class-grid\.(api|path)|domain\/progress\/needs-help\/)/],
    [
      'the mastery methods and growth (the page names the method, estimators/names.ts; the filter bar needs only growth-date.ts)',
      /^domain\/progress\/(estimators\/(?!names\.ts$)|growth-since\.ts$)/,
    ],
    ["other pages' messages and the English ones (they load when needed)", /^i18n\/(nl\/pages|en\/)/],
    [
      'the built-in learning lines and what needs them (they load after the first paint, curriculum/built-in.load.ts)',
      /^curriculum\/(index|library-parts|levels|build-line|[a-z-]+\.line|[a-z-]+\.slo-goals|slo-level-choice|slo-import\/(slo-import\.plan|slo-resolve|imported-line))\.ts$/,
    ],
    [
      'other pages (they load on first visit)',
      /^features\/(needs-help|pupil-profile|learning-lines|rubrics\/(?!entry-drafts-context)|rubric-editor|sources|connectors|roster-privacy|stored-data|curriculum-import)\//,
    ],
  ])('leaves out %s', (_what, pattern) => {
    expect(names.filter((name) => pattern.test(name))).toEqual([]);
  });

  it("uses only messages of the first page's sections (the others load with the other pages)", () => {
    const sections = Object.keys(nl);
    const firstPageSections = new Set(Object.keys(nlFirstPage));
    const used = names
      .filter((name) => !name.startsWith('i18n/'))
      .flatMap((name) =>
        [...readFileSync(join(SRC, name), 'utf8').matchAll(/['"`]([a-zA-Z]+)\.[a-zA-Z]/g)]
          .map((match) => match[1] ?? '')
          .filter((section) => sections.includes(section) && !firstPageSections.has(section))
          .map((section) => `${name}: ${section}`),
      );
    expect(used).toEqual([]);
  });
});
