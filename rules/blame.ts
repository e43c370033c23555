import type { RuleContext } from '../lib/engine/context';
import type { PhraseMatch } from '../lib/engine/phrases';
import type { Sentence } from '../lib/engine/text';
import type { Edit, Fix, PhraseEntry, Rule } from '../lib/engine/types';
import { readApology } from '../lib/engine/signals/apology';
import { asksForAdvice, blameInSentence, defensiveIn, lectureIn } from '../lib/engine/signals/blame';
import { sentiment } from '../lib/engine/signals/sentiment';
import data from './data/blame.json';
import thresholds from './data/thresholds.json';

// You-directed blame and defensiveness: "you should have", "you failed to", "if you'd read",
// "as I already said", "per my last email", "calm down", "you need to understand", "obviously",
// "our agents are all trained to a high standard" — and, from the grammar (lib/engine/signals/blame.ts),
// the forms real replies take: "you haven't answered properly", "I asked you from the start", "because you
// entered the wrong…", a short impersonal "the steps are given", and lecturing a customer who complains
// ("Knowing what coverage to expect is key", "It's important to read the terms", "as stated in our terms").
// Lead-ins whose removal keeps the meaning get a safe
// removal fix; blaming sentences get a fix that drops the sentence. Conditions ("if you should have any
// questions"), the customer's quoted words and quoted history are left alone.

interface BlameEntry extends PhraseEntry {
  fix: 'remove' | 'sentence';
  /** What the words do, for the message ("puts the blame on the customer"). */
  says: string;
}

const ENTRIES = data.phrases as BlameEntry[];

/** "If you should have any questions", "in case you didn't get it": conditions, not blame. */
const CONDITION = /\b(?:in case|unless|whether|just in case|so that|to make sure|make sure)\b[^.!?]*$/i;
const IF_BEFORE = /\bif\s*$/i;
const ANY_AFTER = /^\s+(?:any|further|more|trouble|problems?|issues?|questions?)\b/i;

