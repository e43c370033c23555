import type { RuleContext } from '../lib/engine/context';
import { apostrophesLike, insertSentence, numberOption } from '../lib/engine/helpers';
import type { Edit, Rule } from '../lib/engine/types';
import data from './data/missing-acknowledgement.json';

// Missing acknowledgement (active listening): the customer's message is known and the reply never
// refers to their specific issue. The customer's content words (minus boilerplate and generic words like
// "account" or "order", which a template mentions without reading anything), the amounts they quoted and
// their issue's synonyms ("charged" ~ "payment") are looked for in the agent's own words. A short chat
// answer that directly answers their question ("Yes, …", "Not at the moment…") counts as acknowledging.
// The fix restates their issue after the greeting.

const STOP = new Set(data.stopwords);
const ANSWER = new RegExp(data.answerStarts, 'iu');
const GENERIC_THANKS = new RegExp(data.genericThanks, 'iu');
const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'edly', 'ed', 'es', 'ly', 'ment', 'ness', 's'];

export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[’']/g, '');
  if (w.length > 4) {
    for (const suf of SUFFIXES) {
      if (w.endsWith(suf) && w.length - suf.length >= 3) {
        if (suf === 's' && /(?:ss|us|is)$/.test(w)) break;
        w = w.slice(0, -suf.length);
        break;
      }
    }
    if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  }
  return w;
}

const GROUPS = new Map<string, number[]>();
(data.synonyms as string[][]).forEach((group, i) => {
  for (const g of group) GROUPS.set(g, [...(GROUPS.get(g) ?? []), i]);
});

function groupsOf(s: string): number[] {
  return GROUPS.get(s) ?? [];
}

