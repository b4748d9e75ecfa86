// First-load benchmark: time from navigation start to the first usable screen of
// the release build (the app's `smp:ready` mark, set after its first render with
// the event handlers attached), against a vanilla-JS page that renders the same
// welcome screen, in the same run, in the same browser. Each load uses a fresh
// browser context (empty cache and storage), served from 127.0.0.1 as a host
// sends it: the build's brotli copies (scripts/serve.mjs). Also the first
// paint of each (the app's is its static first screen, before the wasm).
//
// Usage: make bench   (or: node tests/bench/first-load.mjs [runs])
import { launch, serve } from './harness.mjs';

const runs = Number(process.argv[2] ?? 15);
const { origin, log, close } = await serve('tests/bench/baseline.html');

const browser = await launch();

async function loadOnce(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  // Ready, and painted: a page can be ready (the baseline marks it as it
  // renders) a frame before the browser records its first paint.
  await page.waitForFunction(
    () => performance.getEntriesByName('smp:ready').length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0,
    null,
    { timeout: 20_000 },
  );
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      ready: performance.getEntriesByName('smp:ready')[0].startTime,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      domContentLoaded: nav.domContentLoadedEventEnd,
      bytes: performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, nav.transferSize),
    };
  });
  await context.close();
  return timing;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Interleave the two pages so drift on a shared machine hits both alike.
const app = [];
const baseline = [];
await loadOnce(`${origin}/`); // warm the browser process, not the page cache
for (let i = 0; i < runs; i++) {
  app.push(await loadOnce(`${origin}/`));
  baseline.push(await loadOnce(`${origin}/__baseline.html`));
}
await browser.close();
close();

const appReady = median(app.map((t) => t.ready));
const baseReady = median(baseline.map((t) => t.ready));
const appPaint = median(app.map((t) => t.paint));
const basePaint = median(baseline.map((t) => t.paint));
const wasm = log.find((r) => r.path.endsWith('.wasm'));
if (!wasm) throw new Error('the app never asked for its wasm');
console.log(`First usable screen, median of ${runs} cold loads (fresh context each) on 127.0.0.1, the wasm sent ${wasm.encoding ?? 'uncompressed'}:`);
console.log(`  app (release build):       ${appReady.toFixed(1)} ms   (${(app[0].bytes / 1024).toFixed(0)} KB transferred)`);
console.log(`  vanilla-JS baseline:       ${baseReady.toFixed(1)} ms`);
console.log(`  ratio app / baseline:      ${(appReady / baseReady).toFixed(2)}x`);
console.log(`First paint: app ${appPaint.toFixed(1)} ms (its first screen), baseline ${basePaint.toFixed(1)} ms, ${(appPaint / basePaint).toFixed(2)}x`);
