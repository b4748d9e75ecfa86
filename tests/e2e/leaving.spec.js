// Issue 15's "checks speak once": a new campaign, post or task left with
// nothing in it (Escape, another page, another day) is not kept nor an undo
// step, and the focus goes back where it came from; a new brief says what is
// missing in its checks, and marks a field only once the user has left it or
// followed a check to it; what is typed at once after "New campaign" is kept
// to the first letter.
import { test, expect } from '@playwright/test';
import { expectSaved, goTo, startFromStrategy, storedPlans } from './helpers.js';

const MARCH = '/#/calendar?date=2027-03-01';
const day = (page, n) => page.getByRole('gridcell', { name: new RegExp(`^\\w+day ${n} March,`) });
const panel = (page) => page.getByRole('dialog', { name: /^(Post|Task) on/ });
const brief = (page) => page.getByRole('region', { name: 'The brief' });
const newCampaign = (page) => page.getByRole('button', { name: 'New campaign' });

async function storedPlan(page) {
  await expectSaved(page);
  const plans = await storedPlans(page);
  expect(plans).toHaveLength(1);
  return plans[0];
}

test('a new campaign left empty is not kept: Escape goes back to New campaign, another page too', async ({ page }) => {
  await startFromStrategy(page, '/#/campaigns');
  await newCampaign(page).click();
  await expect(brief(page).getByLabel('Campaign name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns');
  await expect(newCampaign(page)).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No campaigns yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo: edit a campaign/ })).toHaveCount(0);

  // Chosen dates alone are not something written: left for another page.
  await newCampaign(page).click();
  await brief(page).getByLabel('Ends').fill('2027-02-28');
  await goTo(page, 'Calendar');
  await goTo(page, 'Campaigns');
  await expect(page.getByRole('heading', { name: 'No campaigns yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo: edit a campaign/ })).toHaveCount(0);
  expect((await storedPlan(page)).campaigns ?? []).toHaveLength(0);

  // A name typed and rubbed out again is nothing either.
  await newCampaign(page).click();
  await page.keyboard.type('Sp');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.getByRole('link', { name: '← All campaigns' }).click();
  await expect(page.getByRole('heading', { name: 'No campaigns yet' })).toBeVisible();

  // With a name it is the user's: kept, Escape or not, and undoable.
  await newCampaign(page).click();
  await page.keyboard.type('Spring tasting tour');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring tasting tour');
  await goTo(page, 'Campaigns');
  await expect(page.getByRole('list', { name: 'Campaigns' })).toContainText('Spring tasting tour');
  await expect(page.getByRole('button', { name: 'Undo: edit a campaign' })).toBeVisible();
  expect((await storedPlan(page)).campaigns).toHaveLength(1);
});

test('what is typed at once after New campaign is kept to the first letter', async ({ page }) => {
  await startFromStrategy(page, '/#/campaigns');
  await newCampaign(page).focus();
  await page.keyboard.press('Enter');
  // No wait for the brief: the letters go straight after the key.
  await page.keyboard.type('Spring tasting tour');
  await expect(brief(page).getByLabel('Campaign name')).toHaveValue('Spring tasting tour');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring tasting tour');
});

test('a new brief says what is missing in its checks; a field shows it once left or pointed at', async ({ page }) => {
  await startFromStrategy(page, '/#/campaigns');
  await newCampaign(page).click();
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByRole('button', { name: /^Missing: / }).first()).toBeVisible();
  const missing = brief(page).getByRole('listitem', { includeHidden: true }).filter({ hasText: /^Missing:/ });
  const shown = missing.filter({ visible: true });
  // Nothing typed yet: the checks say it all, no field is marked.
  expect(await missing.count()).toBeGreaterThanOrEqual(2);
  await expect(shown).toHaveCount(0);

  // Left without a name: the name says so, and only it.
  await page.keyboard.press('Tab');
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveText('Missing: Give the campaign a name.');

  // A check followed to its field marks that field at once.
  await checks.getByRole('button', { name: 'Missing: Choose who owns the campaign.' }).click();
  await expect(brief(page).getByLabel('Owner')).toBeFocused();
  await expect(shown).toHaveCount(2);
  await expect(shown.nth(1)).toHaveText('Missing: Choose who owns the campaign.');
  // Written, the name's note goes.
  await brief(page).getByLabel('Campaign name').fill('Spring tasting tour');
  await expect(shown).toHaveText(['Missing: Choose who owns the campaign.']);
});

test('a new post or task left empty is not kept; one with words is, and the focus goes back to its day', async ({ page }) => {
  await startFromStrategy(page, MARCH);
  // Enter on a day makes a post; Escape with nothing written forgets it.
  await day(page, 10).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Copy')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(day(page, 10)).toBeFocused();
  await expect(day(page, 10)).toHaveAccessibleName(/, nothing planned( |$)/);
  await expect(page.getByRole('button', { name: /^Undo: edit a post/ })).toHaveCount(0);

  // A click on the dimmed calendar beside the panel leaves it too: not kept.
  await day(page, 11).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('Post on Thursday 11 March 2027');
  await page.mouse.click(40, 400);
  await expect(panel(page)).toHaveCount(0);
  await expect(day(page, 11)).toBeFocused();
  await day(page, 12).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('Post on Friday 12 March 2027');
  await expect(day(page, 11)).toHaveAccessibleName(/, nothing planned( |$)/);
  await page.keyboard.type('Rye at seven');
  await page.keyboard.press('Escape');
  await expect(day(page, 12)).toBeFocused();
  await expect(day(page, 12)).toHaveAccessibleName(/, 1 entry( |$)/);
  await expect(day(page, 12).getByRole('button', { name: /Rye at seven/ })).toBeVisible();

  // A task with no title, left for another page, is not kept either.
  await day(page, 15).focus();
  await page.getByRole('button', { name: 'New task' }).click();
  await expect(panel(page).getByLabel('What needs doing')).toBeFocused();
  // The panel keeps the page behind it out of reach: another address, then.
  await page.goto('/#/');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Calendar');
  await page.goto(MARCH);
  await expect(day(page, 15)).toHaveAccessibleName(/, nothing planned( |$)/);

  const plan = await storedPlan(page);
  expect(plan.calendar.posts).toHaveLength(1);
  expect(plan.calendar.posts[0].copy).toBe('Rye at seven');
  expect(plan.calendar.tasks ?? []).toHaveLength(0);
});
