// npm run bench:browser [-- --quick] [--build] — what the agent feels in a real browser: headless Chromium
// with the built extension (.output/chrome-mv3) on the CKEditor 5 (Zendesk-like) and Gmail-like fixtures,
// served as the real hosts (lib/cli/demo/browser.ts), with 300- and 1,000-word drafts (lib/cli/bench-browser-parts.ts).
//
// Everything is measured from the page's side only (keydown → highlight visible), never by calling the
// engine, so the figures mean the same whether analysis runs in the content script or in the background.
// What the page can see: the content script runs in an isolated world, but the document, its
// CSS.highlights registry (the Range objects the extension registers) and our open shadow root are shared
// with the main world, where this bench's probe runs. "Visible" is the requestAnimationFrame in which the
// registry (or the overlay's boxes) first holds a Range/element it did not hold before the keystroke and
// the highlighted texts differ from before: that frame paints it. (Live ranges stretch or collapse as the
// editor changes its DOM, so a change of texts alone is not a redraw; a fresh Range is.)
//
// Figures:
//  - keystroke → highlight: one real key (page.keyboard) that changes the findings: "P" completing
//    "ASA" → "ASAP" (a vague timeframe), then Backspace undoing it. Median and p95 over every keystroke.
//    Includes the content script's pause-after-typing (debounce) by design: it is what the agent waits.
//  - long tasks: PerformanceObserver('longtask') while typing sentences for 30 s (5 s with --quick), the
//    same typing in a browser without the extension as the peer. Chromium attributes a long task to the
//    frame only, and hides isolated-world scripts from long-animation-frame entries, so Reply Coach's
//    share comes from the CDP sampling profiler over the same typing: CPU time in stacks that hold a
//    chrome-extension:// frame.
//  - composer appears → first findings: the composer (with its draft) removed and put back, as a
//    single-page helpdesk does when the agent moves between tickets; until its first highlight is visible.
//  - JS heap: the renderer's heap (CDP Runtime.getHeapUsage after a forced GC) with the draft analysed,
//    with and without the extension; the difference is the content script's share.
// Timings belong here, never in tests. The machine is shared: read medians, and compare with the peer.

import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  benchDraft,
  median,
  parseBenchArgs,
  percentile,
  typingSentences,
  UsageError,
  cpuMsUnder,
  type CpuProfile,
  type BenchArgs,
} from './bench-browser-parts';
import { ChromiumNotFound, ensureChromium } from './chromium';
import {
  buildExtension,
  bundleFixtures,
  EXT_DIR,
  extensionIsStale,
  FIXTURE_URLS,
  launchWithExtension,
} from './demo/browser';

type BenchFixture = 'ckeditor' | 'gmail';
const FIXTURES: BenchFixture[] = ['ckeditor', 'gmail'];
const WORDS = [300, 1000];
const PAGE: Record<BenchFixture, { url: string; click: string; editable: string; composer: string }> = {
  ckeditor: {
    url: FIXTURE_URLS.zendesk,
    click: '.ck-editor__editable',
    editable: '.ck-editor__editable',
    composer: '[data-test-id="editor-view"]',
  },
  gmail: {
    url: FIXTURE_URLS.gmail,
    click: '[g_editable="true"] > div:first-child',
    editable: '[g_editable="true"]',
    composer: '.ip',
  },
};
const REAPPEAR_RUNS = 5;
const KEY_TIMEOUT_MS = 10_000;

