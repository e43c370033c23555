// Lifecycle of a coached composer in a real browser (Gmail-like page, served as mail.google.com): several
// composers on one page, the composer removed and re-added, moving between threads in a single-page app,
// a page script trying to drive the content script, and the extension reloaded (an update) while a reply
// is open. Each test asserts no errors, no stale highlights and no lost text.
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CARD,
  EDITABLE,
  closeAfterTests,
  highlightTexts,
  hoverHighlight,
  launch,
  openFixture,
  waitForHighlight,
  PLACEHOLDER,
  type Session,
} from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
closeAfterTests(() => session);

// Errors from the page or from the extension's scripts in it fail the test that caused them.
let errors: string[] = [];
beforeEach(() => {
  errors = [];
});
afterEach(() => {
  expect(errors, 'errors in the page or from Reply Coach').toEqual([]);
});
function watchErrors(page: Page): Page {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    const where = m.location()?.url ?? '';
    if (where.startsWith('chrome-extension://') || /reply.?coach/i.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return page;
}

async function open(): Promise<Page> {
  return watchErrors(await openFixture(session, 'gmail'));
}

/** The text of an editable (the page's own DOM), without the signature. */
async function bodyText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.gmail_signature').forEach((s) => s.remove());
    return copy.innerText.trim();
  }, selector);
}

async function noHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const live = ['error', 'warning', 'suggestion'].some((s) => (reg.get(`reply-coach-${s}`)?.size ?? 0) > 0);
    const boxes = document.querySelector('reply-coach-ui')?.shadowRoot?.querySelectorAll('.box, mark').length ?? 0;
    return !live && boxes === 0;
  });
}

const INLINE = EDITABLE.gmail;
const DIALOG_BODY = '#popup-compose [g_editable="true"]';

/** What Gmail does when the agent opens a new message while a reply is open: a pop-up compose. */
async function addPopupCompose(page: Page): Promise<void> {
  await page.evaluate(() => {
    const d = document.createElement('div');
    d.id = 'popup-compose';
    d.className = 'AD';
    d.setAttribute('role', 'dialog');
    const form = document.createElement('form');
    const to = document.createElement('div');
    to.className = 'to';
    const chip = document.createElement('span');
    chip.className = 'vN';
    chip.setAttribute('email', 'lee@example.com');
    chip.setAttribute('data-name', 'Lee Park');
    chip.textContent = 'Lee Park';
    to.append('To ', chip);
    const body = document.createElement('div');
    body.className = 'Am Al editable';
    body.setAttribute('role', 'textbox');
    body.setAttribute('contenteditable', 'true');
    body.setAttribute('g_editable', 'true');
    body.append(document.createElement('div'));
    body.firstElementChild!.append(document.createElement('br'));
    const send = document.createElement('div');
    send.className = 'T-I aoO';
    send.setAttribute('role', 'button');
    send.textContent = 'Send';
    form.append(to, body, send);
    d.append(form);
    document.body.append(d);
  });
}

describe('several composers on one page', () => {
  it('an inline reply and a pop-up compose are coached separately; a fix in one leaves the other as it was', async () => {
    const page = await open();
    await page.click(INLINE);
    await page.keyboard.type(`Hi ${PLACEHOLDER}, your refund is on its way.`);
    await waitForHighlight(page, PLACEHOLDER);
    await addPopupCompose(page);
    await page.click(DIALOG_BODY);
    await page.keyboard.type('Hello [NAME], thanks for waiting.');
    await waitForHighlight(page, '[NAME]');
    expect((await highlightTexts(page, 'error')).sort()).toEqual([PLACEHOLDER, '[NAME]'].sort());

    await hoverHighlight(page, '[NAME]');
    await page.locator(`${CARD} button[data-fix="0"]`).click();
    await page.waitForFunction((sel) => !document.querySelector(sel)!.textContent!.includes('[NAME]'), DIALOG_BODY);
    expect(await bodyText(page, DIALOG_BODY)).toMatch(/^Hello .+, thanks for waiting\.$/);
    expect(await bodyText(page, INLINE)).toBe(`Hi ${PLACEHOLDER}, your refund is on its way.`);
    await page.waitForFunction((ph) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reply-coach-error');
      const texts = [...(h ?? [])].map((r) => r.toString());
      return texts.length === 1 && texts[0] === ph;
    }, PLACEHOLDER);

    // Closing the pop-up takes its highlights with it; the inline reply keeps its own.
    await page.evaluate(() => document.getElementById('popup-compose')!.remove());
    await waitForHighlight(page, PLACEHOLDER);
    expect(await highlightTexts(page, 'error')).toEqual([PLACEHOLDER]);
    await page.close();
  });
});

