// The calendar: adding, editing, moving (mouse and keyboard), filtering, bulk
// changes, recurring series, time zones; all kept across a reload.
import { test, expect } from '@playwright/test';
import { expectSaved, openWith, startFromStrategy, storedPlans } from './helpers.js';
import { busyPlan } from '../bench/busy-plan.mjs';

const MARCH = '/#/calendar?date=2027-03-01';
const day = (page, n) => page.getByRole('gridcell', { name: new RegExp(`^\\w+day ${n} March,`) });
const panel = (page) => page.getByRole('dialog', { name: /^(Post|Task) on/ });

async function exampleCalendar(page, path = MARCH) {
  await startFromStrategy(page, path);
}

/** Adds a post from the keyboard on a day, with its copy. */
async function addPost(page, n, copy) {
  await day(page, n).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Copy')).toBeFocused();
  await page.keyboard.type(copy);
}

test('a post is added from the keyboard, edited in the side panel, and kept across a reload', async ({ page }) => {
  await exampleCalendar(page);
  await expect(page.getByRole('heading', { level: 2, name: 'March 2027' })).toBeVisible();
  await addPost(page, 10, 'Spring sourdough is back');
  await expect(page).toHaveURL(/item=p\./);
  const p = panel(page);
  await expect(p).toContainText('Post on Wednesday 10 March 2027');
  await p.getByLabel('Time').fill('18:30');
  await p.getByLabel('Profile').selectOption({ label: 'LinkedIn Hearth & Crumb' });
  await p.getByLabel('Status').selectOption({ label: 'Ready' });
  await p.getByLabel('Link').fill('javascript:alert(1)');
  await expect(p.getByRole('link', { name: 'Open the link' })).toHaveCount(0);
  await p.getByLabel('Link').fill('https://example.com/sourdough');
  await expect(p.getByRole('link', { name: 'Open the link' })).toHaveAttribute('href', 'https://example.com/sourdough');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  // The address keeps the view and drops the entry, never leaving a bare "?".
  await expect(page).toHaveURL(/#\/calendar\?date=2027-03-01$/);
  const chip = day(page, 10).getByRole('button', { name: /18:30 LinkedIn Hearth & Crumb: Spring sourdough is back \(ready\)/ });
  await expect(chip).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(panel(page).getByLabel('Copy')).toHaveValue('Spring sourdough is back');

  // An address holding only the open entry is plainly #/calendar once it closes.
  const item = new URL(page.url().replace('#/calendar', 'calendar')).searchParams.get('item');
  await page.goto(`/#/calendar?item=${item}`);
  await panel(page).getByRole('button', { name: 'Close the panel' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(page).toHaveURL(/#\/calendar$/);
});

test('days are reached with the arrow keys and entries moved with Alt and the arrows', async ({ page }) => {
  await exampleCalendar(page);
  await addPost(page, 10, 'Moving post');
  await page.keyboard.press('Escape');
  await day(page, 10).focus();
  await page.keyboard.press('ArrowRight');
  await expect(day(page, 11)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(day(page, 18)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect(day(page, 10)).toBeFocused();

  const chip = page.getByRole('button', { name: /Moving post/ });
  await chip.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(day(page, 11).getByRole('button', { name: /Moving post/ })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(day(page, 18).getByRole('button', { name: /Moving post/ })).toBeFocused();
  await expectSaved(page);
  const [plan] = await storedPlans(page);
  expect(plan.calendar.posts.find((p) => p.copy === 'Moving post').at).toBe('2027-03-18T09:00:00');

  // PageDown goes to the next month's day, and the month follows.
  await day(page, 18).focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 2, name: 'April 2027' })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: /^Sunday 18 April,/ })).toBeFocused();
});

test('an entry is dragged to another day with the mouse', async ({ page }) => {
  // Both days in sight: a page scrolled in the middle of a drag cancels it.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await exampleCalendar(page);
  await addPost(page, 3, 'Dragged post');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Dragged post/ }).dragTo(day(page, 24));
  await expect(day(page, 24).getByRole('button', { name: /Dragged post/ })).toBeVisible();
  await expect(day(page, 3).getByRole('button', { name: /Dragged post/ })).toHaveCount(0);
});

