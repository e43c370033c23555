// npm run bench [-- --quick] [--build] — how fast is Reply Coach against its peers? Timings live here,
// never in tests.
//
// One run measures Reply Coach (serveAnalyze → analyze(), all rules on, default settings) and three peers — harper.js
// (WASM grammar checker), write-good and alex — on the same seeded support drafts of 50 to 5,000 words
// (lib/cli/bench-drafts.ts). The machine is shared and noisy, so the tools are interleaved: every iteration
// runs each tool once, in an order that rotates, so noise hits all of them alike; figures are medians and
// p95s of those iterations. The peers are dev dependencies of this benchmark only.
//
//   reply-coach            a full analysis with nothing cached: every sentence carries a fresh number
//                          (bench-drafts `salted`), as when an agent pastes a draft. Every peer gets the very
//                          same text in that iteration.
//   reply-coach-keystroke  re-analysis after a one-character edit in the middle of the previous draft, with
//                          the per-sentence cache warm from that draft — what the extension does as the agent
//                          types.
//   cold start             a fresh `node` process: import + first result on the 300-word draft.
//   memory growth          heap (JS heap + external, which holds WASM memory) after N analyses of fresh
//                          300-word drafts, less before, each after a full GC.
//   bundle                 gzip -9 bytes of what the built extension loads: the content script (+ any chunk it
//                          imports statically), options.html and sidepanel.html (module script + modulepreload
//                          chunks + their static imports).
//
// The last line printed is one JSON object with every figure (see BenchResult).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { serveAnalyze } from '../engine/service';
import type { AnalyzeInput, Report } from '../engine/types';
import { makeDraft, salted, type BenchDraft } from './bench-drafts';

const ROOT = join(import.meta.dirname, '..', '..');

export const SIZES = [50, 150, 300, 1000, 5000] as const;
export const TOOLS = ['reply-coach', 'reply-coach-keystroke', 'harper.js', 'write-good', 'alex'] as const;
export type Tool = (typeof TOOLS)[number];
const MEMORY_TOOLS = ['reply-coach', 'harper.js', 'write-good', 'alex'] as const;
const COLD_TOOLS = ['reply-coach', 'harper.js'] as const;

export interface BenchResult {
  words: number[];
  medianMs: Record<Tool, number[]>;
  p95Ms: Record<Tool, number[]>;
  coldMs: Record<(typeof COLD_TOOLS)[number], number>;
  memoryGrowthMB: Record<(typeof MEMORY_TOOLS)[number], number>;
  /** Reply Coach full analysis ÷ harper.js, medians at 300 words (null when 300 was not measured). */
  ratioVsHarper300: number | null;
  /** Keystroke ÷ full analysis, medians at 1,000 words (null when 1,000 was not measured). */
  keystrokeRatio1000: number | null;
  /** null when there is no build to read (run with --build). */
  bundleGzipBytes: { content: number; options: number; sidepanel: number } | null;
}

export interface BenchOptions {
  /** Few iterations: a smoke run (the unit test), not figures to quote. */
  quick?: boolean;
  sizes?: readonly number[];
  /** The built extension; default .output/chrome-mv3 (built first when missing or `build`). */
  outputDir?: string;
  build?: boolean;
  log?: (line: string) => void;
}

// Iterations per size (full run); --quick: a smoke run, 3 iterations up to 300 words and 2 above (one warm-up
// up to 300 words, none above).
const ITERATIONS: Record<number, number> = { 50: 60, 150: 40, 300: 30, 1000: 15, 5000: 7 };
const WARMUP = 3;
const QUICK_NOTE = 'QUICK run (2–3 iterations a size): not figures to quote';

