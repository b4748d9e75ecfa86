// "Start from an example": a whole plan, made around the day it is loaded,
// that shows every step of the workflow: the strategy, campaigns finished,
// running and next, weeks of posts and tasks with a series, results and what
// was learned. It is made by the module loaded on demand.
import { test, expect } from '@playwright/test';
import { expectSaved, goTo, saveStatus, storedPlans } from './helpers.js';

const EXAMPLE = 'Example: Hearth & Crumb Bakery';
const region = (page, name) => page.getByRole('region', { name });

for (const [width, height] of [[1280, 800], [360, 740]]) {
  test(`the example shows every step of the workflow around the day it is made, at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    // A Wednesday in June 2027: the example's dates follow the day.
    await page.clock.install({ time: new Date('2027-06-16T10:00:00') });
    await page.goto('/');
    await page.getByRole('button', { name: 'Start from an example' }).click();
    await expectSaved(page);
    // It opens on the overview, which shows the whole plan at a glance.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE);
    const week = region(page, 'This week');
    await expect(week).toContainText('13 Jun – 19 Jun 2027');
    await expect(week.getByText('Published').first()).toBeVisible();
    await expect(week.getByText('Scheduled').first()).toBeVisible();
    const now = region(page, 'Campaigns now and next');
    await expect(now.getByRole('link', { name: 'Winter bread classes' })).toBeVisible();
    await expect(now.getByRole('link', { name: 'Bake with us: two bakers for the new shop' })).toBeVisible();
    await expect(region(page, 'Results')).toBeVisible();
    await expect(region(page, 'The workflow')).toContainText('1 running · 1 planned · 1 finished');
    await page.screenshot({ path: testInfo.outputPath(`example-overview-${width}.png`), fullPage: true });

    // The strategy: complete but for its deliberate vanity objective.
    await goTo(page, 'Strategy');
    await expect(region(page, 'Readiness')).toContainText('7 of 8 parts complete');

    // The campaigns: one finished with its results, one running, one next.
    await goTo(page, 'Campaigns');
    const list = page.getByRole('list', { name: 'Campaigns' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(list.getByRole('listitem').filter({ hasText: 'Café tasting month' })).toContainText('Finished');
    await expect(list.getByRole('listitem').filter({ hasText: 'Café tasting month' })).toContainText('+1,192%');
    await expect(list.getByRole('listitem').filter({ hasText: 'Winter bread classes' })).toContainText('Running');
    await expect(list.getByRole('listitem').filter({ hasText: 'Bake with us' })).toContainText('Planned');
    const timeline = region(page, 'Timeline');
    await expect(timeline.getByRole('link', { name: /^Winter bread classes, 7 Jun – 11 Jul 2027, running$/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`example-campaigns-${width}.png`), fullPage: true });

    // The calendar: this month full, at the strategy's cadence, nothing to
    // raise; a weekly series among the posts; tasks done only behind today.
    await goTo(page, 'Calendar');
    await expect(page.getByText('No checks to raise on the days shown.')).toBeVisible();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List', exact: true }).click();
    // The list: the Facebook series among the posts, and the week's tasks.
    await expect(page.getByRole('row', { name: /Facebook Hearth & Crumb Bakery: This weekend: open Saturday/ }).first()).toBeVisible();
    await expect(page.getByRole('row', { name: /Film: A Saturday class, for next week's reel/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`example-calendar-${width}.png`), fullPage: true });

    // Measure: the strategy's results so far, the campaigns', what was
    // learned, and the last review.
    await goTo(page, 'Measure');
    await expect(page.getByRole('table', { name: 'Values recorded for “Wholesale tastings booked from social”' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Values recorded for “Café tasting month”' })).toBeVisible();
    await expect(page.getByText('Nine of the fourteen cafés that booked a tasting named a reel')).toBeVisible();
    await expect(region(page, 'Reviews of the strategy')).toContainText('Run the tasting month again next autumn');

    // Nothing reaches past the viewport.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(width);
  });
}

test.describe('with no network for the module', () => {
  test.use({ serviceWorkers: 'block' });

  test('an example that could not load says so, keeps nothing half made, and a click tries again', async ({ page }) => {
    await page.goto('/');
    await page.route(/\/writers-[0-9a-f]+/, (route) => route.abort('internetdisconnected'));
    const button = page.getByRole('button', { name: 'Start from an example' });
    await button.click();
    await expect(page.getByRole('alert')).toHaveText('The example did not load. Check the connection, then try again: it is kept for offline use once it has loaded.');
    // No plan was made, and the page did not move.
    await expect(saveStatus(page)).toHaveCount(0);
    expect(await storedPlans(page)).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');

    await page.unroute(/\/writers-[0-9a-f]+/);
    await button.click();
    await expectSaved(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const [plan] = await storedPlans(page);
    expect(plan.campaigns.length).toBe(3);
  });
});
