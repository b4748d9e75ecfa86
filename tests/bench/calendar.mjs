// Calendar benchmark: a plan of 5,000 posts and tasks; the script time of
// opening the month view, switching months, and editing one post, in the
// release build, against a vanilla-JS page that renders the same month grid
// from the same plan, in the same run and browser.
//
// Script time is measured inside the page: from just before the action (a
// click, a keystroke) to the end of a chain of microtasks queued right after
// it. Yew renders in a microtask queued by the action, so the chain ends once
// the action's handlers and the render they caused are done, before the
// browser gets to style, layout or paint (which are not script time). Each
// reading is checked: the page must show the action's result by then; if a
// long render made Yew yield to the event loop, the reading follows it through
// timers, counting whatever ran meanwhile against the app. Medians of RUNS
// repetitions.
//
// Usage: make bench-calendar   (or: node tests/bench/calendar.mjs [runs])
import { launch, serve } from './harness.mjs';
import { busyPlan } from './busy-plan.mjs';

const RUNS = Number(process.argv[2] ?? 21);
// Readings before these are dropped: the engine is still compiling the hot
// code (wasm and JS tier up after a few runs). The very first is kept apart
// as the cold reading.
const WARMUP = 10;
const { origin, close } = await serve('tests/bench/calendar-baseline.html');

// The plan spans a year around today, so the month shown is a busy one.
const start = new Date(Date.now() - 180 * 86400000).toISOString().slice(0, 10);
const envelope = busyPlan({ count: 5000, start });
const firstOfMonth = new Date().toISOString().slice(0, 8) + '01';

const browser = await launch();

/** Runs `act` in the page and returns its script time in ms; `check`, run
 * when the time is read, must say the page already shows the result. */
const timed = (page, act, arg, check) =>
  page.evaluate(
    ([act, arg, check]) =>
      new Promise((done, fail) => {
        const before = check ? new Function('before', check)(undefined) : undefined;
        const t0 = performance.now();
        new Function('arg', act)(arg);
        // Microtasks first (where Yew renders); if the render was long enough
        // that Yew yielded to the event loop, follow it through timers too,
        // which counts whatever the browser did meanwhile against the app.
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
  return s[Math.floor(s.length / 2)];
};

async function measureApp() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${origin}/`);
  await page.evaluate((text) => localStorage.setItem('social-media-planner:plan:busy', text), JSON.stringify(envelope));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('main h1'));
  const results = { open: [], switch: [], edit: [] };
  const cold = {};
  // Keeps a reading once warm, and the first one apart.
  const keep = (key, i, ms) => {
    if (i === 0) cold[key] = ms;
    if (i >= WARMUP) results[key].push(ms);
  };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Busy bakery');
    await settle(page);
    keep(
      'open',
      i,
      await timed(
        page,
        `[...document.querySelectorAll('nav a')].find((a) => a.textContent.includes('Calendar')).click()`,
        undefined,
        `return document.querySelectorAll('[role=grid]').length`,
      ),
    );
    await page.waitForSelector('[role=grid]');
  }
  await page.waitForSelector('[role=gridcell]');
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const label = i % 2 ? 'Earlier' : 'Later';
    keep(
      'switch',
      i,
      await timed(
        page,
        `document.querySelector('button[aria-label="${label}"]').click()`,
        undefined,
        `return document.querySelector('[role=grid]').getAttribute('aria-label')`,
      ),
    );
    await settle(page);
  }
  await page.locator('[role=gridcell] [data-entry]').first().click();
  await page.waitForSelector('#smp-panel-copy');
  for (let i = 0; i < WARMUP + RUNS; i++) {
    keep(
      'edit',
      i,
      await timed(
        page,
        `const area = document.getElementById('smp-panel-copy'); area.value = arg + area.value; area.dispatchEvent(new InputEvent('input', { bubbles: true }));`,
        String.fromCharCode(97 + (i % 26)),
        `return document.querySelector('[role=grid] [aria-current=true]').getAttribute('aria-label')`,
      ),
    );
    await settle(page);
  }
  // Saves are debounced: wait for the last one, and read how long it took.
  await page.waitForTimeout(800);
  const saves = await page.evaluate(() => performance.getEntriesByName('smp:save').map((e) => e.duration));
  await page.close();
  return { ...results, saves, cold };
}

async function measureBaseline() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${origin}/__baseline.html`);
  await page.evaluate((text) => localStorage.setItem('bench-plan', text), JSON.stringify(envelope));
  await page.reload();
  await page.waitForFunction(() => window.baseline);
  const results = { open: [], switch: [], edit: [] };
  const actions = { open: ['baseline.open(new Date(arg))', firstOfMonth], switch: ['baseline.next()'], edit: ['baseline.edit(arg)', 'edit'] };
  for (const [key, [act, arg]] of Object.entries(actions)) {
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await settle(page);
      const ms = await timed(page, act, arg === 'edit' ? `edit ${i}` : arg);
      if (i >= WARMUP) results[key].push(ms);
    }
  }
  await page.close();
  return results;
}

// Alternate app and baseline, twice, so drift on a shared machine hits both.
const app = { open: [], switch: [], edit: [], saves: [], cold: [] };
const base = { open: [], switch: [], edit: [] };
for (let round = 0; round < 2; round++) {
  const a = await measureApp();
  const b = await measureBaseline();
  for (const k of ['open', 'switch', 'edit', 'saves']) app[k].push(...a[k]);
  app.cold.push(a.cold);
  for (const k of Object.keys(b)) base[k].push(...b[k]);
}
await browser.close();
close();

console.log(`Calendar with ${envelope.plan.calendar.posts.length} posts and ${envelope.plan.calendar.tasks.length} tasks; script time, median of ${RUNS * 2} runs after ${WARMUP} to warm up (ms):`);
if (process.env.BENCH_DETAIL) for (const k of ["open", "switch", "edit"]) console.log(k, app[k].map((x) => x.toFixed(1)).join(" "));
for (const [label, key] of [['open the month view', 'open'], ['switch months', 'switch'], ['edit one post (a keystroke)', 'edit']]) {
  const a = median(app[key]);
  const b = median(base[key]);
  console.log(`  ${label.padEnd(28)} app ${a.toFixed(1).padStart(6)}   vanilla JS ${b.toFixed(1).padStart(6)}   ratio ${(a / b).toFixed(1)}x   ${a <= 16 ? 'within' : 'OVER'} one frame (16 ms)`);
}
const colds = (key) => app.cold.map((c) => c[key].toFixed(1)).join(' and ');
console.log(`  the first of each in a fresh page (cold): open ${colds('open')}, switch ${colds('switch')}, edit ${colds('edit')}`);
if (app.saves.length) console.log(`  saving all 5,000 (debounced, after typing pauses): median ${median(app.saves).toFixed(1)} ms over ${app.saves.length} saves`);
