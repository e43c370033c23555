// `npm run bench` run in-process on --quick, on a small fake build: the last line is the one JSON object of
// the figures, every figure a positive number. No timing is asserted (timings live in the benchmark).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleGzipBytes, main, quantile, SIZES, TOOLS } from '../../lib/cli/bench';

const ROOT = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'reply-coach-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** A built extension in miniature: a content script with a static chunk, two pages with preloads. */
function fakeBuild(): string {
  const dir = join(out, 'chrome-mv3');
  mkdirSync(join(dir, 'content-scripts'), { recursive: true });
  mkdirSync(join(dir, 'chunks'), { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), '{}');
  writeFileSync(join(dir, 'content-scripts', 'small.js'), 'console.log(1)');
  writeFileSync(join(dir, 'content-scripts', 'big.js'), `import "../chunks/shared.js";\n${'let a = 1;\n'.repeat(50)}`);
  writeFileSync(join(dir, 'chunks', 'shared.js'), 'export const s = "shared";');
  writeFileSync(join(dir, 'chunks', 'lazy.js'), 'export const lazy = 1;');
  writeFileSync(join(dir, 'chunks', 'options.js'), 'import { s } from "./shared.js"; import("./lazy.js");');
  writeFileSync(
    join(dir, 'options.html'),
    '<script type="module" src="/chunks/options.js"></script><link rel="modulepreload" href="/chunks/shared.js">',
  );
  writeFileSync(join(dir, 'sidepanel.html'), '<script type="module" src="/chunks/shared.js"></script>');
  return dir;
}
const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;

describe('npm run bench', () => {
  it('counts the largest content script and each page with what they import statically, each file once', () => {
    const dir = fakeBuild();
    const b = bundleGzipBytes(dir);
    const shared = gz(join(dir, 'chunks', 'shared.js'));
    expect(b.content).toBe(gz(join(dir, 'content-scripts', 'big.js')) + shared);
    // options.js + shared.js (once, though preloaded and imported); lazy.js is a dynamic import: not counted.
    expect(b.options).toBe(gz(join(dir, 'chunks', 'options.js')) + shared);
    expect(b.sidepanel).toBe(shared);
  });

  it('says which file of a build is missing', () => {
    const dir = fakeBuild();
    rmSync(join(dir, 'chunks', 'shared.js'));
    expect(() => bundleGzipBytes(dir)).toThrow(/shared\.js is referenced but missing/);
  });

  it('quantile interpolates, and refuses no samples', () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
    expect(() => quantile([], 0.5)).toThrow(/no samples/);
  });

  it('rejects an unknown argument with its usage', async () => {
    const logged: string[] = [];
    expect(await main(['--fast'], { write: () => undefined, log: (s) => logged.push(s) })).toBe(2);
    expect(logged.join('\n')).toMatch(/unknown argument --fast[\s\S]*npm run bench \[-- --quick\]/);
  });

  it(
    '--quick: a table, then as the last line one JSON object of positive figures for every size and tool',
    async () => {
      const written: string[] = [];
      const code = await main(['--quick'], {
        write: (s) => written.push(s),
        log: () => undefined,
        outputDir: fakeBuild(),
      });
      expect(code).toBe(0);
      const lines = written.join('').trimEnd().split('\n');
      expect(lines[0]).toMatch(/median \/ p95/);
      expect(lines.join('\n')).toMatch(/^reply-coach-keystroke /m);
      const last = JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
      expect(Object.keys(last)).toEqual([
        'words',
        'medianMs',
        'coldMs',
        'ratioVsHarper300',
        'keystrokeRatio1000',
        'bundleGzipBytes',
      ]);
      expect(last.words).toEqual([...SIZES]);
      const positive = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x > 0;
      const medians = last.medianMs as Record<string, unknown[]>;
      expect(Object.keys(medians)).toEqual([...TOOLS]);
      for (const t of TOOLS) {
        expect(medians[t]).toHaveLength(SIZES.length);
        expect(medians[t]!.every(positive), t).toBe(true);
      }
      expect(Object.keys(last.coldMs as object)).toEqual(['reply-coach', 'harper.js']);
      expect(Object.values(last.coldMs as object).every(positive)).toBe(true);
      expect(positive(last.ratioVsHarper300)).toBe(true);
      expect(positive(last.keystrokeRatio1000)).toBe(true);
      expect(Object.keys(last.bundleGzipBytes as object)).toEqual(['content', 'options', 'sidepanel']);
      expect(Object.values(last.bundleGzipBytes as object).every(positive)).toBe(true);
    },
    // Two peers load WASM and NLP models, each tool runs up to 5,000 words, two fresh node processes start.
    300_000,
  );

  it('the peers are dev dependencies imported by the benchmark only, never by what ships', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const peers = ['harper.js', 'write-good', 'alex'];
    for (const p of peers) {
      expect(pkg.devDependencies, p).toHaveProperty([p]);
      expect(pkg.dependencies ?? {}, p).not.toHaveProperty([p]);
    }
    const importer = new RegExp(
      `(?:from|import\\s*\\()\\s*['"](?:${peers.map((p) => p.replace('.', '\\.')).join('|')})`,
    );
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx|js|mjs)$/.test(f) && importer.test(readFileSync(p, 'utf8')))
          importers.push(p.slice(ROOT.length + 1));
      }
    };
    for (const d of ['entrypoints', 'lib', 'rules']) walk(join(ROOT, d));
    expect(importers).toEqual(['lib/cli/bench.ts']);
  });
});
