// Trunk's post-build hook (see Trunk.toml); also runs by hand on a built folder:
//   node scripts/post-build.mjs [dir]      (default: $TRUNK_STAGING_DIR)
//
// 1. Moves trunk's inline loader out of index.html into planner.js, a file, so
//    the page runs under `script-src 'self'` with no inline script. planner.js
//    is also what host pages load to embed the planner: it starts the wasm,
//    puts the one `SocialMediaPlanner` object on `window`, and mounts every
//    element marked `data-social-planner`. Paths in it are relative to itself,
//    so the files can be served from any folder.
//    It also names the file writers (src/bin/writers.rs, built by trunk as a
//    worker) after their contents, and gives planner.js the way to import
//    them on demand.
// 2. Writes sw.js, the service worker, with the list of this build's files and
//    a cache named after their contents: each deploy changes the worker, the
//    new one precaches the new files, and old caches go when it takes over.
// 3. Last, writes `file.br` and `file.gz` beside every text and wasm file, for
//    a server to send to browsers that take them (scripts/serve.mjs does, as
//    any good static host does; see README, Deploying).
// 0. First, gives wasm-bindgen's text decoding a quick way for short ASCII
//    text: see quickText below.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { minify } from 'terser';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: give the built folder, or run as a trunk hook');
  process.exit(2);
}
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const base = (path) => path.split('/').pop();

// Scripts as they are sent: wasm-bindgen's glue and the loader, minified
// (trunk's own minifier cannot read the glue's \`export default\`). Comments
// marked "smp:" stay: they tell a folder already done. The service worker is
// left readable.
const small = async (code, reserved = []) =>
  (
    await minify(code, {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: { reserved },
      format: { comments: /smp:/ },
    })
  ).code;

const indexFile = join(dir, 'index.html');
let index = await readFile(indexFile, 'utf8');

