import { describe, expect, it } from 'vitest';
import { countWords, makeDraft, salted } from '../../lib/cli/bench-drafts';

describe('bench drafts', () => {
  it('is deterministic: same size and seed, same text; another seed, another text', () => {
    expect(makeDraft(300)).toEqual(makeDraft(300));
    expect(makeDraft(300, 7).draft).not.toBe(makeDraft(300).draft);
  });

  it.each([50, 150, 300, 1000, 5000])('a %i-word draft is within ±5%% of its size, and reads like a reply', (n) => {
    const d = makeDraft(n);
    expect(d.words).toBe(countWords(d.draft));
    expect(Math.abs(d.words - n)).toBeLessThanOrEqual(n * 0.05);
    expect(d.draft).toMatch(new RegExp(`^Hi ${d.customerName},`));
    expect(d.draft).toMatch(/(regards|wishes|best|Thanks),\n\w+$/);
    expect(countWords(d.customer)).toBeGreaterThan(10);
  });

  it('rejects sizes it cannot hit', () => {
    expect(() => makeDraft(10)).toThrow(/≥ 50/);
    expect(() => makeDraft(Number.NaN)).toThrow(RangeError);
  });

  it('salting puts a different number in every sentence and leaves list numbers alone', () => {
    const d = makeDraft(300).draft;
    const a = salted(d, 1);
    const b = salted(d, 2);
    const salts = (s: string): string[] => s.match(/ \d{5}(?=[.!?])/g) ?? [];
    const ends = d.match(/[.!?](?=\s|$)/g)!.length - (d.match(/^\d+\./gm) ?? []).length;
    expect(salts(a)).toHaveLength(ends);
    expect(new Set(salts(a)).size).toBe(ends);
    expect(salts(a).filter((x) => salts(b).includes(x))).toEqual([]);
    expect(a).toMatch(/^1\. /m);
    expect(a.replace(/ \d{5}(?=[.!?])/g, '')).toBe(d);
  });
});
