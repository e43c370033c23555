// Firefox e2e helpers: launch Debian's firefox-esr with the built Firefox add-on, serve the fixture pages
// *as* the real helpdesk hosts (so the production manifest's content_scripts matches apply and nothing
// leaves the machine), and read highlights and cards — the Firefox counterpart of harness.ts.
//
// The client is puppeteer-core (no browser download: it drives the Firefox we give it). It speaks
// WebDriver BiDi straight to Firefox's --remote-debugging-port, so no geckodriver is needed (WebdriverIO's
// `webdriver` package would need one for its classic session, and there is none on Debian); it installs
// the unsigned add-on as a temporary add-on (BiDi webExtension.install) and serves the fixture hosts with
// request interception (BiDi network.addIntercept + network.provideResponse). Playwright cannot: it
// drives only its own patched Firefox builds.
//
// Host permissions: Firefox MV3 treats every host permission as optional, but since Firefox 127 those
// of the manifest's content_scripts are granted at install (pref extensions.originControls.grantByDefault,
// default true; the manifest asks for Firefox 128 or newer). The test keeps Firefox's defaults, so it
// sees what a user who installs the add-on gets: with that pref false the content scripts never run.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIXTURE_URLS, fixtureResponse, type FixtureName } from '../../lib/cli/demo/browser';

export { FIXTURE_URLS, type FixtureName } from '../../lib/cli/demo/browser';

/** Explicit, long waits: the machine is slow, and findings arrive after a round trip to the background. */
export const WAIT = { launch: 120_000, script: 60_000, highlight: 60_000, model: 30_000 };

export interface FirefoxSession {
  browser: Browser;
  /** The add-on's id as Firefox reports it after installing it. */
  addonId: string;
  /** Every http(s) request the fixture pages made. */
  requests: string[];
  /** Requests to hosts that are not fixtures (each one would have left the machine; all were refused). */
  stray: string[];
  close(): Promise<void>;
}

export async function launchFirefox(opts: { executablePath: string; extensionDir: string }): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: opts.executablePath,
    headless: true,
    enableExtensions: true,
    defaultViewport: { width: 1100, height: 820 },
    timeout: WAIT.launch,
    protocolTimeout: WAIT.launch,
  });
  try {
    const addonId = await browser.installExtension(opts.extensionDir);
    return {
      browser,
      addonId,
      requests: [],
      stray: [],
      close: () => browser.close().catch(() => undefined),
    };
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}

function route(session: FirefoxSession) {
  return (r: HTTPRequest): void => {
    const url = new URL(r.url());
    if (!/^https?:$/.test(url.protocol)) {
      void r.continue(); // the add-on's own moz-extension: files, data: and blob: URLs
      return;
    }
    session.requests.push(r.url());
    const res = fixtureResponse(url);
    if (!res) {
      session.stray.push(r.url());
      void r.abort('blockedbyclient');
      return;
    }
    void r.respond({ status: res.status, contentType: res.contentType, body: res.body });
  };
}

/** A new tab on a fixture, served as its helpdesk host, once the page and the content script are up. */
export async function openFixture(session: FirefoxSession, name: FixtureName): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', route(session));
  await page.goto(FIXTURE_URLS[name], { timeout: WAIT.script });
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady, { timeout: WAIT.script });
  try {
    // The content script is running when it has added its (shadow-root) host element.
    await page.waitForFunction(() => !!document.querySelector('reply-coach-ui'), { timeout: WAIT.script });
  } catch {
    throw new Error(
      `the add-on's content script did not start on ${FIXTURE_URLS[name]} within ${WAIT.script / 1000} s ` +
        `(no <reply-coach-ui>): is the host permission of its content_scripts granted?`,
    );
  }
  return page;
}

/** The editable the agent types in (as in harness.ts). */
export const EDITABLE: Partial<Record<FixtureName, string>> = {
  gmail: '[g_editable="true"] > div:first-child',
  textarea: 'textarea#composer',
};

/** Type a draft with the keyboard (BiDi input actions: trusted key events), Enter between lines. */
export async function typeDraft(page: Page, name: FixtureName, lines: string[]): Promise<void> {
  const sel = EDITABLE[name];
  if (!sel) throw new Error(`no editable known for fixture ${name}`);
  await page.click(sel);
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(lines[i]!);
  }
}

/** The text the fixture's editor holds (its own model, read in the page's main world). */
export async function modelText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { fixture: { modelText(): string } }).fixture.modelText());
}

export async function waitForModel(page: Page, expected: string): Promise<void> {
  try {
    await page.waitForFunction(
      (want: string) => (window as unknown as { fixture: { modelText(): string } }).fixture.modelText() === want,
      { timeout: WAIT.model },
      expected,
    );
  } catch {
    throw new Error(`model text is ${JSON.stringify(await modelText(page))}, expected ${JSON.stringify(expected)}`);
  }
}

// In-page readers (serialised into the page, so self-contained): CSS Custom Highlight ranges, else the
// textarea mirror's marks inside the overlay's shadow root (lib/dom/highlights.ts).
function readHighlights(sev: string): string[] {
  const out: string[] = [];
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const h = reg?.get(`reply-coach-${sev}`);
  if (h) for (const r of h) out.push(r.toString());
  const host = document.querySelector('reply-coach-ui');
  host?.shadowRoot?.querySelectorAll(`.mirror mark.${sev}`).forEach((m) => out.push(m.textContent ?? ''));
  return out;
}

function highlightRect(text: string): { x: number; y: number; width: number; height: number } | null {
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
}

export async function highlightTexts(page: Page, severity = 'error'): Promise<string[]> {
  return page.evaluate(readHighlights, severity);
}

/** Poll until a highlight of `severity` lies exactly on `text` (findings arrive asynchronously). */
export async function waitForHighlight(page: Page, text: string, severity = 'error'): Promise<void> {
  try {
    await page.waitForFunction(
      `(${readHighlights.toString()})(${JSON.stringify(severity)}).includes(${JSON.stringify(text)})`,
      { timeout: WAIT.highlight, polling: 250 },
    );
  } catch {
    throw new Error(`no ${severity} highlight on ${JSON.stringify(text)} within ${WAIT.highlight / 1000} s; have ${JSON.stringify(await highlightTexts(page, severity))}`); // prettier-ignore
  }
}

/** The card inside the overlay's open shadow root (Puppeteer's >>> pierces it). */
export const CARD = 'reply-coach-ui >>> .card';

export async function cardOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const card = document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
    return !!card && !card.hidden;
  });
}

export async function waitForCard(page: Page, open: boolean): Promise<void> {
  await page.waitForFunction(
    (want: boolean) => {
      const card = document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
      return want ? !!card && !card.hidden : !card || card.hidden;
    },
    { timeout: WAIT.script },
    open,
  );
}

export async function cardText(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('reply-coach-ui')?.shadowRoot?.querySelector('.card')?.textContent ?? '',
  );
}

/** Move the mouse onto the highlight over `text` and wait for its card. */
export async function hoverHighlight(page: Page, text: string): Promise<void> {
  const box = await page.evaluate(highlightRect, text);
  if (!box) throw new Error(`no highlight box for ${JSON.stringify(text)}`);
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 2 });
  await waitForCard(page, true);
}
