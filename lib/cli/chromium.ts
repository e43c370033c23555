// Find a Chromium for the demo (`npm start`) and the browser tests, or install Debian's.
// Order: $CHROMIUM_PATH, then the usual system paths; if none and we run as root on Debian/Ubuntu,
// `apt-get install chromium`; otherwise a clear message saying what to do.

import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export class ChromiumNotFound extends Error {}

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(): string | null {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (executable(env)) return env;
    throw new ChromiumNotFound(`CHROMIUM_PATH is set to ${env}, but that is not an executable file.`);
  }
  return CANDIDATES.find(executable) ?? null;
}

const HELP = `Reply Coach needs a Chromium for the demo and the browser tests, and found none.
  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (run as root and this is done for you)
  - elsewhere: install Chromium or Google Chrome and set CHROMIUM_PATH=/path/to/chrome
  - to run the tests without a browser: npm test -- --no-e2e`;

/** Return a Chromium path, installing Debian's package when running as root; throw with advice otherwise. */
export function ensureChromium(log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    log('No Chromium found: installing Debian’s chromium package (apt-get)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (e) {
      throw new ChromiumNotFound(`Installing chromium with apt-get failed (${(e as Error).message}).\n${HELP}`);
    }
    const after = findChromium();
    if (after) return after;
  }
  throw new ChromiumNotFound(HELP);
}

// `tsx lib/cli/chromium.ts` prints the path (used by .ci/run).
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${ensureChromium()}\n`);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
