// `npm start`: build the extension, open Chromium with it loaded on the demo pages (a Zendesk-like
// ticket with a CKEditor 5 composer and a Gmail-like reply, both with an upset customer, served as the
// real hosts so the production manifest applies), type a sample draft into each so the highlights show,
// and open the card on the unfilled placeholder.
//
//   npm start                                   a browser window to try it (needs a display)
//   npm start -- --headless --screenshot out.png  no window: writes a screenshot of the Zendesk-like demo
//
// The demo pages are the e2e fixtures in tests/e2e/fixtures (zendesk.html, gmail.html).
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ChromiumNotFound, ensureChromium } from './chromium';
import { buildExtension, bundleFixtures, FIXTURE_URLS, launchWithExtension } from './demo/browser';

const PLACEHOLDER = '{{ticket.requester.first_name}}';
const SAMPLE = [
  `Hi ${PLACEHOLDER},`,
  "Unfortunately we can't do anything about the damage, it is company policy. We will get back to you soon.",
  'Thanks',
];

class UsageError extends Error {}

interface Args {
  headless: boolean;
  screenshot: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { headless: false, screenshot: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--headless') args.headless = true;
    else if (a === '--screenshot') args.screenshot = argv[++i] ?? 'reply-coach-demo.png';
    else if (a.startsWith('--screenshot=')) args.screenshot = a.slice('--screenshot='.length);
    else if (a === '--help' || a === '-h') {
      process.stdout.write('Usage: npm start [-- --headless] [--screenshot out.png]\n');
      process.exit(0);
    } else throw new UsageError(`Unknown option ${a} (try --help)`);
  }
  if (args.screenshot && !args.headless) args.headless = true; // a screenshot run needs no window
  return args;
}

async function typeSample(page: Page, editable: string): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady);
  await page.waitForFunction(() => !!document.querySelector('reply-coach-ui'), undefined, { timeout: 20_000 });
  await page.click(editable);
  for (let i = 0; i < SAMPLE.length; i++) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(SAMPLE[i]!);
  }
}

/** Hover the placeholder's highlight so its card opens. */
async function openPlaceholderCard(page: Page): Promise<void> {
  await page.waitForFunction((ph) => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('reply-coach-error');
    return !!h && [...h].some((r) => r.toString() === ph);
  }, PLACEHOLDER);
  const box = await page.evaluate((ph) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reply-coach-error')!;
    const r = [...h].find((x) => x.toString() === ph)!.getClientRects()[0]!;
    return { x: r.left + 20, y: r.top + r.height / 2 };
  }, PLACEHOLDER);
  await page.mouse.move(box.x, box.y, { steps: 3 });
  await page.locator('reply-coach-ui .card:not([hidden])').waitFor({ timeout: 10_000 });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const executablePath = ensureChromium();
  if (!args.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    process.stderr.write('No display found: run `npm start -- --headless --screenshot out.png` instead.\n');
    process.exitCode = 1;
    return;
  }
  process.stdout.write('Building the extension…\n');
  buildExtension(true);
  await bundleFixtures();
  const browser = await launchWithExtension({
    headless: args.headless,
    executablePath,
    viewport: args.headless ? { width: 1100, height: 760 } : null,
  });
  try {
    const gmail = browser.context.pages()[0] ?? (await browser.context.newPage());
    await gmail.goto(FIXTURE_URLS.gmail);
    await typeSample(gmail, '[g_editable="true"] > div:first-child');
    const zendesk = await browser.context.newPage();
    await zendesk.goto(FIXTURE_URLS.zendesk);
    await typeSample(zendesk, '.ck-editor__editable');
    await zendesk.bringToFront();
    await openPlaceholderCard(zendesk);
    if (args.screenshot) {
      const file = path.resolve(args.screenshot);
      await zendesk.screenshot({ path: file });
      process.stdout.write(`Screenshot: ${file}\n`);
    }
    if (args.headless) return;
    process.stdout.write(
      'Reply Coach is running on a Zendesk-like ticket and a Gmail-like reply (tabs). Hover a highlight, try a fix,\n' +
        'press Ctrl+Enter or Submit to see the send gate. Close the browser window to quit.\n',
    );
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  const known = e instanceof ChromiumNotFound || e instanceof UsageError;
  process.stderr.write(`${known ? e.message : ((e as Error)?.stack ?? String(e))}\n`);
  process.exitCode = 1;
});
