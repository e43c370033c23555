import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_CUSTOMER, longDraft } from '../../lib/cli/long-draft';
import { analyze } from '../../lib/engine/analyze';
import {
  analyzeInSlices,
  analyzeLong,
  MAX_ANALYSED_CHARS,
  READ_PER_SLICE,
  REPLY_LEVEL,
  sliceDraft,
  WHOLE_CHARS,
  type SliceOptions,
  type SliceProgress,
} from '../../lib/engine/slices';
import { analyzeText } from '../../lib/engine/text';
import { ruleById } from '../../rules/index';
import type { AnalyzeInput, Finding, Report } from '../../lib/engine/types';

// Timings are benchmarks (npm run bench:long), never asserted here: these tests say what is analysed, where,
// and that the reports agree with analyze().

const LONG_TIMEOUT = 60_000;

function run(input: AnalyzeInput, options: SliceOptions = {}): { steps: SliceProgress[]; report: Report } {
  const it = analyzeInSlices(input, {}, options);
  const steps: SliceProgress[] = [];
  for (;;) {
    const s = it.next();
    if (s.done) return { steps, report: s.value };
    steps.push(s.value);
  }
}

const key = (f: Finding) => `${f.ruleId}|${f.start}|${f.end}|${f.message}`;

function expectSound(draft: string, report: Report): void {
  for (const f of report.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(draft.length);
    expect(f.actual).toBe(draft.slice(f.start, f.end));
    for (const fix of f.fixes)
      for (const e of fix.edits) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(draft.length);
      }
  }
  const keys = report.findings.map(key);
  expect(new Set(keys).size).toBe(keys.length);
}

describe('sliceDraft', () => {
  const draft = longDraft(30_000);
  const text = analyzeText(draft);

  it('covers the draft end to end, in order, with no gaps or overlaps', () => {
    const slices = sliceDraft(text, 1_000);
    expect(slices.length).toBeGreaterThan(20);
    expect(slices[0]!.start).toBe(0);
    expect(slices[slices.length - 1]!.end).toBe(draft.length);
    for (let i = 1; i < slices.length; i++) expect(slices[i]!.start).toBe(slices[i - 1]!.end);
  });

  it('never cuts a sentence, and cuts at paragraph breaks when it can', () => {
    const slices = sliceDraft(text, 1_000);
    for (const s of text.sentences) {
      const inside = slices.filter((x) => s.start < x.end && s.end > x.start);
      expect(inside, `sentence at ${s.start} split`).toHaveLength(1);
    }
    // Paragraphs here are under 300 characters: every cut falls after a blank line.
    for (const x of slices.slice(1)) expect(draft.slice(x.start - 2, x.start)).toBe('\n\n');
  });

  it('cuts one long paragraph between lines, and one long line between sentences', () => {
    const line = Array.from({ length: 80 }, (_, i) => `Sentence number ${i} is here and it is fine.`).join(' ');
    const t = analyzeText(`Hi Jan,\n\n${line}\nAnother line of text.\n\nKind regards,\nSam`);
    const slices = sliceDraft(t, 500);
    expect(slices.length).toBeGreaterThan(5);
    for (const s of t.sentences) expect(slices.filter((x) => s.start < x.end && s.end > x.start)).toHaveLength(1);
  });

  it('keeps a sentence longer than a slice whole', () => {
    const long = `Hi Jan,\n\n${'word '.repeat(400)}end.\n\nShort one.`;
    const t = analyzeText(long);
    const slices = sliceDraft(t, 300);
    const big = t.sentences.find((s) => s.end - s.start > 300)!;
    expect(slices.filter((x) => big.start < x.end && big.end > x.start)).toHaveLength(1);
  });
});

describe('REPLY_LEVEL', () => {
  it('names built-in rules only (a renamed rule must not silently become local)', () => {
    for (const id of Object.keys(REPLY_LEVEL)) expect(ruleById(id), id).toBeDefined();
  });
});

