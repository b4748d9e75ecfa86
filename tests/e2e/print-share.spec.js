// The printable strategy and the plan shared in a link: the document view of
// the whole strategy, its campaigns and the next month's calendar; printed to
// PDF by Chromium and read back by pdftotext (poppler-utils, not ours); a
// link opened in a second browser shows the plan read-only and imports it as
// a copy, never over a plan; a damaged link is refused with a message.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './axe.js';
import { expectSaved, goTo, newCampaign, planCard, startFromStrategy, storedEntries, openPart } from './helpers.js';

const EXAMPLE = 'Example: Hearth & Crumb Bakery';

/** The example plan on 1 March 2027, with a campaign and a post that month. */
async function exampleWithMonth(page) {
  await startFromStrategy(page, '/#/strategy', '2027-03-01T09:00:00');
  await newCampaign(page, 'Spring tasting tour', '2027-03-08', '2027-04-30');
  await expectSaved(page);
  await goTo(page, 'Calendar');
  await page.getByRole('gridcell', { name: /^\w+day 4 March,/ }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: /^Post on/ });
  await expect(panel.getByLabel('Copy')).toBeFocused();
  await page.keyboard.type('Croissants at seven');
  await panel.getByLabel('Time').fill('09:30');
  await page.keyboard.press('Escape');
  await expectSaved(page);
}

async function openPrintable(page) {
  await goTo(page, 'Strategy');
  await page.getByRole('link', { name: 'Printable strategy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE);
}

/** Makes the open plan's link on the printable strategy. */
async function shareLink(page) {
  await page.getByRole('button', { name: 'Share a copy' }).click();
  const field = page.getByLabel('Link to a copy of this plan');
  await expect(field).toBeVisible();
  return field.inputValue();
}

const planKeys = (entries) => Object.keys(entries).filter((k) => /:plan:/.test(k));

test('the printable strategy holds every part, the campaigns and the month, and prints to PDF without the navigation', async ({ page }) => {
  await exampleWithMonth(page);
  await openPrintable(page);
  const doc = page.getByRole('article', { name: 'Printable strategy' });
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText(['Strategy', 'Campaigns', 'Calendar']);
  for (const part of ['Business objectives', 'Audience', 'Channels', 'Story and key messages', 'Content strategy', 'People and tools', 'Customer response plan', 'Measurement', 'Spring tasting tour']) {
    await expect(doc.getByRole('heading', { level: 3, name: part })).toBeVisible();
  }
  const month = doc.getByRole('table').last();
  await expect(month.getByRole('columnheader')).toHaveText(['Day', 'Time', 'Profile', 'What', 'Status']);
  await expect(month.getByRole('row').nth(1)).toContainText(['Thursday 4 March']);
  await expect(month).toContainText('Croissants at seven');
  await expect(doc).toContainText('1 Mar – 31 Mar 2027');
  // The tab (and so the PDF's name) says whose strategy it is, and goes back.
  await expect(page).toHaveTitle(`${EXAMPLE} — social media strategy`);

  // One click opens the browser's print dialog.
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => (window.printed += 1);
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => window.printed)).toBe(1);

  // On paper: no navigation, no buttons; each part from a new page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await page.emulateMedia({ media: null });
  const pdf = join(mkdtempSync(join(tmpdir(), 'smp-print-')), 'strategy.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  // Read in reading order, each page's lines joined: a cell's words may wrap.
  const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/\s+/g, ' '));
  const text = pages.join('\n');
  // The page a part begins on: its heading follows the page's running head.
  const pageOf = (heading) => pages.findIndex((p) => p.includes(`Social media strategy ${heading} `));
  for (const expected of [EXAMPLE, 'Business objectives', 'Customer response plan', 'Spring tasting tour', 'Croissants at seven', 'Social media strategy']) {
    expect(text).toContain(expected);
  }
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).not.toContain('Sections');
  expect(text).not.toContain('Print or save as PDF');
  expect(text).not.toContain('Your plans are kept in this browser only');
  const [strategy, campaigns, calendar] = ['Strategy', 'Campaigns', 'Calendar'].map(pageOf);
  expect(strategy).toBeGreaterThanOrEqual(0);
  expect(campaigns).toBeGreaterThan(strategy);
  expect(calendar).toBeGreaterThan(campaigns);
  // A part begins its page: nothing of the part before shares it.
  expect(pages[calendar]).not.toContain('Spring tasting tour');

  await page.getByRole('link', { name: 'Back to the strategy' }).click();
  await expect(page).toHaveTitle('Social Media Planner');
});

