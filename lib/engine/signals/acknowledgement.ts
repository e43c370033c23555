// Acknowledgement: does the reply show it heard this customer? Cues, each with a weight and the span that
// earned it; missing-acknowledgement compares the strongest with its calibrated threshold.
// - overlap: the customer's own content words, amounts or a close synonym in the agent's words ("charged"
//   ~ "payment"); boilerplate and generic objects ("account", "order") do not count;
// - answer: a chat reply that directly answers their question ("Yes, …", "Not at the moment…");
// - question: the reply asks about their situation ("Does the song appear greyed out?");
// - reaction: it responds to what they said ("Sorry to hear that", "That's great to hear!");
// - offer: on social, an offer to take up *their* problem ("We'd like to look into this with you — DM us");
// - engaged: in a chat turn or a social reply, a next step for their case (a question, a DM request, a link).

import type { RuleContext } from '../context';
import { Lru } from '../lru';
import { lineAt } from '../text';
import data from '../../../rules/data/missing-acknowledgement.json';
import thresholds from '../../../rules/data/thresholds.json';
import { readApology } from './apology';
import { readNextStep } from './next-step';
import { contentWords, stem, WORD_OR_NUMBER } from './terms';

const STOP = new Set(data.stopwords);
const ANSWER = new RegExp(data.answerStarts, 'iu');
export const GENERIC_THANKS = new RegExp(data.genericThanks, 'iu');
const GROUPS = new Map<string, number[]>();
(data.synonyms as string[][]).forEach((group, i) => {
  for (const g of group) GROUPS.set(g, [...(GROUPS.get(g) ?? []), i]);
});

function groupsOf(s: string): number[] {
  return GROUPS.get(s) ?? [];
}

export interface Terms {
  stems: Set<string>;
  groups: Set<number>;
  numbers: Set<string>;
  /** Key words as written, most specific first, for the message. */
  shown: string[];
}

