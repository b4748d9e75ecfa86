// The schedulers' bulk CSVs: Hootsuite's and Buffer's layouts, one file per
// profile, and the general CSV of posts and tasks, each read back by
// papaparse (a parser that is not ours); the posts too long for their
// platform named before the download; the file writers loaded on demand,
// and a failure to load them said, then recovered from with a click.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expectSaved, startFromStrategy } from './helpers.js';

const day = (page, n) => page.getByRole('gridcell', { name: new RegExp(`^\\w+day ${n} March,`) });
const panel = (page) => page.getByRole('dialog', { name: /^(Post|Task) on/ });
const card = (page) => page.getByRole('region', { name: "Schedulers' bulk upload (.csv)" });

async function addPost(page, n, copy, time, profile) {
  await day(page, n).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Copy')).toBeFocused();
  await panel(page).getByLabel('Copy').fill(copy);
  await panel(page).getByLabel('Time').fill(time);
  await panel(page).getByLabel('Profile').selectOption({ label: profile });
  await page.keyboard.press('Escape');
}

/** Clicks the card's download button and reads every file it downloads. */
async function downloadAll(page, count) {
  const files = [];
  const seen = new Promise((resolve) => {
    const take = async (download) => {
      files.push({ name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') });
      if (files.length === count) {
        page.off('download', take);
        resolve();
      }
    };
    page.on('download', take);
  });
  await card(page).getByRole('button', { name: /^Download the CSV file/ }).click();
  await seen;
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

const parse = (text, header) => {
  const read = Papa.parse(text, { header, skipEmptyLines: true });
  expect(read.errors).toEqual([]);
  return read;
};

const LONG = 'a'.repeat(2_201);

async function planWithPosts(page) {
  await startFromStrategy(page, '/#/calendar?date=2027-03-01');
  await addPost(page, 10, '=SUM(A1) loaves, "warm",\nwith butter 🍞', '18:30', 'LinkedIn Hearth & Crumb');
  await addPost(page, 12, 'Summer hours: open at eight', '09:05', 'Instagram @hearthandcrumb');
  await addPost(page, 29, LONG, '07:00', 'Instagram @hearthandcrumb');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(card(page)).toBeVisible();
  await card(page).getByLabel('From', { exact: true }).fill('2027-03-01');
  await card(page).getByLabel('To', { exact: true }).fill('2027-03-31');
}

test('the schedulers’ CSVs are one file per profile, read back by papaparse, with the posts too long named first', async ({ page }) => {
  await planWithPosts(page);
  const layout = card(page).getByLabel('Layout');
  // A browser in American English is offered Hootsuite's month-first dates.
  await expect(layout).toHaveValue('hootsuite-month');
  await expect(card(page).getByText('3 posts for 2 profiles: 2 files, one for each profile.')).toBeVisible();

  // The post too long for Instagram, named before the download, a way to it.
  const long = card(page).getByRole('group', { name: 'Posts too long for their platform' });
  await expect(long.getByText('1 post is too long for its platform. Hootsuite will refuse it: shorten it first.')).toBeVisible();
  const link = long.getByRole('link', { name: 'Instagram @hearthandcrumb, Mon 29 Mar 07:00: 2,201 characters, 2,200 at most.' });
  await expect(link).toBeVisible();

  // Hootsuite, month first: no header; date-time, message, link.
  let files = await downloadAll(page, 2);
  expect(files.map((f) => f.name)).toEqual(['hootsuite-instagram-hearthandcrumb.csv', 'hootsuite-linkedin-hearth-crumb.csv']);
  expect(parse(files[1].text, false).data).toEqual([['03/10/2027 18:30', '\'=SUM(A1) loaves, "warm",\nwith butter 🍞', '']]);
  expect(parse(files[0].text, false).data).toEqual([
    ['03/12/2027 09:05', 'Summer hours: open at eight', ''],
    ['03/29/2027 07:00', LONG, ''],
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    "Downloaded hootsuite-instagram-hearthandcrumb.csv and hootsuite-linkedin-hearth-crumb.csv: upload each in Hootsuite's bulk scheduling.",
  );

  // Day first.
  await layout.selectOption({ label: 'Hootsuite, day first (31/12/2027 09:00)' });
  files = await downloadAll(page, 2);
  expect(parse(files[1].text, false).data[0][0]).toBe('10/03/2027 18:30');

  // Buffer: its header, its time, the pillar and campaign as tags.
  await layout.selectOption({ label: 'Buffer' });
  await expect(long.getByText('1 post is too long for its platform. Buffer will refuse it: shorten it first.')).toBeVisible();
  files = await downloadAll(page, 2);
  expect(files.map((f) => f.name)).toEqual(['buffer-instagram-hearthandcrumb.csv', 'buffer-linkedin-hearth-crumb.csv']);
  const buffer = parse(files[1].text, true);
  expect(buffer.meta.fields).toEqual(['Text', 'Image URL', 'Tags', 'Posting Time']);
  expect(buffer.data).toEqual([{ Text: '\'=SUM(A1) loaves, "warm",\nwith butter 🍞', 'Image URL': '', Tags: '', 'Posting Time': '2027-03-10 18:30' }]);

  // The general CSV: every post and task, with a header, in one file.
  await layout.selectOption({ label: 'Every post and task, for a spreadsheet' });
  await expect(card(page).getByText('3 posts and 0 tasks in one file, with a header row.')).toBeVisible();
  await expect(long).toHaveCount(0);
  files = await downloadAll(page, 1);
  expect(files[0].name).toBe('posts-and-tasks-2027-03-01-to-2027-03-31.csv');
  const all = parse(files[0].text, true);
  expect(all.meta.fields).toEqual(['Kind', 'Day', 'Time', 'Profile', 'Pillar', 'Campaign', 'Owner', 'Status', 'Text', 'Link', 'Media', 'Notes']);
  expect(all.data.map((r) => [r.Kind, r.Day, r.Time, r.Profile])).toEqual([
    ['Post', '2027-03-10', '18:30', 'LinkedIn Hearth & Crumb'],
    ['Post', '2027-03-12', '09:05', 'Instagram @hearthandcrumb'],
    ['Post', '2027-03-29', '07:00', 'Instagram @hearthandcrumb'],
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    'Downloaded posts-and-tasks-2027-03-01-to-2027-03-31.csv: open it in a spreadsheet.',
  );

  // Days with nothing in them: nothing to download.
  await card(page).getByLabel('From', { exact: true }).fill('2027-06-01');
  await card(page).getByLabel('To', { exact: true }).fill('2027-06-30');
  await expect(card(page).getByText('Nothing is planned in these days.')).toBeVisible();
  await expect(card(page).getByRole('button', { name: /^Download the CSV file/ })).toBeDisabled();
  // A first day after the last: no days, nothing to download.
  await card(page).getByLabel('From', { exact: true }).fill('2027-07-01');
  await expect(card(page).getByText('Choose the first and the last day.')).toBeVisible();
  await expect(card(page).getByRole('button', { name: /^Download the CSV file/ })).toBeDisabled();

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await card(page).getByLabel('From', { exact: true }).fill('2027-03-01');
    await card(page).getByLabel('To', { exact: true }).fill('2027-03-31');
    await layout.selectOption({ label: 'Buffer' });
    await expect(long).toBeVisible();
    await page.screenshot({ path: `test-results/bulk-csv-${width}.png`, fullPage: true });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(width);
  }

  // The way to the post too long opens it in the calendar.
  await link.click();
  await expect(page).toHaveURL(/#\/calendar\?view=week&date=2027-03-29&item=/);
  await expect(panel(page).getByLabel('Copy')).toHaveValue(LONG);
});

test.describe('without the offline worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('the file writers load only when the exports open, a failure to load them is said, and a click tries again', async ({ page }) => {
    const asked = [];
    page.on('request', (r) => {
      if (/\/writers-[0-9a-f]+/.test(r.url())) asked.push(r.url());
    });
    await startFromStrategy(page, '/#/calendar');
    await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    // Not on the first load, nor on any other page.
    expect(asked).toEqual([]);

    await page.route(/\/writers-[0-9a-f]+/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Export', exact: true }).click();
    const unavailable = 'The file writer did not load. Check the connection, then try again: it is kept for offline use once it has loaded.';
    await expect(card(page).getByText(unavailable)).toBeVisible();
    const calendar = page.getByRole('region', { name: 'Calendar file (.ics)' });
    await expect(calendar.getByText(unavailable)).toBeVisible();
    // Nothing was changed by the failure.
    await expectSaved(page);

    // Back online: a click loads them and downloads.
    await page.unroute(/\/writers-[0-9a-f]+/);
    const started = page.waitForEvent('download');
    await calendar.getByRole('button', { name: 'Download the calendar file' }).click();
    const file = await started;
    expect(file.suggestedFilename()).toBe('Example-Hearth-Crumb-Bakery-calendar.ics');
    expect(asked.some((u) => u.endsWith('.js')) && asked.some((u) => u.endsWith('.wasm'))).toBe(true);
  });
});