export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) throw new Error('quantile of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

const input = (d: BenchDraft, draft: string): AnalyzeInput => ({
  draft,
  customer: d.customer,
  customerName: d.customerName,
  channel: 'email',
});

/**
 * Reply Coach as the extension runs it: the background's handler of a content script's `analyze` message
 * (lib/engine/service.ts → analyze(), with the module-level per-sentence caches), default settings (every
 * rule on).
 */
function analyze(i: AnalyzeInput): Report {
  const r = serveAnalyze({ input: i, settings: {} });
  if (!r) throw new Error('bench: the engine refused its input');
  return r;
}

interface Peers {
  harper: (text: string) => Promise<unknown>;
  writeGood: (text: string) => unknown;
  alex: (text: string) => unknown;
}

async function loadPeers(): Promise<Peers> {
  const harper = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  // LocalLinter: the one harper.js linter that runs in Node (WorkerLinter needs web workers).
  const linter = new harper.LocalLinter({ binary, dialect: harper.Dialect.American });
  await linter.setup();
  const writeGood = (await import('write-good')).default;
  const alex = await import('alex');
  return {
    harper: (text) => linter.lint(text),
    writeGood: (text) => writeGood(text),
    alex: (text) => alex.text(text),
  };
}

/** Where the keystroke edit goes: before the closing punctuation of the middle sentence. */
function editPoint(draft: string): number {
  const ends = [...draft.matchAll(/(?<!^\d+)[.!?](?=\s|$)/gm)].map((m) => m.index);
  return ends[ends.length >> 1] ?? draft.length;
}
const TYPED = ' as soon as we can';
const typed = (n: number) => TYPED.repeat(Math.ceil(n / TYPED.length) + 1).slice(0, n);

async function timeSizes(
  sizes: readonly number[],
  peers: Peers,
  quick: boolean,
): Promise<{ median: Record<Tool, number[]>; p95: Record<Tool, number[]> }> {
  const median = Object.fromEntries(TOOLS.map((t) => [t, [] as number[]])) as Record<Tool, number[]>;
  const p95 = Object.fromEntries(TOOLS.map((t) => [t, [] as number[]])) as Record<Tool, number[]>;
  let salt = 1;
  for (const size of sizes) {
    const d = makeDraft(size);
    const at = editPoint(d.draft);
    const edited = (n: number) => d.draft.slice(0, at) + typed(n) + d.draft.slice(at);
    let keys = 0;
    let text = '';
    const steps: Record<Tool, () => unknown> = {
      'reply-coach': () => analyze(input(d, text)),
      'reply-coach-keystroke': () => analyze(input(d, edited(keys))),
      'harper.js': () => peers.harper(text),
      'write-good': () => peers.writeGood(text),
      alex: () => peers.alex(text),
    };
    const samples = Object.fromEntries(TOOLS.map((t) => [t, [] as number[]])) as Record<Tool, number[]>;
    const runs = quick ? (size <= 300 ? 3 : 2) : (ITERATIONS[size] ?? 10);
    const warmup = quick ? (size <= 300 ? 1 : 0) : WARMUP;
    analyze(input(d, edited(0)));
    for (let i = -warmup; i < runs; i++) {
      text = salted(d.draft, salt++);
      for (let j = 0; j < TOOLS.length; j++) {
        const tool = TOOLS[(j + i + TOOLS.length * 8) % TOOLS.length]!;
        if (tool === 'reply-coach-keystroke') {
          // The previous draft was analysed (on the last keystroke); make sure its sentences are cached even
          // if a cold run in between pushed them out, then time the next keystroke.
          analyze(input(d, edited(keys)));
          keys++;
        }
        const t0 = performance.now();
        await steps[tool]();
        const ms = performance.now() - t0;
        if (i >= 0) samples[tool].push(ms);
      }
    }
    for (const t of TOOLS) {
      median[t].push(quantile(samples[t], 0.5));
      p95[t].push(quantile(samples[t], 0.95));
    }
  }
  return { median, p95 };
}

let gcFn: (() => void) | undefined;
function gc(): void {
  if (!gcFn) {
    v8.setFlagsFromString('--expose_gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
}
const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

async function memoryGrowth(peers: Peers, quick: boolean): Promise<Record<(typeof MEMORY_TOOLS)[number], number>> {
  const d = makeDraft(300);
  const n = quick ? 3 : 100;
  const run: Record<(typeof MEMORY_TOOLS)[number], (text: string) => unknown> = {
    'reply-coach': (text) => analyze(input(d, text)),
    'harper.js': (text) => peers.harper(text),
    'write-good': (text) => peers.writeGood(text),
    alex: (text) => peers.alex(text),
  };
  const out = {} as Record<(typeof MEMORY_TOOLS)[number], number>;
  let salt = 500_000;
  for (const tool of MEMORY_TOOLS) {
    gc();
    const before = heap();
    for (let i = 0; i < n; i++) await run[tool](salted(d.draft, salt++));
    gc();
    out[tool] = (heap() - before) / 1024 / 1024;
  }
  return out;
}

function runNode(script: string, args: string[]): Promise<number> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += String(b)));
    child.stderr.on('data', (b: Buffer) => (err += String(b)));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = Number(/"ms":([\d.]+)/.exec(out)?.[1]);
      if (code !== 0 || !Number.isFinite(ms))
        fail(new Error(`cold start ${script} failed (exit ${code}): ${err || out}`));
      else ok(ms);
    });
  });
}