export function termsOf(text: string, exclude: Set<string>): Terms {
  const stems = new Set<string>();
  const groups = new Set<number>();
  const numbers = new Set<string>();
  const shown: string[] = [];
  const clean = text.replace(/\bhttps?:\/\/\S+|\bwww\.\S+|[@#][\w.]+|\S+@\S+\.\w+/g, ' ');
  for (const w of contentWords(clean, { stop: STOP, stem, pattern: WORD_OR_NUMBER, exclude, stopStems: true })) {
    const raw = w.raw;
    if (w.number) {
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
    if (!stems.has(w.stem)) shown.push(raw);
    stems.add(w.stem);
    for (const g of groupsOf(w.stem)) groups.add(g);
    for (const g of groupsOf(w.lower)) groups.add(g);
  }
  return { stems, groups, numbers, shown };
}

/** The terms of one of the agent's sentences (nothing excluded), remembered by its text: treat as read-only. */
const ofSentence = new Lru<string, Terms>(2000);

/**
 * The customer's terms, by their message (analyzeCustomer hands out one CustomerInfo per message) and the words
 * left out; and under those terms, what each of the agent's sentences shows by its text alone. Neither changes
 * while the agent types, so a keystroke re-reads only the sentence being typed.
 */
let ofCustomer = new WeakMap<object, Map<string, Terms>>();
let bySentence = new WeakMap<Terms, Lru<string, SentenceCues>>();

/** What a sentence of the agent's shows, read from its text alone (and the customer's terms). */
interface SentenceCues {
  overlap: boolean;
  reaction: boolean;
  question: boolean;
  chatReaction: boolean;
  offer: boolean;
}

/** Forget every remembered sentence and customer (lib/engine/caches.ts). */
export function clearAcknowledgementCache(): void {
  ofSentence.clear();
  ofCustomer = new WeakMap();
  bySentence = new WeakMap();
}

function customerTerms(c: object, text: string, exclude: Set<string>): Terms {
  let byExclude = ofCustomer.get(c);
  if (!byExclude) ofCustomer.set(c, (byExclude = new Map()));
  const key = [...exclude].join('\u0000');
  let terms = byExclude.get(key);
  if (!terms) byExclude.set(key, (terms = termsOf(text, exclude)));
  return terms;
}

function sentenceCues(theirs: Terms, text: string): SentenceCues {
  let memo = bySentence.get(theirs);
  if (!memo) bySentence.set(theirs, (memo = new Lru(2000)));
  return memo.getOr(text, () => {
    const ours = sentenceTerms(text);
    const t = text.replace(/[’]/g, "'");
    return {
      overlap:
        [...theirs.stems].some((x) => ours.stems.has(x) || compoundOf(x, ours.stems)) ||
        [...theirs.groups].some((g) => ours.groups.has(g)) ||
        [...theirs.numbers].some((n) => ours.numbers.has(n)),
      reaction: REACTION.test(t),
      question: /\?/.test(t) && !SMALL_TALK.test(t),
      chatReaction: CHAT_REACTION.test(t),
      offer: OFFER_HELP.test(t),
    };
  });
}

function sentenceTerms(text: string): Terms {
  return ofSentence.getOr(text, () => termsOf(text, new Set()));
}

/** The body sentences the agent wrote, without bulleted lists (help articles or links are boilerplate). */
export function ownSentences(ctx: RuleContext) {
  return ctx.text.sentences
    .filter((s) => s.region === 'body' && !ctx.text.overlapsNotOwn(s.start, s.end))
    .filter((s) => !/^[•·◦▪▫*–-]\s/.test(lineAt(ctx.text, s.start)?.text.trim() ?? ''));
}

export function ownText(ctx: RuleContext): string {
  return ownSentences(ctx)
    .map((s) => s.text)
    .join(' ');
}

function isQuestion(text: string): boolean {
  return (
    /\?/.test(text) ||
    /^(?:hi[,!]?\s+)?(?:can|could|would|will|is|are|do|does|did|how|what|when|where|why|which|who|may)\b/i.test(
      text.trim(),
    )
  );
}

/**
 * A bare confirmation ("That's correct.", "Yes!", "Sure") answers a yes/no question, not one asking when, how
 * long, how much, which or where ("Can I cancel until when there is no charge?" → "That's correct.").
 */
function bareYes(text: string): boolean {
  return /^\W*(?:yes|yeah|yep|yup|sure|of course|absolutely|definitely|certainly|correct|right|exactly|that(?:['’]s| is) (?:correct|right))\W*$/i.test(
    text.trim(),
  );
}

function asksWh(text: string): boolean {
  return /\b(?:until when|till when|by when|when|how (?:long|much|many|often|soon)|which|where|what time|what date)\b[^.!?]*\?/i.test(
    text,
  );
}

export type AckKind = 'overlap' | 'answer' | 'question' | 'reaction' | 'offer' | 'engaged';

export interface AckEvidence {
  kind: AckKind;
  weight: number;
  start: number;
  end: number;
}

/**
 * How clearly each cue shows the reply heard this customer. A bare reaction ("Sorry to hear about your
 * experience") or a canned question ("Have you tried restarting?") fits any message, so alone it is not
 * enough; on social, where a reply is a line or two, a question about their case is.
 */
export const ACK_WEIGHTS: Record<AckKind, number> = {
  overlap: 0.9,
  answer: 0.8,
  question: 0.4,
  reaction: 0.4,
  offer: 0.7,
  engaged: 0.6,
};
/** In a chat turn or a social reply, a line or two long, a question about their case is enough. */
const SHORT_CHANNEL_QUESTION = 0.6;
/** A reaction that names something ("We're sorry your order is late") rather than "your experience". */
const SPECIFIC_REACTION = 0.6;
const GENERIC_OBJECT =
  /\b(?:sorry|glad|happy|great|good) (?:to (?:hear|know|see|read) )?(?:about |for |of )?(?:that|this|it|your (?:experience|feedback|message|concern|issue|situation)|the (?:inconvenience|trouble|issue|experience|situation)|any (?:inconvenience|trouble|issues?))\b/i;

/** A chat turn opening on a reaction word: "Okay great!", "Perfect.", "Sounds good!". */
const CHAT_REACTION =
  /^\W*(?:(?:ok|okay|alright|all right)[,!.]?\s*)?(?:great|perfect|awesome|excellent|wonderful|brilliant|lovely|sounds good|that's fine|no worries|no problem)\b\s*[!.,]/i;

/** A question that closes or makes small talk says nothing about this customer. */
const SMALL_TALK =
  /\b(?:anything else|something else|any other|further (?:questions?|assistance|help)|how are you|how (?:are|is) (?:your|the) (?:day|week|weekend)|how (?:can|may|could) (?:i|we) (?:help|assist|be of (?:help|assistance|service))|what (?:can|could|may) (?:i|we) (?:do|help you with|assist you with)(?: for you)?(?: today)?\s*\?)/i;
const REACTION =
  /\b(?:sorry (?:to hear|about|for|that|you|your|the)|(?:that|this)(?:'s| is| sounds) (?:great|good|awesome|wonderful|fantastic|amazing|brilliant|frustrating|annoying|not (?:good|ideal|great|what)|concerning|odd|strange)|(?:great|glad|happy|pleased|good) to (?:hear|know|see)|glad (?:you|it|that)|congrat|so sorry|we(?:'re| are) sorry|i(?:'m| am) sorry|sounds like|i can see (?:why|how|that)|i understand (?:that|your|how|why))\b/i;
const OFFER_HELP =
  /\b(?:(?:we|i)(?:'d| would) (?:like|love) to (?:help|look|assist|check|take a look|get|sort|investigate)|(?:we|i)(?:'re| are| am|'m) (?:here|happy|glad) to (?:help|assist|look)|(?:we|i) can (?:help|look into|check|take a look)|so (?:we|i) can (?:help|look|assist|check|investigate|take a look|get|further assist|sort|review|follow up)|(?:look|looking) into (?:this|that|it)|take a (?:closer )?look)\b/i;

/** Asking who they are or which order it is: the start of looking into their case. */
const IDENTIFY =
  /\b(?:name|account|e-?mail|order|number|id|serial|phone|address|username|booking|reference|postcode|zip|details)\b/i;

export interface AckReading {
  score: number;
  evidence: AckEvidence[];
  /** The customer's specific terms (what there is to acknowledge). */
  theirs: Terms;
}

const memo = new WeakMap<object, AckReading | null>();

/** The reply's acknowledgement of the customer's message, or null when there is no message. Memoised. */
export function readAcknowledgement(ctx: RuleContext, minCustomerWords: number): AckReading | null {
  if (memo.has(ctx.text)) return memo.get(ctx.text)!;
  const reading = compute(ctx, minCustomerWords);
  memo.set(ctx.text, reading);
  return reading;
}

/**
 * Their word behind a one- or two-letter prefix in ours, or ours in theirs ("books" ~ "eBooks", "phone" ~
 * "iPhone"): the same thing named. A longer head is another word ("book" ~ "Facebook", "card" ~ "discard").
 */
function compoundOf(x: string, ours: Set<string>): boolean {
  if (x.length < 4) return false;
  for (const y of ours) {
    const [short, long] = y.length < x.length ? [y, x] : [x, y];
    if (short.length >= 4 && long.length - short.length <= 2 && long !== short && long.endsWith(short)) return true;
  }
  return false;
}

function compute(ctx: RuleContext, minCustomerWords: number): AckReading | null {
  const c = ctx.customer;
  if (!c) return null;
  const body = ownSentences(ctx);
  // ownText(ctx) is blank (the body's sentences joined; each is trimmed, so none is blank).
  if (body.every((s) => s.text.trim() === '')) return null;
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
  const theirs = customerTerms(c, c.text, exclude);
  if (theirs.stems.size + theirs.numbers.size < minCustomerWords) return { score: 1, evidence: [], theirs };
  const evidence: AckEvidence[] = [];
  const add = (kind: AckKind, s: { start: number; end: number }) =>
    evidence.push({
      kind,
      weight:
        kind === 'question' && (ctx.channel === 'social' || (ctx.channel === 'chat' && !c.intent.question))
          ? SHORT_CHANNEL_QUESTION
          : kind === 'reaction' && !GENERIC_OBJECT.test(ctx.draft.slice(s.start, s.end).replace(/[’]/g, "'"))
            ? SPECIFIC_REACTION
            : ACK_WEIGHTS[kind],
      start: s.start,
      end: s.end,
    });
  const empathy = readApology(ctx).filter((a) => a.kind === 'empathy');
  for (const s of body) {
    const cues = sentenceCues(theirs, s.text);
    if (cues.overlap) add('overlap', s);
    // Feeling with them about their situation ("We know not having service is rough") reacts to it too.
    if (cues.reaction || empathy.some((a) => a.start < s.end && a.end > s.start)) add('reaction', s);
    if (cues.question) add('question', s);
    // In a chat, "Okay, great!" / "Perfect!" opening the turn answers what they just told us ("I'll pay at
    // the ATM now"): the reply to a statement, not to a question or a problem (those need more).
    if (ctx.channel === 'chat' && s === body[0] && !c.intent.question && !c.intent.problem && cues.chatReaction)
      evidence.push({ kind: 'reaction', weight: SPECIFIC_REACTION, start: s.start, end: s.end });
    if (ctx.channel === 'social' && cues.offer) add('offer', s);
  }
  // In a social reply or a chat turn in the middle of a conversation, moving *their* case on (a step, a
  // DM request, a link) responds to it. A chat reply that opens the conversation (it greets, or answers a
  // greeting) must show it read the message: only the steps that start on *their* case count there —
  // looking it up ("let me check", "one moment while I pull up your account") or asking who they are —
  // not a canned fix ("have you tried restarting?") or a bare "I've escalated this".
  const opening =
    ctx.channel === 'chat' && !c.intent.continuation && (!!ctx.text.greeting || /^\W*(?:hi|hello|hey)\b/i.test(c.text));
  if (ctx.channel !== 'email') {
    // A bare offer of help asked as a question ("How can I help?", "Anything else I can do?") moves a chat on
    // but says nothing of what they wrote: it is no engagement with their case (a DM request still is).
    const steps = readNextStep(ctx).evidence.filter(
      (e) =>
        e.weight >= thresholds.nextStep &&
        e.kind !== 'handover' &&
        e.kind !== 'handed' &&
        !(e.kind === 'question' && SMALL_TALK.test(ctx.draft.slice(e.start, e.end).replace(/[’]/g, "'"))),
    );
    const step = opening
      ? steps.find(
          (e) =>
            e.kind === 'wait' ||
            /\b(?:let me|allow me to|i(?:'ll| will)) (?:check|look|see|pull|review|verify|find)\b/i.test(
              ctx.draft.slice(e.start, e.end).replace(/[’]/g, "'"),
            ) ||
            (e.kind === 'question' && IDENTIFY.test(ctx.draft.slice(e.start, e.end))),
        )
      : steps[0];
    if (step) add('engaged', step);
  }
  // A chat or social reply that answers their question in plain statements ("Our credits apply to both").
  if (ctx.channel !== 'email' && readNextStep(ctx).answered && body[0] && !body.some((x) => /\?/.test(x.text)))
    add('answer', body[0]);
  // A short chat answer that directly answers their question acknowledges it.
  if (ctx.channel !== 'email' && isQuestion(c.text)) {
    const first = body[0];
    if (first && ANSWER.test(first.text.trim()) && !(bareYes(first.text) && body.length === 1 && asksWh(c.text)))
      add('answer', first);
  }
  evidence.sort((a, b) => b.weight - a.weight || a.start - b.start);
  return { score: evidence[0]?.weight ?? 0, evidence, theirs };
}
