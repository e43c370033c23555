// `npm run screenshots`: the README's pictures, taken in headless Chromium with the built extension on the
// bundled demo pages (served as the real hosts, nothing leaves the machine), into docs/*.png:
//   card-zendesk.png      a highlight's card in the Zendesk demo
//   sidepanel.png         the side panel with the findings of that reply
//   sidepanel-states.png  the side panel's other states: site not turned on, empty draft, all good
//   options-tester.png    the options page's live tester
//   options-pack.png      a pack tested on the options page, one example failing
//   usage.png             the usage chart (with sample counts: a fresh profile has none)
// Run it again whenever the UI changes.

import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureChromium } from './chromium';
import { buildExtension, bundleFixtures, FIXTURE_URLS, launchWithExtension, ROOT } from './demo/browser';

const DOCS = path.join(ROOT, 'docs');
const PLACEHOLDER = '{{ticket.requester.first_name}}';
const SAMPLE = [
  `Hi ${PLACEHOLDER},`,
  "Unfortunately we can't do anything about the damage, it is company policy. We will get back to you soon.",
  'Thanks',
];
const GOOD = [
  'Hi Maria,',
  "I'm so sorry the lamp arrived damaged, and thank you for the photos. I've sent a replacement today by tracked courier, so it will be with you by Thursday.",
  'Is there anything else I can help with?',
  'Best wishes, Sam',
];
/** A site that is not one of the built-in helpdesks (the "turn it on" state). */
const OTHER_SITE = 'https://help.example-shop.test/tickets/88';

async function waitCoached(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady);
  await page.waitForFunction(() => !!document.querySelector('reply-coach-ui'), undefined, { timeout: 20_000 });
}

async function type(page: Page, editable: string, lines: string[]): Promise<void> {
  await page.click(editable);
  for (let i = 0; i < lines.length; i++) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(lines[i]!);
  }
}

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

async function tabIds(context: BrowserContext): Promise<number[]> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome; // prettier-ignore
    return (await c.tabs.query({})).map((t) => t.id);
  });
}

/** A new tab at `url`, with its tab id (tab URLs are hidden from the extension without the tabs permission). */
async function openTab(context: BrowserContext, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(context));
  const page = await context.newPage();
  const after = await tabIds(context);
  const tabId = after.find((t) => !before.has(t));
  if (tabId === undefined) throw new Error('could not tell the new tab apart');
  await page.goto(url);
  return { page, tabId };
}

async function panel(context: BrowserContext, id: string, tabId: number, ready: string): Promise<Page> {
  const p = await context.newPage();
  await p.setViewportSize({ width: 380, height: 640 });
  await p.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
  await p.locator(ready).first().waitFor({ timeout: 15_000 });
  return p;
}

/** Three screenshots side by side, each with a caption, in one picture. */
async function composite(context: BrowserContext, file: string, shots: { caption: string; png: Buffer }[]) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1240, height: 760 });
  const cells = shots
    .map(
      (s) =>
        `<figure><img src="data:image/png;base64,${s.png.toString('base64')}"><figcaption>${s.caption}</figcaption></figure>`,
    )
    .join('');
  await page.setContent(
    `<style>body{margin:0;padding:16px;background:#eef1f4;font:14px system-ui,sans-serif;display:flex;gap:16px}
     figure{margin:0;background:#fff;border:1px solid #d1d9e0;border-radius:8px;overflow:hidden}
     img{display:block;width:380px}figcaption{padding:8px 10px;color:#59636e;border-top:1px solid #d1d9e0}</style>${cells}`,
  );
  await page.locator('body').screenshot({ path: file });
  await page.close();
}

