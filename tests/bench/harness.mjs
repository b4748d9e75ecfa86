// What the benchmarks share: the release build (dist/) served on 127.0.0.1
// with a baseline page beside it at /__baseline.html, and Debian's Chromium.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

/** Serves dist/ and `baseline` (a path from the project root); returns its origin and a way to stop.
 * With `exposeWasm`, the loader keeps the wasm module's exports in
 * `window.__smpWasm`, so a benchmark can read the size of its memory. */
export async function serve(baseline, { exposeWasm = false } = {}) {
  const dist = resolve('dist');
  const baselineFile = resolve(baseline);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = path === '/__baseline.html' ? baselineFile : normalize(join(dist, path === '/' ? 'index.html' : path));
    if (file !== baselineFile && !file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (exposeWasm && path === '/planner.js') {
        const text = body.toString('utf8');
        if (!text.includes('await init(')) throw new Error('planner.js no longer calls init()');
        body = Buffer.from(text.replace('await init(', 'window.__smpWasm = await init('));
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch (error) {
      if (error.code !== 'ENOENT') console.error(`bench server: ${error.message}`);
      res.writeHead(error.code === 'ENOENT' ? 404 : 500).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Debian's Chromium, headless, with the background work that would skew timings turned off. */
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
