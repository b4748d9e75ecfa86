// Exports: what a plan gives the tools and people outside the planner.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { goTo, openPart, startFromStrategy } from './helpers.js';

test('the strategy and campaigns are copied and downloaded as Markdown, the user’s words escaped', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startFromStrategy(page);
  // Words that would be markup in a wiki.
  const story = await openPart(page, 'Story and key messages');
  await story.getByLabel('Positioning').fill('# Real bread <b>here</b>, *slowly*');

  const exports = page.getByRole('region', { name: 'For docs, wikis and paper' });
  const download = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'Download Markdown' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Example-Hearth-Crumb-Bakery.md');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.startsWith('# Example: Hearth &amp; Crumb Bakery\n')).toBe(true);
  for (const heading of ['## Strategy', '### Business objectives', '### Audience', '### Channels', '### Story and key messages', '### Content strategy', '### People and tools', '### Customer response plan', '### Measurement']) {
    expect(text).toContain(`\n${heading}\n`);
  }
  expect(text).toContain('\\# Real bread \\<b\\>here\\</b\\>, \\*slowly\\*');
  expect(text).not.toContain('<b>');
  expect(text).toContain('| Profile | Purpose | Mission | Cadence | Owner |');
  await expect(exports.getByRole('status')).toHaveText('Downloaded as a Markdown file.');

  await exports.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(exports.getByRole('status')).toHaveText('Copied: paste it into a doc or a wiki.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(text);

  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await exports.screenshot({ path: `test-results/markdown-export-${width}.png` });
  }
});
