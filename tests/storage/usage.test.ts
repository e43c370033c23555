import { fakeBrowser } from './fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { addUsage, dayKey, emptyUsage, ruleTotals, sanitizeUsage, sentTotal, usageCsv } from '../../lib/usage';

// The real path: the content script's counting (lib/runtime/usage.ts) sends events as a message, the
// background's writer (countUsage) adds them to storage.local.
const { countUsage, readUsage } = await import('../../lib/storage');
const runtimeUsage = await import('../../lib/runtime/usage');

const CUSTOMER = 'My parcel from Brightwater arrived smashed and nobody answered my emails.';
const DRAFT =
  'Hi {{ticket.requester.first_name}}, unfortunately we cannot refund the Brightwater parcel. We will get back to you soon.';

describe('usage counts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    // What the background does with `usage:events`.
    fakeBrowser.runtime.onMessage.addListener(((msg: { type: string; payload: { events: never[] } }) => {
      if (msg.type === 'usage:events') return countUsage(msg.payload.events);
      return undefined;
    }) as never);
  });

  const settle = async () => {
    await vi.advanceTimersByTimeAsync(1000);
    await countUsage([]);
  };

  it('count a finding once when it fires (not on every re-analysis), then fixes, ignores and sends', async () => {
    const report = analyze({ draft: DRAFT, customer: CUSTOMER });
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids).toContain('placeholder');
    runtimeUsage.usageReport('c1', report);
    runtimeUsage.usageReport('c1', analyze({ draft: DRAFT, customer: CUSTOMER })); // the same draft again
    const placeholder = report.findings.find((f) => f.ruleId === 'placeholder')!;
    runtimeUsage.usageFixed(placeholder);
    runtimeUsage.usageIgnored(report.findings.find((f) => f.ruleId === 'vague-timeframe')!);
    runtimeUsage.usageSentWithError();
    await settle();
    const usage = await readUsage();
    const totals = Object.fromEntries(ruleTotals(usage).map((t) => [t.ruleId, [t.fired, t.fixed, t.ignored]]));
    const fired = (id: string) => ids.filter((x) => x === id).length;
    expect(totals.placeholder).toEqual([fired('placeholder'), 1, 0]);
    expect(totals['vague-timeframe']).toEqual([fired('vague-timeframe'), 0, 1]);
    expect(totals['negative-language']![0]).toBe(fired('negative-language'));
    expect(sentTotal(usage)).toBe(1);
    expect(Object.keys(usage.days)).toEqual([dayKey()]);

    // A new draft with the finding again counts it again.
    runtimeUsage.usageReport('c1', analyze({ draft: 'Thanks!' }));
    runtimeUsage.usageReport('c1', report);
    await settle();
    expect(ruleTotals(await readUsage()).find((t) => t.ruleId === 'placeholder')!.fired).toBe(2 * fired('placeholder'));
  });

  it('hold no text: nothing in storage contains a word of the draft or the customer’s message', async () => {
    const report = analyze({ draft: DRAFT, customer: CUSTOMER });
    runtimeUsage.usageReport('c2', report);
    for (const f of report.findings) {
      runtimeUsage.usageFixed(f);
      runtimeUsage.usageIgnored(f);
    }
    runtimeUsage.usageSentWithError();
    await settle();
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null)).toLowerCase();
    expect(stored).toContain('placeholder'); // something was stored…
    const ruleIds = new Set(report.findings.flatMap((f) => f.ruleId.split('-')));
    const words = `${DRAFT} ${CUSTOMER}`.toLowerCase().match(/[a-z]{4,}/g)!;
    const leaked = words.filter((w) => !ruleIds.has(w) && stored.includes(w));
    expect(leaked).toEqual([]); // …and none of it is text
  });

  it('sanitise what is stored: only days of numbers for known-shaped rule ids survive', () => {
    const dirty = {
      days: { '2025-01-02': { rules: { jargon: [1, 2, 'x'], 'Not A Rule!': [1, 1, 1] }, sent: -3 }, nope: {} },
    };
    expect(sanitizeUsage(dirty)).toEqual({
      version: 1,
      days: { '2025-01-02': { rules: { jargon: [1, 2, 0] }, sent: 0 } },
    });
    expect(sanitizeUsage('garbage')).toEqual(emptyUsage());
  });

  it('keep 90 days and export CSV with one row per day and rule', () => {
    let u = emptyUsage();
    for (let i = 0; i < 95; i++) u = addUsage(u, [{ kind: 'fired', ruleId: 'jargon' }], `2025-01-01`.replace('01-01', `${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`)); // prettier-ignore
    expect(Object.keys(u.days)).toHaveLength(90);
    u = addUsage(u, [{ kind: 'fixed', ruleId: 'jargon' }, { kind: 'sent' }], '2025-05-01');
    const csv = usageCsv(u).split('\n');
    expect(csv[0]).toBe('date,rule,fired,fixed,ignored,sent_with_error');
    expect(csv).toContain('2025-05-01,jargon,0,1,0,');
    expect(csv).toContain('2025-05-01,(send gate),,,,1');
  });
});
