// Every benchmark runs once here in its short smoke mode, against the same
// release build, so a broken benchmark fails the tests instead of rotting.
// Nothing about time is asserted: only that each runs to the end and prints
// its table.
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

test('the storage benchmark runs: an agency\'s plans saved, reloaded and listed', async () => {
  test.setTimeout(180_000);
  const { stdout } = await run('node', ['tests/bench/storage.mjs', '--smoke'], { timeout: 170_000 });
  expect(stdout).toContain('Smoke run: 2,000-entry plan and 2 of 200');
  expect(stdout).toMatch(/\| 2,000 entries \| \d+ KB \| \d+ KB \| [\d.]+× \|/);
  expect(stdout).toMatch(/all 3 listed after each reload/);
  expect(stdout).toMatch(/Saving the 500-entry plan .* \(smp:save\)/);
});

test('the first-load benchmark runs', async () => {
  test.setTimeout(90_000);
  const { stdout } = await run('node', ['tests/bench/first-load.mjs', '1'], { timeout: 80_000 });
  expect(stdout).toMatch(/app \(release build\): +[\d.]+ ms/);
  expect(stdout).toMatch(/ratio app \/ baseline: +[\d.]+x/);
  expect(stdout).toContain('the wasm sent br');
  expect(stdout).toMatch(/First paint: app [\d.]+ ms \(its first screen\), baseline [\d.]+ ms, [\d.]+x/);
});

test('the calendar benchmark runs: both speeds, every size, and the memory table', async () => {
  test.setTimeout(180_000);
  const { stdout } = await run('node', ['tests/bench/calendar.mjs', '--smoke'], { timeout: 170_000 });
  expect(stdout).toContain('(smoke run: the figures mean nothing)');
  for (const speed of ['Full speed:', 'CPU slowed 4×:']) expect(stdout).toContain(speed);
  for (const action of ['open the month view', 'switch months', 'a keystroke in the panel']) {
    expect(stdout).toMatch(new RegExp(`450 posts, 50 tasks +${action} +[\\d.]+ +[\\d.]+ +[\\d.]+×`));
  }
  expect(stdout).toMatch(/growth from 50 to 500 entries: keystroke [\d.]+×, month switch [\d.]+×/);
  expect(stdout).toMatch(/after 10 keystrokes in it +[\d.]+ MB \(JS heap [\d.]+, wasm [\d.]+\) +[\d.]+× fresh/);
  expect(stdout).toMatch(/cycles of leaving and opening the calendar: [\d.]+, [\d.]+ MB/);
});

test('the Lighthouse run works on both pages and prints every figure', async () => {
  test.setTimeout(180_000);
  const { stdout } = await run('node', ['tests/bench/lighthouse.mjs', '--smoke'], { timeout: 170_000 });
  expect(stdout).toContain('(smoke run: the figures mean nothing)');
  for (const page of ['standalone page', 'host page, two planners']) {
    expect(stdout).toMatch(
      new RegExp(`\\| ${page} \\| mobile \\| \\d+ \\| [\\d.]+ s \\| [\\d.]+ s \\| \\d+ ms \\| [\\d.]+ \\| \\d+ KB \\| \\d+ \\| \\d+ \\| \\d+ \\|`),
    );
  }
});
