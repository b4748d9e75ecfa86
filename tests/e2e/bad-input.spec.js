// Bad input of every kind gets a clear message and loses nothing.
import { test, expect } from '@playwright/test';
import { PREFIX, openWith, createPlan, goTo, expectSaved, planCard, saveStatus, storedEntries, storedPlans, fillStorage } from './helpers.js';
import { readStored } from './compact.js';

const goodPlan = {
  format: 'social-media-planner/plan',
  version: 1,
  plan: {
    id: 'good',
    name: 'Good plan',
    brand: '',
    about: '',
    created: '2026-11-01T09:00:00Z',
    updated: '2026-11-01T09:00:00Z',
  },
};

const damaged = {
  'truncated JSON': ['not valid JSON', JSON.stringify(goodPlan).slice(0, 60)],
  'another app’s JSON': ['not a Social Media Planner plan', '{"type":"excalidraw","elements":[]}'],
  'a newer version the planner cannot make sense of': ['newer version of the planner', JSON.stringify({ format: 'social-media-planner/plan', version: 99, plan: { id: 'future', shape: 'unknown' } })],
  'a damaged plan': ['damaged', JSON.stringify({ ...goodPlan, plan: { ...goodPlan.plan, id: 'broken', name: '' } })],
};

for (const [kind, [message, raw]] of Object.entries(damaged)) {
  test(`a saved value holding ${kind} is reported, kept byte for byte, and the other plans open`, async ({ page }) => {
    const badKey = `${PREFIX}plan:${kind.startsWith('a newer version') ? 'future' : kind === 'a damaged plan' ? 'broken' : 'bad'}`;
    await openWith(page, {
      [badKey]: raw,
      [`${PREFIX}plan:good`]: JSON.stringify(goodPlan),
      'someone-else:key': 'untouched',
    });
    const banner = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(banner).toContainText('One saved plan could not be opened');
    await expect(banner).toContainText(badKey);
    await expect(banner).toContainText(message);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Good plan');

    // Work on: edit, create, delete. The damaged value must survive all of it.
    await page.getByLabel('Brand or client').fill('Still working');
    await createPlan(page, 'Another');
    await planCard(page, 'Another').getByRole('button', { name: 'Delete' }).click();
    await expectSaved(page);
    const entries = await storedEntries(page);
    expect(entries[badKey]).toBe(raw);
    expect(await page.evaluate(() => localStorage.getItem('someone-else:key'))).toBe('untouched');
    expect(readStored(entries[`${PREFIX}plan:good`]).plan.brand).toBe('Still working');
  });
}

test('a plan saved by a newer version opens read-only, and its bytes are never written over', async ({ page }) => {
  const future = JSON.stringify({
    format: 'social-media-planner/plan',
    version: 99,
    plan: { ...goodPlan.plan, id: 'future', name: 'From the future', brand: 'Future Co', hologram_posts: [1, 2, 3] },
  });
  await openWith(page, { [`${PREFIX}plan:future`]: future, [`${PREFIX}plan:good`]: JSON.stringify(goodPlan) });
  await page.getByLabel('Switch plan').selectOption({ label: 'From the future' });
  await expect(page.getByRole('main').getByRole('status')).toContainText('“From the future” was saved by a newer version of the planner. It is shown read-only here');
  await expect(page.getByLabel('Brand or client')).toHaveValue('Future Co');
  await expect(page.getByLabel('Brand or client')).toBeDisabled();
  await goTo(page, 'Plans');
  const card = planCard(page, 'From the future');
  await expect(card).toContainText('Read-only: saved by a newer version');
  await expect(card.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await expect(card.getByRole('button', { name: 'Rename' })).toBeDisabled();
  // An editable copy can be made; the original stays as it was.
  await card.getByRole('button', { name: 'Duplicate' }).click();
  await planCard(page, 'From the future (copy)').getByRole('button', { name: 'Open' }).click();
  await page.getByLabel('Brand or client').fill('Edited copy');
  await expectSaved(page);
  expect((await storedEntries(page))[`${PREFIX}plan:future`]).toBe(future);
});

test('names of 10,000 characters, emoji and markup are shown as text and saved', async ({ page }) => {
  await page.goto('/');
  const names = [
    '<script>window.__x = 1</script>',
    '<img src=x onerror="window.__x=2">',
    'Café 🚀 Ünïcödé 你好',
    'L'.repeat(9_990) + ' — the end',
  ];
  for (const name of names) {
    await goTo(page, 'Plans');
    await page.getByLabel('Plan name').fill(name);
    await page.getByRole('button', { name: 'Create plan' }).click();
    await expect(page.getByRole('heading', { level: 3, name, exact: true })).toHaveText(name);
  }
  await goTo(page, 'Overview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(names[3]);
  await expectSaved(page);
  await page.reload();
  await page.getByLabel('Switch plan').selectOption({ label: names[0] });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(names[0]);
  expect(await page.evaluate(() => window.__x)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
  expect((await storedPlans(page)).map((p) => p.name).sort()).toEqual([...names].sort());
});

test('a name past 10,000 characters is refused with its length, and nothing is lost', async ({ page }) => {
  await page.goto('/#/plans');
  await page.getByLabel('Plan name').fill('x'.repeat(10_001));
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('alert')).toHaveText('A plan name can be at most 10,000 characters; this one has 10,001.');
  await expect(page.getByLabel('Plan name')).toHaveValue('x'.repeat(10_001));
});

test('a full store says Not saved with the reason, keeps the work, and saves once there is room', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  await goTo(page, 'Overview');
  await page.getByLabel('Brand or client').fill('Saved before the store filled');
  await expectSaved(page);
  const before = await storedEntries(page);

  // Fill the rest of the origin's storage with someone else's data.
  await fillStorage(page);

  await page.getByLabel('Brand or client').fill('Typed while the store was full — a much longer value than before');
  await expect(saveStatus(page)).toHaveText("Not saved: the browser's storage for this site is full");
  const full = page.getByRole('alert').filter({ hasText: "This browser's storage is full" });
  await expect(full).toContainText('Everything you typed is still here');
  const download = page.waitForEvent('download');
  await full.getByRole('button', { name: 'Export all plans' }).click();
  const fs = await import('node:fs');
  const exported = JSON.parse(fs.readFileSync(await (await download).path()));
  expect(exported.plans[0].brand).toBe('Typed while the store was full — a much longer value than before');
  expect(await storedEntries(page)).toEqual(before);
  await expect(page.getByLabel('Brand or client')).toHaveValue('Typed while the store was full — a much longer value than before');

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler:')) localStorage.removeItem(key);
  });
  await page.getByLabel('Brand or client').press('End');
  await page.getByLabel('Brand or client').pressSequentially('!');
  await expectSaved(page);
  const plans = await storedPlans(page);
  expect(plans[0].brand).toBe('Typed while the store was full — a much longer value than before!');
});

test('an edit is saved even when the page is closed right after it', async ({ page, context }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  await goTo(page, 'Overview');
  await expectSaved(page);
  await page.getByLabel('Brand or client').fill('Typed just before closing');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByLabel('Brand or client')).toHaveValue('Typed just before closing');
});
