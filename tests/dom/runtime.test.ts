// @vitest-environment happy-dom
// The content-script loop in a DOM: it analyses after a pause in typing, leaves no timer behind once
// idle, skips composers the adapter does not coach, and removes everything it added when stopped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { Runtime } from '../../lib/runtime/runtime';
import type { Analyzer } from '../../lib/runtime/remote';
import type { SiteAdapter } from '../../lib/sites/types';

function testAdapter(coached: () => boolean = () => true): SiteAdapter {
  return {
    id: 'test',
    matches: () => true,
    findComposers: (doc) => [...doc.querySelectorAll<HTMLElement>('textarea.reply')],
    isCoached: () => coached(),
    readThread: () => ({ customerName: 'Dana Whitfield' }),
    ignoredNodes: () => [],
    sendButtons: (c) => [...(c.parentElement?.querySelectorAll<HTMLElement>('button.send') ?? [])],
  };
}

// The engine itself, in place of the background script's (what the content script asks over messaging).
let calls = 0;
const analyzer: Analyzer = async (input, settings) => {
  calls++;
  return analyze(input, settings);
};

function type(ta: HTMLTextAreaElement, text: string) {
  ta.value = text;
  ta.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Runtime', () => {
  let rt: Runtime | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<form><textarea class="reply"></textarea><button class="send" type="button">Send</button></form>';
  });
  afterEach(() => {
    rt?.stop();
    rt = null;
    vi.useRealTimers();
  });

  it('analyses after the debounce, and no timer is left running when idle', async () => {
    rt = new Runtime(testAdapter(), { messaging: false, debounceMs: 300, analyzer }).start();
    const ta = document.querySelector('textarea')!;
    const ctrl = [...rt.controllers.values()][0]!;
    type(ta, 'Hi {{ticket.requester.first_name}},');
    type(ta, 'Hi {{ticket.requester.first_name}}, thanks');
    expect(ctrl.report?.findings.length ?? 0).toBe(0); // not yet: still typing
    await vi.advanceTimersByTimeAsync(299);
    expect(ctrl.report?.findings.length ?? 0).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    const ph = ctrl.report!.findings.find((f) => f.ruleId === 'placeholder')!;
    expect(ph.actual).toBe('{{ticket.requester.first_name}}');
    expect(ph.fixes[0]!.edits[0]!.text).toBe('Dana');
    vi.runOnlyPendingTimers(); // any animation frame the overlay asked for
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not analyse a composer the adapter does not coach (an internal note)', async () => {
    rt = new Runtime(
      testAdapter(() => false),
      { messaging: false, analyzer },
    ).start();
    const ta = document.querySelector('textarea')!;
    calls = 0;
    type(ta, 'Hi {{ticket.requester.first_name}}');
    await vi.advanceTimersByTimeAsync(1000);
    expect([...rt.controllers.values()][0]!.report).toBeNull();
    expect(calls).toBe(0);
  });

  it('stop() removes the overlay host, observers and listeners', async () => {
    rt = new Runtime(testAdapter(), { messaging: false, analyzer }).start();
    const ta = document.querySelector('textarea')!;
    type(ta, 'Hi {{name}}');
    await vi.advanceTimersByTimeAsync(300);
    expect(document.querySelector('reply-coach-ui')).not.toBeNull();
    const ctrl = [...rt.controllers.values()][0]!;
    rt.stop();
    expect(document.querySelector('reply-coach-ui')).toBeNull();
    expect(rt.controllers.size).toBe(0);
    const before = ctrl.report;
    type(ta, 'Hi {{other}}');
    await vi.advanceTimersByTimeAsync(1000);
    expect(ctrl.report).toBe(before); // nothing listens any more
    expect(vi.getTimerCount()).toBe(0);
    rt = null;
  });

  describe('with the engine asynchronous (the background script answers later)', () => {
    /** An analyzer whose answers the test releases one by one, in any order. */
    function deferred() {
      const pending: { input: string; resolve: () => void }[] = [];
      const analyzer: Analyzer = (input, settings) =>
        new Promise((resolve) =>
          pending.push({ input: input.draft, resolve: () => resolve(analyze(input, settings)) }),
        );
      return { analyzer, pending };
    }

    it('draws only the latest analysis asked for, whatever order the answers come in', async () => {
      const d = deferred();
      rt = new Runtime(testAdapter(), { messaging: false, debounceMs: 300, analyzer: d.analyzer }).start();
      const ta = document.querySelector('textarea')!;
      const ctrl = [...rt.controllers.values()][0]!;
      await vi.advanceTimersByTimeAsync(0);
      d.pending.splice(0).forEach((p) => p.resolve()); // the empty composer's first analysis
      type(ta, 'Hi {{first}}');
      const older = ctrl.analyzeNow();
      await vi.advanceTimersByTimeAsync(0); // its request is out
      type(ta, 'Hi {{first}} and {{second}}');
      const newer = ctrl.analyzeNow();
      await vi.advanceTimersByTimeAsync(0);
      expect(d.pending.map((p) => p.input)).toEqual(['Hi {{first}}', 'Hi {{first}} and {{second}}']);
      d.pending[1]!.resolve();
      await newer;
      d.pending[0]!.resolve();
      expect(await older).toBe(await newer); // the superseded call resolves with the latest report
      expect(ctrl.report!.findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.actual)).toEqual([
        '{{first}}',
        '{{second}}',
      ]);
    });

    it('does not draw a report on text that changed while it was analysed; the next pause does', async () => {
      const d = deferred();
      rt = new Runtime(testAdapter(), { messaging: false, debounceMs: 300, analyzer: d.analyzer }).start();
      const ta = document.querySelector('textarea')!;
      const ctrl = [...rt.controllers.values()][0]!;
      await vi.advanceTimersByTimeAsync(0);
      d.pending.splice(0).forEach((p) => p.resolve());
      type(ta, 'Hi {{old}}');
      await vi.advanceTimersByTimeAsync(300);
      expect(d.pending.map((p) => p.input)).toEqual(['Hi {{old}}']);
      type(ta, 'Hello {{new}}'); // typed while the analysis of the old text ran
      d.pending.shift()!.resolve();
      await vi.advanceTimersByTimeAsync(0);
      expect(ctrl.report?.findings.some((f) => f.actual === '{{old}}') ?? false).toBe(false);
      await vi.advanceTimersByTimeAsync(300);
      d.pending.shift()!.resolve();
      await vi.advanceTimersByTimeAsync(0);
      expect(ctrl.report!.findings.find((f) => f.ruleId === 'placeholder')!.actual).toBe('{{new}}');
      expect(ctrl.map!.text).toBe('Hello {{new}}');
    });

    it('keeps what is drawn when no answer comes (the extension went away)', async () => {
      let answer = true;
      const flaky: Analyzer = async (input, settings) => (answer ? analyze(input, settings) : null);
      rt = new Runtime(testAdapter(), { messaging: false, debounceMs: 300, analyzer: flaky }).start();
      const ta = document.querySelector('textarea')!;
      const ctrl = [...rt.controllers.values()][0]!;
      type(ta, 'Hi {{name}}');
      await vi.advanceTimersByTimeAsync(300);
      const drawn = ctrl.report;
      expect(drawn!.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
      answer = false;
      type(ta, 'Hi {{name}}!');
      await vi.advanceTimersByTimeAsync(300);
      expect(ctrl.report).toBe(drawn);
      expect(ctrl.shown.length).toBeGreaterThan(0);
    });

    it('send gate: a send right after typing waits for the analysis, then goes out when the reply is clean', async () => {
      const d = deferred();
      rt = new Runtime(testAdapter(), { messaging: false, debounceMs: 300, analyzer: d.analyzer }).start();
      const ta = document.querySelector('textarea')!;
      const button = document.querySelector<HTMLButtonElement>('button.send')!;
      let sent = 0;
      button.addEventListener('click', () => sent++);
      await vi.advanceTimersByTimeAsync(0);
      d.pending.splice(0).forEach((p) => p.resolve());
      type(ta, 'Hi Dana, your refund is on its way.');
      button.click(); // before the pause: the report is stale
      expect(sent).toBe(0);
      await vi.advanceTimersByTimeAsync(0);
      expect(d.pending.map((p) => p.input)).toEqual(['Hi Dana, your refund is on its way.']);
      d.pending.shift()!.resolve();
      await vi.advanceTimersByTimeAsync(0);
      expect(sent).toBe(1); // replayed once, with no error in it
      button.click(); // the report is current now: no wait
      expect(sent).toBe(2);
    });

    it('send gate: a stale report with an error in the new text is stopped by the dialog', async () => {
      const d = deferred();
      rt = new Runtime(testAdapter(), { messaging: false, debounceMs: 300, analyzer: d.analyzer }).start();
      const ta = document.querySelector('textarea')!;
      const button = document.querySelector<HTMLButtonElement>('button.send')!;
      let sent = 0;
      button.addEventListener('click', () => sent++);
      await vi.advanceTimersByTimeAsync(0);
      d.pending.splice(0).forEach((p) => p.resolve());
      type(ta, 'Hi {{ticket.requester.first_name}}, your refund is on its way.');
      button.click();
      await vi.advanceTimersByTimeAsync(0);
      d.pending.shift()!.resolve();
      await vi.advanceTimersByTimeAsync(0);
      expect(sent).toBe(0);
      const dialog = document
        .querySelector('reply-coach-ui')!
        .shadowRoot!.querySelector('[role="alertdialog"], [role="dialog"]');
      expect(dialog?.textContent ?? '').toMatch(/placeholder/i);
    });
  });
});
