import type { RuleContext } from '../lib/engine/context';
import { insertionOffset, paragraphBreak, numberOption } from '../lib/engine/helpers';
import type { Term } from '../lib/engine/nlp';
import type { Sentence } from '../lib/engine/text';
import type { Edit, PhraseEntry, Rule } from '../lib/engine/types';
import closingData from './data/missing-closing.json';
import handoverData from './data/escalation-handover.json';
import data from './data/missing-next-step.json';
import { hasConcreteTime } from './vague-timeframe';

// The reply never says what happens next: no action taken or promised by us ("I've issued…", "we'll
// send…", "your refund will arrive by…"), no instruction or offer to the customer ("please click…",
// "reply with…", "you can return it…", "shall I book it?"), nothing handed over ("here's your link").
// Grammar, not word lists: compromise's tags give the tense, the subject, negation and imperatives.

const NOT_ACTIONS = new Set(data.notActions);
const NOT_INSTRUCTIONS = new Set(data.notInstructions);
const ADVICE = new Set(data.adviceVerbs);
const SIGNALS = data.signals as PhraseEntry[];
const CLOSINGS = closingData.closings as PhraseEntry[];
/** Handing the case on is an action (escalation-handover judges whether it is a clear one). */
const HANDOVERS = handoverData.handovers as PhraseEntry[];
const CUSTOMER_NO_ASK = new RegExp(data.customerNoAsk, 'iu');

const FIRST_PERSON = new Set(['i', 'we']);
/** Verbs that keep things as they are ("will continue", "will stay", "will still apply"). */
const STATUS_QUO = new Set(['continue', 'continu', 'stay', 'last', 'stand', 'persist', 'carry on', 'exist']);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'gonna']);
const AUX = new Set([
  'have',
  'has',
  'had',
  'will',
  'shall',
  'am',
  'are',
  'is',
  'was',
  'were',
  'can',
  'could',
  'would',
  'should',
  'may',
  'might',
  'going',
  'to',
  'be',
  'been',
  'being',
  'do',
  'did',
  'just',
  'also',
  'now',
  'already',
  'then',
  'personally',
  'actually',
  'still',
  'gladly',
  'happily',
  'quickly',
  'immediately',
  'both',
  'all',
  'again',
  'really',
  'definitely',
  'certainly',
  'now',
  'today',
]);
const NEGATIVE = new Set(['not', 'never', 'unable', "n't", 'no', 'cannot']);
const HAPPY = new Set(['happy', 'glad', 'pleased', 'delighted']);

function isVerb(t: Term): boolean {
  return t.tags.has('Verb') || t.tags.has('Infinitive') || t.tags.has('PastTense') || t.tags.has('Gerund');
}

