import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { E2E_CHROMIUM_ARGS, UNSEEN_BROWSER_FEATURES } from '../../e2e/chromium-args';

/** The feature names Playwright's own --disable-features switches off, read from the installed playwright-core. */
function playwrightDisabledFeatures(): string[] {
  const bundle = readFileSync(createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle'), 'utf8');
  const list = /\bdisabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(bundle)?.[1];
  if (list === undefined) throw new Error("playwright-core's list of disabled features was not found: read chromiumSwitches.ts again");
  return [...list.matchAll(/^\s*"([\w.-]+)",?\s*$/gm)].map((match) => match[1] ?? '');
}

describe("the browser flows' Chromium flags", () => {
  // Chromium keeps only the last --disable-features: ours replaces Playwright's, so it must hold all of them.
  it('hold every feature Playwright switches off, in the one --disable-features Chromium reads', () => {
    const flags = E2E_CHROMIUM_ARGS.filter((flag) => flag.startsWith('--disable-features='));
    expect(flags).toHaveLength(1);
    const ours = new Set(flags[0]?.slice('--disable-features='.length).split(','));
    const theirs = playwrightDisabledFeatures();
    expect(theirs.length).toBeGreaterThan(5);
    expect(theirs.filter((name) => !ours.has(name))).toEqual([]);
    expect(UNSEEN_BROWSER_FEATURES.filter((name) => !ours.has(name))).toEqual([]);
  });
});
