#!/usr/bin/env node
// `npm test`: lint, formatting, types, unit tests, the builds and the real-browser tests, in that order.
// Every stage runs even if an earlier one failed, so one run shows everything that is wrong. Ends with
// one plain line, "N passed, N failed", counting every test case plus each check stage.
//
//   npm test                 everything
//   npm test -- --no-e2e     skip the browser tests (for a machine without Chromium)
//
// Before the browser tests it finds Chromium ($CHROMIUM_PATH, /usr/bin/chromium, …) or, as root on
// Debian/Ubuntu, installs Debian's package (lib/cli/chromium.ts); otherwise it says what to do. Firefox
// the same way ($FIREFOX_PATH, /usr/bin/firefox-esr, …; lib/cli/firefox.ts): without one the Firefox test
// says why it skipped (and fails under CI=true).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const skipE2e = args.includes('--no-e2e') || process.env.REPLY_COACH_NO_E2E === '1';
const tmp = mkdtempSync(join(tmpdir(), 'reply-coach-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, cmdArgs, extraEnv = {}) {
  process.stdout.write(`\n▶ ${label}: ${cmd} ${cmdArgs.join(' ')}\n`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return r.status === 0;
}

function stage(label, cmd, cmdArgs) {
  if (run(label, cmd, cmdArgs)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function vitest(label, cmdArgs, extraEnv = {}) {
  const out = join(tmp, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(
    label,
    'npx',
    ['vitest', 'run', ...cmdArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    extraEnv,
  );
  if (!existsSync(out)) {
    failed++;
    failures.push(`${label} (no results)`);
    return;
  }
  const res = JSON.parse(readFileSync(out, 'utf8'));
  passed += res.numPassedTests;
  failed += res.numFailedTests;
  // A suite that fails to load counts as a failure even if it ran no tests.
  const broken = res.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0);
  failed += broken.length;
  for (const b of broken) failures.push(`${label}: ${b.name} failed to load`);
  if (res.numFailedTests) failures.push(`${label}: ${res.numFailedTests} failing test(s)`);
  if (!ok && res.numFailedTests === 0 && broken.length === 0) {
    failed++;
    failures.push(`${label} (exit code)`);
  }
}

stage('lint', 'npx', ['eslint', '.']);
stage('format', 'npx', ['prettier', '--check', '.']);
stage('typecheck', 'npx', ['tsc', '--noEmit']);
vitest('unit', []);
stage('build (chrome)', 'npx', ['wxt', 'build']);
stage('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
if (existsSync('vitest.e2e.config.ts') && !skipE2e) {
  process.stdout.write('\n▶ chromium: npx tsx lib/cli/chromium.ts\n');
  const found = spawnSync('npx', ['tsx', 'lib/cli/chromium.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const chromium = found.status === 0 ? found.stdout.trim() : '';
  process.stdout.write('\n▶ firefox: npx tsx lib/cli/firefox.ts\n');
  const fx = spawnSync('npx', ['tsx', 'lib/cli/firefox.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const firefox = fx.status === 0 ? fx.stdout.trim() : '';
  if (firefox) process.stdout.write(`firefox: ${firefox}\n`);
  if (chromium) {
    process.stdout.write(`chromium: ${chromium}\n`);
    vitest('e2e', ['-c', 'vitest.e2e.config.ts'], {
      CHROMIUM_PATH: chromium,
      ...(firefox ? { FIREFOX_PATH: firefox } : {}),
    });
  } else {
    failed++;
    failures.push('e2e (no Chromium: see the message above, or run npm test -- --no-e2e)');
  }
} else if (skipE2e) process.stdout.write('\n▶ e2e: skipped (--no-e2e)\n');

rmSync(tmp, { recursive: true, force: true });
if (failures.length) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed ? 1 : 0;