// The probe, in the page's main world before any page script. A string, not a function: tsx would add
// helpers (__name) to a function's body that do not exist in the page.
const PROBE = String.raw`(() => {
  const B = (window.__bench = {});
  let lastKeydown = 0;
  addEventListener('keydown', (e) => { lastKeydown = e.timeStamp; }, true);
  // What the extension has drawn: [object, "kind|text"] for every highlighted Range and overlay element.
  const drawn = () => {
    const out = [];
    const reg = globalThis.CSS && CSS.highlights;
    if (reg) reg.forEach((h, name) => {
      if (!name.startsWith('reply-coach-') || name.endsWith('-active')) return;
      for (const r of h) out.push([r, name + '|' + r.toString()]);
    });
    const root = document.querySelector('reply-coach-ui')?.shadowRoot;
    if (root) for (const el of root.querySelectorAll('.box, .mirror mark'))
      out.push([el, el.className + '|' + (el.textContent || el.style.left + ',' + el.style.top)]);
    return out;
  };
  const sig = (items) => items.map((i) => i[1]).sort().join('\n');
  B.count = () => drawn().length;
  B.arm = () => {
    const items = drawn();
    B.known = new Set(items.map((i) => i[0]));
    B.sig = sig(items);
    B.armedAt = performance.now();
    lastKeydown = 0;
  };
  const changed = () => {
    const items = drawn();
    return items.some((i) => !B.known.has(i[0])) && sig(items) !== B.sig;
  };
  /** Resolves in the first frame where a fresh, different drawing is there: ms since the keydown (or since t0). */
  B.waitChange = (timeoutMs, t0) => new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const from = t0 ?? lastKeydown;
      if (changed()) return resolve(from ? now - from : null);
      if (now - B.armedAt > timeoutMs) return resolve(null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  /** Resolves once nothing fresh was drawn for quietMs (true), or false after timeoutMs. */
  B.settle = (quietMs, timeoutMs) => new Promise((resolve) => {
    let known = new Set(drawn().map((i) => i[0]));
    const start = performance.now();
    let last = start;
    const tick = () => {
      const items = drawn();
      const now = performance.now();
      if (items.some((i) => !known.has(i[0]))) { known = new Set(items.map((i) => i[0])); last = now; }
      if (now - last >= quietMs) return resolve(true);
      if (now - start > timeoutMs) return resolve(false);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  B.detach = (sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error('no ' + sel);
    B.detached = { el, parent: el.parentNode, next: el.nextSibling };
    el.remove();
  };
  /** Put the detached composer back; resolves with ms until its first highlight is visible (null: none). */
  B.reattach = (timeoutMs) => {
    B.arm();
    const { el, parent, next } = B.detached;
    const t0 = performance.now();
    parent.insertBefore(el, next);
    return B.waitChange(timeoutMs, t0);
  };
  B.longStart = () => {
    B.long = [];
    B.obs = [];
    const o1 = new PerformanceObserver((l) => { for (const e of l.getEntries()) B.long.push(e.duration); });
    o1.observe({ type: 'longtask' });
    B.obs.push(o1);
  };
  B.longStop = () => {
    for (const o of B.obs) o.disconnect();
    return B.long;
  };
})();`;

interface Bench {
  arm(): void;
  count(): number;
  waitChange(timeoutMs: number): Promise<number | null>;
  settle(quietMs: number, timeoutMs: number): Promise<boolean>;
  detach(sel: string): void;
  reattach(timeoutMs: number): Promise<number | null>;
  longStart(): void;
  longStop(): number[];
}
declare global {
  interface Window {
    __bench: Bench;
  }
}

interface Stat {
  median: number;
  p95: number;
  n: number;
  /** Keystrokes after which no change was seen within KEY_TIMEOUT_MS. */
  missed: number;
}
interface LongTasks {
  count: number;
  maxMs: number;
  totalMs: number;
  /** CPU time sampled (CDP profiler) in stacks with a chrome-extension:// frame: Reply Coach's own work. */
  extensionCpuMs: number;
}
interface ComboResult {
  keystroke?: Stat;
  firstFindings?: Stat;
  long: LongTasks;
  heapMB: number;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function stat(xs: number[], missed: number): Stat {
  if (!xs.length) return { median: NaN, p95: NaN, n: 0, missed };
  return { median: round(median(xs)), p95: round(percentile(xs, 95)), n: xs.length, missed };
}

async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { fixture: { modelText(): string } }).fixture.modelText());
}

/** Settle: wait until the extension has drawn nothing new for a while (a pause the agent would make). */
async function settle(page: Page, withExt: boolean): Promise<void> {
  if (!withExt) return page.waitForTimeout(1000);
  // The first drawing may take a while (a cold engine, a long draft); then a quiet second.
  await page.waitForFunction(() => window.__bench.count() > 0, undefined, { timeout: 20_000 }).catch(() => undefined);
  await page.evaluate(() => window.__bench.settle(1000, 15_000));
}

/** Put the caret at the end of the last body paragraph (the line before the closing). */
async function caretToBodyEnd(page: Page, fx: BenchFixture): Promise<void> {
  await page.evaluate((sel) => {
    const ed = document.querySelector(sel)!;
    const blocks = [...ed.children].filter((c) => !c.classList.contains('gmail_signature'));
    const target = blocks[blocks.length - 2];
    if (!target) throw new Error(`the editable ${sel} has ${blocks.length} blocks`);
    const r = document.createRange();
    r.selectNodeContents(target);
    r.collapse(false);
    const s = getSelection()!;
    s.removeAllRanges();
    s.addRange(r);
  }, PAGE[fx].editable);
  await page.waitForTimeout(100); // the editor reads selectionchange
}

