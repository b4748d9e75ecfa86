// Storage that holds an agency's plans: the compact encoding in the browser,
// plans far larger than plain JSON could keep, the space shown with a warning
// and a way out, and nothing lost on the way (old saves, damage, a close).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PREFIX, expectSaved, goTo, importFile, openWith, planCard, saveStatus, storedEntries, createPlan } from './helpers.js';
import { isCompact, readStored } from './compact.js';
import { busyPlan } from '../bench/busy-plan.mjs';

/** An export of a busy plan, laid out as the app exports it. */
function planFile(count, id, name) {
  return Buffer.from(JSON.stringify(busyPlan({ count, id, name }), null, 2));
}

function bundleFile(plans) {
  return Buffer.from(JSON.stringify({ format: 'social-media-planner/plans', version: 4, plans: plans.map((e) => e.plan) }, null, 2));
}

async function importAll(page, name, buffer, button) {
  await importFile(page, name, buffer);
  const preview = page.getByRole('group', { name: 'Ready to import' });
  await preview.getByRole('button', { name: button }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported \d+ plans?\.$/ })).toBeVisible({ timeout: 30_000 });
}

const planKeys = (entries) => Object.keys(entries).filter((k) => k.startsWith(`${PREFIX}plan:`)).sort();

test('an agency\'s plans, one of 20,000 entries and ten of 2,000, are saved side by side and all open after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  const big = planFile(20_000, 'big', 'Big client');
  // The old limit (5 MB) refused this file, and as plain JSON it would not fit in storage at all.
  expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
  await importAll(page, 'big.json', big, 'Import the plan');
  const clients = Array.from({ length: 10 }, (_, n) => busyPlan({ count: 2_000, id: `client${n}`, name: `Client ${n + 1}` }));
  await importAll(page, 'clients.json', bundleFile(clients), 'Import 10 plans');
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 30_000 });

  const entries = await storedEntries(page);
  const keys = planKeys(entries);
  expect(keys).toHaveLength(11);
  const total = Object.entries(entries).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  expect(total).toBeLessThan(5 * 1024 * 1024 / 2);
  for (const key of keys) expect(isCompact(entries[key]), key).toBe(true);
  expect(readStored(entries[`${PREFIX}plan:big`]).plan.calendar.posts).toHaveLength(18_000);

  await page.reload();
  await goTo(page, 'Plans');
  await expect(page.getByRole('list').getByRole('heading', { level: 3 })).toHaveCount(11);
  await expect(planCard(page, 'Big client')).toContainText('18,000 posts · 2,000 tasks');
  await expect(planCard(page, 'Client 10')).toContainText('1,800 posts · 200 tasks');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
  await planCard(page, 'Client 3').getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Client 3');
});

test('an edit made just before a large plan\'s page closes is kept', async ({ context }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto('/');
  await importAll(page, 'big.json', planFile(20_000, 'big', 'Big client'), 'Import the plan');
  await expectSaved(page);
  await goTo(page, 'Overview');
  await page.getByLabel('Brand or client').fill('Typed, then closed at once');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Big client');
  await expect(again.getByLabel('Brand or client')).toHaveValue('Typed, then closed at once');
});

test('a plain-JSON save from the previous version opens, and is rewritten compactly only once it has loaded', async ({ page }) => {
  const old = readFileSync(new URL('../fixtures/v4-plan.json', import.meta.url), 'utf8');
  const { plan } = JSON.parse(old);
  const damaged = old.slice(0, -40);
  await openWith(page, { [`${PREFIX}plan:${plan.id}`]: old, [`${PREFIX}last-open`]: plan.id, [`${PREFIX}plan:cut`]: damaged });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plan.name);
  await expectSaved(page);
  const entries = await storedEntries(page);
  const saved = entries[`${PREFIX}plan:${plan.id}`];
  expect(isCompact(saved)).toBe(true);
  const { plan: rewritten, version } = readStored(saved);
  // Written again at the current version (6: what measures, and actual costs).
  expect(version).toBe(6);
  expect(rewritten.name).toBe(plan.name);
  // Every post is there (the calendar keeps them in order of their ids).
  expect(rewritten.calendar.posts.map((p) => p.id)).toEqual(plan.calendar.posts.map((p) => p.id).sort());
  // The value that did not load is left exactly as it was, and not rewritten.
  expect(entries[`${PREFIX}plan:cut`]).toBe(damaged);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plan.name);
});

