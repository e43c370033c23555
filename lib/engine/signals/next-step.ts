// Next step: what in the reply moves the customer's case on — an action taken or promised ("I've issued
// a refund", "we'll send a courier"), an instruction or option ("please reply with…", "you can return
// it…"), a question back ("Does the song appear greyed out?"), a request to continue privately ("DM us
// your order number"), a link, a "one moment while I check" in a live chat, a hand-over, a time for what
// happens next. Each piece of evidence has a kind, a weight and its sentence; missing-next-step compares
// the strongest with its calibrated threshold. The grammar reads compromise's tags: tense, person,
// negation, imperatives, modals.

import type { RuleContext } from '../context';
import { Lru } from '../lru';
import type { Term } from '../nlp';
import type { PhraseMatch } from '../phrases';
import type { Sentence } from '../text';
import type { PhraseEntry } from '../types';
import closingData from '../../../rules/data/missing-closing.json';
import handoverData from '../../../rules/data/escalation-handover.json';
import data from '../../../rules/data/missing-next-step.json';
import { prefixStem, sharesContentWord } from './terms';
import { hasConcreteTime } from './time';

export type StepKind =
  | 'time'
  | 'promise'
  | 'offer'
  | 'advice'
  | 'done'
  | 'passive'
  | 'instruction'
  | 'option'
  | 'question'
  | 'contact'
  | 'link'
  | 'wait'
  | 'handover'
  | 'handed';

export interface StepEvidence {
  kind: StepKind;
  /** 0 … 1: how clearly this moves the case on. */
  weight: number;
  start: number;
  end: number;
}

/** How clearly each kind of evidence is a next step. */
export const STEP_WEIGHTS: Record<StepKind, number> = {
  time: 0.9,
  promise: 0.9,
  offer: 0.8,
  advice: 0.8,
  done: 0.9,
  passive: 0.8,
  instruction: 0.9,
  option: 0.8,
  question: 0.8,
  contact: 0.9,
  link: 0.7,
  wait: 0.7,
  handover: 0.8,
  handed: 0.8,
};

const SIGNALS = data.signals as PhraseEntry[];
const CLOSINGS = closingData.closings as PhraseEntry[];
/** Handing the case on is an action (escalation-handover judges whether it is a clear one). */
const HANDOVERS = handoverData.handovers as PhraseEntry[];
const NOT_ACTIONS = new Set(data.notActions);
const NOT_INSTRUCTIONS = new Set(data.notInstructions);
const ADVICE = new Set(data.adviceVerbs);

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

