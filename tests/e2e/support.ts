import axe, { type AxeResults, type RunOptions } from 'axe-core';
import { expect, type Locator, type Page } from '@playwright/test';

const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  // Violations, and what axe could not decide: it does not describe every passing node (most of
  // its time on a long table).
  resultTypes: ['violations', 'incomplete'],
};

/**
 * axe-core's rules on the whole document as it is now. axe's code goes into a document once and
 * stays there while the app moves between its pages (AxeBuilder put its 560 kB into the page twice
 * on every check: a third of each check's time). It runs in the page itself: the app has no frames.
 */
export async function runAxe(page: Page): Promise<Pick<AxeResults, 'violations' | 'incomplete'>> {
  const injected = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!injected) await page.evaluate(axe.source);
  return page.evaluate(async (options) => {
    const { violations, incomplete } = await (window as unknown as { axe: typeof axe }).axe.run(document, options);
    return { violations, incomplete };
  }, AXE_OPTIONS);
}

/** axe on the page once it has loaded: every violation is listed by rule and target so a failure says what to fix. */
export async function expectAccessible(page: Page): Promise<void> {
  // A page whose chunk is still loading shows only its loading status (no heading yet): axe checks
  // the page once it is there, not the moment in between.
  await expect(page.locator('.page-loading')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const { violations, incomplete } = await runAxe(page);
  // Text in the colour of its own background (white on white) is only "incomplete" to axe, which
  // takes it for hidden text; a person sees nothing there, so it fails here.
  const invisible = incomplete
    .filter((result) => result.id === 'color-contrast')
    .flatMap((result) => result.nodes)
    .filter((node) => node.any.some((check) => (check.data as { messageKey?: string } | null)?.messageKey === 'equalRatio'));
  const summary = [
    ...violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    ),
    ...invisible.slice(0, 3).map((node) => `color-contrast (1:1, text in its background's colour): ${node.target.join(' ')}`),
  ];
  expect(summary).toEqual([]);
}

/** The heading each page of the main menu opens with, where it is not the menu item's own name. */
const MENU_HEADINGS: Readonly<Record<string, string>> = { Oudergesprek: 'Rapport voor het oudergesprek' };

/**
 * Opens a page from the main menu and waits until that page is shown. The old page stays on screen
 * (and answers clicks) while the new one renders, so a choice made before this would land on the
 * old page and be lost: on a busy machine that is what happened.
 */
export async function openFromMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: item, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: MENU_HEADINGS[item] ?? item, exact: true })).toBeVisible();
  await expect(page.locator('.page-loading')).toHaveCount(0);
}

export const DEMO_PASSPHRASE = 'demo-vlierboom-2026';

/** Opens the demo, waits until its first sync of every source has finished, and unlocks it with the passphrase the demo shows. */
export async function openDemo(
  page: Page,
  path = '/klas',
  role: 'Leerkracht' | 'ICT-coördinator' | null = 'ICT-coördinator',
  groups: TeacherGroups = 'all',
): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A CSP violation (inline script, eval) or any other console error fails the flow; only the
  // demo reading app's deliberate 429s (Chromium logs every failed response) are expected.
  const expected = /Failed to load resource: the server responded with a status of 429/;
  page.on('console', (message) => message.type() === 'error' && !expected.test(message.text()) && errors.push(message.text()));
  await page.goto(path);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'(;|$)/);
  await expect(page.getByRole('status', { name: /demogegevens|demo data/i })).toHaveText(/klaar|ready/i, { timeout: 360_000 });
  if (role) await unlockDemo(page, role, groups);
  expect(errors).toEqual([]);
}

/** The groups a teacher ticks under "Mijn groepen" at unlock: every group, or these by name. */
export type TeacherGroups = 'all' | readonly string[];

export async function unlockDemo(page: Page, role: 'Leerkracht' | 'ICT-coördinator', groups: TeacherGroups = 'all'): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Ontgrendelen' }).click();
  const form = page.getByRole('form', { name: 'Leerzicht ontgrendelen' });
  await expect(form.getByText(`Demo: de wachtwoordzin is ${DEMO_PASSPHRASE}`)).toBeVisible();
  await form.getByLabel('Wachtwoordzin').fill(DEMO_PASSPHRASE);
  await form.getByRole('radio', { name: role }).check();
  await form.getByRole('button', { name: 'Ontgrendelen' }).click();
  if (role === 'Leerkracht') await chooseGroups(page, groups, 'Toon mijn groepen');
  await expect(page.getByText(`Ontgrendeld als ${role}`)).toBeVisible({ timeout: 20_000 });
}

/** Ticks exactly these groups in the "Mijn groepen" form and submits it. */
export async function chooseGroups(page: Page, groups: TeacherGroups, submit: string): Promise<void> {
  const picker = page.getByRole('form', { name: 'Mijn groepen' });
  await expect(picker).toBeVisible({ timeout: 20_000 });
  for (const box of await picker.getByRole('checkbox').all()) {
    const label = (await box.evaluate((input) => input.parentElement?.textContent ?? '')).trim();
    await box.setChecked(groups === 'all' || groups.includes(label));
  }
  await picker.getByRole('button', { name: submit }).click();
}

export interface ScannedList {
  /** Each item's text, in list order (aria-posinset 1..aria-setsize, every place seen once). */
  readonly items: string[];
  /** Items with a control (select, input, button) past the screen's right edge when drawn. */
  readonly pastTheEdge: number;
}

/**
 * Every item of a list that may be drawn in part (ui/virtual-list.tsx): scrolls the window through it and
 * reads each drawn item's place (aria-posinset of aria-setsize) and text. Fails when a place is never
 * drawn or the items disagree on the size: a list that drops items does not pass.
 */
export async function scanList(list: Locator): Promise<ScannedList> {
  const seen = await list.evaluate(async (ul) => {
    const texts = new Map<number, string>();
    const past = new Set<number>();
    const sizes = new Set<number>();
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const top = ul.getBoundingClientRect().top + scrollY;
    for (let y = Math.max(0, top - innerHeight / 2); ; y += innerHeight / 2) {
      scrollTo(0, y);
      await frames();
      for (const li of ul.querySelectorAll(':scope > li')) {
        const at = Number(li.getAttribute('aria-posinset'));
        sizes.add(Number(li.getAttribute('aria-setsize')));
        texts.set(at, li.textContent ?? '');
        if ([...li.querySelectorAll('select, input, button')].some((control) => control.getBoundingClientRect().right > innerWidth)) past.add(at);
      }
      if (y > ul.getBoundingClientRect().bottom + scrollY || y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    return { sizes: [...sizes], texts: [...texts.entries()].sort(([a], [b]) => a - b), pastTheEdge: past.size };
  });
  expect(seen.sizes).toHaveLength(1);
  expect(seen.texts.map(([at]) => at)).toEqual(Array.from({ length: seen.sizes[0] ?? 0 }, (_, n) => n + 1));
  return { items: seen.texts.map(([, text]) => text), pastTheEdge: seen.pastTheEdge };
}
