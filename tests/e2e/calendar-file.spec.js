// The calendar file: what goes in is chosen, the .ics downloaded is read by
// ical.js (a parser that is not ours) and gives the same events, times and
// UIDs; a second file after an edit keeps the UIDs and raises the SEQUENCE of
// the event that changed, and only that one.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expectSaved, newCampaign, startFromStrategy } from './helpers.js';

// Paris, so the file crosses the change to summer time on 28 March 2027.
test.use({ timezoneId: 'Europe/Paris' });

const day = (page, n) => page.getByRole('gridcell', { name: new RegExp(`^\\w+day ${n} March,`) });
const panel = (page) => page.getByRole('dialog', { name: /^(Post|Task) on/ });

async function addPost(page, n, copy, time, profile) {
  await day(page, n).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Copy')).toBeFocused();
  await page.keyboard.type(copy);
  await panel(page).getByLabel('Time').fill(time);
  await panel(page).getByLabel('Profile').selectOption({ label: profile });
  await page.keyboard.press('Escape');
}

/** The events of a downloaded file, as ical.js reads them. */
async function download(page) {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the calendar file' }).click();
  const file = await started;
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  for (const line of text.split('\r\n')) {
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  }
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      sequence: v.getFirstPropertyValue('sequence'),
      categories: v.getAllProperties('categories').flatMap((p) => p.getValues()),
    };
  });
  return { name: file.suggestedFilename(), events, calendar };
}

test('a calendar file holds what was chosen, read back by ical.js with its times and UIDs, and a later file updates only what changed', async ({ page }) => {
  await startFromStrategy(page);

  // A campaign for March.
  await newCampaign(page, 'Spring loaves', '2027-03-01', '2027-03-31');
  await expectSaved(page);

  // Two posts, either side of the change to summer time; the copy has the
  // characters the format escapes.
  await page.goto('/#/calendar?date=2027-03-01');
  await addPost(page, 10, 'Rye, spelt; and a loaf \\ for you', '18:30', 'LinkedIn Hearth & Crumb');
  await addPost(page, 29, 'Summer hours: open at eight', '09:00', 'Instagram @hearthandcrumb');
  await expectSaved(page);

  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page).toHaveURL(/#\/calendar\/export$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
  // The navigation says the exports are in the calendar's section.
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: /Calendar/ })).toHaveAttribute('aria-current', 'true');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  await expect(page.getByText('3 events: 1 campaign and 2 posts.')).toBeVisible();

  const first = await download(page);
  expect(first.name).toBe('Example-Hearth-Crumb-Bakery-calendar.ics');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(`Downloaded ${first.name}: import it in your calendar app.`);
  expect(first.calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
  const byStart = [...first.events].sort((a, b) => a.start.localeCompare(b.start));
  expect(byStart.map((e) => [e.summary, e.start, e.end, e.allDay])).toEqual([
    ['Spring loaves', '2027-03-01', '2027-04-01', true],
    ['LinkedIn Hearth & Crumb: Rye, spelt; and a loaf \\ for you', '2027-03-10T17:30:00Z', '2027-03-10T17:45:00Z', false],
    // Summer time: 09:00 in Paris is 07:00 UTC.
    ['Instagram @hearthandcrumb: Summer hours: open at eight', '2027-03-29T07:00:00Z', '2027-03-29T07:15:00Z', false],
  ]);
  for (const event of first.events) {
    expect(event.uid).toMatch(/^[cpt]-[^@]+@[^@]+\.social-media-planner$/);
    expect(event.sequence).toBe(0);
  }
  expect(byStart[1].description).toContain('Rye, spelt; and a loaf \\ for you');
  expect(byStart[1].categories).toContain('LinkedIn Hearth & Crumb');

  // The same file again changes nothing; an edited post changes its event.
  await page.goto('/#/calendar?date=2027-03-01');
  await day(page, 10).getByRole('button', { name: /Rye, spelt/ }).click();
  await panel(page).getByLabel('Copy').fill('Rye and spelt, all week');
  await page.keyboard.press('Escape');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByText('3 events: 1 campaign and 2 posts. 1 event changed since the last file: a calendar that imports this one updates it.')).toBeVisible();
  const second = await download(page);
  expect(second.events.map((e) => e.uid).sort()).toEqual(first.events.map((e) => e.uid).sort());
  const raised = second.events.filter((e) => e.sequence > 0);
  expect(raised.map((e) => [e.summary, e.sequence])).toEqual([['LinkedIn Hearth & Crumb: Rye and spelt, all week', 1]]);
  await expect(page.getByText('3 events: 1 campaign and 2 posts.', { exact: true })).toBeVisible();

  // One profile: its posts only, no campaign.
  const scope = page.getByLabel('What goes in');
  await scope.selectOption({ label: 'Profile: Instagram @hearthandcrumb' });
  await expect(page.getByText('1 event: 1 post.')).toBeVisible();
  const profile = await download(page);
  expect(profile.name).toBe('Example-Hearth-Crumb-Bakery-Instagram-hearthandcrumb.ics');
  expect(profile.events.map((e) => e.summary)).toEqual(['Instagram @hearthandcrumb: Summer hours: open at eight']);

  // The days chosen: the campaign running then and the post of the 29th.
  await scope.selectOption({ label: 'The days chosen' });
  await page.getByLabel('First day').fill('2027-03-25');
  await page.getByLabel('Last day').fill('2027-03-31');
  await expect(page.getByText('2 events: 1 campaign and 1 post.')).toBeVisible();
  await page.screenshot({ path: 'test-results/calendar-file-days-1280.png', fullPage: true });
  const days = await download(page);
  expect(days.events.map((e) => e.summary).sort()).toEqual(['Instagram @hearthandcrumb: Summer hours: open at eight', 'Spring loaves']);
  // A last day before the first is refused in the page, and nothing downloads.
  await page.getByLabel('Last day').fill('2027-03-20');
  await expect(page.getByText('The last day comes before the first.')).toBeVisible();

  // The campaign alone.
  await scope.selectOption({ label: 'Campaign: Spring loaves' });
  await expect(page.getByText('1 event: 1 campaign.')).toBeVisible();

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/calendar-file-${width}.png`, fullPage: true });
  }
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(360);
});
