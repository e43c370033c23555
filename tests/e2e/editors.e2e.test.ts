// For each editor (real libraries): type a draft with the keyboard, check the highlights sit on the
// right words, open the card by hover, apply a fix, check the editor's own model holds exactly the
// fixed text with the caret after it, undo once and get exactly the original back; then the same through
// the keyboard commands (next finding → card with focus → Enter applies).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CARD,
  caretContext,
  cardText,
  command,
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
  type FixtureName,
  type Session,
  closeAfterTests,
  PLACEHOLDER,
} from './harness';

const CARD_NUMBER = '4111 1111 1111 1111';
const MASKED = '•••• •••• •••• 1111';
const LINES = [
  `Hi ${PLACEHOLDER},`,
  `I am sorry the order arrived damaged 🙁 and I have refunded the card ${CARD_NUMBER} today.`,
  'A replacement ships tomorrow morning and I will email you the tracking number.',
  'Best regards,',
  'Sam',
];
const DRAFT = LINES.join('\n');

interface Case {
  name: FixtureName;
  /** The finding whose fix the test applies, and the text it must become. */
  target: string;
  replacement: string;
}

// Zendesk and Gmail adapters read the customer's name from the thread, so the placeholder has a fix;
// on the other hosts the generic adapter knows no name, so the test applies the card-number mask.
const CASES: Case[] = [
  { name: 'zendesk', target: PLACEHOLDER, replacement: 'Dana' },
  { name: 'gmail', target: PLACEHOLDER, replacement: 'Dana' },
  { name: 'prosemirror', target: CARD_NUMBER, replacement: MASKED },
  { name: 'quill', target: CARD_NUMBER, replacement: MASKED },
  { name: 'lexical', target: CARD_NUMBER, replacement: MASKED },
  { name: 'textarea', target: CARD_NUMBER, replacement: MASKED },
];

let session: Session;
beforeAll(async () => {
  session = await launch();
});
closeAfterTests(() => session);

