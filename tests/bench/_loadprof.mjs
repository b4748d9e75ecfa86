import { chromium } from '@playwright/test';
import { serveFolder } from '/work/main/scripts/serve.mjs';
const server = await serveFolder(process.argv[2] ?? '/tmp/profroot/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const self = new Map(); const incl = new Map(); let total = 0; const N = 8;
for (let k = 0; k < N; k++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
  await page.goto(server.origin + '/');
  await page.waitForFunction(() => performance.getEntriesByName('smp:ready').length > 0);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((s, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const n = byId.get(s); const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber})`;
    if (name === '(idle)' || name === '(program)') return;
    self.set(name, (self.get(name) ?? 0) + dt); total += dt;
    const seen = new Set();
    for (let x = s; x !== undefined; x = parent.get(x)) { const f = byId.get(x).callFrame.functionName; if (!f || seen.has(f)) continue; seen.add(f); incl.set(f, (incl.get(f) ?? 0) + dt); }
  });
  await context.close();
}
console.log('busy per load', (total / 1000 / N).toFixed(1), 'ms');
[...self].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([n, us]) => console.log((us / 1000 / N).toFixed(2).padStart(6), n.slice(0, 140)));
if (process.env.INCL) { console.log('--- incl'); [...incl].filter(([n]) => new RegExp(process.env.INCL).test(n)).sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([n, us]) => console.log((us / 1000 / N).toFixed(2).padStart(6), n.slice(0, 150))); }
await browser.close(); await server.close();
