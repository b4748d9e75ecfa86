// Measure: each KPI's results, recorded by hand, judged against the straight
// line from its baseline at the strategy's start to its target by its
// objective's deadline, and kept with the plan.
import { test, expect } from '@playwright/test';
import { expectSaved, goTo, newCampaign, openExampleInMay } from './helpers.js';

test('a KPI’s results are recorded by hand, judged on or off track, removed, and kept', async ({ page }) => {
  await openExampleInMay(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measure');

  const tastings = page.getByRole('region', { name: 'Wholesale tastings booked from social' });
  await expect(tastings.getByText('No data', { exact: true })).toBeVisible();
  await expect(tastings.getByText('Target 30 by 1 Oct 2027, from 0')).toBeVisible();
  await expect(tastings.getByText('Tracks the objective')).toBeVisible();

  // 1 April is 90 days into 273: the line expects 9.9 by then, so 5 is behind.
  await tastings.getByLabel('Day').fill('2027-04-01');
  await tastings.getByLabel('Value reached').fill('5');
  await tastings.getByRole('button', { name: 'Record the value' }).click();
  await expect(tastings.getByText('Off track', { exact: true })).toBeVisible();
  await expect(tastings.getByText('Latest: 5 on 1 Apr 2027')).toBeVisible();

  // 14 on 20 April is ahead of the line's 12.
  await tastings.getByLabel('Day').fill('2027-04-20');
  await tastings.getByLabel('Value reached').fill('14');
  await tastings.getByLabel('Value reached').press('Enter');
  await expect(tastings.getByText('On track', { exact: true })).toBeVisible();
  await expect(tastings.getByText('+9 since the value before')).toBeVisible();
  const table = tastings.getByRole('table', { name: 'Values recorded for “Wholesale tastings booked from social”' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('20 Apr 2027');

  // A day still to come is refused, in words, and nothing is recorded.
  await tastings.getByLabel('Day').fill('2027-06-01');
  await tastings.getByLabel('Value reached').fill('40');
  await tastings.getByRole('button', { name: 'Record the value' }).click();
  await expect(tastings.getByRole('alert')).toHaveText('That day has not come yet: a result is a value already reached.');
  await expect(table.getByRole('row')).toHaveCount(3);

  // Another KPI is untouched.
  await expect(page.getByRole('region', { name: 'Class bookings from Instagram links' }).getByText('No data', { exact: true })).toBeVisible();

  await expectSaved(page);
  await page.reload();
  const again = page.getByRole('region', { name: 'Wholesale tastings booked from social' });
  await expect(again.getByText('On track', { exact: true })).toBeVisible();
  await again.getByRole('button', { name: 'Remove the value of 20 Apr 2027' }).click();
  await expect(again.getByText('Off track', { exact: true })).toBeVisible();
  await expect(again.getByRole('table').getByRole('row')).toHaveCount(2);

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/measure-${width}.png`, fullPage: true });
  }
});

test('values pasted from a spreadsheet are read, their bad rows named by line, and recorded at the user’s word', async ({ page }) => {
  await openExampleInMay(page);
  const bookings = page.getByRole('region', { name: 'Class bookings from Instagram links' });
  await bookings.getByText('Paste values from a spreadsheet or an export').click();
  const rows = bookings.getByLabel('Rows to paste');

  // Nothing there: said so, nothing recorded.
  await bookings.getByRole('button', { name: 'Read the rows' }).click();
  await expect(bookings.getByRole('alert')).toHaveText('There is nothing to read: paste rows with a date and a value.');

  // An analytics export: three columns, one bad row.
  await rows.fill('Date\tImpressions\tBookings\n2027-02-01\t900\t6\nsoon\t1000\t7\n2027-03-01\t1200\t11\n');
  await bookings.getByRole('button', { name: 'Read the rows' }).click();
  await expect(bookings.getByText('2 values read; 1 row could not be read:')).toBeVisible();
  await expect(bookings.getByText('Line 3: “soon” is not a date')).toBeVisible();
  await expect(bookings.getByRole('button', { name: 'Record 2 values' })).toBeVisible();
  await expect(bookings.getByLabel('Value column')).toHaveValue('1');
  await bookings.screenshot({ path: 'test-results/measure-paste.png' });
  await bookings.getByLabel('Value column').selectOption({ label: 'Bookings' });
  await bookings.getByRole('button', { name: 'Record 2 values' }).click();
  await expect(bookings.getByText('Recorded: 2 values added.')).toBeVisible();
  const table = bookings.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('1 Mar 2027');
  await expect(table.getByRole('row').nth(1)).toContainText('11');
  await expect(bookings.getByText('+5 since the value before')).toBeVisible();

  // The same rows again, one changed: replaced, not doubled.
  await rows.fill('2027-03-01,12');
  await bookings.getByRole('button', { name: 'Read the rows' }).click();
  await bookings.getByRole('button', { name: 'Record 1 value' }).click();
  await expect(bookings.getByText('Recorded: 1 value replaced.')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Class bookings from Instagram links' }).getByRole('table').getByRole('row')).toHaveCount(3);
});

test('before any objective, the Measure page says what comes first', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Plan name').fill('Blank');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await goTo(page, 'Measure');
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing to measure yet' })).toBeVisible();
  await expect(page.getByText('Set the objectives first')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the strategy' })).toBeVisible();
});

test('a campaign’s response is judged over its own dates, and a chart is read point by point from the keyboard', async ({ page }) => {
  await openExampleInMay(page);

  // A KPI's chart: the arrow keys step through the values recorded.
  const tastings = page.getByRole('region', { name: 'Wholesale tastings booked from social' });
  for (const [day, value] of [['2027-04-01', '5'], ['2027-04-20', '14']]) {
    await tastings.getByLabel('Day').fill(day);
    await tastings.getByLabel('Value reached').fill(value);
    await tastings.getByRole('button', { name: 'Record the value' }).click();
  }
  const chart = tastings.getByRole('group', { name: 'Chart of “Wholesale tastings booked from social” over time' });
  await expect(chart).toBeVisible();
  await expect(tastings.getByText('Values reached', { exact: true })).toBeVisible();
  await expect(tastings.getByText('The line to the target', { exact: true })).toBeVisible();
  await chart.focus();
  await expect(chart).toHaveAccessibleDescription('Focus the chart and use the arrow keys to read each value.');
  await page.keyboard.press('ArrowRight');
  await expect(chart).toHaveAccessibleDescription('20 Apr 2027: 14, on track (expected 12)');
  await page.keyboard.press('ArrowLeft');
  await expect(chart).toHaveAccessibleDescription('1 Apr 2027: 5, behind (expected 9.9)');
  await page.keyboard.press('End');
  await expect(chart).toHaveAccessibleDescription(/^20 Apr 2027/);
  // Its table says the same, with what the line expected.
  const row = tastings.getByRole('table').getByRole('row').nth(2);
  await expect(row).toContainText('1 Apr 2027');
  await expect(row).toContainText('9.9');

  // A campaign with a targeted response, planned in April and May.
  await newCampaign(page, 'Spring tastings', '2027-04-01', '2027-05-31');
  const response = page.getByRole('region', { name: 'Targeted response' });
  await response.getByLabel('Response', { exact: true }).selectOption({ label: 'Sign-ups' });
  await response.getByLabel('Target number').fill('40');
  await expectSaved(page);

  await goTo(page, 'Measure');
  await expect(page.getByRole('heading', { name: 'Campaigns’ responses'.replace('’', "'") })).toBeVisible();
  const spring = page.getByRole('region', { name: 'Spring tastings' });
  await expect(spring.getByText('Sign-ups, aimed at 40 over 1 Apr – 31 May 2027.')).toBeVisible();
  await expect(spring.getByText('No data', { exact: true })).toBeVisible();
  await expect(spring.getByText('Target 40 by 31 May 2027, from 0')).toBeVisible();
  // 29 days into 60 the line expects 19.3: 25 is ahead.
  await spring.getByLabel('Day').fill('2027-04-30');
  await spring.getByLabel('Value reached').fill('25');
  await spring.getByRole('button', { name: 'Record the value' }).click();
  await expect(spring.getByText('On track', { exact: true })).toBeVisible();
  await expect(spring.getByText('The line to the target expected 19.3 by then')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Spring tastings' }).getByText('Latest: 25 on 30 Apr 2027')).toBeVisible();
  // The overview's workflow counts it as running, and every result as on track.
  await goTo(page, 'Overview');
  const steps = page.getByRole('region', { name: 'The workflow' }).getByRole('listitem');
  await expect(steps.filter({ hasText: 'Campaigns' })).toContainText('1 running');
  await expect(steps.filter({ hasText: 'Measure' })).toContainText('All on track · review due');
  await goTo(page, 'Measure');

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await spring.screenshot({ path: `test-results/measure-campaign-${width}.png` });
    await tastings.screenshot({ path: `test-results/measure-chart-${width}.png` });
  }
});

test('half a year of results reads as a product: each chart, its table and the overview', async ({ page }) => {
  // The example made in December, seen on 1 June.
  await openExampleInMay(page, 'Measure', '2027-06-01T10:00:00');
  const weeks = 26;
  const day = (i) => new Date(Date.UTC(2026, 11, 7 + 7 * i)).toISOString().slice(0, 10);
  for (const [name, value] of [
    ['Wholesale tastings booked from social', (i) => Math.round(i * 0.9)],
    ['Class bookings from Instagram links', (i) => 4 + i * 2 + (i % 3)],
  ]) {
    const card = page.getByRole('region', { name });
    await card.getByText('Paste values from a spreadsheet or an export').click();
    const rows = Array.from({ length: weeks }, (_, i) => `${day(i)}\t${value(i)}`).join('\n');
    await card.getByLabel('Rows to paste').fill(rows);
    await card.getByRole('button', { name: 'Read the rows' }).click();
    await card.getByRole('button', { name: `Record ${weeks} values` }).click();
    await expect(card.getByText(`Recorded: ${weeks} values added.`)).toBeVisible();
    // The table lists the latest values, and all of them on demand.
    await expect(card.getByRole('table').getByRole('row')).toHaveCount(7);
    await expect(card.getByRole('table').getByRole('row').nth(1)).toContainText('31 May 2027');
    await card.getByRole('button', { name: `Show all ${weeks} values` }).click();
    await expect(card.getByRole('table').getByRole('row')).toHaveCount(weeks + 1);
    await expect(card.getByRole('table').getByRole('row').last()).toContainText('7 Dec 2026');
    await card.getByRole('button', { name: 'Show the latest 6 only' }).click();
    await expect(card.getByRole('table').getByRole('row')).toHaveCount(7);
    await expect(card.getByRole('group', { name: `Chart of “${name}” over time` })).toBeVisible();
  }
  await expectSaved(page);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/measure-half-year-${width}.png`, fullPage: true });
    // Nothing is wider than the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await goTo(page, 'Overview');
  await expect(page.getByRole('region', { name: 'Results' })).toBeVisible();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/overview-half-year-${width}.png`, fullPage: true });
  }
});
