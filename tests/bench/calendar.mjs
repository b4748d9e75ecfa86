// Calendar benchmark: plans of 50, 5,000 and 20,000 posts and tasks; the
// script time of opening the month view, switching months, and a keystroke in
// the side panel, in the release build, against a vanilla-JS page that
// renders the same month grid from the same plan (and is typed into the same
// way: a text area whose input handler updates the post's chip), in the same run and
// browser; once at full speed and once with the CPU slowed four times (CDP
// Emulation.setCPUThrottlingRate), as on a modest phone. Then the memory a
// 5,000-entry plan holds: freshly opened, after 200 keystrokes, and over five
// cycles of opening and leaving the calendar (CDP Performance.getMetrics' JS
// heap after a garbage collection, plus the wasm memory, which never shrinks).
//
// Script time is measured inside the page: from just before the action (a
// click, a keystroke) to the end of a chain of microtasks queued right after
// it. Yew renders in a microtask queued by the action, so the chain ends once
// the action's handlers and the render they caused are done, before the
// browser gets to style, layout or paint (which are not script time). Each
// reading is checked: the page must show the action's result by then; if a
// long render made Yew yield to the event loop, the reading follows it through
// timers, counting whatever ran meanwhile against the app. Medians of the
// readings after a warm-up, over two rounds that alternate app and baseline.
//
// Plans go in as a user's would: imported from a file on the Plans page.
//
// Usage: make bench-calendar   (or: node tests/bench/calendar.mjs [--smoke] [runs])
// --smoke runs every part once, small (50 and 500 entries, two readings), so
// CI proves the benchmark works; it asserts what the page shows, never a time.
import { launch, serve } from './harness.mjs';
import { busyPlan } from './busy-plan.mjs';

const smoke = process.argv.includes('--smoke');
const runsArg = process.argv.slice(2).find((a) => /^\d+$/.test(a));
const RUNS = Number(runsArg ?? (smoke ? 2 : 15));
// Readings before these are dropped: the engine is still compiling the hot
// code (wasm and JS tier up after a few runs).
const WARMUP = smoke ? 1 : 8;
const ROUNDS = smoke ? 1 : 2;
const SIZES = smoke ? [50, 500] : [50, 5_000, 20_000];
const THROTTLES = [1, 4];
const MEMORY_SIZE = smoke ? 500 : 5_000;
const KEYSTROKES = smoke ? 10 : 200;
const CYCLES = smoke ? 2 : 5;

const { origin, close } = await serve('tests/bench/calendar-baseline.html', { exposeWasm: true });

// The plan spans a year around today, so the month shown is a busy one.
const start = new Date(Date.now() - 180 * 86400000).toISOString().slice(0, 10);
const firstOfMonth = new Date().toISOString().slice(0, 8) + '01';
const plans = new Map(SIZES.concat(MEMORY_SIZE).map((count) => [count, busyPlan({ count, start })]));

const browser = await launch();

