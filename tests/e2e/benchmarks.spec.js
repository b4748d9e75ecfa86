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
});