test('a damaged compact value is quarantined as found, never half read', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Hurt');
  await expectSaved(page);
  const [key] = planKeys(await storedEntries(page));
  const good = (await storedEntries(page))[key];
  // One character in the data changed.
  const at = good.length - 20;
  const bad = good.slice(0, at) + String.fromCharCode(good.charCodeAt(at) ^ 8) + good.slice(at + 1);
  await openWith(page, { [key]: bad });
  const banner = page.getByRole('alert').filter({ hasText: 'could not be opened' });
  await expect(banner).toContainText('its compact encoding is damaged');
  const entries = await storedEntries(page);
  expect(entries[key]).toBe(bad);
  expect(entries[key.replace('plan:', 'recovery:plan:')]).toBe(bad);
});

/** Puts the site's own data in storage until `share` of it is used. */
async function fillTo(page, share) {
  await page.evaluate((share) => {
    let used = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      used += key.length + localStorage.getItem(key).length;
    }
    const want = Math.floor(5 * 1024 * 1024 * share) - used - 'host:cache'.length;
    localStorage.setItem('host:cache', 'x'.repeat(want));
  }, share);
}

test('the Plans page shows what each plan takes against the limit, warns at 80%, and archiving makes room', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  await createPlan(page, 'Globex');
  await expectSaved(page);
  await goTo(page, 'Plans');
  await expect(planCard(page, 'Acme')).toContainText(/\d+ (bytes|KB) in this browser/);
  const meter = page.getByRole('meter', { name: /% of this site's storage used/ });
  await expect(meter).toHaveAttribute('value', '1');
  await expect(page.getByRole('alert').filter({ hasText: 'full' })).toHaveCount(0);

  await fillTo(page, 0.855);
  await page.reload();
  await goTo(page, 'Plans');
  await expect(meter).toHaveAttribute('value', '86');
  await expect(page.getByText(/, and 8\.\d MB of it holds the site's other data\.$/)).toBeVisible();
  const warning = page.getByRole('alert').filter({ hasText: "This browser's storage for the site is 86% full." });
  await expect(warning).toContainText('export the plans you no longer work on and delete them, or Archive them');

  const download = page.waitForEvent('download');
  await planCard(page, 'Globex').getByRole('button', { name: 'Archive Globex to a file' }).click();
  const archived = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(archived.plan.name).toBe('Globex');
  await expect(planCard(page, 'Globex')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Archived “Globex” to a file and removed it from this browser.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeFocused();
  await expectSaved(page);
  expect(Object.values(await storedEntries(page)).filter(isCompact).map((v) => readStored(v).plan.name)).toEqual(['Acme']);

  // Making room: the host's data goes, the warning with it; the archive comes back with Import.
  await page.evaluate(() => localStorage.removeItem('host:cache'));
  await importAll(page, 'Globex.json', Buffer.from(JSON.stringify(archived)), 'Import the plan');
  await goTo(page, 'Plans');
  await expect(planCard(page, 'Globex')).toBeVisible();
  await expect(warning).toHaveCount(0);
});

test('an import that needs more room than is free says so before anything changes', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await createPlan(page, 'Acme');
  await expectSaved(page);
  await fillTo(page, 0.99);
  await page.reload();
  await importFile(page, 'big.json', planFile(20_000, 'big', 'Big client'));
  const preview = page.getByRole('group', { name: 'Ready to import' });
  await expect(preview.getByRole('alert')).toContainText(/Kept in this browser, it would need about \d+ KB, and about \d+ KB is free\./);
  await expect(preview.getByRole('alert')).toContainText('export and delete plans you no longer work on, or archive them, first');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await goTo(page, 'Plans');
  await expect(page.getByRole('list').getByRole('heading', { level: 3 })).toHaveText(['Acme']);
});

test('where the browser blocks storage, the page says so and the planner still works in memory', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user has blocked storage for this site.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(saveStatus(page)).toHaveText('Not saved: this browser does not let the page keep data (storage is blocked or unavailable)');
  await createPlan(page, 'Acme');
  await goTo(page, 'Overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme');
  await page.getByLabel('Brand or client').fill('Kept in memory');
  await page.waitForTimeout(700);
  await expect(saveStatus(page)).toContainText('Not saved');
  await goTo(page, 'Plans');
  await expect(page.getByRole('meter', { name: /% of this site's storage used/ })).toHaveAttribute('value', '0');
  await expect(planCard(page, 'Acme')).toBeVisible();
  expect(errors).toEqual([]);
});
