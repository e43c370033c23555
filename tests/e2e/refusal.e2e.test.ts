// When the editor refuses a fix or mangles it, Reply Coach says so and leaves the reply exactly as it
// was; when the extension goes away (reload/update), the orphaned content script removes itself.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CARD,
  hoverHighlight,
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

const LINES = [`Hi ${PLACEHOLDER},`, 'Your replacement ships today.', 'Best regards,', 'Sam'];
const DRAFT = LINES.join('\n');

let session: Session;
beforeAll(async () => {
  session = await launch();
});
closeAfterTests(() => session);

describe('fixes the editor does not take', () => {
  it('an editor that refuses every edit: the card says so and nothing changes', async () => {
    const page = await openFixture(session, 'gmail');
    await typeDraft(page, 'gmail', LINES);
    await waitForHighlight(page, PLACEHOLDER);
    // From now on the editor reverts every change it did not make itself (as CKEditor does with DOM
    // changes that bypass its model): each input is undone at once.
    await page.evaluate(() => {
      const body = document.querySelector('[g_editable="true"]')!;
      body.addEventListener('input', (e) => {
        // (a task later: Chromium ignores execCommand called from inside an input handler)
        if ((e as InputEvent).inputType !== 'historyUndo') setTimeout(() => document.execCommand('undo'));
      });
    });
    await hoverHighlight(page, PLACEHOLDER);
    await page.locator(`${CARD} button[data-fix="0"]`).click();
    const note = page.locator(`${CARD} [role="alert"]:not([hidden])`);
    await note.waitFor();
    expect(await note.textContent()).toMatch(/refused.*nothing was changed/i);
    await screenshot(page, 'gmail-refused-fix');
    expect(await modelText(page)).toBe(DRAFT);
    await page.close();
  });

  it('an editor that mangles the fix: it is rolled back, the agent is told, the text is the original', async () => {
    const page = await openFixture(session, 'gmail');
    await typeDraft(page, 'gmail', LINES);
    await waitForHighlight(page, PLACEHOLDER);
    // The page appends "!!" (through its own undoable edit) whenever a replacement comes in.
    await page.evaluate(() => {
      const body = document.querySelector('[g_editable="true"]')!;
      body.addEventListener('input', (e) => {
        if ((e as InputEvent).inputType === 'insertText' && (e as InputEvent).data === 'Dana')
          setTimeout(() => document.execCommand('insertText', false, '!!'));
      });
    });
    await hoverHighlight(page, PLACEHOLDER);
    await page.locator(`${CARD} button[data-fix="0"]`).click();
    const note = page.locator(`${CARD} [role="alert"]:not([hidden])`);
    await note.waitFor();
    expect(await note.textContent()).toMatch(/undone: nothing was changed/i);
    await waitForModel(page, DRAFT);
    await page.close();
  });
});

describe('extension reload', () => {
  it('the orphaned content script removes its UI and highlights on the next event', async () => {
    const page = await openFixture(session, 'zendesk');
    await typeDraft(page, 'zendesk', LINES);
    await waitForHighlight(page, PLACEHOLDER);
    await session.serviceWorker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined); // the worker goes away while answering
    await page.click('.ck-editor__editable');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ok');
    await page.waitForFunction(() => !document.querySelector('reply-coach-ui'));
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reply-coach-error');
      return !h || h.size === 0;
    });
    expect(await modelText(page)).toBe(`${DRAFT} ok`);
    await page.close();
  });
});