function grammarStep(
  ctx: RuleContext,
  sentence: Sentence,
  closingSpans: { start: number; end: number }[],
): StepKind | null {
  // Social @mentions before the words ("@jan Please send us…") hide the imperative from the tagger.
  // So do a leading "OK," / "Alright," / "Sure," ("OK, tap and hold the power button").
  const lead =
    /^(?:(?:@[\p{L}\p{N}_.]+|ok|okay|alright|all right|sure|great|perfect|right|yes|yeah|well|so|now|first|next|also|then)[,:!]?\s+)+/iu.exec(
      sentence.text,
    )?.[0].length ?? 0;
  const s: Sentence = lead ? { ...sentence, start: sentence.start + lead, text: sentence.text.slice(lead) } : sentence;
  const inClosing = (t: Term) => closingSpans.some((c) => t.start < c.end && t.end > c.start);
  const ts = ctx.terms(s);
  const question = /\?\s*$/.test(s.text);

  // 0. A time for what happens next: "your order is scheduled for delivery on Friday", "refunds take
  // 3-5 working days" — not a past event ("was taken this week") and not a refusal.
  // ("I'll be glad to assist you today" is a closing with a day in it.)
  const closingHere = closingSpans.some((c) => c.start < s.end && c.end > s.start);
  if (
    !question &&
    !closingHere &&
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
    return 'time';

  // The sentence's first word after any lead ("OK," / "@jan"), for the instructions the tagger misreads.
  const firstWord = ts.findIndex((x) => x.start >= s.start && !x.tags.has('Expression'));
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
          return 'promise';
        continue;
      }
      const v = lemma(base(c.verb));
      // "I'd be happy to call you" is an offer; "happy to help" is a closing.
      if (HAPPY.has(v)) {
        if (toAction(ts, c.at + 1)) return 'offer';
        continue;
      }
      if (NOT_ACTIONS.has(v)) continue;
      if (ADVICE.has(v)) return 'advice';
      // "we are committed to…", "I was told…": a state or a passive, not something we did.
      const be = c.aux.some((a) => ['am', 'are', 'is', 'was', 'were', 'be', 'been', 'being'].includes(a));
      if (be && c.verb.tags.has('PastTense') && !future && !modal) continue;
      if (question && modal && modal !== 'can') continue;
      if (future || modal) return 'promise';
      if (
        c.verb.tags.has('PastTense') ||
        c.verb.tags.has('Gerund') ||
        c.aux.some((a) => ['have', 'has', 'had'].includes(a))
      )
        return 'done';
      continue;
    }

    // 2. Something will happen: "you'll receive", "your refund will arrive", "it will be delivered".
    if (FUTURE_AUX.has(n) && k > 0 && !question) {
      const c = readClause(ts, k - 1, inClosing);
      if (c.negated) continue;
      if (!c.verb) {
        // "it will be with you by Friday", "you'll be able to log in"
        if (c.aux.includes('be') && ts[c.at] && !['sorry', 'happy', 'glad'].includes(base(ts[c.at]!))) return 'passive';
        continue;
      }
      const v2 = lemma(base(c.verb));
      // The status quo is not a step: "your contract will continue until November", "the charge will stay".
      if (STATUS_QUO.has(v2) && !toAction(ts, c.at + 1)) continue;
      if (!NOT_ACTIONS.has(v2)) return 'passive';
      continue;
    }

    // 3. An instruction or option for the customer: "you can return it", "you'll need to", "you should receive".
    if (n === 'you' && !question) {
      const c = readClause(ts, k, inClosing);
      if (!c.verb || c.negated) continue;
      // "you should have checked" is blame; "you have to erase it" / "you'll have to re-add them" instructs.
      if ((c.aux.includes('have') || c.aux.includes('had')) && !(ts[c.at - 1] && base(ts[c.at - 1]!) === 'to'))
        continue;
      const v = lemma(base(c.verb));
      if (v === 'need') {
        if (toAction(ts, c.at + 1)) return 'instruction';
        continue;
      }
      // "you can see / view / find it in the app": where to look is an option, unlike "I can see your order".
      const where = /\b(?:in|on|under|via|from|at) (?:the|your|our|my) [\p{L}-]+/u.test(
        s.text.slice(c.verb.end - s.start),
      );
      if (NOT_ACTIONS.has(v) && !(['see', 'read'].includes(v) && where)) continue;
      // "you have to erase it", "you'll need to", "you've got to": an instruction.
      if (c.aux.includes('to') && c.aux.some((a) => ['have', 'has', 'got', 'need', 'needs'].includes(a)))
        return 'instruction';
      const modal = c.aux.find((a) => ['can', 'could', 'may', 'might', 'should'].includes(a));
      if (modal === 'should' && !hasConcreteTime(s.text)) continue;
      if (modal) return 'option';
      continue;
    }

    // 4a. "Be sure to set up…", "be certain to bring…": "be" is no instruction by itself, but this one is.
    if (
      n === 'be' &&
      !question &&
      ts[k + 1] &&
      ['sure', 'certain'].includes(base(ts[k + 1]!)) &&
      toAction(ts, k + 2) &&
      !(ts[k - 1] && (NEGATIVE.has(base(ts[k - 1]!)) || ts[k - 1]!.tags.has('Negative') || isVerb(ts[k - 1]!)))
    )
      return 'instruction';

    // 4. Imperatives: "please click", "reply with your choice", "bring your confirmation email".
    if (t.tags.has('Imperative') && !NOT_INSTRUCTIONS.has(lemma(n)) && !question) {
      const prev = ts[k - 1];
      if (prev && (NEGATIVE.has(base(prev)) || prev.tags.has('Negative'))) continue;
      const next = ts[k + 1];
      if (next && (base(next) === 'not' || next.tags.has('Negative'))) continue;
      return 'instruction';
    }

    // 4b. "Tap and hold the power button": the tagger reads a first verb as a noun before "and <verb>".
    if (
      k === firstWord &&
      !question &&
      ts[k + 1] &&
      base(ts[k + 1]!) === 'and' &&
      ts[k + 2]?.tags.has('Infinitive') &&
      !NOT_INSTRUCTIONS.has(lemma(n)) &&
      ts[k + 3] !== undefined
    )
      return 'instruction';

    // 5. An expectation with a time: "it should reach your account within 3 working days".
    if (n === 'should' && !question && hasConcreteTime(s.text)) {
      const nx = ts[k + 1];
      if (nx && base(nx) !== 'have' && !NEGATIVE.has(base(nx)) && !nx.tags.has('Negative')) return 'passive';
    }

    // 6. Something is being done: "a replacement is being sent today".
    const nx = ts[k + 1];
    if (n === 'being' && nx && (nx.tags.has('PastTense') || nx.tags.has('Passive') || /(?:ed|en)$/.test(nx.normal)))
      return 'done';
  }
  return null;
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
export function answersPlainQuestion(ctx: RuleContext, body: Sentence[]): boolean {
  const c = ctx.customer;
  if (!c || c.upset || /\bwhy\b/i.test(c.text)) return false;
  // A reply of pleasantries only ("Thanks for reaching out!", "We appreciate you contacting us. Have a great
  // day.") answers nothing, whatever was asked.
  const said = body.filter((s) => /\p{L}{2,}/u.test(s.text.replace(/\^[A-Za-z]{1,4}\b/g, '')));
  if (said.length > 0 && said.every((s) => PLEASANTRY.test(s.text.trim()))) return false;
  const asked = INFO_QUESTION.test(c.text) || c.intent.question;
  if (!asked && !(INFO_REQUEST.test(c.text) && body.some((s) => GIVES_INFO.test(s.text)))) return false;
  // A wh-question is answered by a reply about what it asked, sharing a word with it ("What kind of changes?"
  // → "There seems to be a technical error" answers nothing); a yes/no question may be answered in other words.
  // "How long?" / "When will it ship?" is answered by a time or the event it waits for ("until it says it is
  // powering off", "in about 10 minutes", "by Friday"), in any words.
  if (TIME_QUESTION.test(c.text.trim()) && body.some((s) => TIME_ANSWER.test(s.text))) return true;
  if (WH_ONLY.test(c.text.trim()) && !sharesWord(c.text, body.map((s) => s.text).join(' '))) return false;
  // A question about how things are ("Will Lr6 support the a7r3?", "Is it still made?") is answered by a
  // "no" as well as a "yes"; a request ("Can I get a refund?") refused needs a way forward.
  if (asked && !ASKS_FOR.test(c.text)) return true;
  // "You can still travel as long as you won't…": a yes with a condition is no refusal.
  if (body.some((s) => CAN_DO.test(s.text))) return true;
  // "Never hesitate to reach out" / "don't hesitate" offers more help; it refuses nothing.
  return !body.some((s) => REFUSAL.test(s.text.replace(/\b(?:never|don['’]?t|do not|doesn['’]?t)\s+hesitate\b/gi, '')));
}

