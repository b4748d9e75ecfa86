// Offline: after one visit the service worker has the build's files, so with
// the network gone (the browser offline and the server stopped) the planner
// opens, shows its plans and saves. A new build is announced and waits for the
// user; "Reload now" brings it in, with no missing file and no old cache left.
// Each test serves a build of its own, so it can take the server away or
// deploy a new build under it.
import { test, expect, chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from '../../scripts/serve.mjs';
import { createFirstPlan, expectSaved, goTo, saveStatusIn } from './helpers.js';

/** A first visit: the welcome page creates the first plan and opens it. */
async function firstPlan(page, origin, name) {
  await page.goto(`${origin}/`);
  await createFirstPlan(page, name);
}

/** Resolves once a service worker controls the page. */
async function waitForWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

/** A copy of the release build in a folder of its own, served. */
async function ownBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'smp-build-'));
  await cp('dist', dir, { recursive: true });
  const server = await serveFolder(dir);
  return { dir, server, remove: () => rm(dir, { recursive: true, force: true }) };
}

const cacheOf = async (dir) => (await readFile(join(dir, 'sw.js'), 'utf8')).match(/const CACHE\s*=\s*["']([^"']+)["']/)[1];

let build;
test.beforeEach(async () => {
  build = await ownBuild();
});
test.afterEach(async () => {
  await build.server.close();
  await build.remove();
});

test('after one visit the planner opens, shows its plans and saves with no network', async ({ page, context }) => {
  await firstPlan(page, build.server.origin, 'Harbour Coffee 2027');
  await page.getByLabel('Brand or client').fill('Harbour Coffee');
  await expectSaved(page);
  await waitForWorker(page);

  await context.setOffline(true);
  await build.server.close();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Coffee 2027');
  await expect(page.getByLabel('Brand or client')).toHaveValue('Harbour Coffee');
  // Styled, not a bare page: the stylesheet came from the cache too.
  expect(await page.getByRole('banner').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

  await page.getByLabel('Brand or client').fill('Harbour Coffee, offline');
  await goTo(page, 'Strategy');
  await expect(page.getByRole('heading', { name: 'Strategy', level: 1 })).toBeVisible();
  await goTo(page, 'Calendar');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await expectSaved(page);
  // The file writers, never loaded online, were kept with the rest: the
  // exports work offline too.
  // An empty calendar shows no toolbar: the address leads there.
  await page.evaluate(() => {
    location.hash = '#/calendar/export';
  });
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
  const csv = page.getByRole('region', { name: "Schedulers' bulk upload (.csv)" });
  await expect(csv.getByText('No posts in these days.')).toBeVisible();
  const calendarFile = page.getByRole('region', { name: 'Calendar file (.ics)' });
  await expect(calendarFile.getByText('No events: nothing is planned there yet.')).toBeVisible();
  await goTo(page, 'Calendar');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await goTo(page, 'Overview');
  await expect(page.getByLabel('Brand or client')).toHaveValue('Harbour Coffee, offline');
  // A fresh tab, offline, opens too.
  const other = await context.newPage();
  await other.goto(`${build.server.origin}/#/plans`);
  await expect(other.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await expect(other.getByRole('heading', { name: 'Harbour Coffee 2027' })).toBeVisible();
});

test('the standalone page can be installed: a manifest with icons that load', async ({ browserName }, testInfo) => {
  // Chromium says whether a page can be installed, but never in a private
  // window, which Playwright's usual contexts are: use a profile of its own.
  const profile = await mkdtemp(join(tmpdir(), 'smp-profile-'));
  const context = await chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions);
  try {
    const page = await context.newPage();
    await page.goto(`${build.server.origin}/`);
    await waitForWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]');
      const manifest = await (await fetch(link.href)).json();
      const icons = await Promise.all(
        manifest.icons.map(async (icon) => {
          const image = await fetch(new URL(icon.src, link.href));
          return { src: icon.src, ok: image.ok, type: image.headers.get('content-type') };
        }),
      );
      return { name: manifest.name, display: manifest.display, icons };
    });
    expect(manifest.name).toBe('Social Media Planner');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((icon) => icon.src)).toEqual(expect.arrayContaining(['icon-192.png', 'icon-512.png']));
    for (const icon of manifest.icons) expect(icon.ok).toBe(true);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('a host page whose planner is marked data-offline works with no network after one visit', async ({ page, context }) => {
  await page.goto(`${build.server.origin}/examples/embed.html`);
  const harbour = page.locator('[data-storage-key="harbour-coffee"]');
  await createFirstPlan(harbour, 'Harbour Coffee 2027');
  await waitForWorker(page);

  await context.setOffline(true);
  await build.server.close();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Social media that serves the business' })).toBeVisible();
  await expect(harbour.getByRole('heading', { level: 1 })).toHaveText('Harbour Coffee 2027');
  await harbour.getByLabel('Brand or client').fill('Offline edit');
  await expect(saveStatusIn(harbour)).toHaveText('Saved');
  await page.reload();
  await expect(harbour.getByLabel('Brand or client')).toHaveValue('Offline edit');
  // The second planner starts offline too, empty as it was.
  await expect(
    page.locator('[data-storage-key="northwind-cycles"]').getByRole('heading', { name: 'Create your first plan' }),
  ).toBeVisible();
});

