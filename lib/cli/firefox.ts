// Find a Firefox for the Firefox browser test (tests/e2e/firefox.e2e.test.ts), or install Debian's.
// Order: $FIREFOX_PATH, then the usual system paths; if none and we run as root with apt-get,
// `apt-get install firefox-esr`; otherwise a clear message saying what to do. The same decisions as
// lib/cli/chromium.ts, with the same injected effects (`ChromiumDeps`), so they are unit-tested
// without a browser (tests/cli/firefox.test.ts).
//
// No snap path: a snap-confined Firefox cannot read a profile made in /tmp, which the test needs.

import { systemDeps, type ChromiumDeps } from './chromium';

export type BrowserDeps = ChromiumDeps;

export const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/local/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** Debian's package (Firefox ESR); Debian has no `firefox` package, Ubuntu's is a snap wrapper. */
export const FIREFOX_PACKAGE = 'firefox-esr';

export class FirefoxNotFound extends Error {}

export function findFirefox(deps: Pick<BrowserDeps, 'env' | 'isExecutable'> = systemDeps): string | null {
  const env = deps.env.FIREFOX_PATH;
  if (env) {
    if (deps.isExecutable(env)) return env;
    throw new FirefoxNotFound(
      `FIREFOX_PATH is set to ${env}, but that is not an executable file.\n` +
        `  Point it at a Firefox binary, or unset it to use /usr/bin/firefox-esr (installed for you when root).`,
    );
  }
  return FIREFOX_CANDIDATES.find((p) => deps.isExecutable(p)) ?? null;
}

export const FIREFOX_HELP = `Reply Coach's Firefox test needs a Firefox (128 or newer), and found none.
  - Debian: sudo apt-get update && sudo apt-get install -y firefox-esr   (run as root and this is done for you)
  - elsewhere: install Firefox (not the snap) and set FIREFOX_PATH=/path/to/firefox
  - without it the Firefox test is skipped, except under CI=true, where it fails`;

/** Return a Firefox path, installing Debian's firefox-esr when running as root; throw with advice otherwise. */
export function ensureFirefox(deps: BrowserDeps = systemDeps): string {
  const found = findFirefox(deps);
  if (found) return found;
  if (!deps.isRoot() || !deps.hasAptGet()) throw new FirefoxNotFound(FIREFOX_HELP);
  deps.log(`No Firefox found: installing Debian’s ${FIREFOX_PACKAGE} package (apt-get)…`);
  // Wait for another apt run (another checkout installing a browser) instead of failing on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const env = { ...deps.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    deps.run('apt-get', [...lock, 'update', '-qq'], env);
    deps.run('apt-get', [...lock, 'install', '-y', '-qq', FIREFOX_PACKAGE], env);
  } catch (e) {
    throw new FirefoxNotFound(`Installing ${FIREFOX_PACKAGE} with apt-get failed (${(e as Error).message}).\n${FIREFOX_HELP}`); // prettier-ignore
  }
  const after = findFirefox(deps);
  if (after) return after;
  throw new FirefoxNotFound(`apt-get installed ${FIREFOX_PACKAGE}, but no Firefox binary was found afterwards.\n${FIREFOX_HELP}`); // prettier-ignore
}

/** `tsx lib/cli/firefox.ts`: print the path (stdout), or the advice (stderr) and exit 1. */
export function cli(
  deps: BrowserDeps = systemDeps,
  write: (s: string) => void = (s) => process.stdout.write(s),
): number {
  try {
    write(`${ensureFirefox(deps)}\n`);
    return 0;
  } catch (e) {
    deps.log((e as Error).message);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = cli();
