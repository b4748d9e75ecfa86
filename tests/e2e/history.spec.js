// Adapting: the strategy's history (revisions compared and restored), the
// insights log and the way from an insight to the part it should change, and
// the reviews the strategy's cadence asks for.
import { test, expect } from '@playwright/test';
import { expectSaved, goTo, openExampleInMay, openPart } from './helpers.js';
import { layoutProblems } from './layout.js';

const story = (page) => page.getByRole('region', { name: 'Story and key messages' });

test('each change to the strategy is a dated revision; two are compared part by part, and an earlier one is restored', async ({ page }) => {
  await openExampleInMay(page, 'Strategy');
  const positioning = (await openPart(page, 'Story and key messages')).getByLabel('Positioning');
  const original = await positioning.inputValue();
  await positioning.fill('The bakery the street starts its day with.');
  await expectSaved(page);
  await expect(page.getByRole('link', { name: 'Strategy history: 1 revision' })).toBeVisible();

  // Ten minutes later, another part: a second revision.
  await page.clock.setSystemTime(new Date('2027-05-01T10:30:00'));
  await (await openPart(page, 'Content strategy')).getByLabel('Minutes to make one post').fill('50');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Strategy history: 2 revisions' }).click();
  await expect(page).toHaveURL(/#\/strategy\/history$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy history');

  const list = page.getByRole('list').filter({ has: page.getByRole('heading', { name: /^Revision 2/ }) });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').first()).toContainText('Content strategy');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Story and key messages');

  // By default the latest is compared with the one before it.
  const compare = page.getByRole('region', { name: 'Compare two revisions' });
  await expect(compare.getByText('1 change', { exact: true })).toBeVisible();
  await expect(compare.getByRole('heading', { level: 3, name: 'Content strategy: 1 change' })).toBeVisible();
  await expect(compare.getByRole('table')).toHaveCount(1);
  await expect(compare.getByRole('table')).toContainText('Changed: Minutes per post');
  await compare.getByLabel('Earlier').selectOption({ label: 'The earliest state kept' });
  await expect(compare.getByText('2 changes in 2 parts')).toBeVisible();
  await expect(compare.getByRole('heading', { level: 3 })).toHaveText(['Story and key messages: 1 change', 'Content strategy: 1 change']);
  const storyChanges = compare.getByRole('region', { name: 'Table 1: What, In the earliest state kept and In revision 2' }).getByRole('table');
  await expect(storyChanges.getByRole('row').nth(1)).toContainText('Positioning');
  await expect(storyChanges.getByRole('row').nth(1)).toContainText(original);
  await expect(storyChanges.getByRole('row').nth(1)).toContainText('The bakery the street starts its day with.');

  // Putting the earliest state back asks first, then is a revision of its own.
  await page.getByRole('button', { name: 'Restore The earliest state kept' }).click();
  const confirm = page.getByRole('group', { name: 'Restore The earliest state kept?' }).getByRole('button', { name: 'Restore', exact: true });
  await expect(confirm).toBeFocused();
  await confirm.click();
  await expect(list.getByRole('listitem').first()).toContainText('restores the earliest state kept');
  await expect(page.getByRole('heading', { name: /^Revision 3/ })).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await goTo(page, 'Strategy');
  // Complete again, the story reads as it was.
  await openPart(page, 'Story and key messages', { edit: false });
  await expect(story(page).getByText(original)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Strategy history: 3 revisions' })).toBeVisible();

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole('link', { name: 'Strategy history: 3 revisions' }).click();
    const compared = page.getByRole('region', { name: 'Compare two revisions' });
    await expect(compared.getByRole('table')).toHaveCount(2);
    await page.screenshot({ path: `test-results/history-${width}.png`, fullPage: true });
    // No word is cut in two, at either width: on a phone each change reads
    // what changed across its row, then its two sides under their headers.
    expect(await layoutProblems(page)).toEqual([]);
    const table = compared.getByRole('table').first();
    const [, earlier, later] = await table.getByRole('columnheader').all();
    const [what, before, after] = await table.getByRole('row').nth(1).getByRole('cell').all();
    const box = async (locator) => locator.boundingBox();
    expect(Math.abs((await box(before)).x - (await box(earlier)).x)).toBeLessThan(2);
    expect(Math.abs((await box(after)).x - (await box(later)).x)).toBeLessThan(2);
    if (width === 360) {
      await expect(what).toHaveText('Changed: Positioning');
      expect((await box(what)).width).toBeGreaterThan((await box(before)).width * 1.8);
      // Still a table to the browser itself, not only to Playwright's reading.
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const roles = nodes.filter((n) => !n.ignored).map((n) => n.role?.value);
      const count = (role) => roles.filter((r) => r === role).length;
      expect(count('table')).toBe(2);
      expect(count('columnheader')).toBe(6);
      expect(count('row')).toBe(4);
      expect(count('cell')).toBe(6);
    }
    await goTo(page, 'Strategy');
  }
});