async function coldStart(quick: boolean): Promise<Record<(typeof COLD_TOOLS)[number], number>> {
  // Scripts live under node_modules/.cache so that `import 'harper.js'` resolves from them.
  const dir = join(ROOT, 'node_modules', '.cache', 'reply-coach-bench');
  mkdirSync(dir, { recursive: true });
  // Reply Coach is bundled with esbuild into one minified ES module first, as the extension ships it, and
  // harper.js is imported as npm ships it (built JS + its .wasm): both tools start from built JavaScript.
  // `node --import tsx` would be the unfair choice — it would time tsx transpiling ~100 TypeScript files on
  // every start, which no user's browser does.
  const { build } = await import('esbuild');
  const engine = join(dir, 'engine.mjs');
  await build({
    entryPoints: [join(ROOT, 'lib', 'engine', 'analyze.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile: engine,
    logLevel: 'error',
  });
  const d = makeDraft(300);
  const inputFile = join(dir, 'input.json');
  writeFileSync(inputFile, JSON.stringify(input(d, d.draft)));
  // performance.now() in the child counts from that process's start: node's own boot + import + first result.
  const scripts = {
    'reply-coach': `import { readFileSync } from 'node:fs';
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { analyze } = await import(${JSON.stringify(pathToFileURL(engine).href)});
analyze(input);
process.stdout.write(JSON.stringify({ ms: performance.now() }));
`,
    'harper.js': `import { readFileSync } from 'node:fs';
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const harper = await import('harper.js');
const { binary } = await import('harper.js/binary');
const linter = new harper.LocalLinter({ binary, dialect: harper.Dialect.American });
await linter.lint(input.draft);
process.stdout.write(JSON.stringify({ ms: performance.now() }));
`,
  };
  const files = {} as Record<(typeof COLD_TOOLS)[number], string>;
  for (const t of COLD_TOOLS) {
    files[t] = join(dir, `cold-${t.replace(/\W/g, '')}.mjs`);
    writeFileSync(files[t], scripts[t]);
  }
  const samples = { 'reply-coach': [] as number[], 'harper.js': [] as number[] };
  const runs = quick ? 1 : 5;
  for (let i = 0; i < runs; i++)
    for (const t of i % 2 ? [...COLD_TOOLS].reverse() : COLD_TOOLS)
      samples[t].push(await runNode(files[t], [inputFile]));
  return { 'reply-coach': quantile(samples['reply-coach'], 0.5), 'harper.js': quantile(samples['harper.js'], 0.5) };
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports (`import … from "x"`, `import "x"`, `export … from "x"`) of a built module; not import(). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g))
    out.push(m[1]!);
  return out;
}

/** gzip bytes of `entries` and every module they import statically, each file counted once. */
function closureGzip(root: string, entries: string[]): number {
  const seen = new Set<string>();
  const queue = [...entries];
  let total = 0;
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`bundle: ${file} is referenced but missing — rebuild with --build`);
    total += gz(file);
    for (const spec of staticImports(readFileSync(file, 'utf8')))
      if (spec.startsWith('.') || spec.startsWith('/'))
        queue.push(spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec));
  }
  return total;
}

function pageGzip(root: string, html: string): number {
  const page = readFileSync(join(root, html), 'utf8');
  const refs = [
    ...[...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...page.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
  ];
  if (!refs.length) throw new Error(`bundle: ${html} loads no script`);
  return closureGzip(
    root,
    refs.map((r) => (r.startsWith('/') ? join(root, r) : join(root, r))),
  );
}

export function bundleGzipBytes(root: string): NonNullable<BenchResult['bundleGzipBytes']> {
  const scriptsDir = join(root, 'content-scripts');
  const scripts = existsSync(scriptsDir) ? readdirSync(scriptsDir).filter((f) => f.endsWith('.js')) : [];
  if (!scripts.length) throw new Error(`bundle: no content-scripts/*.js in ${root}`);
  const largest = scripts
    .map((f) => join(scriptsDir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size || a.localeCompare(b))[0]!;
  return {
    content: closureGzip(root, [largest]),
    options: pageGzip(root, 'options.html'),
    sidepanel: pageGzip(root, 'sidepanel.html'),
  };
}

function build(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0 || !existsSync(join(dir, 'manifest.json')))
    throw new Error(`bench: \`npx wxt build\` failed (exit ${r.status}); no ${dir}`);
}

/** Issue 8's budgets: reported against, never asserted (timings are not tests). */
export const BUDGETS = { ratioVsHarper300: 0.2, keystrokeRatio1000: 0.1 } as const;

/**
 * The last line of `npm run bench`: exactly these keys (p95s and memory are in the table and in BenchResult).
 */
export function summaryLine(r: BenchResult): string {
  const { words, medianMs, coldMs, ratioVsHarper300, keystrokeRatio1000, bundleGzipBytes } = r;
  return JSON.stringify({ words, medianMs, coldMs, ratioVsHarper300, keystrokeRatio1000, bundleGzipBytes });
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));

