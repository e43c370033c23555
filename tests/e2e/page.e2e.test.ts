// Page-level behaviour: highlights stay on their words when a long draft scrolls (composer and window),
// internal notes are not coached, the send gate (warn and block), reports reach the extension, and the
// extension makes no network request.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  CARD,
  EDITABLE,
  cardText,
  highlightBox,
  highlightTexts,
  hoverHighlight,
  inContentScript,
  launch,
  modelText,
  openFixture,
  screenshot,
  typeDraft,
  waitForHighlight,
  waitForModel,
  type Session,
  closeAfterTests,
  PLACEHOLDER,
} from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
closeAfterTests(() => session);

/** A long draft typed fast (insertText per line, real Enter between): the placeholder on line 18 of 36. */
async function typeLongDraft(page: Page, selector: string): Promise<string[]> {
  const lines = Array.from(
    { length: 36 },
    (_, i) =>
    i === 17 ? `Line ${i + 1}: thanks again ${PLACEHOLDER} for your patience.` : `Line ${i + 1}: we checked the warehouse records for your parcel.`, // prettier-ignore
  );
  await page.click(selector);
  for (let i = 0; i < lines.length; i++) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.insertText(lines[i]!);
  }
  return lines;
}

/** The text under a viewport point, from the browser's own hit testing (independent of Reply Coach). */
async function textAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ({ x, y }) => {
      const r = document.caretRangeFromPoint(x, y);
      if (!r || r.startContainer.nodeType !== Node.TEXT_NODE) return '';
      return (r.startContainer as Text).data;
    },
    { x, y },
  );
}

