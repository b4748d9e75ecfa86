// axe-core finds nothing on any page, panel or confirmation of the example
// plan, in the light theme and the dark, at 1280 and at 360 px: the rules of
// WCAG 2.0 to 2.2 at AA, and axe's best practices and experimental rules
// too (tests/e2e/axe.js).
// Screenshots of every page and panel are kept in the test's output, each
// checked for its layout (tests/e2e/layout.js); `SMP_DOCS=1` writes the
// README's few into docs/.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.js';
import { expectSaved, goTo } from './helpers.js';
import { layoutProblems } from './layout.js';

/** The README's images: (page, theme, width) → file in docs/. */
const DOCS = {
  'overview-light-1280': 'overview.png',
  'month-light-1280': 'calendar.png',
  'campaign-dark-1280': 'campaign-dark.png',
  'post panel-light-360': 'phone-panel.png',
};

const PAGES = [
  ['overview', '/#/'],
  ['strategy', '/#/strategy'],
  ['strategy part read', '/#/strategy?part=content'],
  ['history', '/#/strategy/history'],
  ['print', '/#/strategy/print'],
  ['campaigns', '/#/campaigns'],
  ['campaign', '/#/campaigns/m-winter-classes'],
  ['month', '/#/calendar'],
  ['week', '/#/calendar?view=week'],
  ['list', '/#/calendar?view=list'],
  ['export', '/#/calendar/export'],
  ['measure', '/#/measure'],
  ['plans', '/#/plans'],
  ['not found', '/#/no-such-page'],
];

for (const colorScheme of ['light', 'dark']) {
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    test(`axe finds nothing on any page of the example, ${colorScheme}, at ${width} px`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height });
      await page.clock.install({ time: new Date('2026-12-03T10:00:00') });
      const found = [];
      const layout = [];
      const scan = async (name) => {
        found.push(...(await axeViolations(page)).map((line) => `${name}: ${line}`));
        layout.push(...(await layoutProblems(page)).map((line) => `${name}: ${line}`));
        const shot = `${name}-${colorScheme}-${width}`;
        await page.screenshot({ path: testInfo.outputPath(`${shot}.png`), fullPage: true });
        if (process.env.SMP_DOCS && DOCS[shot]) {
          await page.screenshot({ path: new URL(`../../docs/${DOCS[shot]}`, import.meta.url).pathname });
        }
      };
      await page.goto('/');
      // Its first screen, painted before the app, then the app's.
      await scan('first screen');
      await expect(page.getByRole('button', { name: 'Start from an example' })).toBeVisible();
      await scan('welcome');
      await page.getByRole('button', { name: 'Start from an example' }).click();
      await expectSaved(page);
      for (const [name, path] of PAGES) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // The pages that lay out or load a module: until they have.
        if (name === 'print') await expect(page.getByText('Laying out the plan…')).toHaveCount(0);
        if (name === 'strategy part read') await expect(page.getByRole('button', { name: 'Edit this part' })).toBeVisible();
        if (name === 'strategy part read') await expect(page.getByText('Laying out the part…')).toHaveCount(0);
        if (name === 'export') await expect(page.getByRole('button', { name: 'Download the calendar file' })).toBeEnabled();
        await scan(name);
      }

      // The side panel of a post, and of a task.
      await page.goto('/#/calendar?date=2026-12-01');
      await page.getByRole('gridcell', { name: /^\w+day 10 December,/ }).getByRole('button', { name: /Instagram/ }).click();
      await expect(page.getByRole('dialog', { name: /^Post on/ })).toBeVisible();
      await scan('post panel');
      // The panel is modal: closed before the calendar behind it is reached.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await page.getByRole('gridcell', { name: /^\w+day 7 December,/ }).getByRole('button', { name: /Approve/ }).click();
      await expect(page.getByRole('dialog', { name: /^Task on/ })).toBeVisible();
      await scan('task panel');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      // The time-zone picker, open.
      await page.getByRole('button', { name: 'Change the time zone' }).click();
      await expect(page.getByRole('group', { name: "The plan's time zone" })).toBeVisible();
      await scan('time zone');

      // A confirmation before removing.
      await goTo(page, 'Strategy');
      const objective = page.getByRole('region', { name: 'Business objectives' }).getByRole('listitem').filter({ hasText: /^Objective 1/ });
      await objective.getByRole('button', { name: /^Remove/ }).click();
      await expect(page.getByRole('group', { name: /^Remove .*\?$/ })).toBeVisible();
      await scan('confirmation');

      expect.soft(layout).toEqual([]);
      expect(found).toEqual([]);
    });
  }
}

test('the theme follows the system, and a theme chosen is kept across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  // The page's own background, which the planner's theme sets.
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // Dark, as the system is.
  expect(await background()).toBe('rgb(14, 16, 33)');
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('system');
  await theme.selectOption({ label: 'Light' });
  expect(await background()).toBe('rgb(244, 245, 250)');
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('light');
  expect(await background()).toBe('rgb(244, 245, 250)');
  // Chosen dark on a light system, from the keyboard.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel('Theme').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await background()).toBe('rgb(14, 16, 33)');
  // Back to the system's: light again.
  await page.getByLabel('Theme').selectOption({ label: 'As the system' });
  expect(await background()).toBe('rgb(244, 245, 250)');
});