describe.each(CASES)('$name', ({ name, target, replacement }) => {
  const fixed = DRAFT.replace(target, replacement);

  it('highlights, card on hover, fix in the model, one undo restores the original', async () => {
    const page = await openFixture(session, name);
    await typeDraft(page, name, LINES);
    await waitForModel(page, DRAFT);
    await waitForHighlight(page, PLACEHOLDER);
    await waitForHighlight(page, CARD_NUMBER);
    // Every error highlight is exactly one of the two errors in the draft (nothing shifted).
    const errors = await highlightTexts(page, 'error');
    expect(errors.sort()).toEqual([CARD_NUMBER, PLACEHOLDER].sort());
    // No highlight lies on text outside the draft (e.g. Gmail's signature holds "TBD").
    for (const sev of ['warning', 'suggestion'])
      for (const t of await highlightTexts(page, sev)) expect(DRAFT).toContain(t);

    await hoverHighlight(page, target);
    const card = await cardText(page);
    expect(card).toContain(target === PLACEHOLDER ? 'Unfilled' : 'card');
    expect(await page.locator(CARD).getAttribute('role')).toBe('dialog');
    await screenshot(page, `${name}-card`);

    await page.locator(`${CARD} button[data-fix="0"]`).click();
    await waitForModel(page, fixed);
    await page.locator(`${CARD}[hidden]`).waitFor({ state: 'attached' });
    const caret = await caretContext(page, name);
    expect(caret.collapsed).toBe(true);
    expect(caret.before.replace(/\s+/g, ' ').endsWith(fixed.slice(0, fixed.indexOf(replacement) + replacement.length).split('\n').pop()!)).toBe(true); // prettier-ignore
    // The highlight of the fixed finding is gone, the other error is still highlighted.
    await waitForHighlight(page, target === PLACEHOLDER ? CARD_NUMBER : PLACEHOLDER);
    expect(await highlightTexts(page, 'error')).not.toContain(target);

    await page.keyboard.press('Control+z');
    await waitForModel(page, DRAFT);
    expect(await modelText(page)).toBe(DRAFT);
    await waitForHighlight(page, target);
    await page.close();
  });

  it('a multi-line insertion (a missing closing line before the sign-off) is one exact edit and one undo', async () => {
    const page = await openFixture(session, name);
    await typeDraft(page, name, LINES);
    await waitForModel(page, DRAFT);
    await waitForHighlight(page, PLACEHOLDER);
    // The in-page fix chain with an insertion fix shaped like missing-closing's, whatever the rules offer now.
    const at = DRAFT.indexOf('Best regards,');
    const text = 'Is there anything else I can help with?\n';
    const result = await inContentScript(
      page,
      `(async () => {
        const ctrl = [...globalThis.__replyCoach.controllers.values()].find((c) => c.coached);
        const finding = { fixes: [{ label: 'Add a closing line', edits: [{ start: ${at}, end: ${at}, text: ${JSON.stringify(text)} }] }] };
        return (await ctrl.applyFix(finding, 0)) ?? 'ok';
      })()`,
    );
    expect(result).toBe('ok');
    await waitForModel(page, DRAFT.slice(0, at) + text + DRAFT.slice(at));
    await page.keyboard.press('Control+z');
    await waitForModel(page, DRAFT);
    await page.close();
  });

  it('keyboard: next finding opens the card with focus, Escape closes, Enter applies; apply-first-fix at the selection', async () => {
    const page = await openFixture(session, name);
    await typeDraft(page, name, LINES);
    await waitForModel(page, DRAFT);
    await waitForHighlight(page, target);
    // Walk the findings with the command until the card names the target.
    let found = false;
    for (let i = 0; i < 12 && !found; i++) {
      expect(await command(session, page, 'next-finding')).toBe(true);
      await page.locator(`${CARD}:not([hidden])`).waitFor();
      found = (await cardText(page)).includes(target);
    }
    expect(found).toBe(true);
    const focused = await page.evaluate(() => {
      const host = document.querySelector('reply-coach-ui');
      return document.activeElement === host
        ? (host!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.fix
        : null;
    });
    expect(focused).toBe('0');
    await screenshot(page, `${name}-keyboard-card`);

    // Escape closes the card and gives the reply its focus back.
    await page.keyboard.press('Escape');
    await page.locator(`${CARD}[hidden]`).waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.tagName !== 'REPLY-COACH-UI')).toBe(true);

    // Open it again with the real keyboard chord (Alt+Shift+N: headless Chromium leaves the command
    // unbound, so the page sees it and the content script handles it) and press Enter on the fix.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Alt+Shift+N');
      await page.locator(`${CARD}:not([hidden])`).waitFor();
      if ((await cardText(page)).includes(target)) break;
    }
    expect(await cardText(page)).toContain(target);
    await page.keyboard.press('Enter');
    await waitForModel(page, fixed);
    await page.locator(`${CARD}[hidden]`).waitFor({ state: 'attached' }); // the fix is verified and done
    await page.keyboard.press('Control+z');
    await waitForModel(page, DRAFT);

    // "Apply first fix" on the finding the selection is in: select it (next finding), close the card
    // with Escape (the finding stays selected in the reply), then the command.
    await waitForHighlight(page, target);
    for (let i = 0; i < 12; i++) {
      await command(session, page, 'next-finding');
      await page.locator(`${CARD}:not([hidden])`).waitFor();
      if ((await cardText(page)).includes(target)) break;
    }
    await page.keyboard.press('Escape');
    await page.locator(`${CARD}[hidden]`).waitFor({ state: 'attached' });
    expect(await command(session, page, 'apply-first-fix')).toBe(true);
    await waitForModel(page, fixed);
    await page.keyboard.press('Control+z');
    await waitForModel(page, DRAFT);
    await page.close();
  });
});
