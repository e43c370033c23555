// The team lead's and the agent's controls, in the real browser with the built extension: a pack
// imported on the options page changes what the content script flags; "ignore once" from the side panel
// removes a highlight until the text changes; "turn off for me" and its undo; the toolbar badge counts
// the findings; usage counts are kept as numbers.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  closeAfterTests,
  EDITABLE,
  highlightTexts,
  launch,
  openFixture,
  PLACEHOLDER,
  screenshot,
  typeDraft,
  waitForHighlight,
  type Session,
} from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
closeAfterTests(() => session);

interface Update {
  composerId: string;
  tabId: number;
  ignored?: number[];
  report: { findings: { ruleId: string; severity: string; actual: string }[] } | null;
}

/** An extension page to ask the background from (tab URLs are hidden without the "tabs" permission). */
async function extensionPage(): Promise<Page> {
  const p = await session.context.newPage();
  await p.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return p;
}

/** The one tab that has a report, and its report. */
async function coachedTab(ext: Page): Promise<Update> {
  const all = (await ext.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome; // prettier-ignore
    const tabs = await c.tabs.query({});
    const got = await Promise.all(tabs.map((t) => c.runtime.sendMessage({ type: 'report:get', payload: { tabId: t.id } }))); // prettier-ignore
    return got.filter((u) => u && (u as Update).report);
  })) as Update[];
  expect(all).toHaveLength(1);
  return all[0]!;
}

async function badgeText(tabId: number): Promise<string> {
  return session.serviceWorker.evaluate(
    (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), // prettier-ignore
    tabId,
  );
}

async function waitNoHighlight(page: Page, text: string, severity: string): Promise<void> {
  await expect.poll(async () => (await highlightTexts(page, severity)).includes(text), { timeout: 10_000 }).toBe(false);
}

const PACK = {
  format: 'reply-coach-pack',
  version: 1,
  name: 'E2E team',
  phrases: { banned: [{ phrase: 're:\\bgoodwill gesture\\b' }] },
  examples: [{ name: 'banned', draft: 'Hi Sam,\n\nAs a goodwill gesture we refunded it.\n\nThanks, Kim', expect: ['negative-language'] }], // prettier-ignore
};

async function importOnOptions(pack: object): Promise<string> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.fill('#pack-text', JSON.stringify(pack, null, 2));
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  const status = options.locator('.savebar [role="status"]');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).toMatch(/pack/);
  const text = (await status.textContent()) ?? '';
  await screenshot(options, 'team-options-import');
  await options.close();
  return text;
}