const WORD = /[\p{L}][\p{L}’'-]*[\p{L}]|[£$€]?\d+(?:[.,:]\d+)*%?/gu;

interface Terms {
  stems: Set<string>;
  groups: Set<number>;
  numbers: Set<string>;
  /** Key words as written, most specific first, for the message. */
  shown: string[];
}

function termsOf(text: string, exclude: Set<string>): Terms {
  const stems = new Set<string>();
  const groups = new Set<number>();
  const numbers = new Set<string>();
  const shown: string[] = [];
  const clean = text.replace(/\bhttps?:\/\/\S+|\bwww\.\S+|[@#][\w.]+|\S+@\S+\.\w+/g, ' ');
  for (const m of clean.matchAll(WORD)) {
    const raw = m[0];
    if (/\d/.test(raw)) {
      const n = raw.replace(/^[£$€]/, '');
      if (exclude.has(n.toLowerCase())) continue;
      // Amounts and counts are specific; long digit runs are ids.
      // A lone digit ("2 March", "2 business days") says little; amounts and counts of 10+ do.
      if (/^[£$€]/.test(raw) || (n.length <= 4 && n.replace(/\D/g, '').length >= 2)) {
        numbers.add(n);
        if (/^[£$€]/.test(raw)) shown.push(raw);
      }
      continue;
    }
    const lower = raw.toLowerCase().replace(/’/g, "'");
    if (STOP.has(lower) || STOP.has(lower.replace(/'.*$/, '')) || lower.length < 3 || exclude.has(lower)) continue;
    const st = stem(lower);
    if (STOP.has(st)) continue;
    if (!stems.has(st)) shown.push(raw);
    stems.add(st);
    for (const g of groupsOf(st)) groups.add(g);
    for (const g of groupsOf(lower)) groups.add(g);
  }
  return { stems, groups, numbers, shown };
}

function ownText(ctx: RuleContext): string {
  return (
    ctx.text.sentences
      .filter((s) => s.region === 'body' && !ctx.text.overlapsNotOwn(s.start, s.end))
      // A bulleted list of help articles or links is boilerplate, not a restatement.
      .filter((s) => !/^[•·◦▪▫*–-]\s/.test(ctx.text.lines[s.line]?.text.trim() ?? ''))
      .map((s) => s.text)
      .join(' ')
  );
}

function isQuestion(text: string): boolean {
  return (
    /\?/.test(text) ||
    /^(?:hi[,!]?\s+)?(?:can|could|would|will|is|are|do|does|did|how|what|when|where|why|which|who|may)\b/i.test(
      text.trim(),
    )
  );
}

function acknowledgementFor(ctx: RuleContext): string | null {
  const c = ctx.customer!;
  if (c.issue) return `Thanks for letting me know ${c.issue}.`;
  if (c.subject) return `Thanks for getting in touch about ${c.subject}.`;
  return null;
}

const rule: Rule = {
  meta: {
    id: 'missing-acknowledgement',
    title: 'Missing acknowledgement',
    description:
      'Flags a reply that never refers to the customer’s specific issue (no word, amount or close synonym from their message), so it reads like a template.',
    rationale:
      'Listen / Hear / Acknowledge: restating the customer’s concern shows you read it and gets agreement on the problem before you solve it. A reply that could have been sent to anyone feels scripted and often answers the wrong question.',
    step: 'listen',
    defaultSeverity: 'suggestion',
    example:
      'Customer: “I was charged £12.99 for a subscription I cancelled.” Reply: “Thank you for contacting us. We value your feedback.”',
    english: true,
    options: {
      minCustomerWords: {
        type: 'number',
        default: 2,
        description: 'Only check when the customer’s message has at least this many specific words.',
      },
    },
  },
  check(ctx) {
    const c = ctx.customer;
    if (!c) return;
    const own = ownText(ctx);
    if (own.trim() === '') return;
    const exclude = new Set<string>();
    for (const d of c.details) exclude.add(d.value.toLowerCase());
    if (c.name) for (const n of c.name.split(/\s+/)) exclude.add(n.toLowerCase());
    const greetName = ctx.text.greeting?.name;
    if (greetName) for (const n of greetName.split(/\s+/)) exclude.add(n.toLowerCase());
    // Their sign-off name ("… Thanks, Jan") and a bare name line are not their issue.
    const signed =
      /(?:^|[.!?\n]\s*)(?:[-–—]\s*)?(?:thanks|thank you|cheers|regards|ta)?[,\s]*([\p{Lu}][\p{L}'-]+)(?:\s+[\p{Lu}][\p{L}'-]+)?[.!]?\s*$/u.exec(
        c.text,
      );
    if (signed) exclude.add(signed[1]!.toLowerCase());
    const theirs = termsOf(c.text, exclude);
    const min = numberOption(ctx, 'minCustomerWords', 2);
    if (theirs.stems.size + theirs.numbers.size < min) return;
    const ours = termsOf(own, new Set());
    const shared =
      [...theirs.stems].some((s) => ours.stems.has(s)) ||
      [...theirs.groups].some((g) => ours.groups.has(g)) ||
      [...theirs.numbers].some((n) => ours.numbers.has(n));
    if (shared) return;
    // A short chat answer that directly answers their question acknowledges it.
    if (ctx.channel !== 'email' && isQuestion(c.text)) {
      const first = ctx.text.sentences.find((s) => s.region === 'body');
      if (first && ANSWER.test(first.text.trim())) return;
    }
    const sentence = acknowledgementFor(ctx);
    let edit: Edit | null = null;
    if (sentence) {
      let text = apostrophesLike(ctx.draft, sentence);
      const first = ctx.text.sentences.find((s) => s.region === 'body' && !ctx.text.overlapsNotOwn(s.start, s.end));
      // The draft's own style after an inline greeting ("Hi Sara, thanks…").
      if (first && /^\p{Ll}/u.test(first.text) && ctx.text.greeting && !ctx.text.greeting.ownLine)
        text = text[0]!.toLowerCase() + text.slice(1);
      // A generic "Thanks for your message." opener becomes the specific one.
      if (first && GENERIC_THANKS.test(first.text.trim())) edit = { start: first.start, end: first.end, text };
      else edit = insertSentence(ctx, 'afterGreeting', text);
    }
    const at = edit ? edit.start : ctx.text.body.start;
    // Name the issue's own words first, not their feelings ("joke", "ridiculous").
    const feeling = c.signals
      .filter((g) => g.kind === 'emotion' || g.kind === 'shouting')
      .map((g) => g.text.toLowerCase());
    const issueText = (c.issue ?? '').toLowerCase();
    const key = theirs.shown
      .filter((w) => !feeling.some((f) => f.includes(w.toLowerCase())))
      .map((w, i) => ({ w, i, inIssue: issueText.includes(w.toLowerCase()) }))
      .sort((a, b) => Number(b.inIssue) - Number(a.inIssue) || a.i - b.i)
      .slice(0, 4)
      .map(({ w }) => `“${w}”`);
    ctx.report({
      start: at,
      end: at,
      message: `The reply never mentions the customer’s issue (${key.join(', ')}): restate it so they know you read their message${c.issue ? ` — e.g. that ${c.issue}` : ''}.`,
      fixes: edit
        ? [{ label: `${edit.end > edit.start ? 'Replace with' : 'Add'} “${edit.text.trim()}”`, edits: [edit] }]
        : [],
    });
  },
};

export default rule;
