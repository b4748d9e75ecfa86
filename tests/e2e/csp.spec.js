// The planner under a strict Content-Security-Policy: the test server sends
// the policy with every response (scripts/serve.mjs), the built pages hold
// no inline script, style or handler, and a whole tour of the app, standalone
// and embedded, raises not one `securitypolicyviolation`. A last test proves
// the recorder does catch a violation, so "none" means none.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSP } from '../../scripts/serve.mjs';
import { createFirstPlan, createPlan, expectSaved, goTo, planCard, recordViolations, openPart } from './helpers.js';

const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";
const dist = (path) => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

test('every response carries the strict policy, so every test here runs under it', async ({ page, request }) => {
  expect(CSP).toBe(POLICY);
  for (const path of ['/', '/index.html', '/examples/embed.html', '/planner.js', '/sw.js', '/manifest.webmanifest']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toBe(POLICY);
  }
  // And the browser got it with the page it shows.
  const response = await page.goto('/');
  expect(response.headers()['content-security-policy']).toBe(POLICY);
  const embed = await page.goto('/examples/embed.html');
  expect(embed.headers()['content-security-policy']).toBe(POLICY);
});

test('the built pages hold no inline script, style or event handler, and the scripts no eval', () => {
  for (const file of ['index.html', 'examples/embed.html']) {
    const html = readFileSync(dist(file), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
    expect(scripts.length, `${file} loads its scripts`).toBeGreaterThan(0);
    for (const [tag, attributes, body] of scripts) {
      expect(attributes, `${file}: ${tag}`).toMatch(/\ssrc\s*=/i);
      expect(body.trim(), `${file}: ${tag}`).toBe('');
    }
    expect(html, `${file} has a <style> element`).not.toMatch(/<style[\s>]/i);
    for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
      expect(tag, `${file}: style attribute`).not.toMatch(/\sstyle\s*=/i);
      expect(tag, `${file}: event handler attribute`).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag, `${file}: javascript: URL`).not.toMatch(/=\s*["']?\s*javascript:/i);
    }
  }
  const scripts = ['planner.js', 'sw.js', 'examples/embed.js'];
  const html = readFileSync(dist('index.html'), 'utf8');
  scripts.push(html.match(/href="\/?([^"]+\.js)"/)[1]);
  for (const file of scripts) {
    const js = readFileSync(dist(file), 'utf8');
    expect(js, `${file} calls eval`).not.toMatch(/\beval\s*\(/);
    expect(js, `${file} builds a function from a string`).not.toMatch(/new\s+Function\s*\(/);
    expect(js, `${file} runs a string as code`).not.toMatch(/set(Timeout|Interval)\s*\(\s*['"`]/);
  }
});

test('a full tour of the app raises no violation, and everything works', async ({ page }) => {
  test.setTimeout(60_000);
  const csp = await recordViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');

  // A plan, with its details.
  await createPlan(page, 'CSP tour');
  await expect(planCard(page, 'CSP tour')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('CSP tour');
  await goTo(page, 'Overview');
  await page.getByLabel('Brand or client').fill('Acme Coffee Roasters');
  await page.getByLabel('What this plan is for').fill('Wholesale leads from cafés');

  // The strategy, enough for campaigns and the calendar.
  await goTo(page, 'Strategy');
  const region = (name) => page.getByRole('region', { name });
  const objectives = region('Business objectives');
  await objectives.getByRole('button', { name: 'Add an objective' }).click();
  await objectives.getByLabel('Business issue').fill('Win wholesale cafés');
  await objectives.getByLabel('Serves').selectOption({ label: 'Sales' });
  await objectives.getByLabel('Metric').fill('signed wholesale accounts');
  await objectives.getByLabel('Target').fill('12');
  const audience = await openPart(page, 'Audience');
  await audience.getByRole('button', { name: 'Add a persona' }).click();
  await audience.getByLabel('Name').fill('Café owner Carla');
  await audience.getByLabel('Pain points the brand solves').fill('late deliveries');
  const channels = await openPart(page, 'Channels');
  await channels.getByRole('button', { name: 'Add a profile' }).click();
  await channels.getByLabel('Handle or page name').fill('@acme');
  await channels.getByLabel('Primary purpose').selectOption({ label: 'Promoting products' });
  await channels.getByLabel('Posts per week').fill('3');
  const story = await openPart(page, 'Story and key messages');
  await story.getByLabel('Positioning').fill('The roaster independent cafés rely on.');
  await expect(page.getByRole('region', { name: 'Readiness' })).toContainText('Campaign planning is unlocked');

  // A campaign, and the timeline it is drawn on.
  await goTo(page, 'Campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await expect(page.getByLabel('Campaign name')).toBeFocused();
  await page.keyboard.type('Spring tasting tour');
  await region('The brief').getByLabel('Objective it serves').selectOption({ label: 'Win wholesale cafés' });
  await region('Budget and return').getByLabel('Budget').fill('1500');
  await region('Budget and return').getByLabel('Expected return').fill('3750');
  await expect(region('Budget and return').getByRole('definition').first()).toHaveText('+150%');
  await page.getByRole('link', { name: '← All campaigns' }).click();
  await expect(page.getByRole('list', { name: 'Campaigns' }).getByRole('listitem')).toHaveCount(1);
  await expect(region('Timeline').getByRole('link', { name: /^Spring tasting tour,/ })).toBeVisible();

  // The calendar, in each of its views.
  await goTo(page, 'Calendar');
  const views = page.getByRole('group', { name: 'View' });
  for (const view of ['Week', 'List', 'Month']) {
    await views.getByRole('button', { name: view, exact: true }).click();
    await expect(views.getByRole('button', { name: view, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByRole('grid')).toBeVisible();

  // A post, and its detail panel.
  const panel = page.getByRole('dialog', { name: /^Post on/ });
  await page.getByRole('button', { name: 'New post' }).click();
  await expect(panel.getByLabel('Copy')).toBeFocused();
  await page.keyboard.type('Free tastings all spring');
  await panel.getByLabel('Status').selectOption({ label: 'Ready' });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  const chip = page.getByRole('gridcell').getByRole('button', { name: /Free tastings all spring \(ready\)/ });
  await chip.click();
  await expect(panel.getByLabel('Copy')).toHaveValue('Free tastings all spring');
  // Deleted, then brought back with undo.
  await panel.getByRole('button', { name: 'Delete' }).click();
  await expect(chip).toHaveCount(0);
  await page.getByRole('banner').getByRole('button', { name: 'Undo: delete a post' }).click();
  await expect(chip).toBeVisible();
  for (const view of ['Week', 'List']) {
    await views.getByRole('button', { name: view, exact: true }).click();
    await expect(page.getByRole('main')).toContainText('Free tastings all spring');
  }
  await views.getByRole('button', { name: 'Month', exact: true }).click();

  // Export the plan, then import a plan from a file.
  await goTo(page, 'Plans');
  const download = page.waitForEvent('download');
  await planCard(page, 'CSP tour').getByRole('button', { name: 'Export' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported.plan.name).toBe('CSP tour');
  expect(exported.plan.calendar.posts.map((p) => p.copy)).toEqual(['Free tastings all spring']);
  await page.getByLabel('Import plans from a file').setInputFiles(fixture('v4-plan.json'));
  const preview = page.getByRole('group', { name: 'Ready to import' });
  await expect(preview).toContainText('holds 1 plan');
  await preview.getByRole('button', { name: 'Import the plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 plan.' })).toBeVisible();
  // The imported plan is the one open now.
  await expect(planCard(page, 'Example: Hearth & Crumb Bakery')).toContainText('Open now');
  await expect(page.getByLabel('Switch plan').locator('option:checked')).toHaveText('Example: Hearth & Crumb Bakery');

  // The imported plan's calendar, with its series and tasks, in March 2027.
  await page.goto('/#/calendar?date=2027-03-01');
  await expect(page.getByRole('heading', { level: 2, name: 'March 2027' })).toBeVisible();
  await page.getByRole('gridcell').getByRole('button', { name: /Free tastings for cafés all spring/ }).click();
  await expect(panel.getByLabel('Copy')).toHaveValue('Free tastings for cafés all spring: book yours from the link.');
  await expect(panel.getByRole('link', { name: 'Open the link' })).toHaveAttribute('href', 'https://example.com/tasting');
  await page.keyboard.press('Escape');
  await views.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(page.getByRole('table', { name: "This week against the content strategy's cadence" })).toBeVisible();

  // Back to the first plan: Measure, then a reload.
  await page.getByLabel('Switch plan').selectOption({ label: 'CSP tour' });
  await goTo(page, 'Measure');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measure');
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing to measure yet' })).toBeVisible();
  await goTo(page, 'Overview');
  await expectSaved(page);
  await csp.expectNone();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSP tour');
  await expect(page.getByLabel('Brand or client')).toHaveValue('Acme Coffee Roasters');
  await goTo(page, 'Calendar');
  await expect(page.getByRole('gridcell').getByRole('button', { name: /Free tastings all spring/ })).toBeVisible();
  await csp.expectNone();
});

test('the example host page, with two embedded planners and one mounted by hand, raises no violation', async ({ page }) => {
  const csp = await recordViolations(page);
  await page.goto('/examples/embed.html');
  // Each planner lives in a shadow root of its own; role locators reach inside.
  const planners = page.getByRole('navigation', { name: 'Sections' });
  await expect(planners).toHaveCount(2);
  const harbour = page.locator('[data-storage-key="harbour-coffee"]');
  const northwind = page.locator('[data-storage-key="northwind-cycles"]');
  for (const planner of [harbour, northwind]) {
    await expect(planner.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');
  }

  await createFirstPlan(harbour, 'Harbour spring');
  await harbour.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Strategy' }).click();
  await expect(harbour.getByRole('heading', { level: 1 })).toHaveText('Strategy');
  await harbour.getByRole('button', { name: 'Add an objective' }).click();
  await harbour.getByLabel('Business issue').fill('Sell more beans to offices');
  await harbour.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Calendar' }).click();
  await expect(harbour.getByRole('heading', { level: 1 })).toHaveText('Calendar');
  await expect(northwind.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');

  // A planner mounted and destroyed by the host's own script.
  await page.getByRole('button', { name: 'Open a planner for a new client' }).click();
  await expect(planners).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 1, name: 'From strategy to calendar, in one plan' })).toHaveCount(2);
  await page.getByRole('button', { name: 'Close it' }).click();
  await expect(planners).toHaveCount(2);
  await expect(harbour.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await csp.expectNone();

  await page.reload();
  await expect(harbour.getByRole('heading', { level: 1 })).toHaveText('Harbour spring');
  await expect(northwind.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');
  await csp.expectNone();
});

test('the recorder catches what the policy blocks, so "no violation" above means something', async ({ page }) => {
  const csp = await recordViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');
  // page.evaluate's own code is exempt from the policy (DevTools runs it), so
  // the string is evaluated from a timer, as the page's own code would be.
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { background: red; }';
    document.head.append(style);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    const evaluated = await new Promise((done) =>
      setTimeout(() => {
        try {
          done(new Function('return "ran"')());
        } catch (error) {
          done(error.name);
        }
      }),
    );
    return { inlineRan: window.__inlineRan === true, evaluated, color: getComputedStyle(styled).color };
  });
  expect(outcome).toEqual({ inlineRan: false, evaluated: 'EvalError', color: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/) });
  const blocked = ['script-src', 'script-src-elem', 'style-src-attr', 'style-src-elem'];
  await expect.poll(async () => (await csp.inPage()).map((v) => v.directive).sort()).toEqual(blocked);
  expect(csp.violations.map((v) => v.directive).sort()).toEqual(blocked);
  expect(csp.violations.find((v) => v.directive === 'script-src').blocked).toBe('eval');
  await expect.poll(() => csp.consoleReports.join('\n')).toMatch(/inline script/);
  expect(csp.consoleReports.join('\n')).toMatch(/inline style/);

  // Inside an embedded planner's shadow root too: its violations reach the recorder.
  await page.goto('/examples/embed.html');
  const harbour = page.locator('[data-storage-key="harbour-coffee"]');
  await expect(harbour.getByRole('heading', { level: 1 })).toHaveText('From strategy to calendar, in one plan');
  await harbour.getByRole('heading', { level: 1 }).evaluate((heading) => heading.setAttribute('style', 'color: red'));
  await expect.poll(async () => (await csp.inPage()).map((v) => v.directive)).toEqual(['style-src-attr']);
});
