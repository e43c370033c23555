// Property-based tests of analyze (fast-check): whatever the agent types — emoji, combining marks, RTL,
// CJK, zero-width characters, lone surrogates, very long drafts — analyze returns a report without throwing
// and without a rule failing; every offset is inside the draft and on a code-point boundary; a fix's
// edits do not overlap; applying a fix changes only its edits' ranges; and re-analysing the fixed draft
// does not report the same finding again.
//
// Drafts are built from pieces that make rules fire (so there are fixes to apply) mixed with hostile text.
// Runs are sized for a shared 2-core machine; each test has an explicit timeout because analyze parses
// every draft with compromise (a few ms to tens of ms each, several times slower under a parallel run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { applyFix, validateEdits } from '../../lib/engine/apply-fix';
import type { AnalyzeInput, Finding, Report } from '../../lib/engine/types';

const RUNS = Number(process.env.REPLY_COACH_FC_RUNS ?? 120);
const TIMEOUT = 120_000;

// Text a support reply is made of, chosen so that most rules fire on some draft.
const REPLY_PIECES = [
  'Hi {{ticket.requester.first_name}},',
  'Hello [NAME],',
  'Hi Sam,',
  'Unfortunately we can’t refund your order, it is company policy.',
  "Unfortunately we can't do anything about the damage.",
  'We apologize for any inconvenience this may have caused.',
  'Sorry for the trouble.',
  'We will get back to you soon.',
  'Please allow 3-5 business days.',
  'Your RMA was escalated to T2 ASAP.',
  'You should have read the instructions.',
  'Mistakes were made.',
  'PLEASE DO NOT REPLY TO THIS EMAIL.',
  'Please send us your card number 4111 1111 1111 1111 and your password.',
  'Hey guys, the whitelist was updated.',
  'Thanks for reaching out!',
  'Let me know if there is anything else I can help with.',
  'Best regards, Alex',
  'I have refunded the order and you will see it in 3 days.',
  'This is a very long sentence that goes on and on because the agent wanted to explain every single step of the return process including the label, the box, the courier and the refund window, all at once.', // prettier-ignore
];

