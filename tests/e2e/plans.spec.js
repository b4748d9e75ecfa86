// Plans: create, type, reload, switch, rename, duplicate, delete with undo.
import { test, expect } from '@playwright/test';
import { createPlan, goTo, expectSaved, planCard, saveStatus, storedPlans } from './helpers.js';

test('a first visit welcomes the user and creates their first plan', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');
  await expect(page.getByRole('banner')).toContainText('No plan yet');
  await page.getByLabel('Plan name').fill('Acme Coffee');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Coffee');
  await expect(page.getByRole('banner')).toContainText('Acme Coffee');
  await expectSaved(page);
  const plans = await storedPlans(page);
  expect(plans.map((p) => p.name)).toEqual(['Acme Coffee']);
});

test('a blank plan name is refused with a message', async ({ page }) => {
  await page.goto('/#/plans');
  await page.getByLabel('Plan name').fill('   ');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('alert')).toHaveText('A plan needs a name.');
  await expect(page.getByLabel('Plan name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
});

test('two plans keep their own content across a reload', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme Coffee');
  await createPlan(page, 'Globex Bikes');
  await planCard(page, 'Acme Coffee').getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Coffee');

  await page.getByLabel('Brand or client').fill('Acme Coffee Roasters');
  await page.getByLabel('What this plan is for').pressSequentially('Wholesale leads\nfrom cafés', { delay: 5 });
  await expect(saveStatus(page)).toHaveText(/Saving…|Saved/);
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Coffee');
  await expect(page.getByLabel('Brand or client')).toHaveValue('Acme Coffee Roasters');
  await expect(page.getByLabel('What this plan is for')).toHaveValue('Wholesale leads\nfrom cafés');

  await page.getByLabel('Switch plan').selectOption({ label: 'Globex Bikes' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Globex Bikes');
  await expect(page.getByLabel('Brand or client')).toHaveValue('');
  await expect(page.getByRole('banner')).toContainText('Globex Bikes');
});

test('the plan used last opens on the next visit', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme Coffee');
  await createPlan(page, 'Globex Bikes');
  await page.getByLabel('Switch plan').selectOption({ label: 'Acme Coffee' });
  await expectSaved(page);
  await page.goto('/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Coffee');
  await expect(page.getByLabel('Switch plan')).toHaveValue(/.+/);
  await expect(page.getByLabel('Switch plan').locator('option:checked')).toHaveText('Acme Coffee');
});

test('a plan is renamed in place, and a blank new name is refused', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  const card = planCard(page, 'Acme');
  await card.getByRole('button', { name: 'Rename' }).click();
  const input = page.getByLabel('New name');
  await expect(input).toBeFocused();
  await input.fill('');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('alert')).toHaveText('A plan needs a name.');
  await input.fill('Acme Europe');
  await input.press('Enter');
  await expect(planCard(page, 'Acme Europe')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Acme Europe');

  await planCard(page, 'Acme Europe').getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('Something else');
  await page.getByLabel('New name').press('Escape');
  await expect(planCard(page, 'Acme Europe')).toBeVisible();

  await expectSaved(page);
  await page.reload();
  await expect(planCard(page, 'Acme Europe')).toBeVisible();
});

test('a duplicate copies the content under a new name', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  await goTo(page, 'Overview');
  await page.getByLabel('Brand or client').fill('Acme Inc.');
  await goTo(page, 'Plans');
  await planCard(page, 'Acme').getByRole('button', { name: 'Duplicate' }).click();
  await planCard(page, 'Acme (copy)').getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme (copy)');
  await expect(page.getByLabel('Brand or client')).toHaveValue('Acme Inc.');
  await page.getByLabel('Brand or client').fill('Acme Europe');
  await expectSaved(page);
  await page.reload();
  await page.getByLabel('Switch plan').selectOption({ label: 'Acme' });
  await expect(page.getByLabel('Brand or client')).toHaveValue('Acme Inc.');
});

test('a deleted plan can be brought back with undo, even after a reload', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Acme');
  await createPlan(page, 'Globex');
  await goTo(page, 'Overview');
  await page.getByLabel('Brand or client').fill('Globex Corporation');
  await goTo(page, 'Plans');

  await planCard(page, 'Globex').getByRole('button', { name: 'Delete' }).click();
  await expect(planCard(page, 'Globex')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText('Deleted “Globex”.');
  await expectSaved(page);
  expect((await storedPlans(page)).map((p) => p.name)).toEqual(['Acme']);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(planCard(page, 'Globex')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
  await expectSaved(page);

  await page.reload();
  await page.getByLabel('Switch plan').selectOption({ label: 'Globex' });
  await goTo(page, 'Overview');
  await expect(page.getByLabel('Brand or client')).toHaveValue('Globex Corporation');
});

test('deleting the last plan returns to the welcome, and dismissing keeps it deleted', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, 'Only plan');
  await planCard(page, 'Only plan').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('No plans yet. Name your first one above.')).toBeVisible();
  // Written, with no plan left to call saved.
  await expect(saveStatus(page)).toHaveCount(0);
  await page.goto('/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');
  expect(await storedPlans(page)).toEqual([]);
});

test('everything works from the keyboard', async ({ page }) => {
  await page.goto('/#/plans');
  await page.getByLabel('Plan name').focus();
  await page.keyboard.type('Keyboard Co');
  await page.keyboard.press('Enter');
  await expect(planCard(page, 'Keyboard Co')).toBeVisible();
  const rename = planCard(page, 'Keyboard Co').getByRole('button', { name: 'Rename' });
  await rename.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keys Inc');
  await page.keyboard.press('Enter');
  await expect(planCard(page, 'Keys Inc')).toBeVisible();
  await planCard(page, 'Keys Inc').getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(planCard(page, 'Keys Inc')).toBeVisible();
  await page.getByRole('link', { name: 'Strategy' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/strategy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategy');
});