async function main(): Promise<void> {
  const executablePath = ensureChromium();
  process.stdout.write('Building the extension…\n');
  buildExtension(true);
  await bundleFixtures();
  fs.mkdirSync(DOCS, { recursive: true });
  const browser = await launchWithExtension({ headless: true, executablePath, viewport: { width: 1100, height: 760 } });
  const { context } = browser;
  const out = (name: string) => path.join(DOCS, name);
  try {
    await context.route(`${new URL(OTHER_SITE).origin}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Shop help desk</title><h1>Ticket 88</h1><textarea rows="8" cols="60"></textarea>',
      }),
    );
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;

    // The card in the Zendesk demo.
    const { page: zendesk, tabId: zTab } = await openTab(context, FIXTURE_URLS.zendesk);
    await waitCoached(zendesk);
    await type(zendesk, '.ck-editor__editable', SAMPLE);
    await openPlaceholderCard(zendesk);
    await zendesk.screenshot({ path: out('card-zendesk.png') });

    // The side panel for that reply.
    const findings = await panel(context, id, zTab, '.finding');
    await findings.screenshot({ path: out('sidepanel.png'), fullPage: false });

    // Its other states.
    const { page: gmail, tabId: gTab } = await openTab(context, FIXTURE_URLS.gmail);
    await waitCoached(gmail);
    await gmail.click('[g_editable="true"] > div:first-child');
    await gmail.keyboard.type('x');
    await gmail.keyboard.press('Backspace');
    const emptyPanel = await panel(context, id, gTab, '[data-state="empty-draft"], [data-state="no-composer"]');
    const empty = await emptyPanel.screenshot();
    await type(gmail, '[g_editable="true"] > div:first-child', GOOD);
    const goodPanel = await panel(context, id, gTab, '[data-state="all-good"], .finding');
    const good = await goodPanel.screenshot();
    const { tabId: oTab } = await openTab(context, OTHER_SITE);
    const offPanel = await panel(context, id, oTab, '[data-state="not-enabled"], [data-state="not-coached"]');
    const off = await offPanel.screenshot();
    await composite(context, out('sidepanel-states.png'), [
      { caption: 'A tab Reply Coach is not coaching', png: off },
      { caption: 'A reply box with nothing typed', png: empty },
      { caption: 'A reply with nothing to fix', png: good },
    ]);

    // The options page: the tester, a pack test, the usage chart.
    const options = await context.newPage();
    await options.setViewportSize({ width: 1100, height: 900 });
    await options.goto(`chrome-extension://${id}/options.html`);
    // The save bar floats over whatever is under it; in a picture of one section it would cover it.
    await options.addStyleTag({ content: '.savebar { position: static !important; }' });
    await options.locator('#tester .finding').first().waitFor({ timeout: 20_000 });
    await options.locator('#tester').screenshot({ path: out('options-tester.png') });

    const pack = {
      format: 'reply-coach-pack',
      version: 1,
      name: 'Acme Support',
      rules: { 'long-sentence': { options: { maxWords: 30 } } },
      phrases: { banned: [{ phrase: 'company policy' }], jargon: [{ term: 'T2', plain: ['our specialist team'] }] },
      examples: [
        {
          name: 'banned phrase',
          draft: 'Hi Sam,\n\nIt is company policy.\n\nThanks, Kim',
          expect: ['negative-language'],
        },
        { name: 'team jargon', draft: "Hi Sam,\n\nI've asked T2 to call you by 5pm today.\n\nThanks, Kim", expect: ['jargon'], forbid: ['vague-timeframe'] }, // prettier-ignore
        {
          name: 'a polite reply',
          draft: 'Hi Sam,\n\nSorry for any inconvenience.\n\nThanks, Kim',
          forbid: ['non-apology'],
        },
      ],
    };
    await options.fill('#pack-text', JSON.stringify(pack, null, 2));
    await options.getByRole('button', { name: 'Test pack' }).click();
    await options.locator('#pack-results').waitFor();
    await options.locator('#pack').screenshot({ path: out('options-pack.png') });

    // Sample counts for the chart: a fresh profile has only this session's.
    await options.evaluate(async () => {
      const days: Record<string, { rules: Record<string, number[]>; sent: number }> = {};
      const sample: Record<string, number[]> = {
        'negative-language': [41, 29, 4],
        'vague-timeframe': [33, 12, 9],
        'missing-apology': [27, 15, 3],
        jargon: [22, 17, 2],
        placeholder: [9, 9, 0],
        'missing-closing': [18, 6, 7],
        'long-sentence': [11, 2, 6],
      };
      for (let i = 0; i < 10; i++) {
        const d = new Date();
        d.setDate(d.getDate() - i);
        const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        days[key] = {
          rules: Object.fromEntries(
            Object.entries(sample).map(([k, v]) => [k, v.map((n) => Math.round((n * (10 - i)) / 55))]),
          ),
          sent: i % 4 === 0 ? 1 : 0,
        };
      }
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome; // prettier-ignore
      await c.storage.local.set({ usage: { version: 1, days } });
    });
    await options.locator('#usage table.usage').waitFor();
    await options.locator('#usage').screenshot({ path: out('usage.png') });
    process.stdout.write(`Screenshots in ${path.relative(process.cwd(), DOCS) || DOCS}/\n`);
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 1;
});