test('a host page outside the planner’s folder works offline where the server widens the worker’s scope', async ({
  page,
  context,
}) => {
  // A site with its pages at the root and the planner's files in a folder of
  // their own, sw.js served with Service-Worker-Allowed.
  const site = await mkdtemp(join(tmpdir(), 'smp-site-'));
  await cp(build.dir, join(site, 'tools', 'planner'), { recursive: true });
  await writeFile(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme Agency</title>
<script type="module" src="/tools/planner/planner.js"></script></head>
<body><h1>Acme Agency</h1><div data-social-planner data-storage-key="acme" data-offline="/"></div></body></html>`,
  );
  // The host page is slow after its first answer: the worker, keeping it as
  // it takes over, must have it kept before the page is its to answer.
  let visits = 0;
  const server = await serveFolder(site, 0, {
    headers: (path) => (path.endsWith('/sw.js') ? { 'service-worker-allowed': '/' } : {}),
    delay: (path) => (path === '/' && ++visits > 1 ? 1500 : 0),
  });
  try {
    await page.goto(`${server.origin}/`);
    const acme = page.locator('[data-storage-key="acme"]');
    await createFirstPlan(acme, 'Acme launch');
    await waitForWorker(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope)).toBe(
      `${server.origin}/`,
    );

    await context.setOffline(true);
    await server.close();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Acme Agency' })).toBeVisible();
    await expect(acme.getByRole('heading', { level: 1 })).toHaveText('Acme launch');
    await acme.getByLabel('Brand or client').fill('Acme, offline');
    await expect(saveStatusIn(acme)).toHaveText('Saved');
    await page.reload();
    await expect(acme.getByLabel('Brand or client')).toHaveValue('Acme, offline');
  } finally {
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
});

test('a new build is announced, waits for the user, and replaces the old one completely', async ({ page }) => {
  const failures = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
  const { origin } = build.server;
  await firstPlan(page, origin, 'Before the update');
  await expectSaved(page);
  await waitForWorker(page);
  const cacheA = await cacheOf(build.dir);
  expect(await page.evaluate(() => caches.keys())).toEqual([cacheA]);

  // Deploy build B over it: a changed page, and its worker rewritten by the
  // post-build step, as trunk does on each build.
  const indexFile = join(build.dir, 'index.html');
  const index = await readFile(indexFile, 'utf8');
  await writeFile(indexFile, index.replace('</head>', '<meta name="smp-build" content="B" /></head>'));
  execFileSync('node', ['scripts/post-build.mjs', build.dir]);
  const cacheB = await cacheOf(build.dir);
  expect(cacheB).not.toBe(cacheA);
  const buildOf = () => page.evaluate(() => document.querySelector('meta[name="smp-build"]')?.content ?? 'A');

  // Mid-edit, the browser looks for a new version (as it does on its own
  // from time to time) and finds B.
  await page.evaluate(() => {
    window.sameDocument = true;
  });
  await page.getByLabel('Brand or client').fill('Typed while B arrived');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const announcement = page.getByRole('status').filter({ hasText: 'A new version of the planner is ready' });
  await expect(announcement).toBeVisible({ timeout: 15_000 });
  // Nothing forced: the same page, the text as typed, still build A.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  await expect(page.getByLabel('Brand or client')).toHaveValue('Typed while B arrived');
  expect(await buildOf()).toBe('A');

  // A reload of the user's own keeps A (B still waits) and asks again.
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Brand or client')).toHaveValue('Typed while B arrived');
  expect(await buildOf()).toBe('A');
  await expect(announcement).toBeVisible({ timeout: 15_000 });

  await page.getByLabel('Brand or client').fill('Saved on the way to B');
  await Promise.all([page.waitForEvent('load'), announcement.getByRole('button', { name: 'Reload now' }).click()]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before the update');
  await expect(page.getByLabel('Brand or client')).toHaveValue('Saved on the way to B');
  expect(await buildOf()).toBe('B');
  await expect(announcement).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([cacheB]);
  // Holding exactly build B's files.
  const filesB = JSON.parse((await readFile(join(build.dir, 'sw.js'), 'utf8')).match(/const FILES\s*=\s*(\[[\s\S]*?\])[;,]/)[1]);
  const kept = await page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).map((request) => request.url),
    cacheB,
  );
  expect(kept.sort()).toEqual(filesB.map((file) => new URL(file, `${origin}/`).href).sort());
  expect(failures).toEqual([]);
  expect(build.server.log.filter((entry) => entry.status >= 400)).toEqual([]);
});