// Every string Rust hands the page (a class, an attribute, a label) goes
// through TextDecoder, whose cost per call is high for a few bytes: in a
// month switch, about a tenth of the script time. Short ASCII text is made
// by hand instead; anything longer, or not ASCII, goes on to TextDecoder as
// before. Patched into wasm-bindgen's glue, whose preload's integrity is
// then written anew.
const QUICK = '// smp: quick short ASCII text, 2';
const quickText = `${QUICK}
function decodeText(bytes) {
    if (bytes.length <= 48) {
        for (let i = 0; i < bytes.length; i++) {
            if (bytes[i] > 127) return decodeAnyText(bytes);
        }
        return String.fromCharCode.apply(null, bytes);
    }
    return decodeAnyText(bytes);
}
function decodeAnyText(bytes) {`;
// Checked here, against TextDecoder itself, before it goes in.
{
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const decode = new Function('decoder', `${quickText} return decoder.decode(bytes); }\nreturn decodeText;`)(decoder);
  for (const text of ['', 'a', 'smp-day smp-drop', 'x'.repeat(48), 'x'.repeat(49), 'Choose a profile…', 'Café 🍰 at 09:00', '\u0000\u007f']) {
    const bytes = new TextEncoder().encode(text);
    if (decode(bytes) !== text || decode(bytes.subarray(1)) !== decoder.decode(bytes.subarray(1))) {
      console.error(`post-build: the quick text decoding reads ${JSON.stringify(text)} wrong`);
      process.exit(1);
    }
  }
}
const glueName = index.match(/<link rel="modulepreload" href="[^"]*?([^"/]+\.js)"/)?.[1];
if (!glueName) {
  console.error('post-build: the page preloads no wasm-bindgen glue');
  process.exit(1);
}
const glueFile = join(dir, glueName);
let glue = await readFile(glueFile, 'utf8');
if (!glue.includes(QUICK)) {
  const original = 'function decodeText(bytes) {';
  if (glue.split(original).length !== 2) {
    console.error('post-build: wasm-bindgen\'s glue no longer decodes text in one decodeText(bytes)');
    process.exit(1);
  }
  glue = glue.replace(original, quickText);
  glue = await small(glue);
  await writeFile(glueFile, glue);
}
const integrity = `sha384-${createHash('sha384').update(glue).digest('base64')}`;
index = index.replace(/(<link rel="modulepreload" [^>]*integrity=")[^"]*(")/, `$1${integrity}$2`);

// The file writers (src/bin/writers.rs, the schedulers' CSVs), a module of
// their own that planner.js imports the first time a user asks for such a
// file. Trunk names a worker's files after its binary alone: they are named
// here after their contents, so a new build is never mixed with an old one.
const writersFile = (name) => join(dir, name);
if ((await readdir(dir)).includes('writers.js')) {
  const code = await small(await readFile(writersFile('writers.js'), 'utf8'));
  const wasm = await readFile(writersFile('writers_bg.wasm'));
  const stem = `writers-${hash(code + hash(wasm))}`;
  await writeFile(writersFile(`${stem}.js`), code);
  await writeFile(writersFile(`${stem}_bg.wasm`), wasm);
  await unlink(writersFile('writers.js'));
  await unlink(writersFile('writers_bg.wasm'));
}
const writersJs = (await readdir(dir)).find((f) => /^writers-[0-9a-f]{16}\.js$/.test(f));
if (!writersJs) {
  console.error('post-build: the build holds no file writers (writers.js, from index.html\'s data-bin="writers")');
  process.exit(1);
}
const writersWasm = writersJs.replace(/\.js$/, '_bg.wasm');

// Trunk's loader, or (on a folder already done) our script tag.
const inline = index.match(/<script type="module">([\s\S]*?)<\/script>/);
if (inline) {
  const js = inline[1].match(/from '([^']+\.js)'/)?.[1];
  const wasm = inline[1].match(/module_or_path: '([^']+\.wasm)'/)?.[1];
  const css = index.match(/<link rel="stylesheet" href="([^"]*\/app-[0-9a-f]+\.css)"/)?.[1];
  if (!js || !wasm || !css) {
    console.error('post-build: the page is not what trunk writes (loader or stylesheet not found)');
    process.exit(1);
  }
  // The first screen of index.html, for each embed to show while it loads.
  const firstScreen = index
    .match(/<!-- smp:first-screen[\s\S]*?-->([\s\S]*?)<!-- \/smp:first-screen -->/)?.[1]
    ?.replace(/<noscript>[\s\S]*?<\/noscript>/g, '')
    // Its comments are for whoever reads index.html, not for the page.
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .trim();
  if (!firstScreen?.includes('smp-waiting')) {
    console.error('post-build: index.html holds no first screen between its smp:first-screen markers');
    process.exit(1);
  }
  // The translations the build carries (assets/lang/de.txt: "de").
  const languages = (await readdir(join(dir, 'lang')).catch(() => []))
    .filter((f) => /^[a-z]{2,3}\.txt$/.test(f))
    .map((f) => f.replace('.txt', ''));
  // How a host page embeds planners is the README's (Embedding): the
  // loader every user downloads carries one line of it.
  let loader = `/* smp: the planner's loader (scripts/post-build.mjs; README: Embedding) */
import init, { boot, mount, unmount } from './${base(js)}';

const here = new URL('.', import.meta.url);
const stylesheet = new URL('${base(css)}', here).href;

// While the wasm loads, each marked element shows the first screen the
// standalone page holds, in a shadow root like the one the planner takes
// over when it mounts; the host's own nodes wait inside it, out of sight,
// and come back if the planner goes.
const FIRST_SCREEN = ${JSON.stringify(firstScreen)};
function waitIn(element) {
  if (element.querySelector(':scope > .smp-embed')) return;
  const host = document.createElement('div');
  host.className = 'smp-embed';
  host.setAttribute('data-smp-waiting', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  const root = document.createElement('div');
  root.className = 'smp smp--embedded';
  const screen = document.createElement('template');
  screen.innerHTML = FIRST_SCREEN;
  root.append(screen.content);
  shadow.append(link, root);
  // In place of the host's nodes once styled, so it never shows as bare
  // text and the host's page changes once, not twice; until then it is
  // laid out out of sight.
  host.hidden = true;
  element.append(host);
  const show = () => {
    if (!host.hidden || !host.isConnected) return;
    host.append(...[...element.childNodes].filter((node) => node !== host));
    host.hidden = false;
  };
  for (const event of ['load', 'error']) link.addEventListener(event, show, { once: true });
}
document.querySelectorAll('[data-social-planner]').forEach(waitIn);

// The wasm is fetched once the page's first screen (or, on a host's page,
// the host's own content) has been painted and the browser has recorded that
// paint, a frame after it; at most a quarter second on, or at once where no
// such paint is recorded (another browser, a hidden page). Two reasons: the
// host's page and the first screen get the network to themselves until they
// are painted, and the first screen, replaced before that record, would not
// count as the page's largest paint: the app's identical screen would, and
// the page would seem to wait for the wasm. This costs about 30 ms to the
// app's start on 127.0.0.1 and takes Lighthouse's mobile LCP from 3.2 s to
// 1.1 s (README, Lighthouse).
await new Promise((resolve) => {
  if (document.visibilityState === 'hidden' || typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    resolve();
    return;
  }
  // Marked when the quarter second ran out first, so a test can tell a slow
  // paint from a fetch that did not wait.
  let waiting = true;
  const done = (capped) => {
    if (!waiting) return;
    waiting = false;
    observer.disconnect();
    if (capped) performance.mark('smp:paint-wait-capped');
    resolve();
  };
  const observer = new PerformanceObserver(() => done(false));
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(() => done(true), 250);
});

// The language the planners start in: the one chosen in this browser, for
// the standalone page or for every planner embedded in the site (the key of
// src/embed.rs's language_prefix), else the browser's own; its words, when the
// build has them (lang/*.txt), fetched beside the wasm, so the first paint
// of the planner is in it. English needs none.
const LANGUAGES = ${JSON.stringify(languages)};
let language;
try {
  const shared = document.getElementById('social-media-planner') ? ':' : '@';
  language = localStorage.getItem(\`social-media-planner\${shared}language\`);
} catch {
  // Storage blocked: the browser's own language.
}
language ??= navigator.language.split('-')[0].toLowerCase();
const words = LANGUAGES.includes(language)
  ? fetch(new URL(\`lang/\${language}.txt\`, here)).then((response) => (response.ok ? response.text() : undefined), () => undefined)
  : undefined;
// Until the planner takes its place, the first screen speaks the language
// too, from the same words (an entry is its English line, then "= " and
// the translation; the first screen's texts are among them, as
// tests/translations.rs checks).
words?.then((text) => {
  const lines = text?.split('\\n') ?? [];
  const found = new Map();
  lines.forEach((line, i) => lines[i + 1]?.startsWith('= ') && found.set(line, lines[i + 1].slice(2)));
  const roots = [document, ...[...document.querySelectorAll('[data-smp-waiting]')].map((host) => host.shadowRoot)];
  for (const screen of roots.map((root) => root?.querySelector('.smp-app--waiting')).filter(Boolean)) {
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) {
      const english = node.data.trim().replace(/^— /, '');
      if (found.has(english)) node.data = node.data.replace(english, found.get(english));
    }
    for (const named of screen.querySelectorAll('[aria-label]')) {
      const english = named.getAttribute('aria-label');
      if (found.has(english)) named.setAttribute('aria-label', found.get(english));
    }
  }
});

try {
  await init({ module_or_path: new URL('${base(wasm)}', here) });
} catch (error) {
  // A browser without WebAssembly, or a file that did not arrive: say so
  // where the planner would be, rather than wait for ever.
  const waiting = [
    ...document.querySelectorAll('.smp-waiting'),
    ...[...document.querySelectorAll('[data-smp-waiting]')].map((h) => h.shadowRoot?.querySelector('.smp-waiting')),
  ];
  for (const wait of waiting.filter(Boolean)) {
    wait.classList.add('smp-waiting--failed');
    wait.closest('[aria-busy]')?.setAttribute('aria-busy', 'false');
    wait.querySelector('.smp-waiting__text').textContent =
      typeof WebAssembly === 'object'
        ? 'The planner could not start: some of its files did not arrive. Check the connection, then reload the page.'
        : 'The planner could not start in this browser. It needs WebAssembly, which every current browser has: update this browser or try another, then reload the page.';
  }
  throw error;
}

// The file writers, imported once, the first time a user asks for a file
// they write (and again after a failure, such as no network before they
// were kept for offline use).
let writers;
const loadWriters = () =>
  (writers ??= import(new URL('${writersJs}', here).href)
    .then(async (module) => {
      await module.default({ module_or_path: new URL('${writersWasm}', here) });
      // They speak the page's language, from the same words.
      const text = await words;
      if (text) module.speak(language, text);
      return module;
    })
    .catch((error) => {
      writers = undefined;
      throw error;
    }));

window.SocialMediaPlanner = Object.freeze({
  version: '${hash(js + wasm + css)}',
  /** Mounts a planner in \`element\`; \`options.storageKey\` names its plans,
   * \`options.routing\` is 'memory' (the default) or 'hash'. Returns a handle
   * whose \`destroy()\` takes it away again. */
  mount: (element, options = {}) => mount(element, options.storageKey, options.routing, stylesheet),
  /** Takes away the planner in \`element\`, however it was mounted. */
  unmount: (element) => unmount(element),
});
// The wasm's start above and the first render below as two tasks, not one
// long one, so the page can answer a tap between them (Lighthouse's total
// blocking time on a slowed phone: median 133 ms against 95, four runs each).
await new Promise((resolve) => setTimeout(resolve, 0));
boot(stylesheet, new URL('sw.js', here).href, loadWriters, language, await words);
`;
  // \`init\` keeps its name: the benchmarks find its call (tests/bench/harness.mjs).
  loader = await small(loader, ['init']);
  await writeFile(join(dir, 'planner.js'), loader);
  index = index.replace(inline[0], `<script type="module" src="${publicUrl}planner.js?v=${hash(loader)}"></script>`);
  // No preload of the wasm: planner.js fetches it once the first screen is
  // painted (see above).
  const wasmPreload = /<link rel="preload"[^>]*as="fetch"[^>]*>\s*/;
  if (!wasmPreload.test(index)) {
    console.error('post-build: trunk no longer preloads the wasm as this expects');
    process.exit(1);
  }
  index = index.replace(wasmPreload, '');
}
// The page, with the glue's new integrity and the loader's script tag.
await writeFile(indexFile, index);