async function openWithDraft(context: BrowserContext, fx: BenchFixture, words: number, withExt: boolean) {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(PAGE[fx].url);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady);
  if (withExt)
    await page.waitForFunction(() => !!document.querySelector('reply-coach-ui'), undefined, { timeout: 20_000 });
  await page.bringToFront();
  const draft = benchDraft(words);
  await page.click(PAGE[fx].click);
  for (let i = 0; i < draft.lines.length; i++) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.insertText(draft.lines[i]!);
  }
  const want = draft.lines.join('\n');
  const got = await modelText(page);
  if (got !== want)
    throw new Error(`${fx}: the editor holds ${JSON.stringify(got.slice(0, 200))}…, not the ${words}-word draft`);
  await settle(page, withExt);
  if (withExt && (await page.evaluate(() => window.__bench.count())) === 0)
    throw new Error(`${fx}: the ${words}-word draft shows no highlight: is the extension coaching this page?`);
  return { page, draft: want };
}

async function heapMB(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const sizes: number[] = [];
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    sizes.push(usedSize);
  }
  await cdp.detach();
  return Math.min(...sizes) / 2 ** 20;
}

/** Keystroke pairs at the end of the body: " ASA" typed and settled, then "P" (measured), Backspace (measured). */
async function keystrokes(page: Page, fx: BenchFixture, draft: string, trials: number): Promise<Stat> {
  const ms: number[] = [];
  let missed = 0;
  // Quiet long enough that a slow drawing of the previous change cannot be taken for the next one's.
  const quiet = () => Math.max(800, Math.ceil(1.5 * Math.max(0, ...ms)));
  const measured = async (key: string) => {
    await page.evaluate(() => window.__bench.arm());
    await page.keyboard.press(key);
    const t = await page.evaluate((to) => window.__bench.waitChange(to), KEY_TIMEOUT_MS);
    if (t === null) missed++;
    else ms.push(t);
    await page.evaluate((q) => window.__bench.settle(q, 10_000), quiet());
  };
  await caretToBodyEnd(page, fx);
  for (let i = 0; i < trials; i++) {
    await page.keyboard.type(' ASA');
    await page.evaluate((q) => window.__bench.settle(q, 10_000), quiet());
    if (i === 0) {
      const text = await modelText(page);
      if (!/ ASA\n[^\n]*$/.test(text)) throw new Error(`${fx}: the caret is not at the end of the body: ${JSON.stringify(text.slice(-80))}`); // prettier-ignore
    }
    await measured('P');
    await measured('Backspace');
    for (let k = 0; k < 4; k++) await page.keyboard.press('Backspace');
  }
  await page.evaluate((q) => window.__bench.settle(q, 10_000), quiet());
  const after = await modelText(page);
  if (after !== draft) throw new Error(`${fx}: after the keystrokes the draft changed: ${JSON.stringify(after.slice(-120))}`); // prettier-ignore
  return stat(ms, missed);
}

/** Type sentences at the end of the body for `seconds`, as an agent would (a pause after each sentence). */
async function typingLongTasks(
  context: BrowserContext,
  page: Page,
  fx: BenchFixture,
  seconds: number,
): Promise<LongTasks> {
  await caretToBodyEnd(page, fx);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => window.__bench.longStart());
  const end = Date.now() + seconds * 1000;
  const sentences = typingSentences(200);
  outer: for (const s of sentences) {
    for (const word of s.split(' ')) {
      if (Date.now() >= end) break outer;
      await page.keyboard.type(` ${word}`, { delay: 60 });
    }
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(1000); // the last analysis
  const long = await page.evaluate(() => window.__bench.longStop());
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return {
    count: long.length,
    maxMs: round(long.length ? Math.max(...long) : 0),
    totalMs: round(long.reduce((a, b) => a + b, 0)),
    extensionCpuMs: round(cpuMsUnder(profile as CpuProfile, 'chrome-extension://')),
  };
}

async function firstFindings(page: Page, fx: BenchFixture): Promise<Stat> {
  const ms: number[] = [];
  let missed = 0;
  for (let i = 0; i < REAPPEAR_RUNS; i++) {
    await page.evaluate((sel) => window.__bench.detach(sel), PAGE[fx].composer);
    await page
      .waitForFunction(() => window.__bench.count() === 0, undefined, { timeout: 10_000 })
      .catch(() => undefined);
    const t = await page.evaluate((to) => window.__bench.reattach(to), KEY_TIMEOUT_MS);
    if (t === null) missed++;
    else ms.push(t);
    await page.evaluate(() => window.__bench.settle(800, 10_000));
  }
  return stat(ms, missed);
}

