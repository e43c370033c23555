// Before the e2e run: build the extension if missing or older than its sources, and bundle the fixture
// pages (real editor libraries) into tests/e2e/fixtures/build (ignored).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXT_DIR = path.join(ROOT, '.output/chrome-mv3');
const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) if (e !== 'node_modules') max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

export function extensionIsStale(): boolean {
  const manifest = path.join(EXT_DIR, 'manifest.json');
  if (!fs.existsSync(manifest)) return true;
  const built = fs.statSync(manifest).mtimeMs;
  const sources = ['entrypoints', 'lib', 'rules', 'public', 'wxt.config.ts', 'package.json'].map((p) =>
    newestMtime(path.join(ROOT, p)),
  );
  return Math.max(...sources) > built;
}

export function buildExtension(force = false): void {
  if (!force && !extensionIsStale()) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function bundleFixtures(): Promise<void> {
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
    sourcemap: false,
  });
}

export default async function setup(): Promise<void> {
  buildExtension();
  await bundleFixtures();
}
