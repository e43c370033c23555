// @vitest-environment happy-dom
// The content-script loop in a DOM: it analyses after a pause in typing, leaves no timer behind once
// idle, skips composers the adapter does not coach, and removes everything it added when stopped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Runtime } from '../../lib/runtime/runtime';
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

  it('analyses after the debounce, and no timer is left running when idle', () => {
    rt = new Runtime(testAdapter(), { messaging: false, debounceMs: 300 }).start();
    const ta = document.querySelector('textarea')!;
    const ctrl = [...rt.controllers.values()][0]!;
    type(ta, 'Hi {{ticket.requester.first_name}},');
    type(ta, 'Hi {{ticket.requester.first_name}}, thanks');
    expect(ctrl.report?.findings.length ?? 0).toBe(0); // not yet: still typing
    vi.advanceTimersByTime(299);
    expect(ctrl.report?.findings.length ?? 0).toBe(0);
    vi.advanceTimersByTime(1);
    const ph = ctrl.report!.findings.find((f) => f.ruleId === 'placeholder')!;
    expect(ph.actual).toBe('{{ticket.requester.first_name}}');
    expect(ph.fixes[0]!.edits[0]!.text).toBe('Dana');
    vi.runOnlyPendingTimers(); // any animation frame the overlay asked for
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not analyse a composer the adapter does not coach (an internal note)', () => {
    rt = new Runtime(
      testAdapter(() => false),
      { messaging: false },
    ).start();
    const ta = document.querySelector('textarea')!;
    type(ta, 'Hi {{ticket.requester.first_name}}');
    vi.advanceTimersByTime(1000);
    expect([...rt.controllers.values()][0]!.report).toBeNull();
  });

  it('stop() removes the overlay host, observers and listeners', () => {
    rt = new Runtime(testAdapter(), { messaging: false }).start();
    const ta = document.querySelector('textarea')!;
    type(ta, 'Hi {{name}}');
    vi.advanceTimersByTime(300);
    expect(document.querySelector('reply-coach-ui')).not.toBeNull();
    const ctrl = [...rt.controllers.values()][0]!;
    rt.stop();
    expect(document.querySelector('reply-coach-ui')).toBeNull();
    expect(rt.controllers.size).toBe(0);
    const before = ctrl.report;
    type(ta, 'Hi {{other}}');
    vi.advanceTimersByTime(1000);
    expect(ctrl.report).toBe(before); // nothing listens any more
    expect(vi.getTimerCount()).toBe(0);
    rt = null;
  });
});
