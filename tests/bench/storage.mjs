// Storage benchmark: an agency's plans in one browser. One plan of 20,000
// posts and tasks and ten of 2,000 (tests/bench/busy-plan.mjs, seeded) are
// imported through the Plans page of the release build, saved, and opened
// again after a reload. It prints what each takes in localStorage against its
// plain JSON, the share of the site's storage used, how long reading them all
// at start takes (the app's `smp:load` measure) against a start with no plans,
// and how long saving a 5,000-entry plan takes after a keystroke (the app's
// `smp:save` measure, run by the debounce timer, never in the keystroke),
// against the same plan written as plain JSON by the page itself
// (JSON.stringify and setItem), in the same run and browser.
//
// Usage: make bench-storage   (or: node tests/bench/storage.mjs [--smoke])
// --smoke runs it once, small (a 2,000-entry plan and two of 200), so CI
// proves the benchmark works; it asserts what the page shows, never a time.
import { launch, serve } from './harness.mjs';
import { busyPlan } from './busy-plan.mjs';

const smoke = process.argv.includes('--smoke');
const sizes = smoke ? { big: 2_000, clients: 2, client: 200, edited: 500, saves: 2, loads: 1 } : { big: 20_000, clients: 10, client: 2_000, edited: 5_000, saves: 15, loads: 9 };
const PREFIX = 'social-media-planner:';
const CAPACITY = 5 * 1024 * 1024;

const { origin, close } = await serve('tests/bench/baseline.html');
const browser = await launch();

function fail(message) {
  console.error(`storage benchmark: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function importFile(page, name, envelope) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Plans', exact: true }).click();
  const buffer = Buffer.from(JSON.stringify(envelope, null, 2));
  await page.getByLabel('Import plans from a file').setInputFiles({ name, mimeType: 'application/json', buffer });
  const preview = page.getByRole('group', { name: 'Ready to import' });
  await preview.getByRole('button', { name: /^Import (the plan|\d+ plans)$/ }).click();
  await page.getByRole('status').filter({ hasText: /^Imported \d+ plans?\.$/ }).waitFor({ timeout: 60_000 });
  await saved(page);
  return buffer.length;
}

async function saved(page) {
  await page.getByRole('banner').getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 60_000 });
}

/** Each stored plan's key and size, in UTF-16 code units, and the envelope length its header gives. */
async function stored(page) {
  return page.evaluate((prefix) => {
    const plans = [];
    let site = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const value = localStorage.getItem(key);
      site += key.length + value.length;
      if (!key.startsWith(`${prefix}plan:`)) continue;
      const header = /^"smp-compact\/1:(\d+):/.exec(value);
      plans.push({ key, units: key.length + value.length, json: header ? Number(header[1]) : null });
    }
    return { plans, site };
  }, PREFIX);
}

const lastMeasure = (page, name) => page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration ?? null, name);

// 1. An agency's plans, imported and saved side by side.
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${origin}/`);
const files = [];
files.push(await importFile(page, 'big.json', busyPlan({ count: sizes.big, id: 'big', name: 'Big client' })));
const clients = Array.from({ length: sizes.clients }, (_, n) => busyPlan({ count: sizes.client, id: `client${n}`, name: `Client ${n + 1}` }).plan);
files.push(await importFile(page, 'clients.json', { format: 'social-media-planner/plans', version: 4, plans: clients }));
const kept = await stored(page);

// Saving the big plan after a keystroke, too.
await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Plans', exact: true }).click();
const bigCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Big client', exact: true }) });
if (await bigCard.getByRole('button', { name: 'Open' }).count()) await bigCard.getByRole('button', { name: 'Open' }).click();
await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Overview', exact: true }).click();
const bigSaves = [];
for (let i = 0; i < Math.min(sizes.saves, 5); i++) {
  await page.getByLabel('Brand or client').focus();
  await page.keyboard.type(String(i % 10));
  await saved(page);
  bigSaves.push(await lastMeasure(page, 'smp:save'));
}
if (kept.plans.length !== 1 + sizes.clients) fail(`expected ${1 + sizes.clients} stored plans, found ${kept.plans.length}`);
if (kept.plans.some((p) => p.json === null)) fail('a plan is not stored in the compact encoding');

// 2. All open again after a reload; reading them at start, against a start with none.
const loads = [];
for (let i = 0; i < sizes.loads; i++) {
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('smp:ready').length > 0);
  loads.push(await lastMeasure(page, 'smp:load'));
}
await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Plans', exact: true }).click();
const cards = await page.getByRole('list').getByRole('heading', { level: 3 }).count();
if (cards !== 1 + sizes.clients) fail(`after a reload the Plans page lists ${cards} plans`);
const emptyLoads = [];
for (let i = 0; i < sizes.loads; i++) {
  const fresh = await browser.newContext();
  const p = await fresh.newPage();
  await p.goto(`${origin}/`);
  await p.waitForFunction(() => performance.getEntriesByName('smp:ready').length > 0);
  emptyLoads.push(await lastMeasure(p, 'smp:load'));
  await fresh.close();
}
await context.close();

