import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe on the page as it is now: every violation is listed by rule and target so a failure says what to fix. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary).toEqual([]);
}

/** Opens the demo and waits until its first sync of every source has finished. */
export async function openDemo(page: Page, path = '/klas'): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A CSP violation (inline script, eval) or any other console error fails the flow; only the
  // demo reading app's deliberate 429s (Chromium logs every failed response) are expected.
  const expected = /Failed to load resource: the server responded with a status of 429/;
  page.on('console', (message) => message.type() === 'error' && !expected.test(message.text()) && errors.push(message.text()));
  await page.goto(path);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'(;|$)/);
  await expect(page.getByRole('status', { name: /demogegevens|demo data/i })).toHaveText(/klaar|ready/i, { timeout: 60_000 });
  expect(errors).toEqual([]);
}
