import { expect, test } from './fixtures';
import { HOSTILE_CODES } from '../../mocks/demo-school/hostile';
import { expectAccessible, openDemo } from './support';

// The hostile strings arrive with the first sync of a fresh demo.
test.use({ demoState: 'fresh' });

test('hostile supplier strings render as inert text: no dialog, no script, the layout holds', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openDemo(page, '/bronnen?vijandige-invoer');
  const card = page.getByRole('article', { name: 'Sommenspoor' });
  const unmapped = card.getByRole('list', { name: 'Codes zonder leerdoel' });
  for (const code of HOSTILE_CODES) {
    await expect(unmapped.getByText(code, { exact: true })).toBeVisible();
  }
  // The 100,000-character value is refused by the adapter with a reason, never rendered whole.
  await expect(card.getByText(/record klopt niet met het formaat van de leverancier/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
  // Layout holds: nothing is wider than the window.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