describe('long drafts', () => {
  it('contenteditable (ProseMirror): the highlight stays on the placeholder when the composer and the window scroll', async () => {
    const page = await openFixture(session, 'prosemirror');
    await typeLongDraft(page, EDITABLE.prosemirror);
    await waitForHighlight(page, PLACEHOLDER);
    await page.evaluate(() => {
      document.body.style.paddingBottom = '1500px'; // let the window scroll too
    });
    let checked = 0;
    for (const [composerTop, windowTop] of [
      [0, 0],
      [260, 0],
      [330, 120],
      [400, 60],
    ] as const) {
      await page.evaluate(
        ({ composerTop, windowTop }) => {
          document.querySelector('#composer')!.scrollTop = composerTop;
          window.scrollTo(0, windowTop);
        },
        { composerTop, windowTop },
      );
      const box = await highlightBox(page, PLACEHOLDER);
      const clip = await page.evaluate(() => {
        const r = document.querySelector('#composer')!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      if (!box || box.y + box.height <= clip.top || box.y >= clip.bottom) continue; // scrolled out of view
      // The browser's hit test at the highlight's centre lands in the placeholder's text.
      expect(await textAt(page, box.x + box.width / 2, box.y + box.height / 2)).toContain(PLACEHOLDER);
      await hoverHighlight(page, PLACEHOLDER);
      expect(await cardText(page)).toContain(PLACEHOLDER);
      await page.mouse.move(5, 5);
      await page.locator(`${CARD}[hidden]`).waitFor({ state: 'attached' });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => {
      document.querySelector('#composer')!.scrollTop = 330;
    });
    await hoverHighlight(page, PLACEHOLDER);
    await screenshot(page, 'prosemirror-long-scrolled');
    await page.close();
  });

  it('textarea: the mirror follows the textarea scroll and the window scroll', async () => {
    const page = await openFixture(session, 'textarea');
    const lines = await typeLongDraft(page, EDITABLE.textarea);
    await waitForModel(page, lines.join('\n'));
    await waitForHighlight(page, PLACEHOLDER);
    await page.evaluate(() => {
      document.body.style.paddingBottom = '1500px';
    });
    const state = async () =>
      page.evaluate((ph) => {
        const ta = document.querySelector('textarea')!;
        const mirror = document.querySelector('reply-coach-ui')!.shadowRoot!.querySelector('.mirror') as HTMLElement;
        const mark = [...mirror.querySelectorAll('mark')].find((m) => m.textContent === ph)!;
        const r = mark.getBoundingClientRect();
        const t = ta.getBoundingClientRect();
        return {
          markTop: r.top,
          taTop: t.top,
          taBottom: t.bottom,
          mirrorScroll: mirror.scrollTop,
          taScroll: ta.scrollTop,
        };
      }, PLACEHOLDER);
    await page.evaluate(() => {
      document.querySelector('textarea')!.scrollTop = 200;
    });
    await page.waitForFunction(() => {
      const m = document.querySelector('reply-coach-ui')!.shadowRoot!.querySelector('.mirror') as HTMLElement;
      return m.scrollTop === document.querySelector('textarea')!.scrollTop;
    });
    const a = await state();
    await page.evaluate(() => {
      document.querySelector('textarea')!.scrollTop = 260;
      window.scrollTo(0, 90);
    });
    await page.waitForFunction(() => {
      const m = document.querySelector('reply-coach-ui')!.shadowRoot!.querySelector('.mirror') as HTMLElement;
      return m.scrollTop === document.querySelector('textarea')!.scrollTop && m.getBoundingClientRect().top === document.querySelector('textarea')!.getBoundingClientRect().top; // prettier-ignore
    });
    const b = await state();
    const scrolled = b.taScroll - a.taScroll; // may be less than 60 at the end of the text
    expect(b.mirrorScroll).toBe(b.taScroll);
    expect(b.markTop).toBeCloseTo(a.markTop - scrolled - 90, 0);
    expect(b.markTop).toBeGreaterThanOrEqual(b.taTop);
    expect(b.markTop).toBeLessThan(b.taBottom);
    await hoverHighlight(page, PLACEHOLDER);
    expect(await cardText(page)).toContain(PLACEHOLDER);
    await screenshot(page, 'textarea-long-scrolled');
    // Resizing the textarea (its grip) re-lays the mirror to the new size.
    await page.evaluate(() => {
      document.querySelector('textarea')!.style.height = '320px';
    });
    await page.waitForFunction(() => {
      const m = document.querySelector('reply-coach-ui')!.shadowRoot!.querySelector('.mirror') as HTMLElement;
      return Math.round(m.getBoundingClientRect().height) === Math.round(document.querySelector('textarea')!.getBoundingClientRect().height); // prettier-ignore
    });
    await page.close();
  });
});

describe('fallback highlight boxes (browsers without the CSS Highlight API)', () => {
  it('boxes sit on the placeholder and follow the composer scroll', async () => {
    const page = await openFixture(session, 'prosemirror');
    // Restart the page's runtime with boxes forced, as where CSS.highlights is missing.
    const mode = await inContentScript(
      page,
      `(() => { const old = globalThis.__replyCoach; const R = old.constructor; old.stop();
         const rt = new R(old.adapter, { forceBoxes: true, messaging: false }).start(); globalThis.__replyCoach = rt;
         return [...rt.controllers.values()].map((c) => c.layer.mode).join(); })()`,
    );
    expect(mode).toBe('boxes');
    await typeLongDraft(page, EDITABLE.prosemirror);
    const boxOf = () =>
      page.evaluate(() => {
        const boxes = [
          ...document.querySelector('reply-coach-ui')!.shadowRoot!.querySelectorAll('.box.error'),
        ] as HTMLElement[];
        const r = boxes[0]?.getBoundingClientRect();
        return r && r.width > 0 ? { x: r.left, y: r.top, width: r.width, height: r.height, n: boxes.length } : null;
      });
    await page.waitForFunction(
      () => !!document.querySelector('reply-coach-ui')!.shadowRoot!.querySelector('.box.error'),
    );
    for (const top of [250, 330, 380]) {
      const before = await boxOf();
      await page.evaluate((t) => {
        document.querySelector('#composer')!.scrollTop = t;
      }, top);
      // The boxes are redrawn on the next frame after the scroll.
      await page.waitForFunction((prevY) => {
        const b = document.querySelector('reply-coach-ui')!.shadowRoot!.querySelector('.box.error');
        return !!b && b.getBoundingClientRect().top !== prevY;
      }, before?.y ?? -1);
      const box = await boxOf();
      expect(box).not.toBeNull();
      expect(box!.n).toBe(1);
      expect(await textAt(page, box!.x + box!.width / 2, box!.y + box!.height / 2)).toContain(PLACEHOLDER);
    }
    const box = (await boxOf())!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 2 });
    await page.locator(`${CARD}:not([hidden])`).waitFor();
    expect(await cardText(page)).toContain(PLACEHOLDER);
    await screenshot(page, 'prosemirror-boxes-fallback');
    await page.close();
  });
});