describe('single-page app', () => {
  it('the composer removed and re-added: highlights go with it and come back, the text is kept', async () => {
    const page = await open();
    await page.click(INLINE);
    await page.keyboard.type(`Hi ${PLACEHOLDER}, your refund is on its way.`);
    await waitForHighlight(page, PLACEHOLDER);
    await page.evaluate(() => {
      const ip = document.querySelector('.ip')!;
      (window as unknown as { saved: Element }).saved = ip;
      ip.remove();
    });
    await noHighlights(page);
    await page.evaluate(() =>
      document.querySelector('[role="main"]')!.append((window as unknown as { saved: Element }).saved),
    );
    await waitForHighlight(page, PLACEHOLDER);
    expect(await bodyText(page, INLINE)).toBe(`Hi ${PLACEHOLDER}, your refund is on its way.`);
    // Still live: typing in the re-added composer is coached (at the start: the end is the signature).
    await page.click(INLINE);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('[NAME] ');
    await waitForHighlight(page, '[NAME]');
    await page.close();
  });

  it('moving to another thread and back (pushState, the thread replaced): each draft gets its own highlights', async () => {
    const page = await open();
    await page.click(INLINE);
    await page.keyboard.type(`Hi ${PLACEHOLDER}, your refund is on its way.`);
    await waitForHighlight(page, PLACEHOLDER);
    // Gmail swaps the whole thread view when the agent opens another conversation.
    await page.evaluate(() => {
      const main = document.querySelector('[role="main"]')!;
      (window as unknown as { thread: Node[] }).thread = [...main.childNodes];
      history.pushState({}, '', '/mail/u/0/#inbox/OTHERTHREAD');
      const h2 = document.createElement('h2');
      h2.textContent = 'Wrong size';
      const msg = document.createElement('div');
      msg.className = 'adn';
      msg.innerText = 'Lee Park wrote: the shoes are the wrong size.';
      const ip = document.createElement('div');
      ip.className = 'ip';
      const form = document.createElement('form');
      const body = document.createElement('div');
      body.className = 'Am Al editable';
      body.id = 'other-thread';
      body.setAttribute('role', 'textbox');
      body.setAttribute('contenteditable', 'true');
      body.setAttribute('g_editable', 'true');
      body.append(document.createElement('div'));
      const send = document.createElement('div');
      send.className = 'T-I aoO';
      send.setAttribute('role', 'button');
      send.textContent = 'Send';
      form.append(body, send);
      ip.append(form);
      main.replaceChildren(h2, msg, ip);
    });
    await noHighlights(page);
    await page.click('#other-thread');
    await page.keyboard.type('Hi [NAME], a new pair is on its way.');
    await waitForHighlight(page, '[NAME]');
    expect(await highlightTexts(page, 'error')).toEqual(['[NAME]']);
    // Back to the first thread: its draft is intact and highlighted again; the other thread's is gone.
    await page.evaluate(() => {
      history.back();
      document.querySelector('[role="main"]')!.replaceChildren(...(window as unknown as { thread: Node[] }).thread);
    });
    await waitForHighlight(page, PLACEHOLDER);
    expect(await highlightTexts(page, 'error')).toEqual([PLACEHOLDER]);
    expect(await bodyText(page, INLINE)).toBe(`Hi ${PLACEHOLDER}, your refund is on its way.`);
    await page.close();
  });
});

describe('a page script cannot drive Reply Coach', () => {
  it('posted messages and synthetic shortcut keys do nothing; the real key applies the fix', async () => {
    const page = await open();
    await page.click(INLINE);
    await page.keyboard.type(`Your refund is on its way, ${PLACEHOLDER}`);
    await waitForHighlight(page, PLACEHOLDER);
    const handled = await page.evaluate((sel) => {
      // Messages shaped like the extension's own, as a hostile page would try.
      for (const type of ['fix:apply', 'command', 'finding:ignore', 'site:disable'])
        window.postMessage({ type, payload: { composerId: 'c0', findingIndex: 0, fixIndex: 0, command: 'apply-first-fix', origins: [`${location.origin}/*`] } }, '*'); // prettier-ignore
      const el = document.querySelector(sel)!;
      const results: boolean[] = [];
      for (const code of ['KeyF', 'KeyN']) {
        const ev = new KeyboardEvent('keydown', { key: code.slice(3), code, altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true }); // prettier-ignore
        el.dispatchEvent(ev);
        results.push(ev.defaultPrevented);
      }
      return results;
    }, INLINE);
    expect(handled).toEqual([false, false]);
    // A real keystroke after them proves the content script is alive and has seen everything before it.
    await page.keyboard.type(' ');
    await page.keyboard.press('Backspace');
    await waitForHighlight(page, PLACEHOLDER);
    expect(await page.locator(`${CARD}:not([hidden])`).count()).toBe(0);
    expect(await bodyText(page, INLINE)).toBe(`Your refund is on its way, ${PLACEHOLDER}`);
    // The agent's own Alt+Shift+F at the placeholder does apply its fix.
    await page.keyboard.press('Alt+Shift+F');
    await page.waitForFunction(({ sel, ph }) => !document.querySelector(sel)!.textContent!.includes(ph), {
      sel: INLINE,
      ph: PLACEHOLDER,
    });
    expect(await bodyText(page, INLINE)).toMatch(/^Your refund is on its way, \S/);
    await page.close();
  });
});

// Last in this file: the reload replaces the service worker the session holds.
describe('extension update while a reply is open', () => {
  it('the old script leaves quietly (no highlights, no UI, text kept); the next page load is coached by the new one', async () => {
    const page = await open();
    await page.click(INLINE);
    await page.keyboard.type(`Hi ${PLACEHOLDER}, your refund is on its way.`);
    await waitForHighlight(page, PLACEHOLDER);
    const extensionId = session.extensionId;
    const restarted = session.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`),
      timeout: 60_000,
    });
    await session.serviceWorker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined); // the worker goes away while answering
    await page.click(INLINE);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Thanks. ');
    await page.waitForFunction(() => !document.querySelector('reply-coach-ui'));
    await noHighlights(page);
    expect(await bodyText(page, INLINE)).toBe(`Thanks. Hi ${PLACEHOLDER}, your refund is on its way.`);
    // The updated extension (its new service worker) coaches the same ticket when it is opened again.
    await restarted;
    const again = await open();
    await again.click(INLINE);
    await again.keyboard.type(`Hello ${PLACEHOLDER}.`);
    await waitForHighlight(again, PLACEHOLDER);
    await again.close();
    await page.close();
  });
});