test('filters narrow what is shown, say how many each would show, and live in the URL', async ({ page }) => {
  await openWith(page, { 'social-media-planner:plan:busy': JSON.stringify(busyPlan({ count: 300 })) }, MARCH);
  const profile = page.getByRole('combobox', { name: 'Profile', exact: true });
  await expect(profile.locator('option').nth(1)).toHaveText(/\(\d+\)$/);
  const options = await profile.locator('option').allTextContents();
  expect(options[0]).toBe('All');
  expect(options[1]).toMatch(/^Instagram @hearthandcrumb \(\d+\)$/);
  const shownOnInstagram = Number(options[1].match(/\((\d+)\)/)[1]);
  await profile.selectOption({ index: 1 });
  await expect(page).toHaveURL(/profile=c-instagram/);
  await page.getByRole('button', { name: /Clear filters/ }).waitFor();
  await expect(page.getByRole('button', { name: /Clear filters/ })).toContainText(`showing ${shownOnInstagram} of`);
  await expect(page.getByRole('gridcell').getByRole('button', { name: /Facebook|LinkedIn/ })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('draft');
  await expect(page).toHaveURL(/status=draft/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('draft');
  for (const chip of await page.getByRole('gridcell').getByRole('button', { name: /Instagram/ }).all()) {
    await expect(chip).toHaveAccessibleName(/\(draft\)/);
  }
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('');
  await page.getByRole('button', { name: /Clear filters/ }).click();
  await expect(page).not.toHaveURL(/profile=/);
});

test('several entries get a new status or owner at once in the list', async ({ page }) => {
  await exampleCalendar(page, '/#/calendar?date=2027-03-01&view=list');
  for (const copy of ['First', 'Second', 'Third']) {
    await page.getByRole('button', { name: 'New post' }).click();
    await panel(page).getByLabel('Copy').fill(copy);
    await page.keyboard.press('Escape');
  }
  await page.getByRole('checkbox', { name: /Choose .*First/ }).check();
  await page.getByRole('checkbox', { name: /Choose .*Third/ }).check();
  const bulk = page.getByRole('group', { name: 'Change the chosen entries' });
  await expect(bulk).toContainText('2 chosen');
  await bulk.getByLabel('Set status').selectOption({ label: 'Scheduled' });
  await page.getByRole('checkbox', { name: 'Choose every entry on this page' }).check();
  await bulk.getByLabel('Set owner').selectOption({ label: 'Leo' });
  await expectSaved(page);
  const [plan] = await storedPlans(page);
  const byCopy = Object.fromEntries(plan.calendar.posts.map((p) => [p.copy, p]));
  expect([byCopy.First.status, byCopy.Second.status, byCopy.Third.status]).toEqual(['scheduled', 'idea', 'scheduled']);
  expect(new Set(plan.calendar.posts.map((p) => p.owner))).toEqual(new Set(['e-leo']));
});

test('a weekly series is made, one day changed alone, all changed, one skipped', async ({ page }) => {
  await exampleCalendar(page);
  await addPost(page, 2, 'Tip of the week');
  const p = panel(page);
  await p.getByLabel('Repeats').selectOption({ label: 'Weekly, on chosen days' });
  await p.getByLabel('Until').fill('2027-03-30');
  await p.getByRole('button', { name: 'Make it repeat' }).click();
  for (const n of [2, 9, 16, 23, 30]) {
    await expect(day(page, n).getByRole('button', { name: /Tip of the week, repeats/ })).toBeVisible();
  }
  await expect(panel(page)).toContainText('Part of a series: Weekly on Tue until 30 Mar 2027');
  await page.keyboard.press('Escape');

  await day(page, 9).getByRole('button', { name: /Tip of the week/ }).click();
  await panel(page).getByLabel('Copy').fill('A special tip');
  await expect(day(page, 9).getByRole('button', { name: /A special tip/ })).toBeVisible();
  await expect(day(page, 9).getByRole('button', { name: /repeats/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await day(page, 16).getByRole('button', { name: /Tip of the week/ }).click();
  await panel(page).getByRole('radio', { name: 'Change every post in the series' }).check();
  await panel(page).getByLabel('Copy').fill('Tuesday tip');
  for (const n of [2, 16, 23, 30]) {
    await expect(day(page, n).getByRole('button', { name: /Tuesday tip, repeats/ })).toBeVisible();
  }
  await expect(day(page, 9).getByRole('button', { name: /A special tip/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await day(page, 23).getByRole('button', { name: /Tuesday tip/ }).click();
  await panel(page).getByRole('button', { name: 'Delete this day' }).click();
  await expect(day(page, 23).getByRole('button', { name: /Tuesday tip/ })).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(day(page, 30).getByRole('button', { name: /Tuesday tip, repeats/ })).toBeVisible();
  await expect(day(page, 23).getByRole('button', { name: /Tuesday tip/ })).toHaveCount(0);
});

test('entries are duplicated, deleted and brought back with undo; tasks are planned and done', async ({ page }) => {
  await exampleCalendar(page);
  await addPost(page, 4, 'Original');
  await panel(page).getByRole('button', { name: 'Duplicate' }).click();
  await expect(day(page, 4).getByRole('button', { name: /Original/ })).toHaveCount(2);
  await panel(page).getByRole('button', { name: 'Delete' }).click();
  await expect(day(page, 4).getByRole('button', { name: /Original/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo: delete a post' }).click();
  await expect(day(page, 4).getByRole('button', { name: /Original/ })).toHaveCount(2);

  await day(page, 5).focus();
  await page.getByRole('button', { name: 'New task' }).click();
  await expect(panel(page).getByLabel('What needs doing')).toBeFocused();
  await page.keyboard.type('Shoot the croissant video');
  await panel(page).getByLabel('Kind of work').selectOption({ label: 'Film' });
  await panel(page).getByLabel('Due').fill('2027-03-12');
  await panel(page).getByRole('checkbox', { name: 'Done' }).check();
  await expect(day(page, 12).getByRole('button', { name: /Film: Shoot the croissant video \(done\)/ })).toBeVisible();
});

test('the week view shows each profile against its cadence', async ({ page }) => {
  await exampleCalendar(page, '/#/calendar?date=2027-03-10&view=week');
  const table = page.getByRole('table', { name: "This week against the content strategy's cadence" });
  await expect(table.getByRole('row', { name: /Instagram @hearthandcrumb 0 5 5 short/ })).toBeVisible();
  await page.getByRole('button', { name: /^Add a post on Wednesday 10 March/ }).click();
  await panel(page).getByLabel('Copy').fill('One for Instagram');
  await expect(table.getByRole('row', { name: /Instagram @hearthandcrumb 1 5 4 short/ })).toBeVisible();
  await expect(page.getByText('Instagram @hearthandcrumb: 1 post planned the week of')).toBeVisible();
});

test('changing the time zone keeps the moments when asked to', async ({ page }) => {
  await exampleCalendar(page);
  await addPost(page, 10, 'Zoned post');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Change the time zone' }).click();
  const zone = page.getByRole('group', { name: "The plan's time zone" });
  await zone.getByLabel('Time zone').selectOption('Asia/Tokyo');
  await zone.getByRole('radio', { name: /same moment/ }).check();
  await zone.getByRole('button', { name: 'Change the time zone' }).click();
  await expect(page.getByText('Times are in Asia/Tokyo.')).toBeVisible();
  // 09:00 in UTC (the test browser's zone) is 18:00 in Tokyo.
  await expect(day(page, 10).getByRole('button', { name: /18:00 .*Zoned post/ })).toBeVisible();
});

test('a busy month looks like a product', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 1100 });
  await openWith(page, { 'social-media-planner:plan:busy': JSON.stringify(busyPlan({ count: 900 })) }, MARCH);
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.getByRole('gridcell').first().getByRole('button').first()).toBeVisible();
  // Laid out like a calendar: seven equal columns, every entry inside its day,
  // at most four a day and the rest behind "+N more".
  const layout = await page.getByRole('gridcell').evaluateAll((cells) =>
    cells.map((cell) => {
      const box = cell.getBoundingClientRect();
      const chips = [...cell.querySelectorAll('button[aria-label]')].filter((b) => !b.textContent.startsWith('+') && b.getAttribute('aria-label')?.startsWith('Add') !== true);
      const inside = chips.every((chip) => {
        const c = chip.getBoundingClientRect();
        return c.width > 20 && c.left >= box.left && c.right <= box.right + 0.5 && c.top >= box.top && c.bottom <= box.bottom + 0.5;
      });
      const more = [...cell.querySelectorAll('button')].find((b) => /^\+\d+ more$/.test(b.textContent));
      // The day's name, first in the cell: "Monday 1 March, 5 entries".
      const count = Number(cell.textContent.match(/(\d+) entr/)?.[1] ?? 0);
      return { width: Math.round(box.width), chips: chips.length, inside, more: Boolean(more), count };
    }),
  );
  expect(layout).toHaveLength(42);
  expect(new Set(layout.map((c) => c.width)).size).toBeLessThanOrEqual(2);
  for (const cell of layout) {
    expect(cell.inside).toBe(true);
    expect(cell.chips).toBe(Math.min(cell.count, 4));
    expect(cell.more).toBe(cell.count > 4);
  }
  expect(layout.some((c) => c.more)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('busy-month.png'), fullPage: true });
});
