// Issue 15's "right on a phone": at 360 px the header and the navigation
// take at most 120 px, the switcher shows the plan's name, the page's link
// is scrolled into the navigation, and the calendar's views fit the screen.
import { test, expect } from '@playwright/test';
import { goTo, startFromExample } from './helpers.js';

test.use({ viewport: { width: 360, height: 740 } });

const NAME = 'Example: Hearth & Crumb Bakery';

/** The link's box within the navigation's visible box, in px outside it (0: inside). */
async function outside(page, name) {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const link = nav.getByRole('link', { name, exact: true });
  // Both laid out first: a box read mid-render is null.
  await expect(link).toBeVisible();
  const [n, l] = [await nav.boundingBox(), await link.boundingBox()];
  return Math.max(0, n.x - l.x, l.x + l.width - (n.x + n.width));
}

test('the header and navigation take at most 120 px, and the switcher shows the plan', async ({ page }) => {
  await startFromExample(page);
  const header = await page.getByRole('banner').boundingBox();
  const nav = await page.getByRole('navigation', { name: 'Sections' }).boundingBox();
  expect(nav.y + nav.height).toBeLessThanOrEqual(120);
  // The example's overview opens at its top, though the welcome page was
  // scrolled to reach its button.
  expect(header.y).toBe(0);

  const switcher = page.getByLabel('Switch plan');
  await expect(switcher).toBeVisible();
  await expect(switcher.locator('option:checked')).toHaveText(NAME);
  // Wide enough to read the name's first words.
  expect((await switcher.boundingBox()).width).toBeGreaterThanOrEqual(150);
  // Undo and redo by their arrows, named in full.
  await expect(page.getByRole('button', { name: /^Undo: / })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Redo: / })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeAttached();
});

test('the page’s link is scrolled into the navigation, after a click and on a fresh load', async ({ page }) => {
  await startFromExample(page);
  expect(await outside(page, 'Overview')).toBe(0);
  await goTo(page, 'Measure');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measure');
  await expect.poll(() => outside(page, 'Measure')).toBe(0);
  await page.goto('/#/plans');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => outside(page, 'Plans')).toBe(0);
  // The page itself did not scroll sideways.
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});

test('the calendar’s list and week fit the screen: nothing wider than 360 px', async ({ page }) => {
  await startFromExample(page);
  for (const view of ['list', 'week', 'month']) {
    await page.goto(`/#/calendar?view=${view}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendar');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(360);
  }
  // The list's entries each read as when, what, and status with owner.
  await page.goto('/#/calendar?view=list');
  const first = page.getByRole('row').nth(1);
  await expect(first).toContainText('Thu 3 Dec');
  await expect(page.getByText('Choose every entry on this page')).toBeVisible();
});

test('the week’s cadence table is titled whole above its box, and only the box scrolls', async ({ page }) => {
  await startFromExample(page);
  await page.goto('/#/calendar?view=week');
  const table = page.getByRole('table', { name: "This week against the content strategy's cadence" });
  await expect(table).toBeVisible();
  // The title reads in full on the screen, not cut by the table's box.
  const title = page.getByText("This week against the content strategy's cadence", { exact: true });
  const box = await title.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // The table's box is a region the keyboard can reach, and it, not the
  // page, holds whatever is wider than the screen.
  const region = page.getByRole('region', { name: "This week against the content strategy's cadence" });
  await region.focus();
  await expect(region).toBeFocused();
  await expect(table.getByRole('columnheader', { name: 'Difference' })).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the names of campaigns and plans read whole on a phone, over two lines', async ({ page }) => {
  await startFromExample(page);
  /** Whether the element's text is drawn in full: nothing cut or hidden. */
  const whole = (locator) => locator.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1);
  await goTo(page, 'Campaigns');
  for (const name of ['Café tasting month', 'Winter bread classes', 'Bake with us: two bakers for the new shop']) {
    const link = page.getByRole('main').getByRole('link', { name, exact: true });
    await expect(link).toBeVisible();
    expect(await whole(link), name).toBe(true);
  }
  await goTo(page, 'Plans');
  const card = page.getByRole('heading', { level: 3, name: NAME });
  await expect(card).toBeVisible();
  expect(await whole(card)).toBe(true);
});
