// Shared by the demo (`npm start`) and the browser tests: build the extension, bundle the fixture pages
// (tests/e2e/fixtures: real CKEditor 5, ProseMirror, Quill, Lexical, a Gmail-like contenteditable and
// a textarea), launch Chromium with the extension loaded (DESIGN.md's recipe), and serve the pages *as*
// the real helpdesk hosts with request routing, so the production manifest's matches apply and no
// request leaves the machine.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXT_DIR = path.join(ROOT, '.output/chrome-mv3');
/** `npm run build:firefox`'s output (the Firefox MV3 add-on, tests/e2e/firefox.e2e.test.ts). */
export const FIREFOX_EXT_DIR = path.join(ROOT, '.output/firefox-mv3');

export type BuildTarget = 'chrome' | 'firefox';
const OUT_DIRS: Record<BuildTarget, string> = { chrome: EXT_DIR, firefox: FIREFOX_EXT_DIR };
const BUILD_ARGS: Record<BuildTarget, string[]> = { chrome: ['build'], firefox: ['build', '-b', 'firefox', '--mv3'] };
export const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');

export type FixtureName = 'zendesk' | 'zendesk-tabs' | 'gmail' | 'prosemirror' | 'quill' | 'lexical' | 'textarea';

/** Each fixture at a URL of the helpdesk its editor stands in for. */
export const FIXTURE_URLS: Record<FixtureName, string> = {
  zendesk: 'https://acme.zendesk.com/agent/tickets/1042',
  'zendesk-tabs': 'https://tabs.zendesk.com/agent/tickets/1042',
  gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzvs',
  prosemirror: 'https://app.frontapp.com/open/cnv_1042',
  quill: 'https://secure.helpscout.net/conversation/1042/',
  lexical: 'https://app.intercom.com/a/inbox/acme/inbox/conversation/1042',
  textarea: 'https://acme.freshdesk.com/a/tickets/1042',
};
export const FIXTURE_HOSTS = new Set(Object.values(FIXTURE_URLS).map((u) => new URL(u).host));

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) if (e !== 'node_modules') max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

/** True when .output/chrome-mv3 (or firefox-mv3) is missing or older than any source it is built from. */
export function extensionIsStale(target: BuildTarget = 'chrome'): boolean {
  const manifest = path.join(OUT_DIRS[target], 'manifest.json');
  if (!fs.existsSync(manifest)) return true;
  const built = fs.statSync(manifest).mtimeMs;
  const sources = ['entrypoints', 'lib', 'rules', 'public', 'wxt.config.ts', 'package.json'].map((p) =>
    newestMtime(path.join(ROOT, p)),
  );
  return Math.max(...sources) > built;
}

export function buildExtension(force = false, target: BuildTarget = 'chrome'): void {
  if (!force && !extensionIsStale(target)) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...BUILD_ARGS[target]], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Bundle tests/e2e/fixtures/src/*.ts (the editors) into tests/e2e/fixtures/build (git-ignored). */
export async function bundleFixtures(): Promise<void> {
  const { build } = await import('esbuild');
  const src = path.join(FIXTURES, 'src');
  const entries = fs.readdirSync(src).filter((f) => f.endsWith('.ts') && f !== 'expose.ts');
  await build({
    entryPoints: entries.map((f) => path.join(src, f)),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outdir: path.join(FIXTURES, 'build'),
    loader: { '.css': 'css', '.svg': 'text' },
    logLevel: 'error',
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
};

export interface FixtureResponse {
  status: number;
  body: Buffer | string;
  contentType: string;
}

/**
 * What a fixture host serves for a URL: the bundled editor scripts under /__fixture/, an empty favicon,
 * and the fixture page for every other path; null for a host that is not a fixture's (to be refused).
 * Shared by Chromium's routing below and Firefox's request interception (tests/e2e/firefox-harness.ts).
 */
export function fixtureResponse(url: URL): FixtureResponse | null {
  const name = (Object.keys(FIXTURE_URLS) as FixtureName[]).find((n) => new URL(FIXTURE_URLS[n]).origin === url.origin); // prettier-ignore
  if (!name) return null;
  if (url.pathname.startsWith('/__fixture/')) {
    const file = path.join(FIXTURES, 'build', path.basename(url.pathname));
    if (!fs.existsSync(file)) return { status: 404, body: 'not found', contentType: 'text/plain' };
    return { status: 200, body: fs.readFileSync(file), contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }; // prettier-ignore
  }
  if (url.pathname === '/favicon.ico') return { status: 204, body: '', contentType: 'image/x-icon' };
  return { status: 200, body: fs.readFileSync(path.join(FIXTURES, `${name}.html`)), contentType: 'text/html' };
}

export interface LaunchOptions {
  headless: boolean;
  /** The unpacked extension to load (default .output/chrome-mv3); null: none (a peer run without it). */
  extensionDir?: string | null;
  executablePath?: string;
  viewport?: { width: number; height: number } | null;
}

export interface Launched {
  context: BrowserContext;
  profile: string;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded, fixture hosts routed, every other host refused. */
export async function launchWithExtension(opts: LaunchOptions): Promise<Launched> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-coach-'));
  // Developer mode on, as for anyone who loads an unpacked build: without it Chromium may disable a
  // command-line-loaded extension when it reloads itself ("unsupported developer extension"), which the
  // update test (tests/e2e/lifecycle.e2e.test.ts) does.
  fs.mkdirSync(path.join(profile, 'Default'), { recursive: true });
  fs.writeFileSync(
    path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  const ext = opts.extensionDir === undefined ? EXT_DIR : opts.extensionDir;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: opts.executablePath ?? (process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
    headless: false,
    viewport: opts.viewport === undefined ? { width: 1100, height: 820 } : opts.viewport,
    ignoreDefaultArgs: ext === null ? [] : ['--disable-extensions'],
    args: [
      ...(opts.headless ? ['--headless=new'] : []),
      ...(ext === null ? [] : [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`]),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && !FIXTURE_HOSTS.has(url.host),
    (route) => route.abort('blockedbyclient'),
  );
  for (const url of Object.values(FIXTURE_URLS)) {
    await context.route(`${new URL(url).origin}/**`, (route) => {
      return route.fulfill(fixtureResponse(new URL(route.request().url()))!);
    });
  }
  return {
    context,
    profile,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