// 3. Saving one 5,000-entry plan after a keystroke, against plain JSON written by the page.
const editContext = await browser.newContext();
const edit = await editContext.newPage();
await edit.goto(`${origin}/`);
const editedEnvelope = busyPlan({ count: sizes.edited, id: 'edited', name: 'Edited client' });
await importFile(edit, 'edited.json', editedEnvelope);
await edit.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Overview', exact: true }).click();
const brand = edit.getByLabel('Brand or client');
const saves = [];
const delays = [];
const plain = [];
for (let i = 0; i < sizes.saves; i++) {
  await brand.focus();
  await edit.evaluate(() => performance.mark('bench:key'));
  await edit.keyboard.type(String(i % 10));
  await saved(edit);
  const [save, delay] = await edit.evaluate(() => {
    const entry = performance.getEntriesByName('smp:save').at(-1);
    return [entry.duration, entry.startTime - performance.getEntriesByName('bench:key').at(-1).startTime];
  });
  saves.push(save);
  delays.push(delay);
  plain.push(
    await edit.evaluate((envelope) => {
      const start = performance.now();
      localStorage.setItem('bench:plain', JSON.stringify(envelope));
      const time = performance.now() - start;
      localStorage.removeItem('bench:plain');
      return time;
    }, editedEnvelope),
  );
}
const editedUnits = (await stored(edit)).plans[0].units;
await editContext.close();
await browser.close();
close();

const kb = (units) => `${((units * 2) / 1024).toFixed(0)} KB`;
const big = kept.plans.find((p) => p.key.endsWith('plan:big'));
const others = kept.plans.filter((p) => p !== big);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(`${smoke ? 'Smoke run' : 'Storage benchmark'}: ${sizes.big.toLocaleString('en')}-entry plan and ${sizes.clients} of ${sizes.client.toLocaleString('en')}, imported from files of ${(files[0] / 1048576).toFixed(1)} MB and ${(files[1] / 1048576).toFixed(1)} MB`);
console.log('| plan | as plain JSON | kept (compact) | ratio |');
console.log('|---|---|---|---|');
console.log(`| ${sizes.big.toLocaleString('en')} entries | ${kb(big.json)} | ${kb(big.units)} | ${(big.json / big.units).toFixed(1)}× |`);
console.log(`| ${sizes.clients} × ${sizes.client.toLocaleString('en')} entries | ${kb(sum(others.map((p) => p.json)))} | ${kb(sum(others.map((p) => p.units)))} | ${(sum(others.map((p) => p.json)) / sum(others.map((p) => p.units))).toFixed(1)}× |`);
console.log(`| all ${kept.plans.length}, as a share of the site's ${(CAPACITY / 524288).toFixed(0)} MB | ${((sum(kept.plans.map((p) => p.json)) / CAPACITY) * 100).toFixed(0)}% | ${((kept.site / CAPACITY) * 100).toFixed(1)}% | |`);
console.log(`Reading every plan at start (smp:load), median of ${sizes.loads}: ${median(loads).toFixed(1)} ms, against ${median(emptyLoads).toFixed(2)} ms with no plans; all ${cards} listed after each reload.`);
console.log(`Saving the ${sizes.big.toLocaleString('en')}-entry plan after a keystroke, median of ${bigSaves.length}: ${median(bigSaves).toFixed(1)} ms (smp:save).`);
console.log(`Saving the ${sizes.edited.toLocaleString('en')}-entry plan (${kb(editedUnits)} kept), median of ${sizes.saves} keystrokes: ${median(saves).toFixed(1)} ms (smp:save), starting ${median(delays).toFixed(0)} ms after the keystroke; the same plan as plain JSON by the page: ${median(plain).toFixed(1)} ms; ratio ${(median(saves) / median(plain)).toFixed(1)}×.`);
