// Embedding: examples/embed.html, a marketing site's page with two planners
// marked data-social-planner and a third mounted and destroyed by hand with
// SocialMediaPlanner.mount. Each planner keeps its own plans; the host's
// styles (hostile ones included) and ours never meet; the host's address and
// history are the host's; and destroy() leaves nothing behind: no nodes, no
// listeners on window or document, no timers, no globals but the namespace.
import { test, expect } from '@playwright/test';
import { createFirstPlan, saveStatusIn, storedPlans } from './helpers.js';

const EXAMPLE = '/examples/embed.html';

// The example page registers the offline worker, which would answer from its
// cache and hide the hostile stylesheet these tests put in: offline.spec.js
// covers the worker.
test.use({ serviceWorkers: 'block' });
const HOSTILE = `
* { font: 40px serif !important; }
div { display: flex; }
section, nav, ul, li, p, button { all: revert; color: red !important; }
`;

/** The host's own element a planner lives in (the embedding API's attribute). */
const planner = (page, key) => page.locator(`[data-storage-key="${key}"]`);
const byHand = (page) => page.locator('#by-hand');

/** Appends hostile global rules to the host's stylesheet. */
async function withHostileCss(page) {
  await page.route('**/examples/host.css', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()) + HOSTILE });
  });
}

/** The names of the plans stored under a storage prefix. */
async function planNamesUnder(page, prefix) {
  return (await storedPlans(page, prefix)).map((plan) => plan.name).sort();
}

test('two planners on a hostile host page look right and keep their plans apart', async ({ page }, testInfo) => {
  await withHostileCss(page);
  await page.goto(EXAMPLE);
  const harbour = planner(page, 'harbour-coffee');
  const northwind = planner(page, 'northwind-cycles');
  await expect(harbour.getByRole('heading', { name: 'Create your first plan' })).toBeVisible();
  await expect(northwind.getByRole('heading', { name: 'Create your first plan' })).toBeVisible();
  // The host's note is replaced by the planner, and comes back only on destroy.
  await expect(harbour.getByText('Loading the planner…')).toHaveCount(0);

  await createFirstPlan(harbour, 'Harbour Coffee 2027');
  await createFirstPlan(northwind, 'Northwind spring rides');
  await harbour.getByLabel('Brand or client').fill('Harbour Coffee');
  await expect(saveStatusIn(harbour)).toHaveText('Saved');

  expect(await planNamesUnder(page, 'social-media-planner@harbour-coffee:')).toEqual(['Harbour Coffee 2027']);
  expect(await planNamesUnder(page, 'social-media-planner@northwind-cycles:')).toEqual(['Northwind spring rides']);
  expect(await planNamesUnder(page, 'social-media-planner:')).toEqual([]);

  await page.reload();
  await expect(harbour.getByRole('heading', { level: 1 })).toHaveText('Harbour Coffee 2027');
  await expect(harbour.getByLabel('Brand or client')).toHaveValue('Harbour Coffee');
  await expect(northwind.getByRole('heading', { level: 1 })).toHaveText('Northwind spring rides');
  await expect(northwind.getByLabel('Brand or client')).toHaveValue('');

  // The hostile rules reach the host's text but not the planner's.
  const style = (locator) =>
    locator.evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), family: s.fontFamily, display: s.display, color: s.color };
    });
  const hostText = await style(page.getByText('Each planner keeps its own plans, under its own storage key.'));
  expect(hostText.size).toBe(40);
  const title = await style(harbour.getByRole('heading', { level: 1 }));
  expect(title.size).toBeLessThan(40);
  expect(title.family).not.toMatch(/^serif$/);
  const label = await style(harbour.getByText('Brand or client', { exact: true }));
  expect(label.size).toBeGreaterThanOrEqual(12);
  expect(label.size).toBeLessThanOrEqual(18);
  expect(label.color).not.toBe('rgb(255, 0, 0)');
  const save = await style(saveStatusIn(harbour));
  expect(save.size).toBeLessThanOrEqual(18);

  // Its layout holds: the sections sit in one row across the planner, and the
  // planner fills its frame.
  const frame = await harbour.boundingBox();
  const links = harbour.getByRole('navigation', { name: 'Sections' }).getByRole('link');
  const boxes = await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
  expect(boxes.length).toBeGreaterThanOrEqual(5);
  for (const box of boxes) {
    expect(box.height).toBeLessThan(60);
    expect(box.top).toBeCloseTo(boxes[0].top, 0);
  }
  const inner = await harbour.getByRole('navigation', { name: 'Sections' }).boundingBox();
  expect(inner.width).toBeGreaterThan(frame.width * 0.9);

  await harbour.scrollIntoViewIfNeeded();
  testInfo.attach('hostile host page', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});

