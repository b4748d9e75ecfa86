// Campaigns: no campaign without a strategy; briefs created, edited, run again,
// archived; the rules and the ROI beside the fields; the timeline; reload.
import { test, expect } from '@playwright/test';
import { createPlan, expectSaved, goTo, openPart, startFromExample, startFromStrategy } from './helpers.js';

const region = (page, name) => page.getByRole('region', { name });

/** One objective, persona and profile, named but not yet real enough for a campaign. */
async function blankEntries(page) {
  await goTo(page, 'Strategy');
  const objectives = region(page, 'Business objectives');
  await objectives.getByRole('button', { name: 'Add an objective' }).click();
  await objectives.getByLabel('Business issue').fill('Win wholesale cafés');
  const audience = await openPart(page, 'Audience');
  await audience.getByRole('button', { name: 'Add a persona' }).click();
  await audience.getByLabel('Name').fill('Café owner Carla');
  const channels = await openPart(page, 'Channels');
  await channels.getByRole('button', { name: 'Add a profile' }).click();
  await channels.getByLabel('Handle or page name').fill('@acme');
}

/** The smallest strategy campaigns can stand on, typed through the page. */
async function minimalStrategy(page) {
  await blankEntries(page);
  await (await openPart(page, 'Business objectives')).getByLabel('Metric').fill('signed wholesale accounts');
  await (await openPart(page, 'Audience')).getByLabel('Pain points the brand solves').fill('late deliveries');
  await (await openPart(page, 'Channels')).getByLabel('Primary purpose').selectOption({ label: 'Promoting products' });
}

