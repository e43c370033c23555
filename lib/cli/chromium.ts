// Find a Chromium for the demo (`npm start`) and the browser tests (`npm test`), or install Debian's.
// Order: $CHROMIUM_PATH, then the usual system paths; if none and we run as root with apt-get,
// `apt-get install chromium`; otherwise a clear message saying what to do.
//
// Every effect (environment, file checks, root, running apt-get) goes through `ChromiumDeps`, so the
// decisions are unit-tested without a browser (tests/cli/chromium.test.ts).

import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export class ChromiumNotFound extends Error {}

export interface ChromiumDeps {
  env: Record<string, string | undefined>;
  /** True for an existing, executable regular file. */
  isExecutable(path: string): boolean;
  isRoot(): boolean;
  hasAptGet(): boolean;
  /** Run a command (apt-get), throwing when it fails. */
  run(cmd: string, args: string[], env: Record<string, string | undefined>): void;
  log(s: string): void;
}

export const systemDeps: ChromiumDeps = {
  env: process.env,
  isExecutable(p) {
    try {
      accessSync(p, constants.X_OK);
      return statSync(p).isFile();
    } catch {
      return false;
    }
  },
  isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
  hasAptGet: () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0,
  run(cmd, args, env) {
    // stdout to stderr: `tsx lib/cli/chromium.ts` prints only the path on stdout.
    execFileSync(cmd, args, { stdio: ['ignore', 2, 2], env });
  },
  log: (s) => process.stderr.write(`${s}\n`),
};

export function findChromium(deps: Pick<ChromiumDeps, 'env' | 'isExecutable'> = systemDeps): string | null {
  const env = deps.env.CHROMIUM_PATH;
  if (env) {
    if (deps.isExecutable(env)) return env;
    throw new ChromiumNotFound(
      `CHROMIUM_PATH is set to ${env}, but that is not an executable file.\n` +
        `  Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium (installed for you when root).`,
    );
  }
  return CANDIDATES.find((p) => deps.isExecutable(p)) ?? null;
}

export const HELP = `Reply Coach needs a Chromium for the demo and the browser tests, and found none.
  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (run as root and this is done for you)
  - elsewhere: install Chromium or Google Chrome and set CHROMIUM_PATH=/path/to/chrome
  - to run the tests without a browser: npm test -- --no-e2e`;

/** Return a Chromium path, installing Debian's package when running as root; throw with advice otherwise. */
export function ensureChromium(deps: ChromiumDeps = systemDeps): string {
  const found = findChromium(deps);
  if (found) return found;
  if (!deps.isRoot() || !deps.hasAptGet()) throw new ChromiumNotFound(HELP);
  deps.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
  // Wait for another apt run (another checkout installing the same package) instead of failing on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const env = { ...deps.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    deps.run('apt-get', [...lock, 'update', '-qq'], env);
    deps.run('apt-get', [...lock, 'install', '-y', '-qq', 'chromium'], env);
  } catch (e) {
    throw new ChromiumNotFound(`Installing chromium with apt-get failed (${(e as Error).message}).\n${HELP}`);
  }
  const after = findChromium(deps);
  if (after) return after;
  throw new ChromiumNotFound(`apt-get installed chromium, but no Chromium binary was found afterwards.\n${HELP}`);
}

/** `tsx lib/cli/chromium.ts`: print the path (stdout), or the advice (stderr) and exit 1. */
export function cli(
  deps: ChromiumDeps = systemDeps,
  write: (s: string) => void = (s) => process.stdout.write(s),
): number {
  try {
    write(`${ensureChromium(deps)}\n`);
    return 0;
  } catch (e) {
    deps.log((e as Error).message);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = cli();
