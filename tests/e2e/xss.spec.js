// XSS: markup and script links typed into every kind of text field, or brought
// in by an import, are only ever shown as text. `window.__x` stays undefined, no
// element is made from the data (not even in an open shadow root), no alert
// appears, and a link is followed only when it is http or https.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createPlan, expectSaved, goTo, planCard, recordViolations, openPart } from './helpers.js';

const PAYLOAD = '<img src=x onerror=window.__x=1>';
// Variants that each still hold PAYLOAD: breaking out of an attribute, a script
// element, an SVG handler.
const PAYLOADS = [
  PAYLOAD,
  `"><${PAYLOAD.slice(1)}`,
  `<script>window.__x=1</script>${PAYLOAD}`,
  `'><svg onload=window.__x=1>${PAYLOAD}`,
];
const JS_LINK = 'javascript:window.__x=1';
const BAD_LINKS = [
  JS_LINK,
  'JavaScript:window.__x=1',
  'javascript://example.com/%0Awindow.__x=1',
  'data:text/html,<script>window.__x=1</script>',
];
const SAFE_LINK = 'https://example.com/spring';

/** Every page gets watched: any alert, confirm or prompt, any uncaught error,
 *  and any CSP violation (an inline handler that tried to run) fail the test. */
const watched = new WeakMap();
const test = base.extend({
  page: async ({ page }, use) => {
    const seen = { dialogs: [], errors: [] };
    watched.set(page, seen);
    page.on('dialog', async (dialog) => {
      seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => seen.errors.push(String(error)));
    await recordViolations(page);
    await use(page);
    expect(seen.dialogs, 'no dialog may appear').toEqual([]);
    expect(seen.errors, 'no error may be thrown in the page').toEqual([]);
  },
});

/** What the data could have turned into, searched in the document and every
 *  open shadow root: elements from markup, handlers, script and data links. */
function injectedElements() {
  const found = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (tag === 'img' && /(^|\/)x$/.test(el.getAttribute('src') ?? '')) found.push('img[src=x]');
      if (tag === 'script' && !el.hasAttribute('src')) found.push(`inline script: ${el.textContent.slice(0, 60)}`);
      if (['iframe', 'frame', 'object', 'embed'].includes(tag)) found.push(tag);
      if (tag === 'svg' && el.hasAttribute('onload')) found.push('svg[onload]');
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name)) found.push(`${tag}[${name}="${value}"]`);
        if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value)) {
          found.push(`${tag}[${name}="${value}"]`);
        }
      }
      if (tag === 'a' && el.hasAttribute('href')) {
        const href = el.getAttribute('href');
        if (!/^(#|\/|https?:\/\/)/i.test(href)) found.push(`a[href="${href}"]`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/** Nothing ran and nothing was made from the data; the payload shows as text. */
async function expectClean(page, where, { shown = true } = {}) {
  if (shown) {
    await expect(page.getByText(PAYLOAD).filter({ visible: true }).first(), `${where}: the payload is shown as text`).toBeVisible();
  }
  expect(await page.evaluate(() => window.__x), `${where}: window.__x`).toBeUndefined();
  expect(await page.evaluate(injectedElements), `${where}: elements made from data`).toEqual([]);
  // CSS locators pierce open shadow roots.
  await expect(page.locator('img[src="x"]'), where).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i], [href^="vbscript:" i]'), where).toHaveCount(0);
  expect(await page.evaluate(() => window.__violations), `${where}: CSP violations`).toEqual([]);
  const seen = watched.get(page);
  expect(seen.dialogs, `${where}: dialogs`).toEqual([]);
  expect(seen.errors, `${where}: page errors`).toEqual([]);
}

const region = (page, name) => page.getByRole('region', { name });
const panel = (page) => page.getByRole('dialog', { name: /^(Post|Task) on/ });
const day = (page, n) => page.getByRole('gridcell', { name: new RegExp(`^\\w+day ${n} March,`) });
const MARCH = '/#/calendar?date=2027-03-01';

/** In the open post's panel: a bad link stays text in its field, with no link to follow. */
async function expectLinkShownAsText(page, link) {
  await expect(panel(page).getByLabel('Link')).toHaveValue(link);
  await expect(panel(page).getByRole('link', { name: 'Open the link' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open the link' })).toHaveCount(0);
}

async function expectLinkFollowed(page, link) {
  await expect(panel(page).getByLabel('Link')).toHaveValue(link);
  await expect(panel(page).getByRole('link', { name: 'Open the link' })).toHaveAttribute('href', link);
}

/** Visits every page and view of the open plan, checking each. */
async function tourPages(page) {
  await goTo(page, 'Plans');
  await expect(planCard(page, PAYLOAD)).toBeVisible();
  await expectClean(page, 'Plans');

  await goTo(page, 'Overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAYLOAD);
  await expect(page.getByLabel('Brand or client')).toHaveValue(new RegExp(escape(PAYLOAD)));
  await expectClean(page, 'Overview');

  await goTo(page, 'Strategy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy');
  // Every part, in its read view when complete, in its fields when not.
  await openPart(page, 'Business objectives', { edit: false });
  await expectClean(page, 'Strategy');
  for (const name of ['Audience', 'Channels', 'Story and key messages', 'Content strategy', 'People and tools', 'Customer response plan', 'Measurement']) {
    await openPart(page, name, { edit: false });
    await expect(page.getByText('Laying out the part…')).toHaveCount(0);
    await expectClean(page, `Strategy: ${name}`, { shown: false });
  }

  await goTo(page, 'Campaigns');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns');
  await expect(page.getByRole('list', { name: 'Campaigns' }).getByRole('link', { name: PAYLOAD }).first()).toBeVisible();
  await expectClean(page, 'Campaigns');

  await goTo(page, 'Calendar');
  await page.goto(MARCH);
  await expect(page.getByRole('heading', { level: 2, name: 'March 2027' })).toBeVisible();
  await expectClean(page, 'Calendar, month');
  for (const view of ['Week', 'List']) {
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: view }).click();
    await expect(page.getByRole('group', { name: 'View' }).getByRole('button', { name: view })).toHaveAttribute('aria-pressed', 'true');
    await expectClean(page, `Calendar, ${view.toLowerCase()}`);
  }
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();

  await goTo(page, 'Measure');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measure');
  // The page itself has nothing of the plan's yet; the header names the plan.
  await expect(page.getByRole('banner')).toContainText(PAYLOAD);
  await expectClean(page, 'Measure', { shown: false });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('markup and script links typed into every kind of field are shown as text and never run', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await createPlan(page, PAYLOAD);
  await expect(planCard(page, PAYLOAD)).toBeVisible();
  await expectClean(page, 'a plan named with the payload');

  await goTo(page, 'Overview');
  await page.getByLabel('Brand or client').fill(PAYLOAD);
  await page.getByLabel('What this plan is for').fill(`${PAYLOADS[2]}\n${PAYLOADS[1]}`);

  // Strategy: one of each kind of text field, part by part.
  await goTo(page, 'Strategy');
  const objectives = region(page, 'Business objectives');
  await objectives.getByRole('button', { name: 'Add an objective' }).click();
  await objectives.getByLabel('Business issue').fill(PAYLOAD);
  await objectives.getByLabel('Metric').fill(PAYLOADS[1]);

  const audience = await openPart(page, 'Audience');
  await audience.getByRole('button', { name: 'Add a persona' }).click();
  await audience.getByLabel('Name').fill(PAYLOAD);
  await audience.getByLabel('Who they are').fill(PAYLOADS[2]);
  await audience.getByLabel('Where they spend time online').fill(PAYLOADS[3]);
  await audience.getByLabel('Interests').fill(`${PAYLOAD}\n${PAYLOADS[1]}`);
  await audience.getByLabel('Behaviours').fill(PAYLOADS[2]);
  await audience.getByLabel('Pain points the brand solves').fill(PAYLOADS[3]);
  await audience.getByRole('button', { name: 'Add a priority' }).click();
  await audience.getByLabel('Who or what').fill(PAYLOAD);
  await audience.getByLabel('Why it matters').fill(PAYLOADS[1]);

  const channels = await openPart(page, 'Channels');
  await channels.getByRole('button', { name: 'Add a profile' }).click();
  await channels.getByLabel('Platform', { exact: true }).selectOption({ label: 'Another platform…' });
  await channels.getByLabel('Platform name').fill(PAYLOAD);
  await channels.getByLabel('Handle or page name').fill(PAYLOADS[1]);
  await channels.getByLabel('Primary purpose').selectOption({ label: 'Promoting products' });
  await channels.getByLabel('Mission, in one sentence').fill(PAYLOADS[2]);
  await channels.getByLabel('Why this platform fits them').fill(PAYLOADS[3]);
  await channels.getByRole('checkbox', { name: PAYLOAD }).check();

  const story = await openPart(page, 'Story and key messages');
  await story.getByLabel('Positioning').fill(PAYLOAD);
  await story.getByRole('button', { name: 'Add a key message' }).click();
  await story.getByLabel('Key message 1', { exact: true }).fill(PAYLOADS[1]);
  await story.getByLabel('Voice and tone').fill(PAYLOADS[2]);
  await story.getByLabel('Words to use').fill(PAYLOADS[3]);
  await story.getByLabel('Words to avoid').fill(PAYLOAD);

  const content = await openPart(page, 'Content strategy');
  await content.getByRole('button', { name: 'Add a pillar' }).click();
  await content.getByLabel('Name').fill(PAYLOAD);
  await content.getByLabel('What it covers').fill(PAYLOADS[1]);
  await content.getByLabel('Formats').fill(PAYLOADS[2]);

  const people = await openPart(page, 'People and tools');
  await people.getByRole('button', { name: 'Add a team member' }).click();
  await people.getByLabel('Name').fill(PAYLOAD);
  await people.getByLabel('Role').fill(PAYLOADS[1]);
  await people.getByLabel('Training needed').fill(PAYLOADS[2]);
  await people.getByLabel('Owner').selectOption({ label: PAYLOAD });
  await people.getByLabel('When updates go out').fill(PAYLOADS[3]);
  await people.getByRole('button', { name: 'Add a tool' }).click();
  await people.getByLabel('Tool', { exact: true }).fill(PAYLOAD);
  await people.getByLabel('Used for').fill(PAYLOADS[1]);

  const response = await openPart(page, 'Customer response plan');
  await response.getByRole('button', { name: 'Add an escalation path' }).click();
  await response.getByLabel('When this happens').fill(PAYLOAD);
  await response.getByLabel('How', { exact: true }).fill(PAYLOADS[1]);
  for (const situation of ['A complaint', 'A question', 'Praise', 'A crisis']) {
    await response.getByLabel(situation).fill(PAYLOADS[2]);
  }

  const measurement = await openPart(page, 'Measurement');
  await measurement.getByRole('button', { name: 'Add a KPI' }).click();
  await measurement.getByLabel('What is measured').fill(PAYLOAD);
  await measurement.getByLabel('Objective it tracks').selectOption({ label: PAYLOAD });
  await measurement.getByLabel('How it fits the wider marketing plan').fill(PAYLOADS[3]);
  await expectClean(page, 'Strategy, typed');

  // A campaign: its name and every text field of the brief.
  await goTo(page, 'Campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await expect(page.getByLabel('Campaign name')).toBeFocused();
  await page.keyboard.type(PAYLOAD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAYLOAD);
  await region(page, 'The brief').getByLabel('Starts').fill('2027-03-01');
  await region(page, 'The brief').getByLabel('Ends').fill('2027-04-30');
  await region(page, 'The brief').getByLabel('Objective it serves').selectOption({ label: PAYLOAD });
  await region(page, 'The brief').getByLabel('Owner').selectOption({ label: PAYLOAD });
  const targeted = region(page, 'Targeted response');
  await targeted.getByLabel('Response', { exact: true }).selectOption({ label: 'Another metric' });
  await targeted.getByLabel('Metric').fill(PAYLOADS[1]);
  const reach = region(page, 'Audience and profiles');
  await reach.getByRole('checkbox', { name: PAYLOAD }).first().check();
  const message = region(page, 'Message');
  await message.getByLabel('Key message').selectOption({ label: 'Write one for this campaign…' });
  await message.getByLabel('The campaign\'s key message').fill(PAYLOADS[2]);
  await message.getByLabel('Call to action').fill(PAYLOADS[3]);
  await message.getByLabel('Offer').fill(PAYLOAD);
  const tactics = region(page, 'Tactics');
  await tactics.getByRole('button', { name: 'Add a tactic' }).click();
  await tactics.getByLabel('What it is').fill(PAYLOADS[1]);
  await page.getByRole('main').getByLabel('Notes').fill(PAYLOADS[2]);
  await expectClean(page, 'the campaign, typed');

  // The calendar: a post with script links typed into its link field, one with
  // a web address, and a task.
  await page.goto(MARCH);
  await day(page, 10).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Copy')).toBeFocused();
  await page.keyboard.type(PAYLOAD);
  await panel(page).getByLabel('Profile').selectOption({ index: 1 });
  await panel(page).getByLabel('Campaign').selectOption({ label: PAYLOAD });
  for (const link of BAD_LINKS) {
    await panel(page).getByLabel('Link').fill(link);
    await expectLinkShownAsText(page, link);
    await expectClean(page, `the post's link set to ${link}`);
  }
  await panel(page).getByLabel('Link').fill(JS_LINK);
  await panel(page).getByLabel('Media').fill(PAYLOADS[1]);
  await panel(page).getByLabel('Notes').fill(PAYLOADS[2]);
  await expectLinkShownAsText(page, JS_LINK);
  await page.keyboard.press('Escape');
  await expect(day(page, 10).getByRole('button', { name: PAYLOAD })).toBeVisible();

  await day(page, 11).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByLabel('Copy')).toBeFocused();
  await page.keyboard.type('A post with a web address');
  await panel(page).getByLabel('Link').fill(SAFE_LINK);
  await expectLinkFollowed(page, SAFE_LINK);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'New task' }).click();
  await expect(panel(page).getByLabel('What needs doing')).toBeFocused();
  await page.keyboard.type(PAYLOAD);
  await expectClean(page, 'the task, typed');
  await page.keyboard.press('Escape');
  await expectSaved(page);

  await tourPages(page);
  // The detail panels show the saved post again: the bad link as text only.
  await page.goto(MARCH);
  await day(page, 10).getByRole('button', { name: PAYLOAD }).click();
  await expectLinkShownAsText(page, JS_LINK);
  await expectClean(page, 'the post panel');
  await page.keyboard.press('Escape');
  await day(page, 11).getByRole('button', { name: /A post with a web address/ }).click();
  await expectLinkFollowed(page, SAFE_LINK);
  await page.keyboard.press('Escape');

  // Saved data rendered again from storage.
  await page.reload();
  await tourPages(page);
});

// ---- Import ----------------------------------------------------------------

/** Keys whose string values are free text the user wrote. */
const FREE_TEXT = new Set([
  'name', 'brand', 'about', 'statement', 'metric', 'who', 'online', 'why', 'handle', 'mission', 'fit',
  'updates', 'positioning', 'text', 'voice', 'description', 'role', 'training', 'used_for', 'situation',
  'how', 'complaint', 'question', 'praise', 'crisis', 'integration', 'call_to_action', 'offer', 'notes',
  'copy', 'media', 'title', 'own', 'other',
]);
/** Keys whose values are lists of free text, one a line. */
const FREE_LISTS = new Set(['interests', 'behaviours', 'pain_points', 'words_to_use', 'words_to_avoid', 'formats']);
/** Keys whose strings are ids, dates, times and choices from a list: kept valid. */
const STRUCTURAL = new Set([
  'format', 'id', 'created', 'updated', 'function', 'deadline', 'kind', 'platform', 'purpose', 'personas',
  'objectives', 'owner', 'approver', 'to', 'review', 'start', 'end', 'objective', 'from_strategy', 'profile',
  'profiles', 'pillar', 'campaign', 'at', 'status', 'post', 'series', 'day', 'due', 'time', 'weekly',
  'skipped', 'time_zone',
]);

/** A plan of the current schema with the payload in every free-text field and
 *  script links in every link field. */
function hostilePlan() {
  const file = JSON.parse(readFileSync(new URL('../fixtures/v4-plan.json', import.meta.url), 'utf8'));
  const { plan } = file;
  // Shapes the fixture lacks: a platform of the user's own, a campaign's own
  // key message, a named product and a named metric.
  plan.strategy.profiles.push({ ...plan.strategy.profiles[0], id: 'c-other', platform: { other: '' } });
  const spring = plan.campaigns[0];
  plan.campaigns.push(
    { ...spring, id: 'm-own', message: { own: '' }, response: { kind: 'other', name: '', target: 10 }, tactics: [{ ...spring.tactics[0], id: 'a-own' }] },
    { ...spring, id: 'm-sales', response: { kind: 'sales', name: '', target: 5 }, tactics: [{ ...spring.tactics[0], id: 'a-sales' }] },
  );
  // A task with a title of its own on a day the month shows alone.
  plan.calendar.tasks.push({ id: 'j-extra', kind: 'film', title: '', owner: null, due: '2027-03-26', post: null, campaign: null, done: false });

  let n = 0;
  let links = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length];
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'link') value[key] = BAD_LINKS[links++ % BAD_LINKS.length];
      else if (FREE_TEXT.has(key) && typeof v === 'string') value[key] = next();
      else if (FREE_LISTS.has(key) && Array.isArray(v)) value[key] = [next(), next()];
      else walk(v);
    }
  };
  walk(plan);
  plan.id = 'xss-import';
  plan.name = PAYLOAD;
  // One web address, to show a followable link still gets its link.
  plan.calendar.posts.find((p) => p.id === 'q-class').link = SAFE_LINK;

  // Every string left is one of the structural kinds: no free text was missed.
  const left = new Set();
  const collect = (value, key) => {
    if (typeof value === 'string' && !PAYLOADS.includes(value) && !BAD_LINKS.includes(value) && value !== SAFE_LINK) left.add(key);
    else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  collect(file, 'file');
  expect([...left].filter((key) => !STRUCTURAL.has(key)), 'strings left that are not ids, dates or choices').toEqual([]);
  expect(n).toBeGreaterThan(80);
  return file;
}

