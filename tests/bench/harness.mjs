// What the benchmarks share: the release build (dist/) served on 127.0.0.1
// with a baseline page beside it at /__baseline.html, and Debian's Chromium.
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { serveFolder } from '../../scripts/serve.mjs';

/** Serves dist/ as `make serve` does (precompressed copies to a browser that
 * takes them) and `baseline` (a path from the project root) at
 * /__baseline.html; returns its origin, the log of what it answered, and a way
 * to stop. With `exposeWasm`, the loader keeps the wasm module's exports in
 * `window.__smpWasm`, so a benchmark can read the size of its memory. */
export async function serve(baseline, { exposeWasm = false } = {}) {
  const rewrites = {};
  if (exposeWasm) {
    rewrites['/planner.js'] = (text) => {
      if (!text.includes('await init(')) throw new Error('planner.js no longer calls init()');
      return text.replace('await init(', 'window.__smpWasm = await init(');
    };
  }
  const server = await serveFolder('dist', 0, { files: { '/__baseline.html': resolve(baseline) }, rewrites, policy: false });
  return { origin: server.origin, log: server.log, close: server.close };
}

/** Debian's Chromium, headless, with the background work that would skew timings turned off. */
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
