// Serves the release build (dist/) on 127.0.0.1, for `make serve`, the
// end-to-end tests and the benchmarks: a plain static host, as the app will
// meet in production, under the strict Content-Security-Policy the planner
// promises to run under (every e2e test runs under it; tests/e2e/csp.spec.js
// also records any violation). Like any good static host it sends the
// build's precompressed copies (`file.br`, `file.gz`, written by
// scripts/post-build.mjs) to a browser that accepts them, with
// `Content-Encoding`; a copy older than its file is never sent.
//
//   node scripts/serve.mjs [folder] [port]
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

/** The encodings a request's `Accept-Encoding` allows, best first: `br`, `gzip`. */
export function accepted(header = '') {
  const allowed = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    allowed.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (allowed.get(name) ?? allowed.get('*') ?? 0) > 0;
  return ['br', 'gzip'].filter(ok);
}

const suffix = { br: '.br', gzip: '.gz' };

/**
 * The body to send for `file` (whose own modification time is `mtime`): its
 * precompressed copy in the first encoding allowed that has a copy at least as
 * new as it, else the file itself. Resolves to `{ body, encoding }`.
 */
export async function encodedBody(file, mtime, acceptEncoding) {
  for (const encoding of accepted(acceptEncoding)) {
    try {
      const copy = file + suffix[encoding];
      if ((await stat(copy)).mtimeMs >= mtime) return { body: await readFile(copy), encoding };
    } catch {
      // No copy in this encoding: try the next.
    }
  }
  return { body: await readFile(file), encoding: null };
}

/**
 * Serves `folder` on 127.0.0.1 (`port` 0: any free one); resolves to its
 * origin, the log of every request answered (`{ path, status, encoding }`),
 * and a way to stop. `headers(path)` may add headers to a file's response;
 * `files` maps extra paths to files outside the folder, and `rewrites` maps
 * paths to a function that changes the file's text (sent uncompressed).
 * `policy: false` sends no Content-Security-Policy (for pages with inline
 * scripts, such as the benchmarks' baselines). `delay(path)` may hold a
 * response back for some milliseconds (a slow network, for the tests).
 */
export async function serveFolder(
  folder,
  port = 0,
  { headers = () => ({}), files = {}, rewrites = {}, policy = true, delay = () => 0 } = {},
) {
  const root = resolve(folder);
  const log = [];
  const server = createServer(async (req, res) => {
    let encoding = null;
    res.on('finish', () => log.push({ path: req.url, status: res.statusCode, encoding }));
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const wait = delay(path);
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    let file = files[path] ?? normalize(join(root, path));
    if (!files[path] && !file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body;
      if (rewrites[path]) body = Buffer.from(rewrites[path]((await readFile(file)).toString('utf8')));
      else ({ body, encoding } = await encodedBody(file, info.mtimeMs, req.headers['accept-encoding']));
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-cache',
        ...(policy ? { 'content-security-policy': CSP } : {}),
        vary: 'Accept-Encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
        ...headers(path),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      } else {
        console.error(`server: ${path}: ${error.message}`);
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
      }
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
