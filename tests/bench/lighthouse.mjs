// Lighthouse, as users and hosts see the planner: the release build served on
// 127.0.0.1 as a host sends it (the precompressed copies, the strict
// Content-Security-Policy; scripts/serve.mjs), the standalone page and the
// example host page with two planners (examples/embed.html), each with the
// mobile preset (a slow phone on a slow network, as Lighthouse simulates it)
// and the desktop one; median of three runs each, by Performance score.
// Lighthouse 12.2.3 (npm, pinned: 13 wants a newer Node) in Debian's Chromium.
//
// Usage: make lighthouse   (or: node tests/bench/lighthouse.mjs [--smoke] [runs])
// --smoke runs the mobile preset once on each page, so CI proves this works;
// it asserts nothing about the scores.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveFolder } from '../../scripts/serve.mjs';

const run = promisify(execFile);
const smoke = process.argv.includes('--smoke');
const runsArg = process.argv.slice(2).find((a) => /^\d+$/.test(a));
const RUNS = Number(runsArg ?? (smoke ? 1 : 3));
const PAGES = [
  ['standalone page', '/'],
  ['host page, two planners', '/examples/embed.html'],
];
const PRESETS = smoke ? ['mobile'] : ['mobile', 'desktop'];

const server = await serveFolder('dist');
const profile = await mkdtemp(join(tmpdir(), 'smp-lighthouse-'));

/** One Lighthouse run: the report's figures. */
async function lighthouse(url, preset) {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir=${profile}`,
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  const { stdout } = await run('node_modules/.bin/lighthouse', args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
  };
}

const rows = [];
try {
  for (const [name, path] of PAGES) {
    for (const preset of PRESETS) {
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(await lighthouse(`${server.origin}${path}`, preset));
      // The run with the median Performance score, as Lighthouse's docs advise.
      results.sort((a, b) => a.performance - b.performance);
      rows.push({ name, preset, ...results[(results.length - 1) >> 1] });
    }
  }
} finally {
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `Lighthouse 12.2.3, served compressed on 127.0.0.1, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`}${smoke ? ' (smoke run: the figures mean nothing)' : ''}:`,
);
console.log('| page | preset | Performance | FCP | LCP | TBT | CLS | bytes | Accessibility | Best practices | SEO |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.preset} | ${r.performance} | ${s(r.fcp)} | ${s(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${Math.round(r.bytes / 1024)} KB | ${r.accessibility} | ${r.bestPractices} | ${r.seo} |`,
  );
}