function fail(message) {
  console.error(`calendar benchmark: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

/** Runs `act` in the page and returns its script time in ms; `check`, run
 * when the time is read, must say the page already shows the result. */
const timed = (page, act, arg, check) =>
  page.evaluate(
    ([act, arg, check]) =>
      new Promise((done, fail) => {
        const before = check ? new Function('before', check)(undefined) : undefined;
        const t0 = performance.now();
        new Function('arg', act)(arg);
        let hops = 0;
        const finish = () => {
          const ms = performance.now() - t0;
          if (!check || new Function('before', check)(before) !== before) done(ms);
          else if (++hops < 1000) setTimeout(finish, 0);
          else fail(new Error(`never rendered: ${act}`));
        };
        const hop = () => (++hops < 100 ? queueMicrotask(hop) : finish());
        queueMicrotask(hop);
      }),
    [act, arg, check],
  );

/** Lets the page finish the frames the last action caused (layout, paint,
 * raster), so they do not compete for the two cores with the next reading. */
const settle = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A fresh browser context (its own storage), with the plan of `count`
 * entries imported through the Plans page and saved. */
async function appWith(count) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { name: 'Create your first plan' }).waitFor();
  await page.getByRole('link', { name: 'Plans', exact: true }).first().click();
  const buffer = Buffer.from(JSON.stringify(plans.get(count)));
  await page.getByLabel('Import plans from a file').setInputFiles({ name: 'busy.json', mimeType: 'application/json', buffer });
  await page.getByRole('group', { name: 'Ready to import' }).getByRole('button', { name: 'Import the plan' }).click();
  await page.getByRole('status').filter({ hasText: /^Imported 1 plan\.$/ }).waitFor({ timeout: 60_000 });
  await page.getByRole('banner').getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 60_000 });
  // Opened afresh, on its overview, as after a return visit.
  await page.evaluate(() => (location.hash = '#/'));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Busy bakery');
  return { context, page };
}

async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

async function measureApp(count, rate) {
  const { context, page } = await appWith(count);
  const cdp = await throttle(page, rate);
  const results = { open: [], switch: [], edit: [] };
  const keep = (key, i, ms) => i >= WARMUP && results[key].push(ms);
  for (let i = 0; i < WARMUP + RUNS; i++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Busy bakery');
    await settle(page);
    const ms = await timed(
      page,
      `[...document.querySelectorAll('nav a')].find((a) => a.textContent.includes('Calendar')).click()`,
      undefined,
      `return document.querySelectorAll('[role=grid]').length`,
    );
    keep('open', i, ms);
    await page.waitForSelector('[role=gridcell]');
  }
  for (let i = 0; i < 2 * Math.ceil((WARMUP + RUNS) / 2); i++) {
    const label = i % 2 ? 'Earlier' : 'Later';
    const ms = await timed(
      page,
      `document.querySelector('button[aria-label="${label}"]').click()`,
      undefined,
      `return document.querySelector('[role=grid]').getAttribute('aria-label')`,
    );
    keep('switch', i, ms);
    await settle(page);
  }
  // Back on this month (an even number of switches): open its first post.
  const post = page.locator('[role=gridcell] [data-entry^="p."]').first();
  if ((await post.count()) === 0) fail(`no post in this month's grid of the ${count}-entry plan`);
  await post.click();
  await page.getByRole('dialog', { name: /^Post on/ }).getByLabel('Copy').waitFor();
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const ms = await timed(
      page,
      `const area = document.getElementById('smp-panel-copy'); area.value = arg + area.value; area.dispatchEvent(new InputEvent('input', { bubbles: true }));`,
      String.fromCharCode(97 + (i % 26)),
      `return document.querySelector('[role=grid] [aria-current=true]').getAttribute('aria-label')`,
    );
    keep('edit', i, ms);
    await settle(page);
  }
  await page.waitForTimeout(800);
  const saves = await page.evaluate(() => performance.getEntriesByName('smp:save').map((e) => e.duration));
  await cdp.detach();
  await context.close();
  return { ...results, saves };
}

async function measureBaseline(count, rate) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${origin}/__baseline.html`);
  await page.evaluate((plan) => window.startBaseline(plan), plans.get(count).plan);
  const cdp = await throttle(page, rate);
  const results = { open: [], switch: [], edit: [] };
  const actions = { open: ['baseline.open(new Date(arg))', firstOfMonth], switch: ['baseline.next()'], edit: ['baseline.edit(arg)', 'edit'] };
  for (const [key, [act, arg]] of Object.entries(actions)) {
    // Typing happens in this month, as in the app, whose first post is open.
    if (key === 'edit') await page.evaluate((first) => window.baseline.open(new Date(first)), firstOfMonth);
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await settle(page);
      const ms = await timed(page, act, arg === 'edit' ? String.fromCharCode(97 + (i % 26)) : arg);
      if (i >= WARMUP) results[key].push(ms);
    }
  }
  // The keystrokes reached the open post's chip, as they do in the app.
  const typed = await page.evaluate(() => {
    const area = document.getElementById('copy');
    return [...document.querySelectorAll('[data-entry^="p."]')].some((chip) => chip.textContent === area.value && area.value.length > 0);
  });
  if (!typed) fail(`the vanilla page's keystrokes never reached a chip (${count} entries)`);
  await cdp.detach();
  await page.close();
  return results;
}