/** A sentence that is only a pleasantry: thanks for writing, a welcome, a greeting, an offer of help, a good day. */
const PLEASANTRY =
  /^\W*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day))\b[^.!?]*|(?:thanks?|thank you|thx|ty|many thanks|(?:we|i) (?:really |truly )?appreciate|appreciate)(?: (?:so|very) much)?(?: (?:you|u))?(?: for)? ?(?:(?:reaching|getting|contacting|writing|messaging|chatting|calling|sending|your|the|us|out|in|touch|to|with|message|tweet|patience|question|feedback|time|note|letting us know|asking|and|this)\b[\s,]*)*|(?:we|i)(?:'re|’re| are| am|'m) (?:here|happy|glad) to help\b[^.!?]*|(?:how|what) (?:can|may|could) (?:i|we) (?:help|assist|do for)\b[^.!?]*|(?:have|enjoy) a (?:great|good|nice|lovely|wonderful) (?:day|evening|weekend|one)\b[^.!?]*|welcome(?: back)?(?: to [^.!?]*)?)[\s.!?…:)(-]*(?:\^[A-Za-z]{1,4})?\s*$/i;
/** A question after a time: "How long?", "when will it arrive?", "what time do you open?". */
const TIME_QUESTION = /^\W*(?:how (?:much )?long(?:er)?|how soon|when|what time|by when)\b[^.!]*\?\W*$/i;
/** A time or the event it waits for. */
const TIME_ANSWER =
  /\b(?:until|till|once|within|in (?:about |around |roughly )?(?:\d+|a few|a couple|one|two|three|five|ten|an?)\b|(?:about|around|roughly) \d+|\d+\s*(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?)|tomorrow|today|tonight|this (?:morning|afternoon|evening|week)|next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end))\b/i;