test('the host page styles nothing of ours and we style nothing of the host', async ({ page }) => {
  const hostElements = [
    () => page.getByRole('heading', { name: 'Social media that serves the business' }),
    () => page.getByRole('link', { name: 'Brightside Studio' }),
    () => page.getByRole('button', { name: 'Open a planner for a new client' }),
    () => page.getByText('Brightside Studio · hello@brightside.example'),
    () => page.getByRole('heading', { name: 'Harbour Coffee' }),
  ];
  const styles = () =>
    Promise.all(
      hostElements.map((element) =>
        element().evaluate((el) => {
          const s = getComputedStyle(el);
          return [s.fontFamily, s.fontSize, s.color, s.backgroundColor, s.margin, s.padding, s.lineHeight, s.display].join('|');
        }),
      ),
    );
  // The host page on its own: no planner loaded.
  await page.route('**/planner.js', (route) => route.abort());
  await page.goto(EXAMPLE);
  const alone = await styles();
  await page.unroute('**/planner.js');

  await page.goto(EXAMPLE);
  await expect(planner(page, 'harbour-coffee').getByRole('heading', { name: 'Create your first plan' })).toBeVisible();
  expect(await styles()).toEqual(alone);
  // No stylesheet of ours in the host's document: ours live in the shadow roots.
  expect(await page.evaluate(() => [...document.styleSheets].map((s) => s.href?.split('/').pop()))).toEqual(['host.css']);
});

test('moving around inside a planner leaves the host page’s address and history alone', async ({ page }) => {
  await page.goto(`${EXAMPLE}#planners`);
  const harbour = planner(page, 'harbour-coffee');
  await createFirstPlan(harbour, 'Harbour Coffee 2027');
  const before = await page.evaluate(() => ({ href: location.href, length: history.length }));
  const sections = harbour.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'Strategy', exact: true }).click();
  await expect(harbour.getByRole('heading', { name: 'Strategy', level: 1 })).toBeVisible();
  await sections.getByRole('link', { name: 'Calendar', exact: true }).click();
  await expect(harbour.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  // The other planner stays where it was.
  await expect(planner(page, 'northwind-cycles').getByRole('heading', { name: 'Create your first plan' })).toBeVisible();
  expect(await page.evaluate(() => ({ href: location.href, length: history.length }))).toEqual(before);
  // The links inside are real links, each to the planner's own page, never to the host's address.
  const hrefs = await sections.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).not.toContain('embed.html');
});

test('a planner can keep its page in the host’s address when asked to', async ({ page }) => {
  await page.goto(EXAMPLE);
  await expect(planner(page, 'harbour-coffee').getByRole('heading', { name: 'Create your first plan' })).toBeVisible();
  await page.evaluate(() => {
    const place = document.createElement('div');
    place.id = 'hash-routed';
    document.body.append(place);
    window.SocialMediaPlanner.mount(place, { storageKey: 'hash-routed', routing: 'hash' });
  });
  const place = page.locator('#hash-routed');
  await createFirstPlan(place, 'Routed by the address');
  await place.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
  await expect(page).toHaveURL(/embed\.html#\/campaigns$/);
  await page.goBack();
  await expect(place.getByRole('heading', { name: 'Campaigns', level: 1 })).toHaveCount(0);
});

test('a page asking for two planners with one storage key is told why the second cannot start', async ({ page }) => {
  // In the markup: the element says why, and the planners before it still start.
  await page.route('**/examples/embed.html', async (route) => {
    const response = await route.fetch();
    const extra =
      '<div id="again" data-social-planner data-storage-key="harbour-coffee"></div>' +
      '<div id="bad-key" data-social-planner data-storage-key="our clients/2027"></div>';
    await route.fulfill({ response, body: (await response.text()).replace('</main>', `${extra}</main>`) });
  });
  await page.goto(EXAMPLE);
  await expect(planner(page, 'harbour-coffee').first().getByRole('heading', { name: 'Create your first plan' })).toBeVisible();
  await expect(page.locator('#again').getByRole('alert')).toContainText(
    'The social media planner could not start here: Another planner on this page already keeps its plans under the storage key “harbour-coffee”.',
  );
  await expect(page.locator('#bad-key').getByRole('alert')).toContainText('could not start here');
  await expect(page.locator('#bad-key').getByRole('alert')).toContainText('storage key');

  // By hand: mount throws with the same words.
  const mountProblem = (storageKey) =>
    page.evaluate((storageKey) => {
      try {
        window.SocialMediaPlanner.mount(document.getElementById('by-hand'), { storageKey });
        return null;
      } catch (error) {
        return error.message;
      }
    }, storageKey);
  expect(await mountProblem('northwind-cycles')).toContain('already keeps its plans under the storage key “northwind-cycles”');
  expect(await mountProblem('no spaces/please')).toMatch(/storage key/i);
  await expect(byHand(page)).toBeEmpty();
});

// What a page holds that a planner might leave behind.
const INSTRUMENT = () => {
  window.__globalsAtStart = Object.getOwnPropertyNames(window);
  const pending = new Map();
  const realTimeout = window.setTimeout;
  const realClear = window.clearTimeout;
  const realInterval = window.setInterval;
  const realClearInterval = window.clearInterval;
  window.setTimeout = function (fn, delay, ...rest) {
    let id;
    const wrapped = typeof fn === 'function' ? (...args) => (pending.delete(id), fn(...args)) : fn;
    id = realTimeout.call(window, wrapped, delay, ...rest);
    pending.set(id, `timeout ${delay}`);
    return id;
  };
  window.clearTimeout = function (id) {
    pending.delete(id);
    return realClear.call(window, id);
  };
  window.setInterval = function (fn, delay, ...rest) {
    const id = realInterval.call(window, fn, delay, ...rest);
    pending.set(id, `interval ${delay}`);
    return id;
  };
  window.clearInterval = function (id) {
    pending.delete(id);
    return realClearInterval.call(window, id);
  };
  window.__timers = () => [...pending.values()];
};

/** The event listeners on window and document that the page's own scripts
 * added (Playwright's own, which its clicks add, are left out). */
async function pageListeners(page, cdp, scripts) {
  const origin = new URL(page.url()).origin;
  const listeners = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners
      .filter((l) => scripts.get(l.scriptId)?.startsWith(origin))
      .map((l) => l.type)
      .sort();
  };
  return { window: await listeners('window'), document: await listeners('document') };
}

