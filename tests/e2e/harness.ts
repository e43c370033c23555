// Shared e2e helpers: launch Chromium with the built extension (the recipe in DESIGN.md), serve the
// fixture pages *as* the real helpdesk hosts with routing (so the production manifest's matches apply
// and nothing leaves the machine), record every request, and read highlights, cards and models.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, expect, inject } from 'vitest';
import { FIXTURE_HOSTS, FIXTURE_URLS, ROOT, launchWithExtension, type FixtureName } from '../../lib/cli/demo/browser';

export { FIXTURE_URLS, type FixtureName } from '../../lib/cli/demo/browser';
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

export interface RecordedRequest {
  url: string;
  fromServiceWorker: boolean;
  frameUrl: string;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request any page, frame or worker of the browser made (extension contexts included). */
  requests: RecordedRequest[];
  /** Requests to hosts that are not fixtures (each one would have left the machine). */
  strayRequests(): RecordedRequest[];
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  const launched = await launchWithExtension({
    headless: true,
    extensionDir: inject('extensionDir'),
    executablePath: inject('chromiumPath'),
  });
  const { context } = launched;
  const requests: RecordedRequest[] = [];
  context.on('request', (r) => {
    let frameUrl = '';
    try {
      frameUrl = r.frame().url();
    } catch {
      frameUrl = ''; // service worker requests have no frame
    }
    requests.push({ url: r.url(), fromServiceWorker: !!r.serviceWorker(), frameUrl });
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    requests,
    strayRequests: () =>
      requests.filter((r) => {
        const u = new URL(r.url);
        if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:') return false;
        return !FIXTURE_HOSTS.has(u.host);
      }),
    close: () => launched.close(),
  };
}

export async function openFixture(session: Session, name: FixtureName): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(FIXTURE_URLS[name]);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady);
  // The content script is running when it has added its (shadow-root) host element.
  await page.waitForFunction(() => !!document.querySelector('reply-coach-ui'), undefined, { timeout: 15_000 });
  return page;
}

/** The editable the agent types in. */
export const EDITABLE: Record<FixtureName, string> = {
  zendesk: '.ck-editor__editable',
  'zendesk-tabs': '[data-pane="1042"] .ck-editor__editable',
  gmail: '[g_editable="true"] > div:first-child',
  prosemirror: '.ProseMirror',
  quill: '.ql-editor',
  lexical: '[data-lexical-editor]',
  textarea: 'textarea#composer',
};

/** Type a draft with the real keyboard, one line at a time (Enter between lines). */
export async function typeDraft(page: Page, name: FixtureName, lines: string[]): Promise<void> {
  await page.click(EDITABLE[name]);
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(lines[i]!);
  }
}

export async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { fixture: { modelText(): string } }).fixture.modelText());
}

export async function waitForModel(page: Page, expected: string): Promise<void> {
  try {
    await page.waitForFunction(
      (want) => (window as unknown as { fixture: { modelText(): string } }).fixture.modelText() === want,
      expected,
      { timeout: 10_000 },
    );
  } catch {
    throw new Error(`model text is ${JSON.stringify(await modelText(page))}, expected ${JSON.stringify(expected)}`);
  }
}

/** Texts under highlights of a severity: CSS Custom Highlight ranges, else the textarea mirror's marks. */
export async function highlightTexts(page: Page, severity = 'error'): Promise<string[]> {
  return page.evaluate((sev) => {
    const out: string[] = [];
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const h = reg?.get(`reply-coach-${sev}`);
    if (h) for (const r of h) out.push(r.toString());
    const host = document.querySelector('reply-coach-ui');
    host?.shadowRoot?.querySelectorAll(`.mirror mark.${sev}`).forEach((m) => out.push(m.textContent ?? ''));
    return out;
  }, severity);
}

export async function waitForHighlight(page: Page, text: string, severity = 'error'): Promise<void> {
  try {
    await page.waitForFunction(
      ({ text, sev }) => {
        const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        const h = reg?.get(`reply-coach-${sev}`);
        if (h) for (const r of h) if (r.toString() === text) return true;
        const host = document.querySelector('reply-coach-ui');
        return [...(host?.shadowRoot?.querySelectorAll(`.mirror mark.${sev}`) ?? [])].some(
          (m) => m.textContent === text,
        );
      },
      { text, sev: severity },
      { timeout: 10_000 },
    );
  } catch {
    throw new Error(`no ${severity} highlight on ${JSON.stringify(text)}; have ${JSON.stringify(await highlightTexts(page, severity))}`); // prettier-ignore
  }
}

