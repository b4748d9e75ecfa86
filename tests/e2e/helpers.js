// Shared steps for the end-to-end tests, written as a user acts: by label, role
// and visible text.
import { expect, test } from '@playwright/test';
import { readStored } from './compact.js';

/** The storage prefix of the standalone page. */
export const PREFIX = 'social-media-planner:';

export function saveStatus(page) {
  return page.getByRole('banner').getByRole('status');
}

/** The save indicator of a planner: `scope` is the page, or the host's
 * element holding an embedded planner (whose header is no page banner). */
export function saveStatusIn(scope) {
  return scope.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved)/ });
}

/** Creates a plan with the welcome's form in `scope` (the page, or a host's
 * element holding a planner), and waits until it is open and saved. */
export async function createFirstPlan(scope, name) {
  await scope.getByLabel('Plan name').fill(name);
  await scope.getByRole('button', { name: 'Create plan' }).click();
  await expect(scope.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(saveStatusIn(scope)).toHaveText('Saved');
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

/** Every key and value under a prefix (the standalone page's unless given), to
 * prove nothing was lost or changed. */
export async function storedEntries(page, prefix = PREFIX) {
  return page.evaluate((prefix) => {
    const entries = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith(prefix)) entries[key] = localStorage.getItem(key);
    }
    return entries;
  }, prefix);
}

export async function storedPlans(page, prefix = PREFIX) {
  const entries = await storedEntries(page, prefix);
  return Object.entries(entries)
    .filter(([key]) => key.startsWith(`${prefix}plan:`))
    .map(([, value]) => readStored(value).plan);
}

/** Chooses a file for the Plans page's import, as a user picks one. */
export async function importFile(page, name, buffer, mimeType = 'application/json') {
  await goTo(page, 'Plans');
  const input = page.getByLabel('Import plans from a file');
  if (buffer.length > 40 * 1024 * 1024) {
    // Playwright hands over big files by path.
    const fs = await import('node:fs');
    const path = test.info().outputPath(name);
    fs.writeFileSync(path, buffer);
    await input.setInputFiles(path);
  } else {
    await input.setInputFiles({ name, mimeType, buffer });
  }
}

/** Puts values in storage, then loads the app on them, on `path`. */
export async function openWith(page, entries, path = '/') {
  // The entries are written before the planner's first script, once per call:
  // written into a planner already starting, they could be opened (and a
  // damaged one repaired and saved) by that first start, so the start under
  // test would find them already mended.
  const token = `seeded:${Math.random()}`;
  await page.addInitScript(({ entries, token }) => {
    if (location.protocol === 'about:' || sessionStorage.getItem(token)) return;
    sessionStorage.setItem(token, '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, { entries, token });
  // From a blank page, so a path that differs from the current address only
  // in its fragment still loads the planner afresh.
  await page.goto('about:blank');
  await page.goto(path);
}

/**
 * Records, from before the page's first script, every CSP violation of every
 * document the page loads (kept across reloads), and the browser's console
 * reports of refusals and uncaught errors.
 */
export async function recordViolations(page) {
  const violations = [];
  const consoleReports = [];
  const errors = [];
  await page.exposeBinding('__reportViolation', (_source, violation) => violations.push(violation));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const violation = {
          directive: e.violatedDirective,
          blocked: e.blockedURI,
          source: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
          page: location.href,
        };
        window.__violations.push(violation);
        window.__reportViolation?.(violation);
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleReports.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    violations,
    consoleReports,
    /** Violations of the document now shown, as the page itself recorded them. */
    inPage: () => page.evaluate(() => window.__violations),
    async expectNone() {
      expect(await page.evaluate(() => window.__violations), 'violations recorded in the page').toEqual([]);
      expect(violations, 'violations across every document loaded').toEqual([]);
      expect(consoleReports, 'CSP reports in the console').toEqual([]);
      expect(errors, 'uncaught errors').toEqual([]);
    },
  };
}

/** The whole example plan ("Start from an example"), made on 3 December
 * 2026 at 10:00, the page's clock running from then; opens on its overview. */
export async function startFromExample(page) {
  await page.clock.install({ time: new Date('2026-12-03T10:00:00') });
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example: Hearth & Crumb Bakery');
  await expectSaved(page);
}

/** Adds a campaign on the Campaigns page, named and dated in its brief. */
export async function newCampaign(page, name, starts, ends) {
  await goTo(page, 'Campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.keyboard.type(name);
  const brief = page.getByRole('region', { name: 'The brief' });
  await brief.getByLabel('Starts').fill(starts);
  await brief.getByLabel('Ends').fill(ends);
}

/** Opens the example's strategy made on 2 December 2026 (`startFromStrategy`:
 * its strategy runs from 1 January 2027, its KPIs reviewed monthly at the
 * quickest, its wholesale objective due on 1 October 2027), then opens the
 * planner again on 1 May 2027 at 10:00 (or at `later`), on `section`. */
export async function openExampleInMay(page, section = 'Measure', later = '2027-05-01T10:00:00') {
  await startFromStrategy(page, '/');
  await expectSaved(page);
  await page.clock.setSystemTime(new Date(later));
  await page.reload();
  await goTo(page, section);
}

/**
 * Opens the planner on the example's strategy alone, nothing planned on it
 * yet (made on 2 December 2026: its horizon is 2027), on `path`:
 * `tests/fixtures/example-strategy.json`, kept in step with the example by
 * a native test. "Start from an example" gives the whole plan instead. The
 * page's clock starts at `time` (the day it was made, unless given; `null`
 * leaves the clock alone).
 */
export async function startFromStrategy(page, path = '/#/strategy', time = '2026-12-02T10:00:00') {
  if (time) await page.clock.install({ time: new Date(time) });
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(new URL('../fixtures/example-strategy.json', import.meta.url), 'utf8');
  const { plan } = JSON.parse(text);
  await openWith(page, { [`${PREFIX}plan:${plan.id}`]: text, [`${PREFIX}last-open`]: plan.id }, path);
  await expect(page.getByRole('banner')).toContainText(plan.name);
}

/** Opens a part of the strategy from the readiness list, as a user does, and
 * returns it; a complete part shows its read view, which `edit` (the
 * default) leaves for its fields. */
export async function openPart(page, name, { edit = true } = {}) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('region', { name: 'Readiness' }).getByRole('link', { name: new RegExp(`^${escaped}`) }).click();
  const part = page.getByRole('region', { name, exact: true });
  await expect(part).toBeFocused();
  const editing = part.getByRole('button', { name: 'Edit this part' });
  if (edit && (await editing.count()) > 0) await editing.click();
  return part;
}

/** Fills the rest of the origin's storage with someone else's data
 * (`filler:` keys), as a full store is found in the wild. */
export async function fillStorage(page) {
  await page.evaluate(() => {
    let chunk = 'x'.repeat(512 * 1024);
    let i = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler:${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
  });
}