// Every file of the build but the worker itself.
async function files(folder) {
  const out = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}
// What a server may send instead of a file: its compressed copies.
const compressed = /\.(br|gz)$/;
const built = (await files(dir))
  .filter((f) => base(f) !== 'sw.js' && !base(f).startsWith('.') && !compressed.test(f))
  .sort();
const contents = await Promise.all(built.map((f) => readFile(f)));
const version = hash(contents.map((c) => hash(c)).join(''));
const loaderUrl = index.match(/src="[^"]*\/(planner\.js\?v=[0-9a-f]+)"/)?.[1];
const urls = ['./', ...built.map((f) => relative(dir, f).split(sep).join('/'))].map((u) =>
  u === 'planner.js' && loaderUrl ? loaderUrl : u,
);
// The page asks for planner.js?v=…; a host page for planner.js itself: keep both.
if (loaderUrl) urls.push('planner.js');

const worker = `// Social Media Planner's service worker, written at build time by
// scripts/post-build.mjs with this build's files. It keeps them for offline
// use, answers from them first, and keeps a copy of any page of its scope
// visited online (a host page embedding the planner) for when the network is
// gone. A new build's worker waits until the page says the user chose to
// reload; it then takes over and deletes the old build's files.
const CACHE = 'smp-shell-${version}';
const FILES = ${JSON.stringify([...new Set(urls)], null, 2)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

// Taking over: pages kept from visits (host pages) move to the new cache,
// the old build's files go, and the pages of its scope open now are kept
// too, the very first visit included, so they open offline next time: kept
// before the worker takes them over, so a page it controls is a page kept.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const key of await caches.keys()) {
        if (!key.startsWith('smp-shell-') || key === CACHE) continue;
        const old = await caches.open(key);
        for (const request of await old.keys()) {
          const kept = await old.match(request);
          const page = kept?.headers.get('content-type')?.startsWith('text/html');
          if (page && !(await cache.match(request))) await cache.put(request, kept);
        }
        await caches.delete(key);
      }
      const scope = self.registration.scope;
      for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        const url = client.url.split('#')[0];
        if (!url.startsWith(scope) || (await cache.match(url))) continue;
        try {
          const response = await fetch(url);
          if (response.ok) await cache.put(url, response);
        } catch (offline) {
          // Kept on the next visit instead.
        }
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'smp:update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const kept = await cache.match(request);
      if (kept) return kept;
      if (request.mode !== 'navigate') return fetch(request);
      try {
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      } catch (offline) {
        return (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match('./')) ?? Response.error();
      }
    })(),
  );
});
`;
// Names kept, so its cache and files can still be read from it.
await writeFile(join(dir, 'sw.js'), (await minify(worker, { compress: false })).code);
console.log(`post-build: planner.js and sw.js (${urls.length} files, cache smp-shell-${version})`);

// The compressed copies, of every file a browser takes compressed (images
// are compressed already). Written anew each time, so none is older than its
// file.
const compressible = /\.(html|js|mjs|css|wasm|json|webmanifest|svg|txt)$/;
let plain = 0;
let brotli = 0;
let gzip = 0;
for (const file of (await files(dir)).filter((f) => compressible.test(f) && !base(f).startsWith('.'))) {
  const body = await readFile(file);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  await writeFile(`${file}.br`, br);
  await writeFile(`${file}.gz`, gz);
  plain += body.length;
  brotli += br.length;
  gzip += gz.length;
}
const kb = (n) => `${Math.round(n / 1024)} KB`;
console.log(`post-build: compressed copies of ${kb(plain)}: ${kb(brotli)} brotli, ${kb(gzip)} gzip`);
