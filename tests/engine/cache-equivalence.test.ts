// The engine's caches never change a report: every draft here is analysed with the caches warm (from the drafts
// and edits before it, as while an agent types) and again from cold (lib/engine/caches.ts clearCaches()), and
// the two reports must be the same but for stats.elapsedMs. The drafts: the validation corpus, the dev corpus
// when it is beside the checkout, and edit sequences on them — a character typed, one deleted, a sentence
// pasted, the settings, the customer and the channel changed between runs.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../lib/cli/bench-drafts';
import { analyze } from '../../lib/engine/analyze';
import { clearCaches } from '../../lib/engine/caches';
import type { AnalyzeInput, Report, Settings } from '../../lib/engine/types';
import { corpusRows } from '../helpers/corpus-rows';

const TIMEOUT = 90_000;

interface Row {
  draft: string;
  customer?: string;
  customerName?: string;
  channel?: AnalyzeInput['channel'];
}

const input = (r: Row, draft = r.draft): AnalyzeInput => ({
  draft,
  ...(r.customer !== undefined ? { customer: r.customer } : {}),
  ...(r.customerName !== undefined ? { customerName: r.customerName } : {}),
  channel: r.channel ?? 'email',
});

const comparable = (r: Report) => ({ ...r, stats: { ...r.stats, elapsedMs: 0 } });

interface Step {
  what: string;
  input: AnalyzeInput;
  settings: Settings;
}

/** Analyse each step in order with the caches warm, then each again from cold; the differing steps. */
function differences(steps: Step[]): string[] {
  const warm = steps.map((s) => comparable(analyze(s.input, s.settings)));
  const out: string[] = [];
  steps.forEach((s, i) => {
    clearCaches();
    const cold = comparable(analyze(s.input, s.settings));
    if (isDeepStrictEqual(warm[i], cold)) return;
    // Name the first finding that differs (or the checklist or stats), warm then cold.
    const w = warm[i]!;
    const first = w.findings.findIndex((f, j) => !isDeepStrictEqual(f, cold.findings[j]));
    const k = first >= 0 ? first : w.findings.length !== cold.findings.length ? w.findings.length : -1;
    const [a, b] =
      k >= 0
        ? [w.findings[k] ?? 'no finding', cold.findings[k] ?? 'no finding']
        : [
            { checklist: w.checklist, stats: w.stats },
            { checklist: cold.checklist, stats: cold.stats },
          ];
    out.push(`${s.what}: warm ${JSON.stringify(a)} ≠ cold ${JSON.stringify(b)}`);
  });
  return out;
}

/** Before the closing punctuation of the middle sentence (where the benchmark types). */
function middle(draft: string): number {
  const ends = [...draft.matchAll(/(?<!^\d+)[.!?](?=\s|$)/gm)].map((m) => m.index);
  return ends[ends.length >> 1] ?? draft.length;
}

/** Type, delete and paste in a draft, and change what it is analysed with, one step at a time. */
function edits(name: string, r: Row, settingsSteps: Settings[]): Step[] {
  const steps: Step[] = [];
  const at = middle(r.draft);
  let draft = r.draft;
  const push = (what: string, d: string, settings: Settings = {}, row: Row = r) =>
    steps.push({ what: `${name}: ${what}`, input: input(row, d), settings });
  push('as written', draft);
  // A blaming clause typed into a sentence, one character a step (blame in the grammar, not a listed phrase).
  const typed = ', you were not following it';
  for (const [i, ch] of [...typed].entries()) {
    draft = draft.slice(0, at + i) + ch + draft.slice(at + i);
    push(`typed ${i + 1}`, draft);
  }
  for (let i = 0; i < 4; i++) {
    draft = draft.slice(0, at + typed.length - i - 1) + draft.slice(at + typed.length - i);
    push(`deleted ${i + 1}`, draft);
  }
  const paste = ' Unfortunately we cannot refund it, as I already said, per my last email.\n\n';
  const para = draft.indexOf('\n\n');
  const pasteAt = para < 0 ? draft.length : para + 2;
  draft = draft.slice(0, pasteAt) + paste.trimStart() + draft.slice(pasteAt);
  push('pasted a paragraph', draft);
  // The same line indented: same words, other offsets.
  push('indented it', draft.slice(0, pasteAt) + '   ' + draft.slice(pasteAt));
  push('typed at the start', `Hey ${draft}`);
  push('new line in a word', draft.slice(0, at - 3) + '\n' + draft.slice(at - 3));
  // Same letters, another case: the start of every sentence lower-cased, then back.
  push(
    'lower-cased',
    draft.replace(/(^|[.!?]\s+)(\p{Lu})/gu, (_, a: string, b: string) => a + b.toLowerCase()),
  );
  push('capitals back', draft);
  // The last line dropped, and the one before it then ends the draft (no line break after it).
  push('last line dropped', draft.slice(0, draft.lastIndexOf('\n')));
  push('last line back', draft);
  settingsSteps.forEach((s, i) => push(`settings ${i + 1}`, draft, s));
  push('back to defaults', draft);
  push(
    'another customer',
    draft,
    {},
    { ...r, customer: 'This is ridiculous. Where is my refund?!', customerName: 'Ana' },
  );
  push('customer renamed', draft, {}, { ...r, customerName: 'Ana' });
  push('customer rewrote, same name', draft, {}, { ...r, customer: `${r.customer ?? ''} Still nothing!` });
  push('no customer', draft, {}, { draft: r.draft, channel: r.channel });
  push('chat channel', draft, {}, { ...r, channel: 'chat' });
  push('back to email', draft);
  return steps;
}

const SETTINGS: Settings[] = [
  { rules: { blame: { enabled: false }, 'long-sentence': { options: { maxWords: 12 } } } },
  {
    rules: { 'missing-next-step': { severity: 'error' }, 'vague-timeframe': { options: { phrases: ['shortly'] } } },
    phrases: {
      negative: [{ phrase: 'refund it', replacements: ['refund your order'] }],
      banned: [{ phrase: 're:\\bper my last e-?mail\\b' }],
      jargon: [{ term: 'depot', plain: ['warehouse'] }],
    },
    signOff: 'Kind regards, The Acme Team',
  },
  { model: 'HEAT' },
];

describe('the caches never change a report', () => {
  const validation = corpusRows<Row>('validation');
  const dev = corpusRows<Row>('dev');

  it(
    'every corpus draft, analysed after the others, is analysed as from cold',
    () => {
      expect(validation.length).toBeGreaterThanOrEqual(100);
      const steps = [...validation, ...dev].map((r, i) => ({ what: `row ${i}`, input: input(r), settings: {} }));
      expect(differences(steps)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'edits, pastes and changed settings, customers and channels are analysed as from cold',
    () => {
      const bench = makeDraft(1000);
      const picked = validation.filter((_, i) => i % 20 === 3);
      const steps = [
        ...edits('bench 1000', bench, SETTINGS),
        ...picked.flatMap((r, i) => edits(`validation ${i}`, r, SETTINGS.slice(i % 2, (i % 2) + 1))),
      ];
      expect(differences(steps)).toEqual([]);
    },
    TIMEOUT,
  );
});
