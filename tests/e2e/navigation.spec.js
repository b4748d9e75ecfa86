// Hash routing: every section has an address, back and forward work, and a bad
// address shows a way home.
import { test, expect } from '@playwright/test';
import { createPlan, startFromStrategy } from './helpers.js';

const sections = [
  ['Strategy', '#/strategy', 'Business objectives'],
  ['Campaigns', '#/campaigns', 'No campaign without a strategy'],
  ['Calendar', '#/calendar', 'Nothing planned yet'],
  ['Measure', '#/measure', 'Nothing to measure yet'],
];

test('each section has its own address and a useful empty state', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const [name, hash, emptyState] of sections) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('heading', { level: 2, name: emptyState })).toBeVisible();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
  await nav.getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'a business objective' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the strategy' }).click();
  await expect(page).toHaveURL(/#\/strategy$/);
});

test('back and forward move between pages', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: 'Strategy' }).click();
  await nav.getByRole('link', { name: 'Calendar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendar');
  await page.goBack();
  await expect(page).toHaveURL(/#\/strategy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy');
  await page.goBack();
  await expect(page).toHaveURL(/#\/plans$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy');
});

test('an address typed by hand while the planner is open takes it there, a slash at the end or not', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  await page.evaluate(() => (location.hash = '#/measure'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measure');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: 'Measure' })).toHaveAttribute('aria-current', 'page');
  await page.evaluate(() => (location.hash = '#/strategy/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measure');
});

test('a page opened by its address shows directly', async ({ page }) => {
  await page.goto('/#/measure');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measure');
  await expect(page.getByRole('heading', { name: 'Create a plan first' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Plans' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
});

test('an unknown address shows a not-found page with a way home', async ({ page }) => {
  await page.goto('/#/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText('#/no-such-page')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');
});

test('a page reached from far down a long page starts at its top', async ({ page }) => {
  await startFromStrategy(page);
  // The printable strategy holds every part: the longest page there is.
  await page.getByRole('link', { name: 'Printable strategy' }).click();
  const doc = page.getByRole('article', { name: 'Printable strategy' });
  await doc.getByRole('heading', { level: 3, name: 'Measurement' }).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy');
  await expect(page.getByRole('banner')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
