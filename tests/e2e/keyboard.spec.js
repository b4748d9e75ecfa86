// Keyboard only: a strategy, a campaign and a week of posts, made with Tab,
// Shift+Tab, typing, Enter, Space, the arrow keys and Escape, never the
// mouse; every control reached shows where the focus is.
import { test, expect } from '@playwright/test';
import { expectSaved, storedPlans } from './helpers.js';

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard
 * user would, and checks that the focus shows. */
async function tabTo(page, target, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    const there = await target.evaluate((e) => e === document.activeElement, null, { timeout: 50 }).catch(() => false);
    if (there) {
      const ring = await target.evaluate((e) => {
        const style = getComputedStyle(e);
        return style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px');
      });
      expect(ring, 'the focus shows').toBe(true);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} was not reached with ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Moves a focused list to the choice `label` with the arrow keys. */
async function choose(page, select, label) {
  for (let i = 0; i < 30; i++) {
    const shown = await select.evaluate((e) => e.options[e.selectedIndex]?.label);
    if (shown === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${label} was not among the choices`);
}

const region = (page, name) => page.getByRole('region', { name });

test('a strategy, a campaign and a week of posts are made from the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2027-03-01T09:00:00') });
  await page.goto('/');
  // The welcome page starts in the plan's name.
  await expect(page.getByLabel('Plan name')).toBeFocused();
  await page.keyboard.type('Keyboard Bakery');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner')).toContainText('Keyboard Bakery');

  // The strategy: an objective, a persona, a profile.
  await tabTo(page, page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Strategy' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy');
  const objectives = region(page, 'Business objectives');
  await tabTo(page, objectives.getByRole('button', { name: 'Add an objective' }));
  await page.keyboard.press('Enter');
  await expect(objectives.getByLabel('Business issue')).toBeFocused();
  await page.keyboard.type('Win wholesale accounts with cafés');
  await tabTo(page, objectives.getByLabel('Metric'));
  await page.keyboard.type('signed wholesale accounts');

  // On to the next part by its link below this one.
  await tabTo(page, page.getByRole('link', { name: 'Next: Audience' }));
  await page.keyboard.press('Enter');
  const audience = region(page, 'Audience');
  await expect(audience).toBeFocused();
  await tabTo(page, audience.getByRole('button', { name: 'Add a persona' }));
  await page.keyboard.press('Enter');
  await expect(audience.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Café owner Carla');
  await tabTo(page, audience.getByLabel('Pain points the brand solves'));
  await page.keyboard.type('late deliveries');

  await tabTo(page, page.getByRole('link', { name: 'Next: Channels' }));
  await page.keyboard.press('Enter');
  const channels = region(page, 'Channels');
  await expect(channels).toBeFocused();
  await tabTo(page, channels.getByRole('button', { name: 'Add a profile' }));
  await page.keyboard.press('Enter');
  await expect(channels.getByLabel('Platform', { exact: true })).toBeFocused();
  await tabTo(page, channels.getByLabel('Handle or page name'));
  await page.keyboard.type('@keyboardbakery');
  const purpose = channels.getByLabel('Primary purpose');
  await tabTo(page, purpose);
  await choose(page, purpose, 'Promoting products');
  await tabTo(page, channels.getByLabel('Posts per week'));
  await page.keyboard.type('3');
  await tabTo(page, channels.getByRole('checkbox', { name: 'Café owner Carla' }));
  await page.keyboard.press('Space');
  await expect(channels.getByRole('checkbox', { name: 'Café owner Carla' })).toBeChecked();
  await expect(region(page, 'Readiness')).toContainText('Campaign planning is unlocked');

  // A campaign on it.
  await tabTo(page, page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Campaigns' }), { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'New campaign' }));
  await page.keyboard.press('Enter');
  // The new brief starts in its name.
  const brief = region(page, 'The brief');
  await expect(brief.getByLabel('Campaign name')).toBeFocused();
  await page.keyboard.type('Spring tastings');
  const objective = brief.getByLabel('Objective it serves');
  await tabTo(page, objective);
  await choose(page, objective, 'Win wholesale accounts with cafés');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring tastings');

  // A week of posts: Monday, Wednesday and Friday, each on the profile.
  await tabTo(page, page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Calendar' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendar');
  await tabTo(page, page.getByRole('gridcell', { name: /^Monday 1 March \(today\)/ }));
  const panel = page.getByRole('dialog', { name: /^Post on/ });
  const day = (n) => page.getByRole('gridcell', { name: new RegExp(`^\\w+day ${n} March`) });
  let at = 1;
  for (const [n, copy] of [[1, 'Spring tastings start today'], [3, 'Book a tasting for your café'], [5, 'Last tastings this week']]) {
    for (; at < n; at++) await page.keyboard.press('ArrowRight');
    await expect(day(n)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.getByLabel('Copy')).toBeFocused();
    await page.keyboard.type(copy);
    const profile = panel.getByLabel('Profile');
    await tabTo(page, profile, { back: true });
    await choose(page, profile, 'Instagram @keyboardbakery');
    // Escape closes the panel from anywhere in it; the focus goes back to the day.
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(day(n)).toBeFocused();
    await expect(day(n).getByRole('button', { name: new RegExp(`Instagram @keyboardbakery: ${copy}`) })).toBeVisible();
  }
  await expectSaved(page);
  const [plan] = await storedPlans(page);
  expect(plan.strategy.objectives.map((o) => o.statement)).toEqual(['Win wholesale accounts with cafés']);
  expect(plan.campaigns.map((c) => c.name)).toEqual(['Spring tastings']);
  expect(plan.calendar.posts.map((p) => p.copy).sort()).toEqual(['Book a tasting for your café', 'Last tastings this week', 'Spring tastings start today']);
});