/** A message that is only a wh-question ("What kind of changes?", "Where do I go for the bus?"). */
const WH_ONLY = /^\W*(?:what|which|where|when|who|how)\b[^.!?]*\?\W*$/i;
const STOP = new Set([
  'what',
  'which',
  'when',
  'where',
  'will',
  'would',
  'could',
  'should',
  'there',
  'their',
  'about',
  'this',
  'that',
  'these',
  'those',
  'have',
  'with',
  'from',
  'your',
  'they',
  'them',
  'does',
  'just',
  'still',
  'also',
  'into',
  'kind',
  'please',
  'thanks',
  'thank',
  'hello',
]);
/** Do two texts share a content word (by its first five letters: "supported" ~ "support")? */
function sharesWord(a: string, b: string): boolean {
  return sharesContentWord(a.toLowerCase(), b.toLowerCase(), { stop: STOP, stem: prefixStem });
}

/** The customer asks for something to be done or given, not how things are. */
const ASKS_FOR =
  /\b(?:can|could|may|would|will) (?:i|we|you|u|y'all|someone)\b|\bplease\b|\bpls\b|\b(?:i|we) (?:want|need|would like|'d like)\b|\b(?:refund|return|cancel|replace|exchange|compensat\w*|money back|fix|options?|alternatives?)\b|\b(?:what|how) (?:can|do|should|could) (?:i|we)\b|\bwhat now\b/i;