/** The viewport box of the highlight over `text` (first line box), visible part only. */
export async function highlightBox(
  page: Page,
  text: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((text) => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    let rect: DOMRect | undefined;
    for (const name of ['error', 'warning', 'suggestion']) {
      const h = reg?.get(`reply-coach-${name}`);
      if (h) for (const r of h) if (r.toString() === text) rect ??= r.getClientRects()[0];
    }
    if (!rect) {
      const host = document.querySelector('reply-coach-ui');
      const mark = [...(host?.shadowRoot?.querySelectorAll('.mirror mark') ?? [])].find((m) => m.textContent === text);
      rect = mark?.getClientRects()[0];
    }
    return rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : null;
  }, text);
}

export const CARD = 'reply-coach-ui .card';

export async function hoverHighlight(page: Page, text: string): Promise<void> {
  const box = await highlightBox(page, text);
  if (!box) throw new Error(`no highlight box for ${JSON.stringify(text)}`);
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 2 });
  await page.locator(`${CARD}:not([hidden])`).waitFor({ state: 'visible', timeout: 10_000 });
}

export async function cardText(page: Page): Promise<string> {
  return (await page.locator(CARD).textContent()) ?? '';
}

/** A keyboard command as the background relays it (headless Chromium does not fire command shortcuts). */
export async function command(
  session: Session,
  page: Page,
  name: 'next-finding' | 'apply-first-fix',
): Promise<boolean> {
  const url = page.url();
  return session.serviceWorker.evaluate(
    async ({ url, name }) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome; // prettier-ignore
      const tabs = await c.tabs.query({});
      const tab =
        tabs.find((t) => t.url === url) ?? tabs.find((t) => t.url && new URL(t.url).host === new URL(url).host);
      const relay = (globalThis as unknown as { replyCoachRelayCommand(c: string, id?: number): Promise<boolean> }).replyCoachRelayCommand; // prettier-ignore
      return relay(name, tab?.id);
    },
    { url, name },
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Text before the caret inside the editable (or the textarea's selectionEnd), to check where it landed. */
export async function caretContext(page: Page, name: FixtureName): Promise<{ collapsed: boolean; before: string }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    if (el instanceof HTMLTextAreaElement)
      return { collapsed: el.selectionStart === el.selectionEnd, before: el.value.slice(0, el.selectionEnd) };
    const s = getSelection()!;
    const root = el.closest('[contenteditable="true"]') ?? el;
    const r = s.getRangeAt(0);
    const pre = document.createRange();
    pre.selectNodeContents(root);
    pre.setEnd(r.endContainer, r.endOffset);
    return { collapsed: r.collapsed, before: pre.toString() };
  }, EDITABLE[name]);
}

/** Evaluate in the content script's isolated world (where the running runtime is) through CDP. */
export async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Reply Coach');
  if (!world) throw new Error(`no Reply Coach world among ${contexts.map((c) => c.name).join(', ')}`);
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true }); // prettier-ignore
  await cdp.detach();
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
  return r.result.value;
}

/** The placeholder every e2e draft carries: a stable error-level finding while other rules change. */
export const PLACEHOLDER = '{{ticket.requester.first_name}}';

/**
 * The hooks every e2e file needs after `launch()`: close the pages a test left (a failed test must not
 * leave its tab and report for the next one), and at the end assert the request recorder saw the
 * fixture pages and nothing else, then close the browser.
 */
export function closeAfterTests(current: () => Session | undefined): void {
  afterEach(async () => {
    const session = current();
    if (session) for (const p of session.context.pages()) await p.close();
  });
  afterAll(async () => {
    const session = current();
    expect(session?.requests.length ?? 0).toBeGreaterThan(0);
    const stray = session?.strayRequests() ?? [];
    if (session) {
      const own = session.requests.filter((r) => /^chrome-extension:/.test(r.url)).length;
      const worker = session.requests.filter((r) => r.fromServiceWorker).length;
      process.stdout.write(`requests: ${session.requests.length} seen (${own} to the extension's own files, ${worker} from its service worker), ${stray.length} to non-fixture hosts\n`); // prettier-ignore
    }
    await session?.close();
    expect(stray, 'requests to non-fixture hosts').toEqual([]);
  });
}
