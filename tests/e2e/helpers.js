// Shared steps for the end-to-end tests, written as a user acts: by label, role
// and visible text.
import { expect } from '@playwright/test';

/** The storage prefix of the standalone page. */
export const PREFIX = 'social-media-planner:';

export function saveStatus(page) {
  return page.getByRole('banner').getByRole('status');
}

/** Waits until every change has reached localStorage. */
export async function expectSaved(page) {
  await expect(saveStatus(page)).toHaveText('Saved');
}

/** Follows a link of the section navigation. */
export async function goTo(page, section) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section, exact: true }).click();
}

export async function createPlan(page, name) {
  await goTo(page, 'Plans');
  await page.getByLabel('Plan name').fill(name);
  await page.getByRole('button', { name: 'Create plan' }).click();
}

export function planCard(page, name) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** Every key and value under our prefix, to prove nothing was lost or changed. */
export async function storedEntries(page) {
  return page.evaluate((prefix) => {
    const entries = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith(prefix)) entries[key] = localStorage.getItem(key);
    }
    return entries;
  }, PREFIX);
}

export async function storedPlans(page) {
  const entries = await storedEntries(page);
  return Object.entries(entries)
    .filter(([key]) => key.startsWith(`${PREFIX}plan:`))
    .map(([, value]) => JSON.parse(value).plan);
}

/** Puts values in storage, then loads the app on them. */
export async function openWith(page, entries) {
  await page.goto('/');
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, entries);
  await page.reload();
}
