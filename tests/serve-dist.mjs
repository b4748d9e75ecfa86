// Serves the release build (dist/) on 127.0.0.1 for the end-to-end tests: a
// plain static host, as the app will meet in production, under the strict
// Content-Security-Policy the planner promises to run under (every e2e test
// runs under it; tests/e2e/csp.spec.js also records any violation).
//
//   node tests/serve-dist.mjs [folder] [port]
// or, from a test, `serveFolder(folder)` for a server of its own.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `folder` on 127.0.0.1 (`port` 0: any free one); resolves to its
 * origin, the log of every request answered (`{ path, status }`), and a way to
 * stop. `headers(path)` may add headers to a file's response.
 */
export async function serveFolder(folder, port = 0, { headers = () => ({}) } = {}) {
  const root = resolve(folder);
  const log = [];
  const server = createServer(async (req, res) => {
    res.on('finish', () => log.push({ path: req.url, status: res.statusCode }));
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'content-security-policy': CSP,
        ...headers(path),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    log,
    close: () =>
      new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = process.argv[2] ?? 'dist';
  const { origin } = await serveFolder(folder, Number(process.argv[3] ?? 4173));
  console.log(`Serving ${resolve(folder)} on ${origin}/`);
}