function base(t: Term): string {
  return t.normal.replace(/[^a-z'-]/g, '');
}

/** Crude lemma for the verb lists: "checked" → "check", "apologised" → "apologise". */
function lemma(word: string): string {
  const w = word.toLowerCase();
  if (NOT_ACTIONS.has(w) || ADVICE.has(w)) return w;
  for (const [suffix, rep] of [
    ['ied', 'y'],
    ['ies', 'y'],
    ['ised', 'ise'],
    ['ized', 'ize'],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (w.endsWith(suffix)) {
      const cand = w.slice(0, -suffix.length) + rep;
      if (NOT_ACTIONS.has(cand) || ADVICE.has(cand)) return cand;
    }
  }
  return w;
}

interface Clause {
  aux: string[];
  verb: Term | null;
  negated: boolean;
  /** Index of the verb (or of the term where reading stopped). */
  at: number;
}

/** From a subject at index k, read the auxiliaries and the main verb that follow it. */
function readClause(ts: Term[], k: number, ignore: (t: Term) => boolean): Clause {
  const aux: string[] = [];
  let negated = false;
  for (let j = k + 1; j < Math.min(ts.length, k + 7); j++) {
    const t = ts[j]!;
    if (ignore(t)) return { aux, verb: null, negated, at: j };
    const n = base(t);
    if (NEGATIVE.has(n) || t.tags.has('Negative')) {
      negated = true;
      continue;
    }
    if (AUX.has(n) || t.tags.has('Auxiliary') || t.tags.has('Modal') || (t.tags.has('Adverb') && !isVerb(t))) {
      aux.push(n);
      continue;
    }
    if (isVerb(t) || HAPPY.has(n)) return { aux, verb: t, negated, at: j };
    return { aux, verb: null, negated, at: j };
  }
  return { aux, verb: null, negated, at: ts.length };
}

/** "… happy to <verb>" / "… to <verb>" where the verb is an action (not "help", "assist"). */
function toAction(ts: Term[], j: number): boolean {
  const to = ts[j];
  const v = ts[j + 1];
  return !!to && base(to) === 'to' && !!v && isVerb(v) && !NOT_ACTIONS.has(lemma(base(v)));
}

const PASSIVE_AUX = new Set(['is', 'are', 'am', 'be', 'been', 'being', 'will', 'has', 'have', 'get', 'gets', 'got']);

/** A sentence about the past ("a decision was taken this week"), not a passive present ("is booked for Friday"). */
function simplePast(ts: Term[]): boolean {
  return ts.some((t, i) => {
    const n = base(t);
    if (['was', 'were', 'did', 'had'].includes(n)) return true;
    const prev = ts[i - 1];
    return t.tags.has('PastTense') && !(prev && (PASSIVE_AUX.has(base(prev)) || prev.tags.has('Adverb')));
  });
}

function sentenceHasStep(
  ctx: RuleContext,
  sentence: Sentence,
  closingSpans: { start: number; end: number }[],
): boolean {
  // Social @mentions before the words ("@jan Please send us…") hide the imperative from the tagger.
  const lead = /^(?:@[\p{L}\p{N}_.]+[,:]?\s+)+/u.exec(sentence.text)?.[0].length ?? 0;
  const s: Sentence = lead ? { ...sentence, start: sentence.start + lead, text: sentence.text.slice(lead) } : sentence;
  const inClosing = (t: Term) => closingSpans.some((c) => t.start < c.end && t.end > c.start);
  const ts = ctx.terms(s);
  const question = /\?\s*$/.test(s.text);

  // 0. A time for what happens next: "your order is scheduled for delivery on Friday", "refunds take
  // 3-5 working days" — not a past event ("was taken this week") and not a refusal.
  if (
    !question &&
    hasConcreteTime(s.text, { allowNow: false }) &&
    !ts.some((t) => t.tags.has('Negative') || NEGATIVE.has(base(t))) &&
    !simplePast(ts) &&
    !/\b(?:yesterday|ago|last (?:week|month|night|time))\b/i.test(s.text) &&
    // Thanks or sympathy restate the customer's own dates ("thanks for… before you move in June"), and the
    // status quo ("your contract will continue until November") is no step.
    !/^\W*(?:thank|thanks|many thanks|sorry|(?:i|we)(?: a|')m sorry|(?:i|we) are sorry|apologies|(?:i|we) apologi[sz]e|(?:i|we) (?:completely |totally )?understand|(?:i|we) can see|(?:i|we) appreciate)\b/i.test(
      s.text,
    ) &&
    !ts.some((t) => isVerb(t) && STATUS_QUO.has(lemma(base(t))))
  )
    return true;

  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (inClosing(t)) continue;
    const n = base(t);

    // 1. We act, acted or will act: "I've issued", "we'll send", "I'm sending", "I can show you".
    if (FIRST_PERSON.has(n)) {
      const c = readClause(ts, k, inClosing);
      if (c.negated) continue;
      const future = c.aux.some((a) => FUTURE_AUX.has(a)) || c.aux.includes('going');
      const modal = c.aux.find((a) => ['can', 'could', 'would', 'may', 'might'].includes(a));
      if (!c.verb) {
        // "I'll be in touch", "we'll be back with you"
        const nx = ts[c.at];
        if (future && c.aux.includes('be') && nx && ['in', 'there', 'back', 'with', 'able'].includes(base(nx)))
          return true;
        continue;
      }
      const v = lemma(base(c.verb));
      // "I'd be happy to call you" is an offer; "happy to help" is a closing.
      if (HAPPY.has(v)) {
        if (toAction(ts, c.at + 1)) return true;
        continue;
      }
      if (NOT_ACTIONS.has(v)) continue;
      if (ADVICE.has(v)) return true;
      // "we are committed to…", "I was told…": a state or a passive, not something we did.
      const be = c.aux.some((a) => ['am', 'are', 'is', 'was', 'were', 'be', 'been', 'being'].includes(a));
      if (be && c.verb.tags.has('PastTense') && !future && !modal) continue;
      if (question && modal && modal !== 'can') continue;
      if (future || modal) return true;
      if (
        c.verb.tags.has('PastTense') ||
        c.verb.tags.has('Gerund') ||
        c.aux.some((a) => ['have', 'has', 'had'].includes(a))
      )
        return true;
      continue;
    }

    // 2. Something will happen: "you'll receive", "your refund will arrive", "it will be delivered".
    if (FUTURE_AUX.has(n) && k > 0 && !question) {
      const c = readClause(ts, k - 1, inClosing);
      if (c.negated) continue;
      if (!c.verb) {
        // "it will be with you by Friday", "you'll be able to log in"
        if (c.aux.includes('be') && ts[c.at] && !['sorry', 'happy', 'glad'].includes(base(ts[c.at]!))) return true;
        continue;
      }
      const v2 = lemma(base(c.verb));
      // The status quo is not a step: "your contract will continue until November", "the charge will stay".
      if (STATUS_QUO.has(v2) && !toAction(ts, c.at + 1)) continue;
      if (!NOT_ACTIONS.has(v2)) return true;
      continue;
    }

    // 3. An instruction or option for the customer: "you can return it", "you'll need to", "you should receive".
    if (n === 'you' && !question) {
      const c = readClause(ts, k, inClosing);
      if (!c.verb || c.negated) continue;
      if (c.aux.includes('have') || c.aux.includes('had')) continue; // "you should have checked"
      const v = lemma(base(c.verb));
      if (v === 'need') {
        if (toAction(ts, c.at + 1)) return true;
        continue;
      }
      // "you can see / view / find it in the app": where to look is an option, unlike "I can see your order".
      const where = /\b(?:in|on|under|via|from|at) (?:the|your|our|my) [\p{L}-]+/u.test(
        s.text.slice(c.verb.end - s.start),
      );
      if (NOT_ACTIONS.has(v) && !(['see', 'read'].includes(v) && where)) continue;
      const modal = c.aux.find((a) => ['can', 'could', 'may', 'might', 'should'].includes(a));
      if (modal === 'should' && !hasConcreteTime(s.text)) continue;
      if (modal) return true;
      continue;
    }

    // 4. Imperatives: "please click", "reply with your choice", "bring your confirmation email".
    if (t.tags.has('Imperative') && !NOT_INSTRUCTIONS.has(lemma(n)) && !question) {
      const prev = ts[k - 1];
      if (prev && (NEGATIVE.has(base(prev)) || prev.tags.has('Negative'))) continue;
      const next = ts[k + 1];
      if (next && (base(next) === 'not' || next.tags.has('Negative'))) continue;
      return true;
    }

    // 5. An expectation with a time: "it should reach your account within 3 working days".
    if (n === 'should' && !question && hasConcreteTime(s.text)) {
      const nx = ts[k + 1];
      if (nx && base(nx) !== 'have' && !NEGATIVE.has(base(nx)) && !nx.tags.has('Negative')) return true;
    }

    // 6. Something is being done: "a replacement is being sent today".
    const nx = ts[k + 1];
    if (n === 'being' && nx && (nx.tags.has('PastTense') || nx.tags.has('Passive') || /(?:ed|en)$/.test(nx.normal)))
      return true;
  }
  return false;
}

const INFO_QUESTION =
  /(?:^|[.!?\n]\s*|\b(?:hi|hello|hey),?\s+)(?:which|what|when|where|how|is|are|do|does|did|can|could|will|would|have|has)\b[^.!?\n]*\?/i;
/** A request for a piece of information ("I need the TV licence number for my records"). */
const INFO_REQUEST =
  /\b(?:i need|i['’]d like|i would like|i['’]m looking for|please (?:send|give|tell|confirm)(?: me)?|can i (?:have|get)|could i (?:have|get))\b[^.!?\n]{0,30}\b(?:number|copy|details|code|reference|address|hours|price|cost|date|password|link|balance)\b/i;
/** The reply hands the information over: a number, a link, an attachment. */
const GIVES_INFO = /\d|https?:\/\/|www\.|\battached\b|\bhere (?:is|are)\b|\bhere['’]s\b/i;
const REFUSAL =
  /\b(?:no|not|never|unable|unfortunately|cannot|can't|won't|isn't|aren't|don't|doesn't|nothing|impossible)\b|n't\b/i;

/**
 * The customer asked a plain question ("Which card did I use?") without a complaint, and the reply
 * answers it without refusing anything: the answer is the solution, no further step is due.
 */
function answersPlainQuestion(ctx: RuleContext, body: Sentence[]): boolean {
  const c = ctx.customer;
  if (!c || c.upset || /\bwhy\b/i.test(c.text)) return false;
  const asked = INFO_QUESTION.test(c.text);
  if (!asked && !(INFO_REQUEST.test(c.text) && body.some((s) => GIVES_INFO.test(s.text)))) return false;
  return !body.some((s) => REFUSAL.test(s.text));
}

const NOT_ISSUE =
  /\b(?:mum|mom|mother|dad|father|parents?|wife|husband|son|daughter|kids?|children|baby|partner|landlord|manager|boss|lead|team|colleagues?|friends?|neighbou?rs?|family|name|job|money|life|eyes|heart|day|week|month|year|self|head|first|second|third|fourth|fifth|last time|experience)\b/i;

/** The customer's issue in the agent's words ("your parcel", "your March invoice"), or null. */
export function issuePhrase(ctx: RuleContext): string | null {
  const topics = ctx.customer?.topics ?? [];
  const name = (ctx.input.customerName ?? '').toLowerCase();
  for (const raw of topics) {
    const t = raw
      .replace(/^[-–—\s]+|[-–—\s.,;:!?)(]+$/g, '')
      .replace(/\s+(?:\d+\s+\w+\s+ago|ago|today|yesterday|earlier|online|this \w+|last \w+)$/i, '')
      .trim();
    const m = /^(my|our|the|this|that)\s+(.+)$/i.exec(t);
    if (!m) continue;
    const rest = m[2]!.replace(/^(?:same|whole|entire|very|own|other)\s+/i, '');
    const words = rest.split(/\s+/);
    if (words.length > 4) continue;
    if (/[@{}()'"#\d]/.test(rest) && !/^order\b/i.test(rest)) continue;
    if (m[1]!.toLowerCase() !== 'my' && m[1]!.toLowerCase() !== 'our' && /^\p{Lu}/u.test(rest)) continue;
    if (/\b(?:time|nobody|someone|joke|chat|phone earlier|way)\b/i.test(rest) || /_/.test(rest)) continue;
    // People and things that aren't the issue ("your mum", "your landlord", "your job", "your fourth email").
    if (NOT_ISSUE.test(rest)) continue;
    if (name && rest.toLowerCase().includes(name)) continue;
    return `your ${/^\p{Lu}\p{Ll}/u.test(rest) && m[1]!.toLowerCase() !== 'my' ? rest.toLowerCase() : rest}`;
  }
  return null;
}

/**
 * An inserted sentence that follows unpunctuated text on the same line ("…not something we offer")
 * first closes that sentence with a full stop.
 */
export function punctuated(ctx: RuleContext, edit: Edit): Edit {
  const before = ctx.draft.slice(0, edit.start).replace(/[ \t]+$/, '');
  const sameLine = !/\n\s*$/.test(ctx.draft.slice(0, edit.start)) && !/^\s*\n/.test(edit.text);
  if (sameLine && /[\p{L}\p{N}]$/u.test(before) && edit.text.startsWith(' ')) return { ...edit, text: '.' + edit.text };
  return edit;
}

/** Insert a sentence at the end of the body, before a closing question if the reply ends with one. */
function insertBeforeClosing(ctx: RuleContext, sentence: string, closingSpans: { start: number }[]): Edit {
  const body = ctx.text.sentences.filter((s) => s.region === 'body');
  const last = body[body.length - 1];
  if (last && body.length > 1 && closingSpans.some((c) => c.start >= last.start && c.start < last.end)) {
    const prev = body[body.length - 2]!;
    const sameLine = prev.line === last.line;
    const br = sameLine ? ' ' : paragraphBreak(ctx) === ' ' ? '\n' : paragraphBreak(ctx);
    return { start: last.start, end: last.start, text: sentence + br };
  }
  const at = insertionOffset(ctx, 'end');
  const br = paragraphBreak(ctx);
  return punctuated(ctx, { start: at, end: at, text: (at > 0 ? br : '') + sentence });
}

const rule: Rule = {
  meta: {
    id: 'missing-next-step',
    title: 'No next step',
    description:
      'Flags a reply that never says what happens next: no action taken or promised (“I’ve issued…”, “we’ll send…”), no instruction or offer (“please reply with…”, “you can return it…”), nothing handed over.',
    rationale:
      'Solve / Take action: the customer reads a reply to find out what happens now. Without an action, an instruction or a promise, they have to write again — and a reply that only sympathises or explains feels like a brush-off.',
    step: 'solve',
    defaultSeverity: 'warning',
    example: 'Thanks for getting in touch about order HD-3310. The refund has been declined.',
    english: true,
    options: {
      minWords: {
        type: 'number',
        default: 6,
        description: 'Replies shorter than this many words (quick chat lines) are not checked.',
      },
    },
  },
  check(ctx) {
    const minWords = numberOption(ctx, 'minWords', 6);
    if (ctx.text.wordCount < minWords) return;
    const body = ctx.text.sentences.filter((s) => s.region === 'body');
    if (body.length === 0) return;
    if (ctx.match([...SIGNALS, ...HANDOVERS], { regions: ['body'] }).length > 0) return;
    if (answersPlainQuestion(ctx, body)) return;
    // Thanks or praise from the customer, with nothing to solve.
    const c = ctx.customer;
    if (c && !c.upset && !c.text.includes('?') && CUSTOMER_NO_ASK.test(c.text)) return;
    const closingSpans = ctx.match(CLOSINGS).map((m) => ({ start: m.start, end: m.end }));
    if (body.some((s) => sentenceHasStep(ctx, s, closingSpans))) return;

    const issue = issuePhrase(ctx) ?? 'this';
    const chat = ctx.channel !== 'email';
    const options = chat
      ? [
          `I’ll look into ${issue} now and update you here within the hour.`,
          `Here’s what I’ll do next: I’ll check ${issue} today and message you by the end of the day.`,
        ]
      : [
          `I’ll look into ${issue} today and email you by the end of the day with what happens next.`,
          `Here’s what happens next: I’ll check ${issue} and update you within 24 hours.`,
        ];
    const edits = options.map((o) => insertBeforeClosing(ctx, o, closingSpans));
    const at = edits[0]!.start;
    ctx.report({
      start: at,
      end: at,
      message:
        'The reply doesn’t say what happens next: add the action you’re taking (“I’ve issued…”, “I’ll send…”) or what the customer should do, with a time.',
      fixes: edits.map((e, i) => ({ label: `Add “${options[i]}”`, edits: [e] })),
    });
  },
};

export default rule;