function sentenceStart(ctx: RuleContext, s: Sentence | undefined, at: number): boolean {
  return !!s && /^[\s"“'‘(]*$/.test(ctx.draft.slice(s.start, at));
}

/** Remove a lead-in ("As I already said, the email…" → "The email…"). */
function removeLeadIn(ctx: RuleContext, m: PhraseMatch<BlameEntry>, s: Sentence | undefined): Edit[] | null {
  const { draft } = ctx;
  let end = m.end;
  while (end < draft.length && /[ ,:;—–-]/.test(draft[end]!)) end++;
  // Leave "that" behind only if the lead-in did not already take it.
  const rest = draft.slice(end);
  const thatM = /^that\s+/i.exec(rest);
  if (thatM && /understand|appreciate|realise|realize|know|aware|clear|obvious/i.test(m.text)) end += thatM[0].length;
  if (sentenceStart(ctx, s, m.start)) {
    const next = draft[end];
    if (!next || end >= (s?.end ?? draft.length)) return null;
    if (/\p{Ll}/u.test(next)) return [{ start: m.start, end: end + 1, text: next.toUpperCase() }];
    return [{ start: m.start, end, text: '' }];
  }
  // Mid-sentence ("Nina, as I already said, the email…"): take the space or comma before it.
  // Walked back character by character: a regex anchored at the end of everything before re-read the whole
  // draft for every match.
  let start = m.start;
  while (start > 0 && (draft[start - 1] === ' ' || draft[start - 1] === ',')) start--;
  const lead = draft.slice(start, m.start);
  const after = draft.slice(m.end, end);
  const keep = /,/.test(lead) && /,/.test(after) ? ', ' : ' ';
  if (end >= (s?.end ?? draft.length) || /^[.!?]/.test(draft.slice(end))) return [{ start, end: m.end, text: '' }];
  return [{ start, end, text: keep }];
}

/** Drop the whole sentence (with the space after it). */
function removeSentence(ctx: RuleContext, s: Sentence): Edit[] {
  const { draft } = ctx;
  let end = s.end;
  while (end < draft.length && draft[end] === ' ') end++;
  let start = s.start;
  // Keep a leading emoji or bullet that is not part of the words.
  while (start < s.end && !/[\p{L}\p{N}"“'‘(]/u.test(draft[start]!)) start++;
  // Last sentence on the line: take the space before it instead.
  if (end === s.end || draft[end] === '\n' || end >= draft.length) {
    while (start > 0 && draft[start - 1] === ' ') start--;
    return [{ start, end: s.end, text: '' }];
  }
  return [{ start, end, text: '' }];
}

const rule: Rule = {
  meta: {
    id: 'blame',
    title: 'Blame or defensiveness',
    description:
      'Flags you-directed blame and defensiveness: “you should have”, “you failed to”, “if you’d read”, “as I already said”, “per my last email”, “calm down”, “you need to understand”, “obviously”, “our agents are trained to a high standard” — and, to a customer who complains, lecturing on what they should have known (“knowing what coverage to expect is key”, “it’s important to read the terms”, “as stated in our terms”).',
    rationale:
      'Hear / Empathise: customers who feel blamed stop listening and escalate. Owning the situation (“here’s what happened and what I’ll do”) de-escalates; pointing at what they did wrong, or defending the company, never solves the problem.',
    step: 'tone',
    defaultSeverity: 'warning',
    example: 'As I already said, you should have checked the size guide before ordering.',
    english: true,
  },
  check(ctx) {
    const seenSentences = new Set<number>();
    const phraseSentences = new Set<number>();
    for (const m of ctx.match(ENTRIES, { regions: ['greeting', 'body', 'signoff'] })) {
      const s = ctx.sentenceAt(m.start);
      const before = s ? ctx.draft.slice(s.start, m.start) : '';
      if (CONDITION.test(before)) continue;
      if (/^re:\\byou (?:really |clearly )?|^re:\\byou should not/.test(m.entry.phrase) || /^you\b/i.test(m.text)) {
        if (IF_BEFORE.test(before) || ANY_AFTER.test(ctx.draft.slice(m.end))) continue;
      }
      // One blaming sentence, one finding ("if you'd read the email you'd know that").
      if (m.entry.fix === 'sentence' && s && seenSentences.has(s.start)) continue;
      const q = `“${m.text.replace(/\s+/g, ' ')}”`;
      const fixes: Fix[] = [];
      if (m.entry.fix === 'remove') {
        const edits = removeLeadIn(ctx, m, s);
        if (edits) fixes.push({ label: `Remove ${q}`, edits, safe: true });
      } else if (s && s.region === 'body') {
        fixes.push({ label: 'Remove this sentence', edits: removeSentence(ctx, s) });
      }
      if (s && m.entry.fix === 'sentence') seenSentences.add(s.start);
      ctx.report({
        start: m.start,
        end: m.end,
        message: `${q} ${m.entry.says}: own the problem and focus on what happens next.`,
        fixes,
        ...(m.entry.note ? { note: m.entry.note } : {}),
      });
      if (s) phraseSentences.add(s.start);
    }
    const upset = !!ctx.customer?.upset;
    const empathetic = readApology(ctx).some((a) => a.kind !== 'formula');
    // Lecturing needs a complaint to lecture about, and no question asking what to do.
    const complaint = upset || !!ctx.customer?.problem;
    const askedAdvice = asksForAdvice(ctx.customer?.text);
    for (const s of ctx.text.sentences) {
      if (s.region !== 'body' || phraseSentences.has(s.start) || ctx.text.overlapsNotOwn(s.start, s.end)) continue;
      const e =
        blameInSentence(s).find((x) => x.weight >= thresholds.blame) ??
        [lectureIn(s, complaint, askedAdvice)].find((x) => !!x && x.weight >= thresholds.blame) ??
        defensiveIn(s, upset, empathetic, (t) => sentiment(t).compound);
      if (!e) continue;
      const q = `“${ctx.draft.slice(e.start, e.end).replace(/\s+/g, ' ')}”`;
      ctx.report({
        start: e.start,
        end: e.end,
        message: `${q} ${e.says}: own the problem and say what you’ll do next.`,
        fixes: [{ label: 'Remove this sentence', edits: removeSentence(ctx, s) }],
      });
    }
  },
};

export default rule;