describe('analyzeInSlices on a normal draft', () => {
  // Every draft of the validation corpus: one step, and exactly analyze()'s report.
  const corpus = readFileSync(join(import.meta.dirname, '..', 'corpus', 'validation.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AnalyzeInput);

  it('is analyze(), in one step', { timeout: LONG_TIMEOUT }, () => {
    expect(corpus.length).toBeGreaterThan(50);
    for (const c of corpus) {
      const input = { draft: c.draft, customer: c.customer, customerName: c.customerName, channel: c.channel };
      const { steps, report } = run(input, { priority: { start: 0, end: 10 } });
      expect(steps).toHaveLength(1);
      const whole = analyze(input);
      expect({ ...report, stats: { ...report.stats, elapsedMs: 0 } }).toEqual({
        ...whole,
        stats: { ...whole.stats, elapsedMs: 0 },
      });
      expect(report.partial).toBeUndefined();
    }
  });
});

describe('analyzeInSlices on a long draft', () => {
  it('reads only the reply-fitted tone score per slice (a longer list would hide findings lost in slices)', () => {
    expect([...READ_PER_SLICE]).toEqual(['curt-tone']);
  });

  it(
    'finds in slices every finding analyze() finds in the whole draft (12,000 characters, all analysed)',
    () => {
      const draft = longDraft(12_000);
      const input = { draft, customer: LONG_CUSTOMER, customerName: 'Jan' };
      const { steps, report } = run(input);
      expect(steps.length).toBeGreaterThan(5);
      expect(report.partial).toBeUndefined();
      expectSound(draft, report);
      const sliced = new Set(report.findings.map(key));
      const whole = analyze(input).findings;
      expect(whole.length).toBeGreaterThan(20);
      expect(whole.filter((f) => !READ_PER_SLICE.has(f.ruleId) && !sliced.has(key(f))).map(key)).toEqual([]);
      // Reply-level findings come once, not once per slice.
      for (const id of ['missing-apology', 'missing-thanks', 'missing-greeting', 'missing-closing'])
        expect(report.findings.filter((f) => f.ruleId === id).length).toBeLessThanOrEqual(1);
    },
    LONG_TIMEOUT,
  );

  it(
    'slices a draft written on one line between its sentences, and still finds what analyze() finds',
    () => {
      const draft = longDraft(12_000).replace(/\n+/g, ' ');
      const input = { draft, customer: LONG_CUSTOMER, customerName: 'Jan' };
      const { steps, report } = run(input);
      expect(steps.length).toBeGreaterThan(5);
      expectSound(draft, report);
      const sliced = new Set(report.findings.map(key));
      const whole = analyze(input).findings;
      expect(whole.length).toBeGreaterThan(20);
      expect(whole.filter((f) => !READ_PER_SLICE.has(f.ruleId) && !sliced.has(key(f))).map(key)).toEqual([]);
    },
    LONG_TIMEOUT,
  );

  it(
    'analyses 200,000 characters in part: the visible region first, and the report says what it covered',
    () => {
      // A card number and an unfilled placeholder in the visible region, another placeholder far from it.
      const base = longDraft(200_000);
      const mid = base.indexOf('\n\n', 120_000) + 2;
      const planted = 'Your card 4111 1111 1111 1111 is on file, [AGENT NAME] will call you.\n\n';
      const far = base.indexOf('\n\n', 30_000) + 2;
      const farText = 'Please reply to {{ticket.requester.first_name}} today.\n\n';
      const draft = base.slice(0, far) + farText + base.slice(far, mid) + planted + base.slice(mid);
      const at = draft.indexOf(planted);
      const priority = { start: at - 500, end: at + planted.length + 500 };
      const input = { draft, customer: LONG_CUSTOMER, customerName: 'Jan' };
      const { steps, report } = run(input, { priority });

      expect(draft.length).toBeGreaterThan(200_000);
      expectSound(draft, report);
      // The slices of the visible region come first (after the step reading the structure), then the rest.
      const analysed = steps.filter((s) => s.done > 0);
      const visible = (s: SliceProgress) => s.slice.start < priority.end && s.slice.end > priority.start;
      const k = analysed.findIndex((s) => !visible(s));
      expect(k).toBeGreaterThan(0);
      expect(analysed.slice(k).some(visible)).toBe(false);
      expect(analysed.slice(0, k).some((s) => s.slice.start <= at && s.slice.end > at)).toBe(true);
      // The report after them already has the region's findings, and says so.
      expect(analysed.map((s) => s.priorityDone)).toEqual(analysed.map((_, j) => j >= k - 1));
      const early = analysed[k - 1]!.report();
      expect(early.partial).toBeDefined();
      expect(early.findings.some((f) => f.ruleId === 'sensitive-data' && f.start >= at)).toBe(true);

      // Partial: about MAX_ANALYSED_CHARS analysed, the visible region, the opening and the end among them.
      const p = report.partial!;
      expect(p.totalChars).toBe(draft.length);
      expect(p.analysedChars).toBeGreaterThanOrEqual(MAX_ANALYSED_CHARS);
      expect(p.analysedChars).toBeLessThan(MAX_ANALYSED_CHARS + 5_000);
      expect(p.analysedChars).toBe(p.analysedRanges.reduce((n, r) => n + r.end - r.start, 0));
      const covered = (x: number) => p.analysedRanges.some((r) => x >= r.start && x < r.end);
      expect(covered(priority.start + 500) && covered(at + planted.length - 3)).toBe(true);
      expect(covered(0) && covered(draft.length - 1)).toBe(true);
      expect(covered(draft.indexOf(farText))).toBe(false);
      // Every finding lies in the analysed part, save the reply-level ones placed where a fix belongs.
      for (const f of report.findings)
        if (!f.ruleId.startsWith('missing-')) expect(covered(f.start), key(f)).toBe(true);

      const ids = report.findings.filter((f) => f.start >= at && f.start < at + planted.length).map((f) => f.ruleId);
      expect(ids).toContain('sensitive-data');
      expect(ids).toContain('placeholder');
      expect(report.findings.some((f) => f.actual.includes('ticket.requester'))).toBe(false);
      expect(report.stats.characters).toBe(draft.length);

      // The same region in analyze()'s report of the whole draft: every local finding there is here too.
      const whole = analyze(input).findings.filter(
        (f) => f.start >= priority.start + 500 && f.start < at + planted.length && !f.ruleId.startsWith('missing-'),
      );
      const here = new Set(report.findings.map(key));
      expect(whole.length).toBeGreaterThan(0);
      expect(whole.filter((f) => !here.has(key(f))).map(key)).toEqual([]);
    },
    LONG_TIMEOUT,
  );

  it(
    'analyses all of it when asked (maxChars: Infinity) and then reports no partial',
    () => {
      const draft = longDraft(60_000);
      const { report } = run({ draft }, { maxChars: Infinity, sliceChars: 4_000 });
      expect(report.partial).toBeUndefined();
      expectSound(draft, report);
      expect(report.findings.some((f) => f.start > 55_000)).toBe(true);
    },
    LONG_TIMEOUT,
  );

  it(
    'does not spend the budget on quoted history: 30,000 characters of reply and 100,000 quoted are all covered',
    () => {
      const reply = longDraft(30_000);
      const quoted = Array.from({ length: 2_000 }, (_, i) => `> Line ${i} of the old thread, we can't help, ASAP!!`);
      const draft = `${reply}\n\nOn Mon, 3 Mar 2025 at 10:00, Jan <jan@example.com> wrote:\n${quoted.join('\n')}`;
      expect(draft.length).toBeGreaterThan(MAX_ANALYSED_CHARS * 2);
      const { report } = run({ draft });
      expect(report.partial).toBeUndefined();
      expectSound(draft, report);
      const ownEnd = analyzeText(draft).ownEnd;
      expect(ownEnd).toBeLessThan(reply.length + 10);
      expect(report.findings.some((f) => f.start > reply.length - 2_000)).toBe(true);
      expect(report.findings.filter((f) => f.start >= ownEnd)).toEqual([]);
    },
    LONG_TIMEOUT,
  );

  it('refuses a slice size or limit that is not a number of characters, by name', () => {
    const draft = longDraft(10_000);
    expect(() => run({ draft }, { sliceChars: 0 })).toThrow(/sliceChars must be a number of characters ≥ 1 \(got 0\)/);
    expect(() => run({ draft }, { maxChars: Number.NaN })).toThrow(/maxChars .*got NaN/);
    expect(() => run({ draft }, { wholeChars: -1 })).toThrow(/wholeChars/);
    // A priority that is not a range is no priority: the draft is still analysed, from the opening.
    const { steps } = run({ draft }, { priority: { start: Number.NaN, end: 5 } });
    expect(steps.find((x) => x.done === 1)!.slice.start).toBe(0);
  });

  it('hands control back between slices (analyzeLong with yieldToHost)', async () => {
    const draft = longDraft(WHOLE_CHARS * 3);
    let yields = 0;
    const seen: number[] = [];
    const report = await analyzeLong(
      { draft },
      {},
      {
        yieldToHost: async () => {
          yields++;
        },
        onSlice: (s) => seen.push(s.done),
      },
    );
    expect(yields).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(report.partial).toBeUndefined();
    expectSound(draft, report);
  });
});
