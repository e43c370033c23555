// The Firefox add-on at run time: the built .output/firefox-mv3 installed in Debian's firefox-esr
// (WebDriver BiDi through puppeteer-core, tests/e2e/firefox-harness.ts), on the Gmail-like
// contenteditable and the textarea fixtures. Type a draft with the keyboard, wait for the highlights
// on its words, apply a finding's first fix from its card (mouse) and with the keyboard chords
// (Alt+Shift+N, Alt+Shift+F), and check the editor's own model changed exactly in the finding's range.
//
// Without a Firefox (none found, and not root on Debian to install firefox-esr) the tests are skipped
// with the reason; under CI=true they fail instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXT_DIR, buildExtension } from '../../lib/cli/demo/browser';
import { FirefoxNotFound, ensureFirefox } from '../../lib/cli/firefox';
import {
  WAIT,
  CARD,
  cardText,
  highlightTexts,
  hoverHighlight,
  launchFirefox,
  modelText,
  openFixture,
  typeDraft,
  waitForCard,
  waitForHighlight,
  waitForModel,
  type FirefoxSession,
  type FixtureName,
} from './firefox-harness';
import { PLACEHOLDER } from './harness';

let firefoxPath: string | null = null;
let missing = '';
try {
  firefoxPath = ensureFirefox();
} catch (e) {
  if (!(e instanceof FirefoxNotFound)) throw e;
  missing = e.message;
}
const CI = process.env.CI === 'true';
if (!firefoxPath && !CI) process.stderr.write(`\nFirefox e2e tests skipped: ${missing}\n`);

const CARD_NUMBER = '4111 1111 1111 1111';
const MASKED = '•••• •••• •••• 1111';
const TONE = "Unfortunately we can't refund it ASAP.";
const LINES = [`Hi ${PLACEHOLDER},`, TONE, `I have refunded the card ${CARD_NUMBER} today.`, 'Best regards,', 'Sam'];
const DRAFT = LINES.join('\n');

// As in editors.e2e.test.ts: the Gmail adapter reads the customer's name from the thread, so the
// placeholder's first fix is that name; on the textarea (Freshdesk) host the test masks the card number.
const CASES: { name: FixtureName; target: string; replacement: string }[] = [
  { name: 'gmail', target: PLACEHOLDER, replacement: 'Dana' },
  { name: 'textarea', target: CARD_NUMBER, replacement: MASKED },
];

/** The draft with exactly the target's range replaced (the target occurs once). */
function fixedDraft(target: string, replacement: string): string {
  const at = DRAFT.indexOf(target);
  expect(DRAFT.indexOf(target, at + 1)).toBe(-1);
  return DRAFT.slice(0, at) + replacement + DRAFT.slice(at + target.length);
}

if (!firefoxPath && CI)
  describe('Firefox', () => {
    it('has a Firefox to run the add-on in (required under CI=true)', () => {
      throw new FirefoxNotFound(missing);
    });
  });

describe.skipIf(!firefoxPath)(`Firefox add-on (${firefoxPath ?? 'no Firefox'})`, () => {
  let session: FirefoxSession | undefined;
  let snapshot = '';

  beforeAll(async () => {
    // Build .output/firefox-mv3 when missing or older than its sources, and load a private copy of it
    // (a rebuild by anyone else during the run cannot change what the browser loads).
    buildExtension(false, 'firefox');
    snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-coach-firefox-ext-'));
    fs.cpSync(FIREFOX_EXT_DIR, snapshot, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(snapshot, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    session = await launchFirefox({ executablePath: firefoxPath!, extensionDir: snapshot });
    // Firefox installed the add-on under the id its manifest declares.
    expect(session.addonId).toBe(manifest.browser_specific_settings?.gecko?.id);
  }, WAIT.launch + 60_000);

  afterEach(async () => {
    if (session) for (const p of await session.browser.pages()) if (p.url() !== 'about:blank') await p.close();
  });

  afterAll(async () => {
    const s = session;
    await s?.close();
    if (snapshot) fs.rmSync(snapshot, { recursive: true, force: true });
    if (s) {
      process.stdout.write(`firefox requests: ${s.requests.length} seen, ${s.stray.length} to non-fixture hosts\n`);
      expect(s.requests.length).toBeGreaterThan(0);
      expect(s.stray, 'requests to non-fixture hosts').toEqual([]);
    }
  });

  describe.each(CASES)('$name', ({ name, target, replacement }) => {
    const fixed = fixedDraft(target, replacement);

    it(
      'highlights appear on the draft’s words; the card’s first fix changes exactly the finding',
      async () => {
        const page = await openFixture(session!, name);
        await typeDraft(page, name, LINES);
        await waitForModel(page, DRAFT);
        await waitForHighlight(page, PLACEHOLDER);
        await waitForHighlight(page, CARD_NUMBER);
        // Every error highlight is one of the draft's two errors, on exactly their words.
        expect((await highlightTexts(page, 'error')).sort()).toEqual([CARD_NUMBER, PLACEHOLDER].sort());
        // The tone line is coached too, and no highlight lies outside the draft (Gmail's signature has "TBD").
        const soft = [...(await highlightTexts(page, 'warning')), ...(await highlightTexts(page, 'suggestion'))];
        expect(soft.some((t) => TONE.includes(t))).toBe(true);
        for (const t of soft) expect(DRAFT).toContain(t);

        await hoverHighlight(page, target);
        expect(await cardText(page)).toContain(target);
        await page.click(`${CARD} button[data-fix="0"]`);
        await waitForModel(page, fixed);
        expect(await modelText(page)).toBe(fixed);
        await waitForCard(page, false);
        // The fixed finding's highlight goes, the other error's stays.
        await waitForHighlight(page, target === PLACEHOLDER ? CARD_NUMBER : PLACEHOLDER);
        expect(await highlightTexts(page, 'error')).not.toContain(target);
      },
      WAIT.script * 4,
    );

    // Firefox binds the manifest's commands to these chords (here the page never sees the KeyN keydown),
    // so this goes browser shortcut → background's commands.onCommand → the tab's content script.
    it(
      'keyboard: Alt+Shift+N walks to the finding, Alt+Shift+F applies its first fix',
      async () => {
        const page = await openFixture(session!, name);
        await typeDraft(page, name, LINES);
        await waitForModel(page, DRAFT);
        await waitForHighlight(page, target);
        let found = false;
        for (let i = 0; i < 12 && !found; i++) {
          await page.keyboard.down('Alt');
          await page.keyboard.down('Shift');
          await page.keyboard.press('KeyN');
          await page.keyboard.up('Shift');
          await page.keyboard.up('Alt');
          await waitForCard(page, true);
          found = (await cardText(page)).includes(target);
        }
        expect(found).toBe(true);
        expect(await modelText(page)).toBe(DRAFT); // walking changes nothing
        await page.keyboard.down('Alt');
        await page.keyboard.down('Shift');
        await page.keyboard.press('KeyF');
        await page.keyboard.up('Shift');
        await page.keyboard.up('Alt');
        await waitForModel(page, fixed);
        expect(await modelText(page)).toBe(fixed);
      },
      WAIT.script * 4,
    );
  });
});