describe('keyboard focus of a highlight', () => {
  for (const name of ['zendesk', 'textarea'] as const) {
    it(`${name}: moving the caret into a highlight opens its card without taking focus; moving out closes it`, async () => {
      const page = await openFixture(session, name);
      await typeDraft(page, name, [`Hi ${PLACEHOLDER}, the new lamp ships today.`]);
      await waitForHighlight(page, PLACEHOLDER);
      await page.keyboard.press('Home');
      expect(await page.locator(`${CARD}:not([hidden])`).count()).toBe(0);
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await page.locator(`${CARD}:not([hidden])`).waitFor();
      expect(await cardText(page)).toContain(PLACEHOLDER);
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('REPLY-COACH-UI');
      await page.keyboard.press('End');
      await page.locator(`${CARD}[hidden]`).waitFor({ state: 'attached' });
      await page.close();
    });
  }
});

describe('manifest', () => {
  it('asks for no broad host access; the generic script is registered at runtime only', () => {
    const dir = inject('extensionDir');
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      host_permissions?: string[];
      permissions?: string[];
      content_scripts?: { matches: string[]; js: string[] }[];
    };
    const broad = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*)$/;
    expect(m.host_permissions ?? []).toEqual([]);
    expect((m.permissions ?? []).filter((p) => broad.test(p))).toEqual([]);
    const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
    expect(matches.filter((p) => broad.test(p) || /^https?:\/\/\*\//.test(p))).toEqual([]);
    expect((m.content_scripts ?? []).flatMap((c) => c.js)).not.toContain('content-scripts/generic.js');
    expect(fs.existsSync(path.join(dir, 'content-scripts/generic.js'))).toBe(true);
  });
});