async function newCampaign(page, name) {
  await goTo(page, 'Campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await expect(page.getByLabel('Campaign name')).toBeFocused();
  await page.keyboard.type(name);
}

test('a campaign cannot be planned on an empty strategy; the page sends the user there', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  await goTo(page, 'Campaigns');
  await expect(page.getByRole('heading', { name: 'No campaign without a strategy' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New campaign' })).toHaveCount(0);
  for (const missing of ['a business objective', 'a persona', 'a profile']) {
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: missing })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Go to the strategy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy');

  // Entries with a name only do not count: an objective needs its metric, a
  // persona a pain point, a profile its purpose.
  await blankEntries(page);
  await goTo(page, 'Campaigns');
  await expect(page.getByRole('button', { name: 'New campaign' })).toHaveCount(0);
  for (const missing of ['with its statement and a metric', 'with a name and a pain point', 'with its primary purpose']) {
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: missing })).toBeVisible();
  }

  await goTo(page, 'Strategy');
  await (await openPart(page, 'Business objectives')).getByLabel('Metric').fill('signed wholesale accounts');
  await (await openPart(page, 'Audience')).getByLabel('Pain points the brand solves').fill('late deliveries');
  await (await openPart(page, 'Channels')).getByLabel('Primary purpose').selectOption({ label: 'Promoting products' });
  await goTo(page, 'Campaigns');
  await expect(page.getByRole('button', { name: 'New campaign' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No campaigns yet' })).toBeVisible();
});

test('campaigns on a strategy that stops being ready stay, flagged, and no new one can be added', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  await minimalStrategy(page);
  await newCampaign(page, 'Spring tasting tour');
  await expectSaved(page);

  await goTo(page, 'Strategy');
  await (await openPart(page, 'Channels')).getByLabel('Primary purpose').selectOption({ index: 0 });
  await goTo(page, 'Campaigns');
  const flag = page.getByRole('region', { name: 'These campaigns stand on a strategy that is not ready' });
  await expect(flag).toContainText('a profile for the campaign to run on, with its primary purpose');
  await expect(page.getByRole('list', { name: 'Campaigns' })).toContainText('Spring tasting tour');
  await expect(page.getByRole('button', { name: 'New campaign' })).toHaveCount(0);

  await page.reload();
  await expect(flag).toBeVisible();
  await expect(page.getByRole('list', { name: 'Campaigns' })).toContainText('Spring tasting tour');
});

test('a brief is written, judged beside its fields, and its return computed; all of it survives a reload', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  await minimalStrategy(page);
  await newCampaign(page, 'Spring tasting tour');

  const brief = region(page, 'The brief');
  await brief.getByLabel('Starts').fill('2027-03-01');
  await brief.getByLabel('Ends').fill('2027-02-01');
  await expect(brief.getByText('The end is before the start (2027-03-01).')).toBeVisible();
  await brief.getByLabel('Ends').fill('2027-08-31');
  await expect(brief.getByText('The campaign runs 184 days, more than about three months.')).toBeVisible();
  await brief.getByLabel('Ends').fill('2027-04-30');
  await expect(brief.getByText('more than about three months')).toHaveCount(0);
  await brief.getByLabel('Objective it serves').selectOption({ label: 'Win wholesale cafés' });

  const response = region(page, 'Targeted response');
  await response.getByLabel('Response', { exact: true }).selectOption({ label: 'Another metric' });
  await response.getByLabel('Metric').fill('Instagram likes');
  await expect(response.getByText('The campaign\'s only goal counts likes')).toBeVisible();
  await response.getByLabel('Response', { exact: true }).selectOption({ label: 'Sign-ups' });
  await expect(response.getByText('“Sign-ups” has no target number.')).toBeVisible();
  await response.getByLabel('Target number').fill('40');
  await expect(response.getByText('has no target number')).toHaveCount(0);

  const reach = region(page, 'Audience and profiles');
  await reach.getByRole('checkbox', { name: 'Café owner Carla' }).check();
  await reach.getByRole('checkbox', { name: 'Instagram @acme' }).check();

  const message = region(page, 'Message');
  await message.getByLabel('Key message').selectOption({ label: 'Write one for this campaign…' });
  await message.getByLabel('The campaign\'s key message').fill('Pastries your regulars notice');
  await message.getByLabel('Call to action').fill('Book a free tasting');

  const tactics = region(page, 'Tactics');
  await tactics.getByRole('button', { name: 'Add a tactic' }).click();
  await tactics.getByLabel('Kind').selectOption({ label: 'Paid ads' });
  await expect(tactics.getByLabel('Profile')).toHaveValue(/.+/);
  await tactics.getByLabel('Ad spend').fill('1,200');
  await tactics.getByLabel('What it is').fill('Ads to café owners within two miles');

  const money = region(page, 'Budget and return');
  await money.getByLabel('Budget').fill('1000');
  await expect(money.getByText('Paid tactics spend 1,200, more than the budget of 1,000.')).toBeVisible();
  await money.getByLabel('Budget').fill('1500');
  await money.getByLabel('Expected return').fill('3750');
  await expect(money.getByRole('definition').first()).toHaveText('+150%');
  await expect(money.getByRole('definition').nth(1)).toHaveText('not yet entered');
  await expect(money.getByRole('definition').nth(2)).toHaveText('not yet known');
  // The actual ROI is on what was really spent, not on the budget.
  await money.getByLabel('Actual return').fill('750');
  await expect(money.getByRole('definition').nth(2)).toHaveText('not yet known');
  await tactics.getByLabel('Actually spent').fill('1,100');
  await expect(money.getByRole('definition').nth(1)).toHaveText('1,100');
  await expect(money.getByRole('definition').nth(2)).toHaveText('−32%');
  await money.getByLabel('Other costs actually paid').fill('400');
  await expect(money.getByRole('definition').nth(1)).toHaveText('1,500');
  await expect(money.getByRole('definition').nth(2)).toHaveText('−50%');

  // Only the owner is left: the strategy has no team yet.
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText('1 to look at');
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText('Choose who owns the campaign.');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring tasting tour');
  await expect(region(page, 'Tactics').getByLabel('Ad spend')).toHaveValue('1200');
  await expect(region(page, 'Message').getByLabel('The campaign\'s key message')).toHaveValue('Pastries your regulars notice');
  await expect(region(page, 'Budget and return').getByRole('definition').first()).toHaveText('+150%');
  await expect(region(page, 'Tactics').getByLabel('Actually spent')).toHaveValue('1100');
  await expect(region(page, 'Budget and return').getByLabel('Other costs actually paid')).toHaveValue('400');
  await expect(region(page, 'Budget and return').getByRole('definition').nth(2)).toHaveText('−50%');

  await page.getByRole('link', { name: '← All campaigns' }).click();
  const row = page.getByRole('list', { name: 'Campaigns' }).getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('1 Mar – 30 Apr 2027');
  await expect(row).toContainText('Serves: Win wholesale cafés');
  await expect(row).toContainText('Sign-ups: 40');
  await expect(row).toContainText('+150%');
  await expect(row).toContainText('−50%');
});