// What breaks offsets: astral emoji with skin tones and ZWJ, flags, combining marks, RTL (with controls),
// CJK, zero-width and BOM, lone surrogates, odd whitespace.
const HOSTILE_PIECES = [
  '👋🏽',
  '👨‍👩‍👧‍👦',
  '🇬🇧',
  '🙂',
  'e\u0301',
  'n\u0303o',
  'a\u0308\u0304',
  'שלום, ההזמנה שלך',
  'مرحبا، طلبك في الطريق',
  '\u202eevil\u202c',
  '\u200f',
  '李雷，你的订单',
  '注文は明日届きます。',
  '한국어',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00a0',
  '\u2028',
  '\t',
  '\r\n',
  '\n\n',
  '𝐁𝐨𝐥𝐝',
  '\ud800',
  '\udfff',
  '\udc00x\ud83d',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...REPLY_PIECES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const separator = fc.constantFrom(' ', '', '\n', '. ', ', ', '\n\n', '\u200b');
const draft = fc
  .array(fc.tuple(piece, separator), { maxLength: 14 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const customer = fc.option(
  fc.constantFrom(
    'My order arrived broken and nobody answered my emails. This is ridiculous!',
    'Where is my refund???',
    '我的订单在哪里？',
    'Thanks so much, all sorted 🙂',
    '\ud800 broken \u200b text',
  ),
  { nil: undefined },
);
const input = fc.record({
  draft,
  customer,
  channel: fc.constantFrom('email', 'chat', 'social') as fc.Arbitrary<'email' | 'chat' | 'social'>,
});

const high = (c: number) => c >= 0xd800 && c <= 0xdbff;
const low = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** False when `o` falls between the two halves of a surrogate pair. */
function onCodePointBoundary(s: string, o: number): boolean {
  if (o <= 0 || o >= s.length) return true;
  return !(high(s.charCodeAt(o - 1)) && low(s.charCodeAt(o)));
}

function clean(i: AnalyzeInput): Report {
  const report = analyze(i);
  expect(report.stats.failedRules, 'a rule threw').toBeUndefined();
  return report;
}

function checkOffsets(text: string, report: Report): void {
  expect(report.stats.characters).toBe(text.length);
  for (const f of report.findings) {
    const where = `${f.ruleId} [${f.start}, ${f.end})`;
    expect(Number.isInteger(f.start) && Number.isInteger(f.end), where).toBe(true);
    expect(f.start, where).toBeGreaterThanOrEqual(0);
    expect(f.end, where).toBeGreaterThanOrEqual(f.start);
    expect(f.end, where).toBeLessThanOrEqual(text.length);
    expect(f.actual, where).toBe(text.slice(f.start, f.end));
    expect(onCodePointBoundary(text, f.start) && onCodePointBoundary(text, f.end), `${where} splits a surrogate pair`).toBe(true); // prettier-ignore
    for (const fix of f.fixes) {
      expect(() => validateEdits(text, fix.edits), `${where}: ${fix.label}`).not.toThrow();
      for (const e of fix.edits)
        expect(onCodePointBoundary(text, e.start) && onCodePointBoundary(text, e.end), `${where}: ${fix.label} edit [${e.start}, ${e.end}) splits a surrogate pair`).toBe(true); // prettier-ignore
    }
  }
}

describe('analyze: properties', () => {
  it(
    'never throws, no rule fails, and every finding and edit offset is in bounds and on a code-point boundary',
    () => {
      fc.assert(
        fc.property(input, (i) => {
          checkOffsets(i.draft, clean(i));
        }),
        { numRuns: RUNS * 2 },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on any string at all, nor on text given as the customer message only',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), (d, c) => {
          checkOffsets(d, clean({ draft: d, customer: c }));
          clean({ draft: '', customer: d });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  /** Draft, a finding with a fix, and which fix. */
  const withFix = input
    .map((i) => ({ i, report: clean(i) }))
    .filter(({ report }) => report.findings.some((f) => f.fixes.length > 0))
    .chain(({ i, report }) => {
      const fixable = report.findings.filter((f) => f.fixes.length > 0);
      return fc
        .nat(fixable.length - 1)
        .chain((fi) => fc.nat(fixable[fi]!.fixes.length - 1).map((xi) => ({ i, finding: fixable[fi]!, fixIndex: xi })));
    });

  it(
    'applying a fix changes only its edits’ ranges',
    () => {
      let applied = 0;
      fc.assert(
        fc.property(withFix, ({ i, finding, fixIndex }) => {
          const fix = finding.fixes[fixIndex]!;
          const after = applyFix(i.draft, fix);
          // Rebuild the expected text edit by edit: everything between edits is the draft's own text.
          const edits = validateEdits(i.draft, fix.edits);
          let pos = 0;
          let expected = '';
          for (const e of edits) {
            expect(after.slice(expected.length, expected.length + (e.start - pos))).toBe(i.draft.slice(pos, e.start));
            expected += i.draft.slice(pos, e.start) + e.text;
            pos = e.end;
          }
          expected += i.draft.slice(pos);
          expect(after).toBe(expected);
          expect(after.length).toBe(i.draft.length + edits.reduce((n, e) => n + e.text.length - (e.end - e.start), 0));
          applied++;
        }),
        { numRuns: RUNS },
      );
      expect(applied).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  /** How many findings report these words for this rule (the same finding, wherever a fix moved it). */
  const count = (r: Report, f: Finding) => r.findings.filter((g) => g.ruleId === f.ruleId && g.actual === f.actual).length; // prettier-ignore

  it(
    'after a fix, re-analysing does not report the same finding again',
    () => {
      let checked = 0;
      fc.assert(
        fc.property(withFix, ({ i, finding, fixIndex }) => {
          const fix = finding.fixes[fixIndex]!;
          const before = clean(i);
          const after = applyFix(i.draft, fix);
          const again = clean({ ...i, draft: after });
          checkOffsets(after, again);
          // The fixed finding is gone: one fewer of its kind (a second copy of the same words elsewhere stays).
          expect(count(again, finding), `${finding.ruleId} “${finding.actual}” came back after “${fix.label}”`).toBeLessThan(count(before, finding)); // prettier-ignore
          checked++;
        }),
        { numRuns: RUNS },
      );
      expect(checked).toBeGreaterThan(RUNS / 4);
    },
    TIMEOUT,
  );

  it(
    'negative-language’s reframe (“What I can do is …”) clears the refusal it follows',
    () => {
      const i = { draft: "Hi Sam,\nUnfortunately we can't refund the order.\nThanks, Alex", channel: 'email' as const };
      const f = clean(i).findings.find((g) => g.ruleId === 'negative-language' && g.actual === "we can't refund")!;
      const fix = f.fixes.find((x) => x.label.startsWith('Follow with “What I can do is'))!;
      const after = applyFix(i.draft, fix);
      expect(after).toContain("we can't refund the order. What I can do is …");
      expect(count(clean({ ...i, draft: after }), f)).toBe(0);
    },
    TIMEOUT,
  );
});

describe('found by the properties', () => {
  it('a lone surrogate in the customer message (a preview cut mid-emoji) never reaches a fix', () => {
    const r = clean({ draft: 'Hi {{ticket.requester.first_name}}, ', customer: '\ud83d broken \u200b text' });
    const ack = r.findings.find((f) => f.ruleId === 'missing-acknowledgement')!;
    const text = ack.fixes.flatMap((f) => f.edits.map((e) => e.text)).join('');
    expect(text).toMatch(/broken/);
    expect(text).not.toMatch(/\p{Cs}/u);
  });
});

describe('analyze: a 200,000-character hostile draft', () => {
  // One long draft of every piece, repeated: ≈2–4 s alone, several times that under a parallel run.
  it(
    'returns a report with every offset in bounds and on a code-point boundary',
    () => {
      const unit = [...REPLY_PIECES, ...HOSTILE_PIECES].join(' ');
      const text = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
      const report = clean({ draft: text, customer: 'This is ridiculous, where is my refund? 😡' });
      expect(report.stats.characters).toBe(200_000);
      checkOffsets(text, report);
      expect(report.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
    },
    TIMEOUT,
  );
});