async function runBrowser(
  executablePath: string,
  withExt: boolean,
  args: BenchArgs,
  log: (s: string) => void,
): Promise<Map<string, ComboResult>> {
  const out = new Map<string, ComboResult>();
  const browser = await launchWithExtension({ headless: args.headless, executablePath, extensionDir: withExt ? EXT_DIR : null }); // prettier-ignore
  try {
    if (withExt && !browser.context.serviceWorkers().length) await browser.context.waitForEvent('serviceworker');
    for (const p of browser.context.pages()) await p.close();
    for (const fx of FIXTURES)
      for (const words of WORDS) {
        log(`  ${withExt ? 'with' : 'without'} the extension: ${fx}, ${words} words…`);
        const { page, draft } = await openWithDraft(browser.context, fx, words, withExt);
        const heap = await heapMB(browser.context, page);
        const keystroke = withExt ? await keystrokes(page, fx, draft, args.trials) : undefined;
        const long = await typingLongTasks(browser.context, page, fx, args.typingSeconds);
        const first = withExt ? await firstFindings(page, fx) : undefined;
        out.set(`${fx}/${words}`, { keystroke, firstFindings: first, long, heapMB: heap });
        await page.close();
      }
  } finally {
    await browser.close();
  }
  return out;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const executablePath = ensureChromium();
  if (args.build || !fs.existsSync(path.join(EXT_DIR, 'manifest.json'))) {
    log('Building the extension (npx wxt build)…');
    buildExtension(true);
  } else if (extensionIsStale()) log('Note: .output/chrome-mv3 is older than its sources; pass --build to rebuild.');
  await bundleFixtures();
  log(`Typing ${args.typingSeconds} s per page for long tasks, ${args.trials * 2} measured keystrokes per page.`);
  const on = await runBrowser(executablePath, true, args, log);
  const off = await runBrowser(executablePath, false, args, log);

  const f = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '–' : String(x));
  const rows = [
    ['fixture/words', 'key med', 'key p95', 'n', 'first med', 'LT on', 'LT max', 'LT total', 'RC cpu', 'LT off', 'LT max', 'LT total', 'heap on', 'heap off', 'Δ heap'], // prettier-ignore
  ];
  const json = {
    fixtures: FIXTURES,
    words: WORDS,
    typingSeconds: args.typingSeconds,
    keystrokeMs: {} as Record<string, Record<string, Stat>>,
    longTasks: {} as Record<string, Record<string, { on: LongTasks; off: LongTasks }>>,
    firstFindingsMs: {} as Record<string, Record<string, Stat>>,
    heapMB: {} as Record<string, Record<string, { on: number; off: number; diff: number }>>,
  };
  for (const fx of FIXTURES)
    for (const words of WORDS) {
      const a = on.get(`${fx}/${words}`)!;
      const b = off.get(`${fx}/${words}`)!;
      const k = a.keystroke!;
      const ff = a.firstFindings!;
      const heap = { on: round(a.heapMB, 2), off: round(b.heapMB, 2), diff: round(a.heapMB - b.heapMB, 2) };
      (json.keystrokeMs[fx] ??= {})[words] = k;
      (json.firstFindingsMs[fx] ??= {})[words] = ff;
      (json.longTasks[fx] ??= {})[words] = { on: a.long, off: b.long };
      (json.heapMB[fx] ??= {})[words] = heap;
      rows.push([
        `${fx}/${words}`,
        `${f(k.median)} ms`,
        `${f(k.p95)} ms`,
        `${k.n}${k.missed ? ` (${k.missed} missed)` : ''}`,
        `${f(ff.median)} ms`,
        String(a.long.count),
        `${a.long.maxMs} ms`,
        `${a.long.totalMs} ms`,
        `${a.long.extensionCpuMs} ms`,
        String(b.long.count),
        `${b.long.maxMs} ms`,
        `${b.long.totalMs} ms`,
        `${heap.on} MB`,
        `${heap.off} MB`,
        `${heap.diff} MB`,
      ]);
    }
  process.stdout.write(`${table(rows)}\n`);
  process.stdout.write(
    'key: keydown → changed highlight visible (includes the pause-after-typing); first: composer re-added → first highlight;\n' +
      `LT: long tasks (> 50 ms) while typing ${args.typingSeconds} s, with (on) and without (off) the extension; RC cpu: profiler-sampled CPU time in Reply Coach's code (chrome-extension:// stacks) during that typing;\n` +
      'heap: renderer JS heap after GC with the draft analysed, on/off and the difference.\n',
  );
  process.stdout.write(`${JSON.stringify(json)}\n`);
}

main().catch((e: unknown) => {
  const known = e instanceof ChromiumNotFound || e instanceof UsageError;
  process.stderr.write(`${known ? e.message : ((e as Error)?.stack ?? String(e))}\n`);
  process.exitCode = 1;
});