/** The JS heap after a garbage collection and the wasm memory, in MB. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const wasm = await page.evaluate(() => window.__smpWasm?.memory?.buffer.byteLength ?? NaN);
  if (!Number.isFinite(heap) || !Number.isFinite(wasm)) fail('the page gave no memory figures');
  return { heap: heap / 1e6, wasm: wasm / 1e6, total: (heap + wasm) / 1e6 };
}

async function measureMemory(count) {
  const { context, page } = await appWith(count);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const toCalendar = async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Calendar', exact: true }).click();
    await page.waitForSelector('[role=gridcell]');
  };
  await toCalendar();
  await page.locator('[role=gridcell] [data-entry^="p."]').first().click();
  const copy = page.getByRole('dialog', { name: /^Post on/ }).getByLabel('Copy');
  await copy.waitFor();
  await settle(page);
  const fresh = await memory(page, cdp);
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.evaluate((c) => {
      const area = document.getElementById('smp-panel-copy');
      area.value = c + area.value;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, String.fromCharCode(97 + (i % 26)));
    if (i % 10 === 9) await settle(page);
  }
  await page.getByRole('banner').getByRole('status').filter({ hasText: /^Saved$/ }).waitFor({ timeout: 60_000 });
  const typed = await memory(page, cdp);
  const value = await copy.inputValue();
  if (value.length < KEYSTROKES) fail(`the copy holds ${value.length} characters after ${KEYSTROKES} keystrokes`);
  // The panel is modal: closed before the navigation is reached.
  await page.keyboard.press('Escape');
  await copy.waitFor({ state: 'detached' });
  const cycles = [];
  for (let i = 0; i < CYCLES; i++) {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Overview', exact: true }).click();
    await page.waitForFunction(() => !document.querySelector('[role=grid]'));
    await toCalendar();
    await settle(page);
    cycles.push(await memory(page, cdp));
  }
  await context.close();
  return { fresh, typed, cycles };
}

const tables = [];
for (const rate of THROTTLES) {
  const rows = [];
  for (const count of SIZES) {
    const app = { open: [], switch: [], edit: [], saves: [] };
    const base = { open: [], switch: [], edit: [] };
    // Alternate app and baseline, so drift on a shared machine hits both.
    for (let round = 0; round < ROUNDS; round++) {
      const a = await measureApp(count, rate);
      const b = await measureBaseline(count, rate);
      for (const k of Object.keys(app)) app[k].push(...a[k]);
      for (const k of Object.keys(base)) base[k].push(...b[k]);
    }
    rows.push({ count, app, base });
  }
  tables.push({ rate, rows });
}
const mem = await measureMemory(MEMORY_SIZE);
await browser.close();
close();

const entries = (count) => {
  const { posts, tasks } = plans.get(count).plan.calendar;
  return `${posts.length.toLocaleString('en')} posts, ${tasks.length.toLocaleString('en')} tasks`;
};
const actions = [['open the month view', 'open'], ['switch months', 'switch'], ['a keystroke in the panel', 'edit']];
console.log(`Calendar: script time in ms, median of ${RUNS * ROUNDS} readings after ${WARMUP} to warm up, app against a vanilla-JS month grid${smoke ? ' (smoke run: the figures mean nothing)' : ''}`);
for (const { rate, rows } of tables) {
  console.log(`\n${rate === 1 ? 'Full speed' : `CPU slowed ${rate}×`}:`);
  console.log(`  ${'entries'.padEnd(26)}${'action'.padEnd(28)}${'app'.padStart(8)}${'vanilla'.padStart(9)}${'ratio'.padStart(8)}`);
  for (const { count, app, base } of rows) {
    for (const [label, key] of actions) {
      const a = median(app[key]);
      const b = median(base[key]);
      console.log(`  ${entries(count).padEnd(26)}${label.padEnd(28)}${a.toFixed(2).padStart(8)}${b.toFixed(2).padStart(9)}${(a / b).toFixed(1).padStart(7)}×`);
    }
  }
  const [small, ...big] = rows;
  for (const row of big) {
    const grow = (key) => (median(row.app[key]) / median(small.app[key])).toFixed(2);
    console.log(`  growth from ${small.count} to ${row.count.toLocaleString('en')} entries: keystroke ${grow('edit')}×, month switch ${grow('switch')}×, open ${grow('open')}×`);
  }
  for (const { count, app } of rows) {
    if (app.saves.length) console.log(`  saving the ${count.toLocaleString('en')}-entry plan after typing pauses (off the keystroke): median ${median(app.saves).toFixed(1)} ms over ${app.saves.length} saves`);
  }
}
const mb = (m) => `${m.total.toFixed(1)} MB (JS heap ${m.heap.toFixed(1)}, wasm ${m.wasm.toFixed(1)})`;
console.log(`\nMemory of a ${MEMORY_SIZE.toLocaleString('en')}-entry plan:`);
console.log(`  freshly opened, a post open        ${mb(mem.fresh)}`);
console.log(`  after ${KEYSTROKES} keystrokes in it        ${mb(mem.typed)}   ${(mem.typed.total / mem.fresh.total).toFixed(2)}× fresh`);
console.log(`  after each of ${CYCLES} cycles of leaving and opening the calendar: ${mem.cycles.map((m) => m.total.toFixed(1)).join(', ')} MB`);