test('an insight is noted, adapts the part it names, and the revision made from it links back', async ({ page }) => {
  await openExampleInMay(page, 'Measure');
  const insights = page.getByRole('region', { name: 'Insights' });
  // Nothing is chosen for the user.
  await expect(insights.getByLabel('Part of the strategy it should change')).toHaveValue('');
  await expect(insights.getByLabel('Where it came from')).toHaveValue('');
  await insights.getByRole('button', { name: 'Note the insight' }).click();
  await expect(insights.getByRole('alert')).toHaveText('Say what was learned, in a sentence or two.');

  await insights.getByLabel('What was learned').fill('How-to videos answered more support questions than posts');
  await insights.getByLabel('Part of the strategy it should change').selectOption({ label: 'Content strategy' });
  await insights.getByLabel('Where it came from').selectOption({ label: 'the KPI “Class bookings from Instagram links”' });
  await insights.getByRole('button', { name: 'Note the insight' }).click();
  const noted = insights.getByRole('list', { name: 'Insights noted' }).getByRole('listitem');
  await expect(noted).toHaveCount(1);
  await expect(noted).toContainText('1 May 2027 · for Content strategy · from the KPI “Class bookings from Instagram links”');

  await noted.getByRole('button', { name: 'Adapt the strategy from “How-to videos answered more support questions than posts”' }).click();
  // The part it names, open in its fields (complete as it is).
  await expect(page).toHaveURL(/#\/strategy\?part=content$/);
  await expect(page.getByRole('region', { name: 'Content strategy' })).toBeFocused();
  const banner = page.getByRole('region', { name: 'Adapting the strategy' });
  await expect(banner).toContainText('How-to videos answered more support questions than posts');
  await page.getByRole('region', { name: 'Content strategy' }).getByLabel('Formats').fill('How-to videos\nReels');
  await expect(banner).toContainText('(1 so far)');
  await banner.getByRole('button', { name: 'Done adapting' }).click();
  await expect(banner).toHaveCount(0);
  await expectSaved(page);

  await page.reload();
  await goTo(page, 'Measure');
  const again = page.getByRole('region', { name: 'Insights' }).getByRole('list', { name: 'Insights noted' }).getByRole('listitem');
  await expect(again).toContainText('Made from it: Revision 1 of the strategy.');
  await again.getByRole('link', { name: 'See them in the history' }).click();
  await expect(page.getByRole('heading', { name: /^Revision 1/ }).locator('..')).toContainText('made from the insight “How-to videos answered more support questions than posts”');
});

test('a review falls due on the strategy’s cadence, is recorded with what was decided, and links the revisions since', async ({ page }) => {
  await openExampleInMay(page, 'Measure');
  const reviews = page.getByRole('region', { name: 'Reviews of the strategy' });
  // Monthly from 1 January: due since 1 February.
  await expect(reviews.getByText('Review due', { exact: true })).toBeVisible();
  await expect(reviews).toContainText('A review of the strategy is due: it was due on 1 Feb 2027 (monthly).');

  // The overview says so too, in the workflow's Measure step.
  await goTo(page, 'Overview');
  const measureStep = page.getByRole('region', { name: 'The workflow' }).getByRole('listitem').filter({ hasText: 'Measure' });
  await expect(measureStep).toContainText('After your first results · review due');

  await goTo(page, 'Strategy');
  await (await openPart(page, 'Story and key messages')).getByLabel('Voice and tone').fill('Warm, plain, a little floury.');
  await expectSaved(page);
  await goTo(page, 'Measure');
  await reviews.getByLabel('Day of the review').fill('2027-06-01');
  await reviews.getByRole('button', { name: 'Record a review' }).click();
  await expect(reviews.getByRole('alert')).toHaveText('Give the day the review took place: today or earlier.');
  await reviews.getByLabel('Day of the review').fill('2027-05-01');
  await reviews.getByLabel('What was decided').fill('Keep the cadence; more how-to videos.');
  await reviews.getByRole('button', { name: 'Record a review' }).click();

  const recorded = reviews.getByRole('list', { name: 'Reviews recorded' }).getByRole('listitem');
  await expect(recorded).toHaveCount(1);
  await expect(recorded).toContainText('Review of 1 May 2027');
  await expect(recorded).toContainText('Keep the cadence; more how-to videos.');
  await expect(recorded).toContainText('Revision 1 of the strategy.');
  await expect(reviews.getByText('Review due', { exact: true })).toHaveCount(0);
  await expect(reviews).toContainText('Next review of the strategy by 1 Jun 2027 (monthly).');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Reviews of the strategy' })).toContainText('Next review of the strategy by 1 Jun 2027 (monthly).');
  await goTo(page, 'Overview');
  await expect(measureStep).toContainText('After your first results');
  await expect(measureStep).not.toContainText('review due');
});