describe('Zendesk-like ticket', () => {
  it('an internal note is not coached; switching to a public reply coaches it', async () => {
    const page = await openFixture(session, 'zendesk');
    await page.click('#switch-to-note'); // → Internal note
    await typeDraft(page, 'zendesk', [`Note: customer ${PLACEHOLDER} called, refund approved.`]);
    // Sending a note is not gated (the gate analyses synchronously: it would have seen the placeholder).
    await page.click('[data-test-id="submit_button-button"]');
    await page.waitForFunction(() => (window as unknown as { fixture: { sent: number } }).fixture.sent === 1);
    expect(await page.locator('reply-coach-ui [role="alertdialog"]').count()).toBe(0);
    expect(await highlightTexts(page, 'error')).toEqual([]);
    await page.click('#switch-to-note'); // → public reply
    await waitForHighlight(page, PLACEHOLDER);
    await page.click('#switch-to-note'); // → note again: highlights go
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reply-coach-error');
      return !h || h.size === 0;
    });
    await page.close();
  });

  it('a fix inside bold text keeps the formatting (CKEditor model)', async () => {
    const page = await openFixture(session, 'zendesk');
    await page.click(EDITABLE.zendesk);
    await page.keyboard.type('Hi ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(PLACEHOLDER);
    await page.keyboard.press('Control+b');
    await page.keyboard.type(', the new lamp ships today.');
    const data = () => page.evaluate(() => (window as unknown as { editor: { getData(): string } }).editor.getData());
    expect(await data()).toBe(`<p>Hi <strong>${PLACEHOLDER}</strong>, the new lamp ships today.</p>`);
    await waitForHighlight(page, PLACEHOLDER);
    await hoverHighlight(page, PLACEHOLDER);
    await page.locator(`${CARD} button[data-fix="0"]`).click();
    await waitForModel(page, 'Hi Dana, the new lamp ships today.');
    expect(await data()).toBe('<p>Hi <strong>Dana</strong>, the new lamp ships today.</p>');
    await page.locator(`${CARD}[hidden]`).waitFor({ state: 'attached' });
    await page.keyboard.press('Control+z');
    await waitForModel(page, `Hi ${PLACEHOLDER}, the new lamp ships today.`);
    expect(await data()).toBe(`<p>Hi <strong>${PLACEHOLDER}</strong>, the new lamp ships today.</p>`);
    await page.close();
  });

  it('several tickets open: only the selected tab is coached, and coaching follows the tab', async () => {
    const page = await openFixture(session, 'zendesk-tabs');
    const errors = () => highlightTexts(page, 'error');
    await page.click('[data-pane="1042"] .ck-editor__editable');
    await page.keyboard.type(`Hi ${PLACEHOLDER}, the new lamp ships today.`);
    await waitForHighlight(page, PLACEHOLDER);
    // Switch to ticket 1043: 1042's highlights go, and 1043's draft is coached.
    await page.click('[data-test-id="header-tab"][data-entity-id="1043"]');
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reply-coach-error');
      return !h || h.size === 0;
    });
    await page.click('[data-pane="1043"] .ck-editor__editable');
    await page.keyboard.type('Hi [NAME], your refund is on its way.');
    await waitForHighlight(page, '[NAME]');
    expect(await errors()).toEqual(['[NAME]']);
    // The send gate follows the active ticket too.
    await page.click('[data-pane="1043"] [data-test-id="submit_button-button"]');
    const dialog = page.locator('reply-coach-ui [role="alertdialog"]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('[NAME]');
    expect(await dialog.textContent()).not.toContain(PLACEHOLDER);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Back to 1042: its placeholder is highlighted again, 1043's is not.
    await page.click('[data-test-id="header-tab"][data-entity-id="1042"]');
    await waitForHighlight(page, PLACEHOLDER);
    expect(await errors()).toEqual([PLACEHOLDER]);
    await page.close();
  });

  it('send gate (warn): the dialog names the placeholder; Fix opens its card; Send anyway sends; Ctrl+Enter is gated too', async () => {
    const page = await openFixture(session, 'zendesk');
    const sent = () => page.evaluate(() => (window as unknown as { fixture: { sent: number } }).fixture.sent);
    await typeDraft(page, 'zendesk', [`Hi ${PLACEHOLDER},`, 'Your replacement ships today.', 'Best regards,', 'Sam']);
    const dialog = page.locator('reply-coach-ui [role="alertdialog"]');

    await page.click('[data-test-id="submit_button-button"]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await dialog.textContent()).toContain(PLACEHOLDER);
    expect(await sent()).toBe(0);
    await screenshot(page, 'zendesk-send-gate');
    await dialog.locator('button[data-choice="fix"]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`${CARD}:not([hidden])`).waitFor();
    expect(await cardText(page)).toContain(PLACEHOLDER);
    await page.keyboard.press('Escape');

    await page.click('[data-test-id="submit_button-button"]');
    await dialog.waitFor();
    await dialog.locator('button[data-choice="send"]').click();
    await page.waitForFunction(() => (window as unknown as { fixture: { sent: number } }).fixture.sent === 1);

    await page.click(EDITABLE.zendesk);
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape'); // keep editing
    await dialog.waitFor({ state: 'detached' });
    expect(await sent()).toBe(1);
    expect(await page.evaluate(() => !!document.activeElement?.closest('.ck-editor__editable'))).toBe(true);

    // Fix it, then Ctrl+Enter sends without a dialog.
    await hoverHighlight(page, PLACEHOLDER);
    await page.locator(`${CARD} button[data-fix="0"]`).click();
    await waitForModel(page, 'Hi Dana,\nYour replacement ships today.\nBest regards,\nSam');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => (window as unknown as { fixture: { sent: number } }).fixture.sent === 2);
    expect(await dialog.count()).toBe(0);
    await page.close();
  });

  it('send gate (block, from storage): no "Send anyway"', async () => {
    await session.serviceWorker.evaluate(
      () =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ sendGate: 'block' }), // prettier-ignore
    );
    try {
      const page = await openFixture(session, 'zendesk');
      await typeDraft(page, 'zendesk', [`Hi ${PLACEHOLDER}, your replacement ships today.`]);
      await page.click('[data-test-id="submit_button-button"]');
      const dialog = page.locator('reply-coach-ui [role="alertdialog"]');
      await dialog.waitFor();
      expect(await dialog.locator('button[data-choice="send"]').count()).toBe(0);
      expect(await dialog.locator('button[data-choice="fix"]').count()).toBe(1);
      expect(await page.evaluate(() => (window as unknown as { fixture: { sent: number } }).fixture.sent)).toBe(0);
      await page.close();
    } finally {
      await session.serviceWorker.evaluate(
        () =>
        (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('sendGate'), // prettier-ignore
      );
    }
  });

  it('the report reaches the extension, and the panel can apply fixes through messaging (insertions too)', async () => {
    const page = await openFixture(session, 'zendesk');
    const lines = [`Hi ${PLACEHOLDER},`, 'Your replacement ships today.', 'Sam'];
    await typeDraft(page, 'zendesk', lines);
    await waitForHighlight(page, PLACEHOLDER);
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    type Update = {
      site: string;
      composerId: string;
      tabId: number;
      report: { findings: { ruleId: string; actual: string; start: number; end: number; fixes: { edits: { start: number; end: number; text: string }[] }[] }[] }; // prettier-ignore
    };
    // Ask for every tab's report (tab URLs are hidden without the "tabs" permission): one answers.
    const latest = async (): Promise<Update> => {
      const updates = (await panel.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome; // prettier-ignore
        const tabs = await c.tabs.query({});
        const all = await Promise.all(tabs.map((t) => c.runtime.sendMessage({ type: 'report:get', payload: { tabId: t.id } }))); // prettier-ignore
        return all.filter(Boolean);
      })) as Update[];
      expect(updates).toHaveLength(1);
      return updates[0]!;
    };
    const toTab = (tabId: number, message: object) =>
      panel.evaluate(
        ({ tabId, message }) =>
          (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(tabId, message), // prettier-ignore
        { tabId, message },
      ) as Promise<{ ok: boolean; error?: string }>;

    const u = await latest();
    expect(u.site).toBe('zendesk');
    const ph = u.report.findings.findIndex((f) => f.ruleId === 'placeholder' && f.actual === PLACEHOLDER);
    expect(ph).toBeGreaterThanOrEqual(0);
    const draft = lines.join('\n');
    const r = await toTab(u.tabId, {
      type: 'fix:apply',
      payload: { composerId: u.composerId, findingIndex: ph, fixIndex: 0 },
    });
    expect(r).toEqual({ ok: true });
    await waitForModel(page, draft.replace(PLACEHOLDER, 'Dana'));
    await page.bringToFront();
    await page.keyboard.press('Control+z');
    await waitForModel(page, draft);

    // An insertion fix (a finding about something missing, start === end), whichever rule offers one:
    // the model must hold exactly the draft with the edits applied, and one undo restores the draft.
    await waitForHighlight(page, PLACEHOLDER);
    const v = await latest();
    const insertion = v.report.findings.findIndex((f) => f.start === f.end && f.fixes.length > 0);
    if (insertion >= 0) {
      const fix = v.report.findings[insertion]!.fixes[0]!;
      let expected = draft;
      for (const e of [...fix.edits].sort((a, b) => b.start - a.start))
        expected = expected.slice(0, e.start) + e.text + expected.slice(e.end);
      const r2 = await toTab(v.tabId, { type: 'fix:apply', payload: { composerId: v.composerId, findingIndex: insertion, fixIndex: 0 } }); // prettier-ignore
      // Either applied exactly, or refused/rolled back with the text intact: never half-applied.
      if (r2.ok) {
        await waitForModel(page, expected.replace(/\n+$/, ''));
        await page.bringToFront();
        await page.keyboard.press('Control+z');
        await waitForModel(page, draft);
      } else expect(await modelText(page)).toBe(draft);
    }
    await panel.close();
    await page.close();
  });
});
