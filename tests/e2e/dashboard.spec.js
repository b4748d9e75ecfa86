// The overview as a dashboard: the week's work per owner, the campaigns
// running and next, the results behind their line and the review due, each a
// link to where the work is; and the calendar's output charted on Measure.
import { test, expect } from '@playwright/test';
import { expectSaved, goTo, newCampaign, openExampleInMay } from './helpers.js';

const panel = (page) => page.getByRole('dialog', { name: /^(Post|Task) on/ });

/** Adds a post on a day of May 2027 from the keyboard, with its copy. */
async function addPost(page, n, copy) {
  await page.getByRole('gridcell', { name: new RegExp(`^\\w+day ${n} May[ ,]`) }).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Copy')).toBeFocused();
  await page.keyboard.type(copy);
}

test('the overview shows the week per owner, campaigns now and next, results off track, and links to each', async ({ page }) => {
  await openExampleInMay(page);

  // A result behind its line: 5 tastings by 1 April, when the line expects 9.9.
  const tastings = page.getByRole('region', { name: 'Wholesale tastings booked from social' });
  await tastings.getByLabel('Day').fill('2027-04-01');
  await tastings.getByLabel('Value reached').fill('5');
  await tastings.getByRole('button', { name: 'Record the value' }).click();
  await expect(tastings.getByText('Off track', { exact: true })).toBeVisible();

  // A campaign running now, and one coming next.
  for (const [name, starts, ends] of [['Spring tastings', '2027-04-01', '2027-05-31'], ['Summer classes', '2027-06-01', '2027-07-31']]) {
    await newCampaign(page, name, starts, ends);
  }

  // This week's work: a post Maya owns, published, and one nobody owns yet.
  await page.goto('/#/calendar?date=2027-05-01');
  await addPost(page, 1, 'Saturday loaves, fresh at eight');
  await panel(page).getByLabel('Owner').selectOption({ label: 'Maya' });
  await panel(page).getByLabel('Profile').selectOption({ label: 'Instagram @hearthandcrumb' });
  await panel(page).getByLabel('Pillar').selectOption({ label: 'From our ovens' });
  await panel(page).getByLabel('Status').selectOption({ label: 'Published' });
  await page.keyboard.press('Escape');
  await addPost(page, 1, 'Class sign-ups open');
  await panel(page).getByLabel('Owner').selectOption({ label: 'No one yet' });
  await panel(page).getByLabel('Status').selectOption({ label: 'Idea' });
  await page.keyboard.press('Escape');
  await expectSaved(page);

  await goTo(page, 'Overview');
  const week = page.getByRole('region', { name: 'This week' });
  await expect(week.getByRole('heading', { name: 'Maya' })).toBeVisible();
  await expect(week.getByText('1 post · all done')).toBeVisible();
  await expect(week.getByRole('heading', { name: 'No one yet' })).toBeVisible();
  await expect(week.getByText('1 post · 1 still to do')).toBeVisible();

  const campaigns = page.getByRole('region', { name: 'Campaigns now and next' });
  await expect(campaigns.getByRole('heading', { name: 'Running now' })).toBeVisible();
  await expect(campaigns.getByText('1 Apr – 31 May 2027 · ends in 30 days')).toBeVisible();
  await expect(campaigns.getByText('1 Jun – 31 Jul 2027 · starts in 31 days')).toBeVisible();

  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByText(/^A review of the strategy is due/)).toBeVisible();
  await expect(results.getByText('Reached 5 on 1 Apr; the line expected 9.9 by then.')).toBeVisible();

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/dashboard-${width}.png`, fullPage: true });
  }
  await week.screenshot({ path: 'test-results/dashboard-week-360.png' });
  await page.getByRole('region', { name: 'The workflow' }).screenshot({ path: 'test-results/dashboard-workflow-360.png' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Each item opens where its work is.
  await week.getByRole('link', { name: /Class sign-ups open/ }).click();
  await expect(page).toHaveURL(/#\/calendar\?view=week&date=\d{4}-\d\d-\d\d&item=p\./);
  await expect(panel(page).getByLabel('Copy')).toHaveValue('Class sign-ups open');
  await page.keyboard.press('Escape');

  // The calendar's checks on the week open the week they concern.
  await goTo(page, 'Overview');
  await week.getByRole('link', { name: /^\d+ checks? on the calendar this week$/ }).click();
  await expect(page).toHaveURL(/#\/calendar\?view=week&date=\d{4}-\d\d-\d\d$/);
  await expect(page.getByRole('heading', { name: /^Checks on the days shown: [1-9]/ })).toBeVisible();

  await goTo(page, 'Overview');
  await campaigns.getByRole('link', { name: 'Spring tastings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring tastings');

  await goTo(page, 'Overview');
  await results.getByRole('link', { name: 'Wholesale tastings booked from social' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measure');
  await expect(page.getByRole('heading', { level: 3, name: 'Wholesale tastings booked from social' })).toBeFocused();

  await goTo(page, 'Overview');
  await results.getByRole('link', { name: 'Record the review' }).click();
  await expect(page.getByLabel('Day of the review')).toBeFocused();

  // Back on track: the overview no longer lists it.
  const again = page.getByRole('region', { name: 'Wholesale tastings booked from social' });
  await again.getByLabel('Day').fill('2027-04-20');
  await again.getByLabel('Value reached').fill('14');
  await again.getByRole('button', { name: 'Record the value' }).click();
  await goTo(page, 'Overview');
  await expect(results.getByRole('link', { name: 'Wholesale tastings booked from social' })).toHaveCount(0);
});

test('the Measure page charts posts planned against published per week and profile, and the pillar mix', async ({ page }) => {
  await openExampleInMay(page, 'Calendar');
  await page.goto('/#/calendar?date=2027-04-01');
  const april = (n) => page.getByRole('gridcell', { name: new RegExp(`^\\w+day ${n} April,`) });
  for (const [n, copy, pillar, status] of [
    [20, 'Rye week', 'From our ovens', 'Published'],
    [21, 'Knead along', 'Bake with us', 'Published'],
    [22, 'Meet the team', 'Behind the counter', 'Draft'],
  ]) {
    await april(n).focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByLabel('Copy')).toBeFocused();
    await page.keyboard.type(copy);
    await panel(page).getByLabel('Profile').selectOption({ label: 'Instagram @hearthandcrumb' });
    await panel(page).getByLabel('Pillar').selectOption({ label: pillar });
    await panel(page).getByLabel('Status').selectOption({ label: status });
    await page.keyboard.press('Escape');
  }
  await expectSaved(page);
  await goTo(page, 'Measure');

  const output = page.getByRole('region', { name: "The calendar's output" });
  await expect(output.getByRole('heading', { name: 'Instagram @hearthandcrumb' })).toBeVisible();
  const weekly = output.getByRole('group', { name: 'Posts planned and published each week on Instagram @hearthandcrumb' });
  await expect(weekly).toBeVisible();
  // Each week is read from the keyboard.
  const busy = weekly.getByRole('img', { name: /^Week of 1[89] Apr: 3 planned, 2 published$/ });
  await busy.focus();
  await expect(busy).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Week of 2[56] Apr: 0 planned, 0 published$/);

  const mix = output.getByRole('group', { name: "Each pillar's share of the posts planned and of those published" });
  await expect(mix.getByRole('img', { name: 'From our ovens: 33% of the posts planned, 50% of those published; the strategy intends 40%' })).toBeAttached();
  // The numbers, as a table.
  await output.getByText('The numbers').last().click();
  const table = output.getByRole('table', { name: "Each pillar's share of the posts planned and of those published" });
  await expect(table.getByRole('row', { name: /Behind the counter 33% 0% 25%/ })).toBeVisible();

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await output.screenshot({ path: `test-results/output-${width}.png` });
    // Nothing is wider than the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});