export function formatTable(r: BenchResult): string {
  const lines: string[] = [];
  const w = Math.max(...TOOLS.map((t) => t.length));
  lines.push(`${'ms, median / p95'.padEnd(w)}  ${r.words.map((n) => `${n} words`.padStart(17)).join('')}`);
  for (const t of TOOLS)
    lines.push(
      `${t.padEnd(w)}  ${r.words.map((_, i) => `${ms(r.medianMs[t][i]!)} / ${ms(r.p95Ms[t][i]!)}`.padStart(17)).join('')}`,
    );
  lines.push('');
  lines.push(
    `cold start (fresh node, import + first result, 300 words): ${COLD_TOOLS.map((t) => `${t} ${ms(r.coldMs[t])} ms`).join(', ')}`,
  );
  lines.push(
    `memory growth (heap + external after N analyses, after GC): ${MEMORY_TOOLS.map((t) => `${t} ${r.memoryGrowthMB[t].toFixed(2)} MB`).join(', ')}`,
  );
  const verdict = (x: number, budget: number) => `(budget ≤ ${budget}: ${x <= budget ? 'met' : 'NOT met'})`;
  if (r.ratioVsHarper300 !== null)
    lines.push(
      `Reply Coach ÷ harper.js at 300 words (full analysis, medians): ${r.ratioVsHarper300.toFixed(2)} ${verdict(r.ratioVsHarper300, BUDGETS.ratioVsHarper300)}`,
    );
  if (r.keystrokeRatio1000 !== null)
    lines.push(
      `keystroke ÷ full analysis at 1,000 words (medians): ${r.keystrokeRatio1000.toFixed(3)} ${verdict(r.keystrokeRatio1000, BUDGETS.keystrokeRatio1000)}`,
    );
  const b = r.bundleGzipBytes;
  lines.push(
    b
      ? `bundle, gzip -9: content ${b.content} B, options ${b.options} B, sidepanel ${b.sidepanel} B`
      : 'bundle: NOT MEASURED — no build in .output/chrome-mv3 (run `npm run bench -- --build`, or `npx wxt build` first)',
  );
  return lines.join('\n');
}

export async function runBench(opts: BenchOptions = {}): Promise<BenchResult> {
  const quick = opts.quick ?? false;
  const sizes = opts.sizes ?? SIZES;
  const log = opts.log ?? (() => undefined);
  const outputDir = opts.outputDir ?? join(ROOT, '.output', 'chrome-mv3');
  if (opts.build) build(outputDir);
  const bundle = existsSync(join(outputDir, 'manifest.json')) ? bundleGzipBytes(outputDir) : null;
  if (!bundle) log(`no build in ${outputDir}: bundle sizes not measured (use --build)`);

  const peers = await loadPeers();
  log(`timing ${TOOLS.join(', ')} at ${sizes.join(', ')} words (interleaved)…`);
  const { median, p95 } = await timeSizes(sizes, peers, quick);
  log('memory…');
  const memory = await memoryGrowth(peers, quick);
  log('cold starts…');
  const cold = await coldStart(quick);
  const at = (n: number) => sizes.indexOf(n);
  const i300 = at(300);
  const i1000 = at(1000);
  return {
    words: [...sizes],
    medianMs: median,
    p95Ms: p95,
    coldMs: cold,
    memoryGrowthMB: memory,
    ratioVsHarper300: i300 < 0 ? null : median['reply-coach'][i300]! / median['harper.js'][i300]!,
    keystrokeRatio1000: i1000 < 0 ? null : median['reply-coach-keystroke'][i1000]! / median['reply-coach'][i1000]!,
    bundleGzipBytes: bundle,
  };
}

/** What `npm run bench` does with these arguments; `write` gets stdout, `log` stderr. Exit code. */
export async function main(
  argv: string[],
  io: { write: (s: string) => void; log: (s: string) => void; outputDir?: string } = {
    write: (s) => process.stdout.write(s),
    log: (s) => process.stderr.write(`${s}\n`),
  },
): Promise<number> {
  const unknown = argv.filter((a) => a !== '--quick' && a !== '--build');
  if (unknown.length) {
    io.log(`bench: unknown argument ${unknown.join(' ')} (usage: npm run bench [-- --quick] [--build])`);
    return 2;
  }
  const quick = argv.includes('--quick');
  const result = await runBench({
    quick,
    build: argv.includes('--build'),
    log: io.log,
    ...(io.outputDir ? { outputDir: io.outputDir } : {}),
  });
  io.write(`${formatTable(result)}\n`);
  io.write(
    `\nnode ${process.version}, ${cpus().length} cores; ${quick ? QUICK_NOTE : `iterations a size: ${SIZES.map((s) => `${s}→${ITERATIONS[s]}`).join(', ')}`}\n`,
  );
  io.write(`${summaryLine(result)}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
