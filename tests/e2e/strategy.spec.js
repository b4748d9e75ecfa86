// The Strategy page: building a strategy from empty, one part after another,
// the rules' findings beside the fields, the readiness panel as the way
// between the parts, a complete part's read view, bad input at the field, the
// example.
import { test, expect } from '@playwright/test';
import { createPlan, expectSaved, goTo, openPart } from './helpers.js';

const part = (page, name) => page.getByRole('region', { name });
const readiness = (page) => page.getByRole('region', { name: 'Readiness' });

/** Follows the "Next" link below the part shown to the part after it. */
async function next(page, name) {
  await page.getByRole('link', { name: `Next: ${name}` }).click();
  await expect(part(page, name)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/strategy\\?part=`));
  return part(page, name);
}

async function newStrategy(page, name = 'Acme Coffee') {
  await page.goto('/');
  await createPlan(page, name);
  await goTo(page, 'Strategy');
}

test('a strategy is built from empty, part by part, until every part is complete, and survives a reload', async ({ page }) => {
  await newStrategy(page);
  // The page opens on the first part; only that part is shown.
  await expect(page).toHaveURL(/#\/strategy$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Audience' })).toHaveCount(0);
  await expect(readiness(page).getByRole('link', { name: /^Business objectives/ })).toHaveAttribute('aria-current', 'page');
  await expect(readiness(page)).toContainText('0 of 8 parts complete');
  await expect(readiness(page)).toContainText('Campaign planning unlocks with a business objective');

  // 1. Objectives, with a vanity metric first.
  const objectives = part(page, 'Business objectives');
  await objectives.getByRole('button', { name: 'Add an objective' }).click();
  await expect(objectives.getByLabel('Business issue')).toBeFocused();
  await page.keyboard.type('Win wholesale accounts with cafés');
  await objectives.getByLabel('Serves').selectOption({ label: 'Sales' });
  await objectives.getByLabel('Kind of result').selectOption({ label: 'A deal signed' });
  await objectives.getByLabel('Metric').fill('Instagram followers');
  await expect(objectives.getByText('“Instagram followers” counts followers: attention, not business.')).toBeVisible();
  await expect(objectives.getByText('Count a business outcome instead, such as signed deals')).toBeVisible();
  await objectives.getByLabel('Metric').fill('signed wholesale accounts');
  await expect(objectives.getByText('attention, not business')).toHaveCount(0);
  await objectives.getByLabel('Baseline').fill('3');
  await objectives.getByLabel('Target').fill('12');
  await objectives.getByLabel('Deadline').fill('2027-06-30');
  await expect(readiness(page).getByRole('listitem').filter({ hasText: 'Business objectives' })).toContainText('Complete');

  // 2. Audience.
  const audience = await next(page, 'Audience');
  await audience.getByRole('button', { name: 'Add a persona' }).click();
  await expect(audience.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Café owner Carla');
  await audience.getByLabel('Who they are').fill('Runs two independent cafés');
  // Its note shows once the field has been left empty.
  const carla = audience.getByText('The persona “Café owner Carla” has no pain point the brand solves.');
  await expect(carla).toBeHidden();
  await audience.getByLabel('Pain points the brand solves').focus();
  await audience.getByLabel('Who they are').focus();
  await expect(carla).toBeVisible();
  await audience.getByLabel('Pain points the brand solves').fill('late deliveries\nbland pastries');
  await expect(audience.getByText('has no pain point')).toHaveCount(0);
  await audience.getByRole('button', { name: 'Add a priority' }).click();
  await audience.getByLabel('Who or what').fill('The 15 cafés within two miles');

  // 3. Channels.
  const channels = await next(page, 'Channels');
  await channels.getByRole('button', { name: 'Add a profile' }).click();
  await expect(channels.getByLabel('Platform', { exact: true })).toBeFocused();
  await channels.getByLabel('Handle or page name').fill('@acmecoffee');
  await channels.getByLabel('Primary purpose').selectOption({ label: 'Promoting products' });
  await channels.getByLabel('Mission, in one sentence').fill('Show the range so cafés order');
  await channels.getByLabel('Posts per week').fill('4');
  await channels.getByRole('checkbox', { name: 'Café owner Carla' }).check();
  await channels.getByLabel('Why this platform fits them').fill('Carla scrolls Instagram after closing.');
  await expect(readiness(page)).toContainText('Campaign planning is unlocked');

  // 4. Story.
  const story = await next(page, 'Story and key messages');
  await story.getByLabel('Positioning').fill('The roaster independent cafés rely on.');
  await story.getByRole('button', { name: 'Add a key message' }).click();
  await expect(story.getByLabel('Key message 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Beans your regulars notice.');
  await story.getByLabel('Voice and tone').fill('Warm and plain-spoken.');

  // 5. Content.
  const content = await next(page, 'Content strategy');
  await content.getByRole('button', { name: 'Add a pillar' }).click();
  await content.getByLabel('Name').fill('From our roastery');
  await content.getByLabel('Share of the mix').fill('100');
  await content.getByRole('checkbox', { name: 'Win wholesale accounts with cafés' }).check();
  await content.getByLabel('Formats').fill('Reels\nCarousels');
  await content.getByLabel('Minutes to make one post').fill('30');
  await expect(content.getByText('The mix: 100% of 100%')).toBeVisible();

  // 6. People and tools.
  const people = await next(page, 'People and tools');
  await people.getByRole('button', { name: 'Add a team member' }).click();
  await people.getByLabel('Name').fill('Dana');
  await people.getByLabel('Hours a week for social').fill('1');
  await people.getByLabel('Owner').selectOption({ label: 'Dana' });
  await expect(people.getByText('Dana owns profiles needing about 2 hours a week (4 posts × 30 min) but has 1.')).toBeVisible();
  await people.getByLabel('Hours a week for social').fill('5');
  await expect(people.getByText('owns profiles needing')).toHaveCount(0);
  await people.getByLabel('When updates go out').fill('Weekdays at 7pm');
  await people.getByRole('button', { name: 'Add a tool' }).click();
  await people.getByLabel('Tool', { exact: true }).fill('A scheduling app');
  const unsaid = people.getByText('Say whether the tool “A scheduling app” is used to publish and engage, or to measure.');
  await expect(unsaid).toBeHidden();
  await people.getByLabel('It is for').focus();
  await people.getByLabel('Tool', { exact: true }).focus();
  await expect(unsaid).toBeVisible();
  await people.getByLabel('It is for').selectOption({ label: 'Publishing and engaging' });
  await expect(people.getByText('Every tool listed publishes; none measures the results.')).toBeVisible();
  await people.getByRole('button', { name: 'Add a tool' }).click();
  await people.getByLabel('Tool', { exact: true }).nth(1).fill('The order book');
  await people.getByLabel('It is for').nth(1).selectOption({ label: 'Measuring results' });
  await expect(people.getByText('none measures the results')).toHaveCount(0);

  // 7. Response.
  const response = await next(page, 'Customer response plan');
  await response.getByLabel('Instagram @acmecoffee').fill('4');
  await response.getByRole('button', { name: 'Add an escalation path' }).click();
  await response.getByLabel('When this happens').fill('A food safety concern');
  await response.getByLabel('It goes to').selectOption({ label: 'Dana' });
  for (const situation of ['A complaint', 'A question', 'Praise', 'A crisis']) {
    await response.getByLabel(situation).fill(`How we answer ${situation.toLowerCase()}.`);
  }

  // 8. Measurement: a start date fills in an end a year later.
  const measurement = await next(page, 'Measurement');
  await measurement.getByLabel('Strategy starts').fill('2027-01-01');
  await expect(measurement.getByLabel('Strategy ends')).toHaveValue('2027-12-31');
  await measurement.getByRole('button', { name: 'Add a KPI' }).click();
  await measurement.getByLabel('What is measured').fill('Tastings booked from social');
  await measurement.getByLabel('Objective it tracks').selectOption({ label: 'Win wholesale accounts with cafés' });
  await measurement.getByLabel('Target').fill('30');
  await measurement.getByLabel('Reviewed').selectOption({ label: 'Monthly' });
  await measurement.getByLabel('Where the figure comes from').selectOption({ label: "The platform's own analytics" });
  await expect(measurement.getByText('is read only from the platform\'s own analytics: the channel it is meant to move counts its own success.')).toBeVisible();
  await measurement.getByLabel('Where the figure comes from').selectOption({ label: 'The order book' });
  await expect(measurement.getByText('counts its own success')).toHaveCount(0);
  await measurement.getByLabel('How it fits the wider marketing plan').fill('Feeds the monthly sales review.');

  await expect(readiness(page)).toContainText('8 of 8 parts complete');
  await expectSaved(page);

  // Completed while it was edited, the part stays editable until the user
  // is done with it; then it reads as the printed strategy does.
  await expect(measurement.getByLabel('Strategy ends')).toBeVisible();
  await measurement.getByRole('button', { name: 'Done editing' }).click();
  await expect(measurement).toBeFocused();
  await expect(measurement.getByLabel('Strategy ends')).toHaveCount(0);
  await expect(measurement.getByText('Fit with the wider marketing plan: Feeds the monthly sales review.')).toBeVisible();
  await expect(measurement.getByRole('region', { name: /^Table 1: KPI/ })).toContainText('Tastings booked from social');

  // Reloaded, the address keeps the part, and every complete part is read.
  await page.reload();
  await expect(readiness(page)).toContainText('8 of 8 parts complete');
  await expect(part(page, 'Measurement').getByText('Horizon: 1 Jan – 31 Dec 2027')).toBeVisible();
  const objectivesRead = await openPart(page, 'Business objectives', { edit: false });
  await expect(objectivesRead.getByRole('heading', { level: 3, name: 'Win wholesale accounts with cafés' })).toBeVisible();
  await expect(objectivesRead.getByText('Metric: signed wholesale accounts')).toBeVisible();
  await expect(objectivesRead.getByText('Deadline: 30 Jun 2027')).toBeVisible();
  await expect(objectivesRead.getByRole('textbox')).toHaveCount(0);
  const audienceRead = await openPart(page, 'Audience', { edit: false });
  await expect(audienceRead.getByText('Pain points: late deliveries, bland pastries')).toBeVisible();
  // Back goes to the part before; Edit gives the fields back, focus on the part.
  await page.goBack();
  await expect(part(page, 'Business objectives')).toBeVisible();
  await page.goForward();
  await part(page, 'Audience').getByRole('button', { name: 'Edit this part' }).click();
  await expect(part(page, 'Audience')).toBeFocused();
  await expect(part(page, 'Audience').getByLabel('Pain points the brand solves')).toHaveValue('late deliveries\nbland pastries');
  await expect((await openPart(page, 'Channels')).getByRole('checkbox', { name: 'Café owner Carla' })).toBeChecked();
  await expect((await openPart(page, 'People and tools')).getByLabel('Owner')).toHaveValue(/.+/);
  await expect((await openPart(page, 'Customer response plan')).getByLabel('A crisis')).toHaveValue('How we answer a crisis.');

  // The overview shows the same readiness.
  await goTo(page, 'Overview');
  await expect(readiness(page)).toContainText('8 of 8 parts complete');
});

test('bad input gets a clear message at the field and never replaces what was saved', async ({ page }) => {
  await newStrategy(page);
  const objectives = part(page, 'Business objectives');
  await objectives.getByRole('button', { name: 'Add an objective' }).click();
  await objectives.getByLabel('Target').fill('12');
  await expectSaved(page);
  await objectives.getByLabel('Target').fill('-5');
  await expect(objectives.getByText('This cannot be negative.')).toBeVisible();
  await expect(objectives.getByLabel('Target')).toHaveAttribute('aria-invalid', 'true');
  await objectives.getByLabel('Baseline').fill('ten');
  await expect(objectives.getByText('Enter a number, like 250 or 12.5.')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(part(page, 'Business objectives').getByLabel('Target')).toHaveValue('12');

  const content = await openPart(page, 'Content strategy');
  for (let i = 0; i < 3; i++) await content.getByRole('button', { name: 'Add a pillar' }).click();
  const shares = content.getByLabel('Share of the mix');
  await shares.nth(0).fill('300%');
  await expect(content.getByText('Enter a share between 0 and 100%.')).toBeVisible();
  for (let i = 0; i < 3; i++) await shares.nth(i).fill('100');
  await expect(content.getByText('The pillars\' shares add up to 300%, not 100%.')).toBeVisible();

  const measurement = await openPart(page, 'Measurement');
  await measurement.getByLabel('Strategy starts').fill('2027-03-01');
  await measurement.getByLabel('Strategy ends').fill('2027-01-31');
  await expect(measurement.getByText('The end is before the start (2027-03-01).')).toBeVisible();
  await measurement.getByLabel('Strategy ends').fill('2027-08-31');
  await expect(measurement.getByText('The horizon covers 184 days, less than a year.')).toBeVisible();

  const hostile = '<img src=x onerror="window.__x=1">' + ' 🚀'.repeat(10) + 'x'.repeat(10_000);
  const audience = await openPart(page, 'Audience');
  await audience.getByRole('button', { name: 'Add a persona' }).click();
  await audience.getByLabel('Name').fill(hostile);
  await expect(audience.getByLabel('Name')).toHaveValue(hostile);
  await expectSaved(page);
  await page.reload();
  await expect(part(page, 'Audience').getByLabel('Name')).toHaveValue(hostile);
  await expect((await openPart(page, 'Channels')).getByText('Add personas under Audience')).toHaveCount(0);
  expect(await page.evaluate(() => window.__x)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
});

test('a finding in the readiness panel takes the user to its field, from the strategy and from the overview', async ({ page }) => {
  await newStrategy(page);
  const objectives = part(page, 'Business objectives');
  await objectives.getByRole('button', { name: 'Add an objective' }).click();
  await objectives.getByLabel('Business issue').fill('Hire two bakers');
  await readiness(page).getByRole('button', { name: 'Missing: Give the objective “Hire two bakers” a metric: what will be counted.' }).click();
  await expect(objectives.getByLabel('Metric')).toBeFocused();

  await goTo(page, 'Overview');
  await readiness(page).getByRole('button', { name: 'Missing: Say what kind of result the objective “Hire two bakers” is after.' }).click();
  await expect(page).toHaveURL(/#\/strategy\?part=objectives$/);
  await expect(part(page, 'Business objectives').getByLabel('Kind of result')).toBeFocused();

  // A part's line is a link to its page; a finding in another part opens it
  // at the field.
  await readiness(page).getByRole('link', { name: /^Measurement/ }).click();
  await expect(part(page, 'Measurement')).toBeFocused();
  await expect(page).toHaveURL(/#\/strategy\?part=measurement$/);
  await readiness(page).getByRole('button', { name: 'Missing: Give the objective “Hire two bakers” a metric: what will be counted.' }).click();
  await expect(part(page, 'Business objectives').getByLabel('Metric')).toBeFocused();
  await expect(page).toHaveURL(/#\/strategy\?part=objectives$/);
});

test('removing an item asks first, says what links to it, and the rules then flag the orphan', async ({ page }) => {
  await newStrategy(page);
  const objectives = part(page, 'Business objectives');
  await objectives.getByRole('button', { name: 'Add an objective' }).click();
  await objectives.getByLabel('Business issue').fill('Sign deals');
  const measurement = await openPart(page, 'Measurement');
  await measurement.getByRole('button', { name: 'Add a KPI' }).click();
  await measurement.getByLabel('What is measured').fill('Deals signed');
  await measurement.getByLabel('Objective it tracks').selectOption({ label: 'Sign deals' });
  await expect(measurement.getByText('is tied to no objective')).toHaveCount(0);

  await openPart(page, 'Business objectives');
  await objectives.getByRole('button', { name: 'Remove Objective 1' }).click();
  await expect(objectives.getByText('Remove Objective 1? It is linked from KPI “Deals signed”; those links will be cleared.')).toBeVisible();
  await objectives.getByRole('button', { name: 'Keep' }).click();
  await expect(objectives.getByLabel('Business issue')).toHaveValue('Sign deals');

  await objectives.getByRole('button', { name: 'Remove Objective 1' }).click();
  await objectives.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(objectives.getByLabel('Business issue')).toHaveCount(0);
  await openPart(page, 'Measurement');
  await expect(measurement.getByText('Warning: The KPI “Deals signed” is tied to no objective.')).toBeVisible();
});

test('a profile whose mission states two purposes is flagged', async ({ page }) => {
  await newStrategy(page);
  const channels = await openPart(page, 'Channels');
  await channels.getByRole('button', { name: 'Add a profile' }).click();
  await channels.getByLabel('Primary purpose').selectOption({ label: 'Branding' });
  await channels.getByLabel('Mission, in one sentence').fill('Build the brand and answer customer support questions');
  await expect(channels.getByText('states 2 purposes: Branding, Customer service')).toBeVisible();
  await expect(channels.getByText('Give the second its own profile')).toBeVisible();
});

test('the example’s strategy is complete but for its one warning, the vanity objective', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(page.getByRole('banner')).toContainText('Example: Hearth & Crumb Bakery');
  await goTo(page, 'Strategy');
  // It opens on the one part left with something to look at, in its fields.
  await expect(page).toHaveURL(/#\/strategy$/);
  await expect(readiness(page).getByRole('link', { name: /^Business objectives/ })).toHaveAttribute('aria-current', 'page');
  await expect(readiness(page)).toContainText('7 of 8 parts complete');
  await expect(readiness(page)).toContainText('Campaign planning is unlocked');
  await expect(readiness(page).getByRole('button', { name: /Warning: “Instagram followers” counts followers/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('example-strategy.png'), fullPage: true });
  // A complete part opens read: its pillars as a table, no field.
  const content = await openPart(page, 'Content strategy', { edit: false });
  await expect(content.getByRole('region', { name: /^Table 1: Pillar/ })).toBeVisible();
  await expect(content.getByRole('textbox')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('example-content-read.png'), fullPage: true });
  await content.getByRole('button', { name: 'Edit this part' }).click();
  await expect(content.getByText('The mix: 100% of 100%')).toBeVisible();
  await openPart(page, 'Business objectives');

  // Brand awareness is a fair long-term aim, measured off the platform.
  const objectives = part(page, 'Business objectives');
  const awareness = objectives.getByRole('listitem').filter({ hasText: /^Objective 4/ });
  await expect(awareness.getByLabel('Business issue')).toHaveValue('Become the best-known bakery in town');
  await expect(awareness.getByLabel('Kind of result')).toHaveValue('awareness');
  await expect(awareness.getByText('Measure brand awareness off the platform: a brand-lift survey')).toBeVisible();
  await awareness.getByLabel('Metric').fill('Brand-lift survey: share of locals who name us');
  await expect(readiness(page)).toContainText('8 of 8 parts complete');
  await awareness.getByLabel('Metric').fill('Instagram followers');
  await expect(readiness(page)).toContainText('7 of 8 parts complete');

  // Its campaigns stand on it.
  await goTo(page, 'Campaigns');
  await expect(page.getByRole('list', { name: 'Campaigns' }).getByRole('listitem')).toHaveCount(3);
});