test('destroy() takes away every node, listener and timer the planner made, and only the namespace stays', async ({
  page,
  context,
}) => {
  await page.addInitScript(INSTRUMENT);
  await page.goto(EXAMPLE);
  await expect(planner(page, 'harbour-coffee').getByRole('heading', { name: 'Create your first plan' })).toBeVisible();
  await expect(planner(page, 'northwind-cycles').getByRole('heading', { name: 'Create your first plan' })).toBeVisible();
  // One object on window, frozen.
  const added = await page.evaluate(() =>
    Object.getOwnPropertyNames(window).filter((name) => !window.__globalsAtStart.includes(name) && !name.startsWith('__')),
  );
  expect(added).toEqual(['SocialMediaPlanner']);
  expect(await page.evaluate(() => Object.isFrozen(window.SocialMediaPlanner))).toBe(true);

  const cdp = await context.newCDPSession(page);
  const scripts = new Map();
  cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => scripts.set(scriptId, url));
  await cdp.send('Debugger.enable');
  // Let the two planners settle (their first saves and focus moves), and let
  // Playwright add the listeners its clicks use, then take stock.
  await page.getByRole('heading', { name: 'Client planners' }).click();
  await page.waitForTimeout(1500);
  const page0 = await page.evaluate(() => document.documentElement.outerHTML);
  const listeners0 = await pageListeners(page, cdp, scripts);
  const timers0 = await page.evaluate(() => window.__timers().sort());

  const open = page.getByRole('button', { name: 'Open a planner for a new client' });
  const close = page.getByRole('button', { name: 'Close it' });
  for (const round of [1, 2]) {
    await open.click();
    const place = byHand(page);
    if (round === 1) {
      await createFirstPlan(place, 'A new client');
    } else {
      // Its plans stayed saved: the second mount opens them again.
      await expect(place.getByRole('heading', { level: 1 })).toHaveText('A new client');
    }
    const sections = place.getByRole('navigation', { name: 'Sections' });
    await sections.getByRole('link', { name: 'Calendar', exact: true }).click();
    await sections.getByRole('link', { name: 'Overview', exact: true }).click();
    // Leave a save pending: destroy must not lose it, nor leave its timer.
    await place.getByLabel('Brand or client').fill(`Client, round ${round}`);
    const whileOpen = await pageListeners(page, cdp, scripts);
    expect(whileOpen.window.length + whileOpen.document.length).toBeGreaterThan(
      listeners0.window.length + listeners0.document.length,
    );
    await close.click();

    await expect(place).toBeEmpty();
    expect(await place.evaluate((el) => el.shadowRoot)).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(page0);
    expect(await pageListeners(page, cdp, scripts)).toEqual(listeners0);
    expect(await page.evaluate(() => window.__timers().sort())).toEqual(timers0);
    const saved = await storedPlans(page, 'social-media-planner@new-client:');
    expect(saved.map((plan) => plan.brand)).toEqual([`Client, round ${round}`]);
  }

  // The other planners never noticed.
  const harbour = planner(page, 'harbour-coffee');
  await createFirstPlan(harbour, 'Still working');
  // And unmount() takes away a planner the page mounted from its markup.
  expect(await page.evaluate(() => window.SocialMediaPlanner.unmount(document.querySelector('[data-storage-key="northwind-cycles"]')))).toBe(true);
  await expect(planner(page, 'northwind-cycles')).toHaveText('Loading the planner…');
});

test('undo and redo keys in an embedded planner are its own: redo never types twice', async ({ page }) => {
  await page.goto(`${EXAMPLE}#planners`);
  const harbour = planner(page, 'harbour-coffee');
  await createFirstPlan(harbour, 'Harbour Coffee 2027');
  const brand = harbour.getByLabel('Brand or client');
  await brand.click();
  await page.keyboard.type('Harbour');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(brand).toHaveValue('');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(brand).toHaveValue('Harbour');
  await page.keyboard.press('ControlOrMeta+y');
  await expect(brand).toHaveValue('Harbour');
  await expect(saveStatusIn(harbour)).toHaveText('Saved');
  const [plan] = await storedPlans(page, 'social-media-planner@harbour-coffee:');
  expect(plan.brand).toBe('Harbour');
});