/** The reply says they can: "you can still travel", "yes, you can". */
const CAN_DO = /\byou (?:can|may|are able to|'re able to|will be able to)\b(?! ?not)/i;

/** Questions that close or make small talk, not ones that move the case on. */
const CLOSING_QUESTION =
  /\b(?:anything else|something else|any other (?:questions?|issues?|concerns?)|further (?:questions?|assistance|help)|(?:was|is) there anything|how are you|how (?:are|is) (?:your|the) (?:day|week|weekend)|did (?:that|this) (?:help|answer)|does (?:that|this) help|make sense|all set|happy with (?:that|this))\b/i;
/** Asking the customer to continue in private or by another channel: DM, PM, email, call, the link. */
const CONTACT =
  /\b(?:(?:a )?question for (?:your|the|our)|contact (?:the|your|them)|reach out to (?:the|your|them)|speak (?:to|with) (?:your|the)|ask (?:your|the) (?:bank|store|provider|seller|carrier|airline)|dm|dms|pm|inbox|direct message|private message|private link|message us|send us|shoot us|drop us|reach out|get in touch|contact us|contact our|call us|ring us|email us|e-mail us|give us a (?:call|ring|shout)|follow us|chat with us|visit (?:us|our|the|your|a)|head (?:over|to)|go to|log (?:in|into|on))\b/i;
/** A live-chat "give me a moment": the agent is working on it now. */
const WAIT =
  /\b(?:one|a|just a|give me a|allow me a|bear with me|hold on|please wait|kindly wait|wait a|few|few more|a few more|couple of|couple more) ?(?:moment|minute|min|sec|second|while)s?\b|\bbear with (?:me|us)\b|\bplease (?:hold|wait|stay)\b|\b(?:i|we)(?:'m| am| are|'re) (?:checking|looking|working|reviewing|processing|verifying)\b/i;
/** "Let me check", "allow me to look": an action in hand (not "let me know"). */
const LET_ME = /\b(?:let|allow) (?:me|us) (?!know\b)(?:to )?\w+/i;
/** "We'd like to look into this", "we want to make this right": an intention to act. */
const INTEND =
  /\b(?:i|we)(?:'d| would) (?:like|love) to (?!hear|know|apologi[sz]e|thank|say|take this opportunity)\w+|\b(?:i|we)(?:'re| are| am|'m) here to (?:help|assist)\b|\b(?:i|we) want to (?:help|make|look|get|sort|fix|check|see)\b/i;
/** An open-ended offer of more help ("if you need anything else", "don't hesitate"), i.e. a closing. */
const OPEN_OFFER =
  /\b(?:if you (?:need|have|want|require|would like)|hesitate|any (?:other |further |more )?(?:questions?|queries|concerns|help|assistance)|anything else)\b/i;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:com|co\.uk|org|net|io)\/\S*/i;

/** Evidence of a next step in one sentence, beyond the grammar: questions back, contact, links, waits. */
function actStep(s: Sentence, lead: number, closing: boolean): StepKind | null {
  const text = s.text.slice(lead).replace(/[’]/g, "'");
  if (URL.test(text)) return 'link';
  // A request for an answer without the question mark ("Please let me know, is it connected…") is a
  // question, though "let me know" alone closes.
  if (
    /\blet (?:me|us) know\b[,:]?\s*(?:if|whether|what|which|when|how|is|are|do|does|did|have)\b/i.test(text) &&
    !OPEN_OFFER.test(text) &&
    !/\b(?:it|that|this) (?:works|helps|worked|helped|fixes|solves)\b/i.test(text)
  )
    return 'question';
  // "Don't hesitate to contact us if you need anything else" closes; it moves nothing on.
  if (closing || OPEN_OFFER.test(text)) return null;
  if (CONTACT.test(text)) return 'contact';
  if (WAIT.test(text)) return 'wait';
  if (LET_ME.test(text)) return 'promise';
  const intend = INTEND.exec(text);
  // At the head of a clause ("We'd like to look into this"), not inside one ("the impression we want to make").
  if (
    intend &&
    /(?:^|[,.;:!?]\s*|\b(?:and|but|so|now)\s+)$/i.test(
      text.slice(0, intend.index).replace(/\b(?:hi|hey|hello)\b[^,.!]*[,.!]?\s*/i, ''),
    )
  )
    return 'offer';
  const question = /\?/.test(text);
  if (question && !CLOSING_QUESTION.test(text)) return 'question';
  return null;
}

/** A goodbye at the end of a conversation: "Have a nice day!", "Keep safe!", "Thank you for contacting us." */
const FAREWELL =
  /^\W*(?:(?:have|enjoy) an? (?:nice|great|good|lovely|excellent|wonderful) (?:day|evening|weekend|week|night|one)|keep safe|stay safe|take care|(?:happy|merry) (?:new year|holidays|christmas|easter|birthday)|thank(?:s| you) (?:for (?:contacting|reaching out|choosing|chatting|your (?:time|patience))|again)|it was (?:my|a) pleasure|you(?:'re| are) (?:very |most )?welcome|no problem|bye|goodbye|cheers|of course|my pleasure)\b/i;

/**
 * The next step in one span of a sentence (a whole sentence, or the words after a refusal: "…, but we can
 * release the titles"), by the same grammar as readNextStep, or null. Closings are not read here.
 */
export function stepIn(ctx: RuleContext, span: Sentence): StepKind | null {
  const lead = /^(?:@[\p{L}\p{N}_.]+[,:]?\s+)+/u.exec(span.text)?.[0].length ?? 0;
  return grammarStep(ctx, span, []) ?? actStep(span, lead, false);
}

export interface NextStepReading {
  /** 0 … 1: the strongest evidence's weight (0 when none). */
  score: number;
  evidence: StepEvidence[];
  /** Closing questions and offers found in the reply ("Anything else?"), which are not steps. */
  closingSpans: { start: number; end: number }[];
  /** The customer asked a plain question and the reply answers it (the answer is the solution). */
  answered: boolean;
  /** The reply only says goodbye (thanks, wishes, an open offer of help): the conversation is ending. */
  farewell: boolean;
}

const memo = new WeakMap<object, NextStepReading>();

/**
 * The step one body sentence gives, by the grammar and the cues. It reads the sentence's text and the closing
 * spans that overlap it, and nothing else, so it is remembered by those (the spans from the sentence's start):
 * a keystroke re-reads only the sentence being typed.
 */
const stepOfSentence = new Lru<string, StepKind | null>(2000);
/** Those of sentences no closing offer overlaps (nearly all), by the sentence's own text alone. */
const stepOfPlainSentence = new Lru<string, StepKind | null>(2000);

/** Forget every remembered sentence (lib/engine/caches.ts). */
export function clearNextStepCache(): void {
  stepOfSentence.clear();
  stepOfPlainSentence.clear();
}

function sentenceStep(ctx: RuleContext, s: Sentence, closingSpans: { start: number; end: number }[]): StepKind | null {
  let key = '';
  for (const c of closingSpans)
    if (c.start < s.end && c.end > s.start) key += `${c.start - s.start},${c.end - s.start};`;
  const read = () => {
    const lead = /^(?:@[\p{L}\p{N}_.]+[,:]?\s+)+/u.exec(s.text)?.[0].length ?? 0;
    const closing = closingSpans.some((c) => c.start < s.end && c.end > s.start);
    return grammarStep(ctx, s, closingSpans) ?? actStep(s, lead, closing);
  };
  // With no closing offer in it, by its own text (hashed once), not by a new string built from it.
  if (key === '') return stepOfPlainSentence.getOr(s.text, read);
  return stepOfSentence.getOr(`${key}\u0000${s.text}`, read);
}

/** Every next step in the reply's body, strongest first. Memoised per analysis. */
export function readNextStep(ctx: RuleContext): NextStepReading {
  const key = ctx.text;
  const hit = memo.get(key);
  if (hit) return hit;
  const body = ctx.text.sentences.filter((s) => s.region === 'body');
  const evidence: StepEvidence[] = [];
  const phrase = (m: PhraseMatch<PhraseEntry>, kind: StepKind) =>
    evidence.push({ kind, weight: STEP_WEIGHTS[kind], start: m.start, end: m.end });
  for (const m of ctx.match(SIGNALS, { regions: ['body'] })) phrase(m, 'handed');
  for (const m of ctx.match(HANDOVERS, { regions: ['body'] })) phrase(m, 'handover');
  const closingSpans = ctx.match(CLOSINGS).map((m) => ({ start: m.start, end: m.end }));
  for (const s of body) {
    const kind = sentenceStep(ctx, s, closingSpans);
    if (kind) evidence.push({ kind, weight: STEP_WEIGHTS[kind], start: s.start, end: s.end });
  }
  evidence.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const reading: NextStepReading = {
    score: evidence[0]?.weight ?? 0,
    evidence,
    closingSpans,
    answered: answersPlainQuestion(ctx, body),
    farewell:
      body.length > 0 &&
      body.every(
        (s) =>
          FAREWELL.test(s.text.replace(/[’]/g, "'")) ||
          OPEN_OFFER.test(s.text) ||
          closingSpans.some((c) => c.start < s.end && c.end > s.start) ||
          !/\p{L}{2,}/u.test(s.text.replace(/\^\w+|#\w+#/gu, '')),
      ),
  };
  memo.set(key, reading);
  return reading;
}
