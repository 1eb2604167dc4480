import { expect, test, type Locator } from './fixtures';
import { DEMO_PASSPHRASE, expectAccessible, openDemo } from './support';

/**
 * The lowest contrast ratio of any text in the element, against the colour actually behind it
 * (the first ancestor with an opaque background). axe missed white text on a white card here.
 */
async function lowestContrast(region: Locator): Promise<{ ratio: number; text: string }> {
  return region.evaluate((root) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
        if (a > 0.5) return [r ?? 255, g ?? 255, b ?? 255];
      }
      return [255, 255, 255];
    };
    let lowest = { ratio: 21, text: '' };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || text === '' || element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
      const [l1, l2] = [luminance(rgb(getComputedStyle(element).color)), luminance(background(element))].sort((a, b) => b - a);
      const ratio = ((l1 ?? 1) + 0.05) / ((l2 ?? 0) + 0.05);
      if (ratio < lowest.ratio) lowest = { ratio, text };
    }
    return lowest;
  });
}

test('the unlock form and the "Mijn groepen" form are readable: every text has at least 4.5:1 contrast', async ({ page }) => {
  await openDemo(page, '/klas', null);
  await page.getByRole('banner').getByRole('button', { name: 'Ontgrendelen' }).click();
  const form = page.getByRole('form', { name: 'Leerzicht ontgrendelen' });
  await expect(form.getByText(`Demo: de wachtwoordzin is ${DEMO_PASSPHRASE}`)).toBeVisible();
  const unlock = await lowestContrast(form);
  expect(unlock.ratio, `"${unlock.text}" is hard to read`).toBeGreaterThanOrEqual(4.5);
  await expectAccessible(page);
  // The phone's tab bar is for phones: a wide screen has the menu in the header only.
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Snel naar' })).toBeHidden();

  await form.getByLabel('Wachtwoordzin').fill(DEMO_PASSPHRASE);
  await form.getByRole('radio', { name: 'Leerkracht' }).check();
  await form.getByRole('button', { name: 'Ontgrendelen' }).click();
  const picker = page.getByRole('form', { name: 'Mijn groepen' });
  await expect(picker.getByRole('checkbox')).toHaveCount(3);
  const groups = await lowestContrast(picker);
  expect(groups.ratio, `"${groups.text}" is hard to read`).toBeGreaterThanOrEqual(4.5);
  await expectAccessible(page);
});

test('a pupil is found by name from the header and opened, by keyboard only', async ({ page }) => {
  await openDemo(page, '/klas', 'Leerkracht');
  // The name of a pupil of my groups, as the class overview shows it.
  const name = (await page.getByRole('grid').getByRole('rowheader').nth(2).innerText()).trim();
  const box = page.getByRole('combobox', { name: 'Zoek een leerling in je groepen' });
  await page.keyboard.press('Tab'); // the skip link
  for (let step = 0; step < 30 && !(await box.evaluate((element) => element === document.activeElement)); step += 1) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type(name.slice(0, 4));
  const list = page.getByRole('listbox', { name: 'Gevonden leerlingen' });
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('option', { name: new RegExp(`^${name} \\(`) })).toBeVisible();
  await expectAccessible(page);
  // Down until the pupil is the active option, then Enter.
  for (let step = 0; step < 10; step += 1) {
    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    if (active && (await page.locator(`[id="${active}"]`).innerText()).startsWith(`${name} (`)) break;
  }
  await expect(list.getByRole('option', { selected: true })).toHaveText(new RegExp(`^${name} \\(`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/leerling\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(list).toBeHidden();

  // Escape closes the list; a name nobody has says so.
  await box.focus();
  await page.keyboard.type('zzzq');
  await expect(page.getByText('Geen leerling gevonden met "zzzq".')).toBeAttached();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
});
