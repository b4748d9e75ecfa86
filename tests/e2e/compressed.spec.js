// Compressed as a host sends it: the build writes `.br` and `.gz` copies beside
// every text and wasm file, the server (scripts/serve.mjs, as `make serve`,
// these tests and the benchmarks use it) sends them to a browser that takes
// them, and the app runs from them.
import { test, expect } from '@playwright/test';
import { cp, mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { accepted, serveFolder } from '../../scripts/serve.mjs';
import { createFirstPlan, expectSaved } from './helpers.js';

async function filesIn(folder) {
  const out = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    out.push(...(entry.isDirectory() ? await filesIn(path) : [path]));
  }
  return out;
}

test('every text and wasm file of the build has brotli and gzip copies that hold exactly it', async () => {
  const files = await filesIn('dist');
  const texts = files.filter((f) => /\.(html|js|css|wasm|json|webmanifest|svg)$/.test(f));
  expect(texts.map((f) => relative('dist', f))).toEqual(
    expect.arrayContaining(['index.html', 'planner.js', 'sw.js', 'examples/embed.html', 'manifest.webmanifest']),
  );
  expect(texts.some((f) => f.endsWith('.wasm'))).toBe(true);
  for (const file of texts) {
    const body = await readFile(file);
    const br = await readFile(`${file}.br`);
    const gz = await readFile(`${file}.gz`);
    expect(brotliDecompressSync(br).equals(body), `${file}.br`).toBe(true);
    expect(gunzipSync(gz).equals(body), `${file}.gz`).toBe(true);
    if (body.length > 2000) expect(br.length, `${file}.br is smaller`).toBeLessThan(body.length / 2);
  }
  // Images are compressed already; the worker never precaches a copy.
  expect(files.some((f) => /\.png\.(br|gz)$/.test(f))).toBe(false);
  expect(await readFile('dist/sw.js', 'utf8')).not.toMatch(/\.(br|gz)"/);
});

test('the server reads Accept-Encoding as browsers and hosts do', () => {
  expect(accepted('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
  expect(accepted('gzip')).toEqual(['gzip']);
  expect(accepted('br;q=0, gzip;q=0.8')).toEqual(['gzip']);
  expect(accepted('*')).toEqual(['br', 'gzip']);
  expect(accepted('identity')).toEqual([]);
  expect(accepted('')).toEqual([]);
  expect(accepted(undefined)).toEqual([]);
});

test('the browser gets the app brotli-compressed and runs it', async ({ page, request }) => {
  const server = await serveFolder('dist');
  try {
    await page.goto(`${server.origin}/`);
    await createFirstPlan(page, 'Compressed bakery');
    await expectSaved(page);
    const sent = new Map(server.log.map((r) => [r.path.split('?')[0], r.encoding]));
    const wasm = [...sent.keys()].find((p) => p.endsWith('.wasm'));
    expect(wasm).toBeTruthy();
    for (const path of ['/', '/planner.js', wasm]) expect(sent.get(path), path).toBe('br');
    const styles = [...sent].filter(([p]) => /\.css$/.test(p));
    expect(styles.length).toBeGreaterThanOrEqual(2);
    for (const [path, encoding] of styles) expect(encoding, path).toBe('br');
    // What crossed the wire is the compressed copy, well under the file.
    const [transfer, decoded] = await page.evaluate((name) => {
      const entry = performance.getEntriesByType('resource').find((r) => r.name.endsWith(name));
      return [entry.transferSize, entry.decodedBodySize];
    }, wasm);
    expect(transfer).toBeLessThan(decoded / 2);
    // A client that takes only gzip gets gzip; one that takes neither, the file.
    const gz = await request.get(`${server.origin}/planner.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers()['content-encoding']).toBe('gzip');
    expect(gz.headers().vary).toBe('Accept-Encoding');
    const plain = await request.get(`${server.origin}/planner.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    expect(await plain.text()).toBe(await readFile('dist/planner.js', 'utf8'));
  } finally {
    await server.close();
  }
});

test('a copy older than its file is never sent: a page changed after the build is sent as it is now', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'smp-stale-'));
  await cp('dist', dir, { recursive: true });
  const index = join(dir, 'index.html');
  const past = new Date(Date.now() - 60_000);
  await utimes(`${index}.br`, past, past);
  await utimes(`${index}.gz`, past, past);
  const server = await serveFolder(dir);
  try {
    const response = await page.goto(`${server.origin}/`);
    expect(response.headers()['content-encoding']).toBeUndefined();
    await expect(page.getByRole('heading', { name: 'Create your first plan' })).toBeVisible();
    expect(server.log.find((r) => r.path === '/').encoding).toBe(null);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