describe('a team pack imported on the options page', () => {
  it('changes what the content script flags on the page; a pack whose example fails is not applied', async () => {
    const page = await openFixture(session, 'textarea');
    await typeDraft(page, 'textarea', ['Hi Sam,', 'As a goodwill gesture we have refunded the delivery charge.', 'Thanks, Kim']); // prettier-ignore
    const ext = await extensionPage();
    // Analysed at least once (the report of the draft reached the extension).
    const words = async () => ((await coachedTab(ext).catch(() => null))?.report as { stats?: { words: number } } | undefined)?.stats?.words ?? 0; // prettier-ignore
    await expect.poll(words, { timeout: 10_000 }).toBeGreaterThanOrEqual(12);
    await ext.close();
    expect(await highlightTexts(page, 'warning')).not.toContain('goodwill gesture');

    // A pack whose own example fails: refused, nothing changes on the page.
    const failing = { ...PACK, examples: [{ draft: 'Hi Sam, all sorted. Thanks, Kim', expect: ['blame'] }] };
    expect(await importOnOptions(failing)).toMatch(/was not imported: 1 example failing/);
    await page.waitForTimeout(800);
    expect(await highlightTexts(page, 'warning')).not.toContain('goodwill gesture');

    expect(await importOnOptions(PACK)).toMatch(/Imported the team pack “E2E team”/);
    await page.bringToFront();
    await waitForHighlight(page, 'goodwill gesture', 'warning');
    await screenshot(page, 'team-pack-applied');
    // Clean up: no team pack for the next tests.
    await session.serviceWorker.evaluate(
      () =>
      (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('teamPack'), // prettier-ignore
    );
    await waitNoHighlight(page, 'goodwill gesture', 'warning');
  });
});

describe('the side panel and the badge', () => {
  it('"ignore once" removes the highlight until the text changes, and the badge counts what is left', async () => {
    const page = await openFixture(session, 'zendesk');
    const lines = [`Hi ${PLACEHOLDER},`, 'Your replacement ships today.', 'Sam'];
    await typeDraft(page, 'zendesk', lines);
    await waitForHighlight(page, PLACEHOLDER);
    const ext = await extensionPage();
    const u = await coachedTab(ext);
    const counted = (x: Update) =>
      (x.report?.findings ?? []).filter((f, i) => !(x.ignored ?? []).includes(i) && f.severity !== 'suggestion').length; // prettier-ignore
    await expect.poll(() => badgeText(u.tabId)).toBe(String(counted(u)));
    expect(counted(u)).toBeGreaterThan(0);

    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${u.tabId}`);
    const card = panel.locator('li.finding[data-rule="placeholder"]');
    await card.getByRole('button', { name: /^Ignore once/ }).click();
    await expect.poll(async () => (await panel.locator('[role="status"]').textContent()) ?? '').toMatch(/Ignored/);
    await waitNoHighlight(page, PLACEHOLDER, 'error');
    await expect(panel.locator('li.finding[data-rule="placeholder"]').count()).resolves.toBe(0);
    const after = await coachedTab(ext);
    expect(after.ignored?.length).toBe(1);
    await expect.poll(() => badgeText(u.tabId)).toBe(counted(after) ? String(counted(after)) : '');
    expect(counted(after)).toBe(counted(u) - 1);
    await screenshot(panel, 'team-panel-ignored');

    // Typing elsewhere keeps it ignored…
    await page.bringToFront();
    await page.click(EDITABLE.zendesk);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thanks');
    await page.waitForTimeout(800);
    expect(await highlightTexts(page, 'error')).not.toContain(PLACEHOLDER);
    // …until the flagged words change: gone from the reply, then typed again, it is flagged again.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(800);
    await typeDraft(page, 'zendesk', lines);
    await waitForHighlight(page, PLACEHOLDER);
    await expect.poll(async () => badgeText((await coachedTab(ext)).tabId)).toBe(String(counted(u)));
    await panel.close();
    await ext.close();
  });

  it('"turn off for me" stops a rule for this agent, and Undo brings it back', async () => {
    const page = await openFixture(session, 'zendesk');
    await typeDraft(page, 'zendesk', [`Hi ${PLACEHOLDER},`, 'Unfortunately it ships soon.', 'Sam']);
    await waitForHighlight(page, 'soon', 'warning');
    const ext = await extensionPage();
    const u = await coachedTab(ext);
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${u.tabId}`);
    await panel
      .locator('li.finding[data-rule="vague-timeframe"]')
      .getByRole('button', { name: /Turn off vague-timeframe for me/ })
      .click();
    await waitNoHighlight(page, 'soon', 'warning');
    await expect
      .poll(
        async () =>
          (await panel
            .locator('.off-list')
            .textContent()
            .catch(() => '')) ?? '',
      )
      .toContain('vague-timeframe');
    await panel.locator('[role="status"]').getByRole('button', { name: 'Undo' }).click();
    await waitForHighlight(page, 'soon', 'warning');
    expect(
      await session.serviceWorker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('agentOff')).agentOff), // prettier-ignore
    ).toEqual([]);
    await panel.close();
    await ext.close();
  });

  it('usage counts are numbers in storage, counted as findings fire', async () => {
    const page = await openFixture(session, 'textarea');
    await typeDraft(page, 'textarea', ['Hi [NAME],', 'Your order ships today.', 'Kim']);
    await waitForHighlight(page, '[NAME]');
    const usage = async () =>
      session.serviceWorker.evaluate(async () => {
        const g = globalThis as unknown as { replyCoachUsageIdle(): Promise<void>; chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }; // prettier-ignore
        await g.replyCoachUsageIdle();
        return (await g.chrome.storage.local.get('usage')).usage as { days: Record<string, { rules: Record<string, number[]> }> } | undefined; // prettier-ignore
      });
    await expect
      .poll(async () => Object.values((await usage())?.days ?? {}).some((d) => (d.rules.placeholder?.[0] ?? 0) > 0), {
        timeout: 10_000,
      }) // prettier-ignore
      .toBe(true);
    const stored = JSON.stringify(await usage());
    expect(stored).not.toMatch(/order|ships|today|NAME/);
  });
});