test('campaigns are run again, archived and restored, and drawn on the timeline', async ({ page }) => {
  await startFromStrategy(page);
  await newCampaign(page, 'Wholesale push');
  // A new campaign starts inside the horizon: the example's begins next month.
  const nextMonth = await page.evaluate(() => {
    const d = new Date();
    const first = new Date(d.getFullYear(), d.getMonth() + 1, 1);
    return `${first.getFullYear()}-${String(first.getMonth() + 1).padStart(2, '0')}-01`;
  });
  await expect(region(page, 'The brief').getByLabel('Starts')).toHaveValue(nextMonth);
  await expect(region(page, 'The brief').getByText('outside the strategy\'s horizon')).toHaveCount(0);
  await region(page, 'The brief').getByLabel('Starts').fill('2027-01-10');
  await region(page, 'The brief').getByLabel('Ends').fill('2027-03-10');

  await page.getByRole('button', { name: 'Run again next quarter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wholesale push (again)');
  await expect(region(page, 'The brief').getByLabel('Starts')).toHaveValue('2027-04-10');
  await expect(region(page, 'The brief').getByLabel('Ends')).toHaveValue('2027-06-10');

  await page.getByRole('link', { name: '← All campaigns' }).click();
  const list = page.getByRole('list', { name: 'Campaigns' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('link', { name: /^Wholesale push, 10 Jan – 10 Mar 2027, planned$/ })).toBeVisible();
  await timeline.getByRole('link', { name: /^Wholesale push \(again\)/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wholesale push (again)');

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('paragraph').filter({ hasText: 'Campaign · Archived' })).toBeVisible();
  await page.getByRole('link', { name: '← All campaigns' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(timeline.getByRole('link', { name: /Wholesale push \(again\)/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show archived (1)' }).click();
  const archived = page.getByRole('list', { name: 'Archived campaigns' });
  await expect(archived.getByRole('listitem')).toContainText('Archived');
  await archived.getByRole('link', { name: 'Wholesale push (again)' }).click();
  await page.getByRole('button', { name: 'Restore from the archive' }).click();
  await expectSaved(page);
  await page.reload();
  await page.getByRole('link', { name: '← All campaigns' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // The timeline can be used from the keyboard.
  await timeline.getByRole('link', { name: /^Wholesale push,/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wholesale push');

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns');
  await expect(list.getByRole('listitem')).toHaveCount(1);
});

test('a tactic on a profile made for something else is warned', async ({ page }) => {
  await startFromStrategy(page);
  await newCampaign(page, 'Sourdough kit launch');
  await region(page, 'Targeted response').getByLabel('Response', { exact: true }).selectOption({ label: 'Sales of a product' });
  await region(page, 'Targeted response').getByLabel('Product').fill('Sourdough kits');
  await region(page, 'Audience and profiles').getByRole('checkbox', { name: 'Facebook Hearth & Crumb Bakery' }).check();
  const tactics = region(page, 'Tactics');
  await tactics.getByRole('button', { name: 'Add a tactic' }).click();
  await expect(tactics.getByText('Content pieces on the Facebook Hearth & Crumb Bakery profile, whose purpose is customer service, does not fit a campaign for sales of a product.')).toBeVisible();
  await tactics.getByLabel('Kind').selectOption({ label: 'Community engagement' });
  await expect(tactics.getByText('does not fit a campaign')).toHaveCount(0);
});

test('removing from the strategy what a campaign uses leaves a broken link to fix, and a profile can be added on the way', async ({ page }) => {
  await startFromStrategy(page);
  await newCampaign(page, 'Class season');
  await region(page, 'Audience and profiles').getByRole('checkbox', { name: 'Baker Bea' }).check();
  await expectSaved(page);

  await goTo(page, 'Strategy');
  const audience = await openPart(page, 'Audience');
  await audience.getByRole('button', { name: 'Remove Persona 3' }).click();
  await expect(audience.getByText('It is used by campaign “Class season”, which will show the missing link so it can be fixed.')).toBeVisible();
  await audience.getByRole('button', { name: 'Yes, remove' }).click();

  await goTo(page, 'Campaigns');
  await page.getByRole('list', { name: 'Campaigns' }).getByRole('link', { name: 'Class season' }).click();
  const reach = region(page, 'Audience and profiles');
  await expect(reach.getByText('1 of its personas was removed from the strategy.')).toBeVisible();
  await reach.getByRole('button', { name: 'Remove the links to removed personas' }).click();
  await expect(reach.getByText('was removed from the strategy')).toHaveCount(0);

  await reach.getByRole('button', { name: 'Add a profile to the strategy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy');
  await expect(page.getByRole('status').filter({ hasText: 'You came here from the campaign “Class season”' })).toBeVisible();
  const channels = region(page, 'Channels');
  await expect(channels.getByRole('button', { name: 'Add a profile' })).toBeFocused();
  await page.keyboard.press('Enter');
  await channels.getByLabel('Platform', { exact: true }).last().selectOption({ label: 'TikTok' });
  await channels.getByLabel('Handle or page name').last().fill('@hearthbakes');
  await page.getByRole('button', { name: 'Back to the campaign' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class season');
  await region(page, 'Audience and profiles').getByRole('checkbox', { name: 'TikTok @hearthbakes' }).check();
  await expect(region(page, 'Audience and profiles').getByRole('checkbox', { name: 'TikTok @hearthbakes' })).toBeChecked();
});

test('the timeline’s “Today” is drawn clear of every month’s name, near a month’s start too', async ({ page }) => {
  // Two days into December: today's line all but on the month's tick.
  await startFromExample(page);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await goTo(page, 'Campaigns');
    const timeline = region(page, 'Timeline');
    await expect(timeline.getByRole('link', { name: /^Winter bread classes,/ })).toBeVisible();
    const boxes = await timeline.locator('svg text').evaluateAll((texts) =>
      texts.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    const today = boxes.find((b) => b.text === 'Today');
    expect(today, 'a Today label').toBeTruthy();
    const months = boxes.filter((b) => /^[A-Z][a-z]{2}( \d{4})?$/.test(b.text));
    expect(months.map((m) => m.text)).toContain('Dec');
    // 2 px apart at least, across or down.
    const apart = (a, b) => a.right + 2 <= b.left || b.right + 2 <= a.left || a.bottom + 2 <= b.top || b.bottom + 2 <= a.top;
    const touching = months.filter((m) => !apart(m, today)).map((m) => m.text);
    expect(touching, `at ${width} px`).toEqual([]);
  }
});