test('a shared link opens read-only in another browser and imports as a new plan', async ({ page, browser }) => {
  await exampleWithMonth(page);
  await openPrintable(page);
  const link = await shareLink(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/shared\?plan=[A-Za-z0-9_-]+$/);
  await expect(page.getByText(new RegExp(`^${link.length.toLocaleString('en-GB')} characters\\. The plan travels inside the link`))).toBeVisible();

  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.clock.install({ time: new Date('2027-03-02T09:00:00') });
  await colleague.goto(link);
  const offer = colleague.getByRole('region', { name: 'Shared plan' });
  await expect(offer).toContainText(`A copy of “${EXAMPLE}”, shared with you.`);
  const doc = colleague.getByRole('article', { name: 'Shared plan' });
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE);
  await expect(doc.getByRole('heading', { level: 3, name: 'Spring tasting tour' })).toBeVisible();
  await expect(doc).toContainText('Croissants at seven');
  // Looking adds nothing, and nothing in it is editable.
  expect(planKeys(await storedEntries(colleague))).toEqual([]);
  await expect(doc.getByRole('textbox')).toHaveCount(0);

  await offer.getByRole('button', { name: 'Import as a new plan' }).click();
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE);
  await expectSaved(colleague);
  await goTo(colleague, 'Plans');
  await expect(planCard(colleague, EXAMPLE)).toBeVisible();
  expect(planKeys(await storedEntries(colleague))).toHaveLength(1);
  await other.close();

  // Opened where the plan itself is, it is added beside it, never over it.
  const before = await storedEntries(page);
  await page.goto(link);
  await page.getByRole('button', { name: 'Import as a new plan' }).click();
  await expectSaved(page);
  await goTo(page, 'Plans');
  await expect(planCard(page, EXAMPLE)).toBeVisible();
  await expect(planCard(page, `${EXAMPLE} (shared copy)`)).toBeVisible();
  const after = await storedEntries(page);
  for (const key of planKeys(before)) expect(after[key]).toBe(before[key]);
  expect(planKeys(after)).toHaveLength(2);
});

test('a truncated, altered or foreign link is refused with a message and changes nothing', async ({ page }) => {
  await exampleWithMonth(page);
  await openPrintable(page);
  const link = await shareLink(page);
  const before = await storedEntries(page);
  const at = link.indexOf('plan=') + 5;
  const middle = Math.floor((at + link.length) / 2);
  const flip = (c) => (c === 'A' ? 'B' : 'A');
  const cases = [
    [link.slice(0, middle), /incomplete or was altered/],
    [link.slice(0, middle) + flip(link[middle]) + link.slice(middle + 1), /incomplete or was altered/],
    [link.slice(0, at) + 'Zm9vYmFy', /incomplete or was altered/],
    [link.slice(0, at) + 'abc%20def', /changed after it was made/],
    [link.slice(0, at - 5), /holds no plan/],
  ];
  for (const [address, message] of cases) {
    await page.goto('about:blank');
    await page.goto(address);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing was added or changed in this browser.');
    await expect(page.getByRole('button', { name: 'Import as a new plan' })).toHaveCount(0);
  }
  expect(await storedEntries(page)).toEqual(before);
});

test('a plan too large for a link says so and points to its file', async ({ page }) => {
  await startFromStrategy(page);
  // Text that does not compress: a link for it would pass the limit.
  const noise = randomBytes(45000).toString('base64url');
  await goTo(page, 'Strategy');
  await (await openPart(page, 'Story and key messages')).getByLabel('Positioning').fill(noise);
  await expectSaved(page);
  await page.getByRole('link', { name: 'Printable strategy' }).click();
  await page.getByRole('button', { name: 'Share a copy' }).click();
  await expect(page.getByRole('alert')).toContainText(/^This plan is too large for a link: it would take [\d,]+ characters, and a link holds at most 32,000\. Share the plan's file instead/);
  await expect(page.getByLabel('Link to a copy of this plan')).toHaveCount(0);
});

for (const width of [1280, 360]) {
  test(`the printable strategy and a shared plan fit ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await exampleWithMonth(page);
    await openPrintable(page);
    const link = await shareLink(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/print-${width}.png`, fullPage: false });
    await page.goto(link);
    await expect(page.getByRole('region', { name: 'Shared plan' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/shared-${width}.png`, fullPage: false });
    // axe finds nothing on the shared plan, in either theme.
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
}