async function tourCampaigns(page) {
  await goTo(page, 'Campaigns');
  const list = page.getByRole('list', { name: 'Campaigns' });
  const count = await list.getByRole('link', { name: PAYLOAD }).count();
  expect(count).toBe(3);
  for (let i = 0; i < count; i++) {
    await goTo(page, 'Campaigns');
    await list.getByRole('link', { name: PAYLOAD }).nth(i).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(PAYLOAD);
    await expectClean(page, `campaign ${i + 1}`);
  }
  await goTo(page, 'Campaigns');
  await page.getByRole('button', { name: /^Show archived/ }).click();
  await page.getByRole('list', { name: 'Archived campaigns' }).getByRole('link', { name: PAYLOAD }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PAYLOAD);
  await expectClean(page, 'the archived campaign');
}

/** Opens the detail panel of posts, a repeating post and tasks of the imported plan. */
async function tourPanels(page) {
  await page.goto(MARCH);
  await expect(page.getByRole('heading', { level: 2, name: 'March 2027' })).toBeVisible();
  const open = async (n, name, where) => {
    await day(page, n).getByRole('button', { name }).click();
    await expect(panel(page)).toBeVisible();
    await expectClean(page, where);
  };
  await open(9, /^08:30 /, 'post on 9 March');
  await expectLinkShownAsText(page, BAD_LINKS[0]);
  await expect(panel(page).getByLabel('Copy')).toHaveValue(/<img src=x onerror=window.__x=1>/);
  await page.keyboard.press('Escape');

  await open(12, /^18:00 /, 'post on 12 March');
  await expectLinkFollowed(page, SAFE_LINK);
  await page.keyboard.press('Escape');

  await open(17, /^11:00 /, 'moved post on 17 March');
  await expect(panel(page).getByLabel('Link')).toHaveValue(/^(javascript|data):/i);
  await expect(panel(page).getByRole('link', { name: 'Open the link' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await open(2, /^09:00 .*, repeats/, 'repeating post on 2 March');
  await expect(panel(page).getByLabel('Link')).toHaveValue(/^(javascript|data):/i);
  await expect(panel(page).getByRole('link', { name: 'Open the link' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await open(1, /^12:30 .*, repeats/, 'every-ten-days post on 1 March');
  await expect(panel(page).getByLabel('Link')).toHaveValue(/^(javascript|data):/i);
  await expect(panel(page).getByRole('link', { name: 'Open the link' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await open(5, /^Film: /, 'task on 5 March');
  await expect(panel(page).getByLabel('What needs doing')).toHaveValue(/<img src=x onerror=window.__x=1>/);
  await page.keyboard.press('Escape');
  await open(26, /^Film: /, 'task on 26 March');
  await page.keyboard.press('Escape');

  // The list view opens entries too.
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
  await page.getByRole('main').getByRole('button', { name: PAYLOAD }).first().click();
  await expect(panel(page)).toBeVisible();
  await expectClean(page, 'an entry opened from the list');
  await page.keyboard.press('Escape');
}

test('an imported plan with markup in every text field and script links is shown as text and never runs', async ({ page }) => {
  test.setTimeout(120_000);
  const file = hostilePlan();
  await page.goto('/#/plans');
  // The file's name is hostile too: the preview shows it.
  await page.getByLabel('Import plans from a file').setInputFiles({
    name: `${PAYLOAD}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const preview = page.getByRole('group', { name: 'Ready to import' });
  await expect(preview).toContainText(`${PAYLOAD}.json holds 1 plan. Nothing has changed yet.`);
  await expectClean(page, 'the import preview');
  await preview.getByRole('button', { name: 'Import the plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 plan.' })).toBeVisible();
  // The only plan in the browser: it is opened at once.
  await expect(planCard(page, PAYLOAD)).toContainText('Open now');
  await goTo(page, 'Overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAYLOAD);
  await expectClean(page, 'the imported plan opened');

  await tourPages(page);
  await tourCampaigns(page);
  await tourPanels(page);

  // Saved data rendered again from storage.
  await expectSaved(page);
  await page.reload();
  await tourPages(page);
  await tourCampaigns(page);
  await tourPanels(page);
});
