// Politeness: the strategies of Danescu-Niculescu-Mizil et al. (2013, "A computational approach to
// politeness"), read sentence by sentence from the reply, and a small logistic model over them that says how
// curt the reply reads (0 … 1).
//
// Polite strategies: gratitude, apology, deference ("great question", "happy to"), a greeting, hedges ("I
// think", "it seems", "might"), "please" inside a sentence, indirect and modal requests ("could you", "would
// you mind", "you can try"), first person plural. Curt ones: a direct question opening on "what/how/who"
// or "why", a direct start ("So…", "But…"), a sentence opening on "you/your", factuality ("actually",
// "obviously", "in fact"), "please" opening a sentence, a bare imperative ("use another payment method"), a
// negative word, no capital letter or no punctuation at all, and — with the customer's message — a one-line
// answer to a long or upset message. The cue words are data (rules/data/curt-tone.json); the weights are
// fitted offline on human politeness ratings (lib/eval/fit-politeness.ts) and kept in the same file.

import type { CustomerInfo } from '../customer';
import { terms, type Term } from '../nlp';
import { scopeText, type DraftText, type Sentence } from '../text';
import data from '../../../rules/data/curt-tone.json';
import { sentiment } from './sentiment';
import { Lru } from '../lru';

export type PolitenessFeature =
  | 'gratitude'
  | 'apology'
  | 'greeting'
  | 'deference'
  | 'hedge'
  | 'please'
  | 'indirect'
  | 'firstPlural'
  | 'positive'
  | 'factuality'
  | 'directQuestion'
  | 'why'
  | 'directStart'
  | 'youStart'
  | 'pleaseStart'
  | 'imperative'
  | 'negative'
  | 'noCaps'
  | 'noPunct'
  | 'shortToLong'
  | 'bareRefusal'
  | 'bareQuestion'
  | 'questionAtYou'
  | 'manyQuestions'
  | 'rhetorical'
  | 'emphasis'
  | 'unsoftened'
  | 'firstStart'
  | 'command'
  | 'negation'
  | 'youNegated'
  | 'secondPerson'
  | 'length'
  | 'questions'
  | 'minSentiment'
  | 'maxSentiment'
  | 'offer'
  | 'challenge'
  | 'firstPerson'
  | 'argue'
  | 'exclaim'
  | 'quoting'
  | 'indicative'
  | 'tagQuestion'
  | 'questionEmphasis'
  | 'elliptical'
  | 'youPast'
  | 'whYou'
  | 'whyAtYou'
  | 'negativeAtYou'
  | 'echoQuestion'
  | 'negationStart';

export const FEATURES: readonly PolitenessFeature[] = [
  'gratitude',
  'apology',
  'greeting',
  'deference',
  'hedge',
  'please',
  'indirect',
  'firstPlural',
  'positive',
  'factuality',
  'directQuestion',
  'why',
  'directStart',
  'youStart',
  'pleaseStart',
  'imperative',
  'negative',
  'noCaps',
  'noPunct',
  'shortToLong',
  'bareRefusal',
  'bareQuestion',
  'questionAtYou',
  'manyQuestions',
  'rhetorical',
  'emphasis',
  'unsoftened',
  'firstStart',
  'command',
  'negation',
  'youNegated',
  'secondPerson',
  'length',
  'questions',
  'minSentiment',
  'maxSentiment',
  'offer',
  'challenge',
  'firstPerson',
  'argue',
  'exclaim',
  'quoting',
  'indicative',
  'tagQuestion',
  'questionEmphasis',
  'elliptical',
  'youPast',
  'whYou',
  'whyAtYou',
  'negativeAtYou',
  'echoQuestion',
  'negationStart',
];

export interface PolitenessHit {
  feature: PolitenessFeature;
  /** Offsets into the draft. */
  start: number;
  end: number;
  /** Index into the sentences read (readPoliteness().sentences). */
  sentence: number;
}

export interface PolitenessModel {
  bias: number;
  weights: Partial<Record<string, number>>;
  fixed: Partial<Record<string, number>>;
  threshold: number;
  /** The curtness at which a bare command in a reply with no politeness marker is reported. */
  commandThreshold?: number;
}

export interface PolitenessReading {
  /** 1 when the strategy is used anywhere in the reply, else 0. */
  features: Record<PolitenessFeature, number>;
  hits: PolitenessHit[];
  /** The sentences read (the agent's own greeting, body and sign-off). */
  sentences: Sentence[];
  /** How curt the reply reads, 0 … 1 (the model's probability of "impolite"). */
  curtness: number;
  /** Each sentence's share of the curt evidence: the sum of the positive weights of its cues. */
  sentenceWeight: number[];
}

type CueName = keyof typeof data.cues | 'rhetorical' | 'firstStart';

function alternatives(list: readonly string[]): string {
  return list.map((x) => `(?:${x})`).join('|');
}

const ANY: Partial<Record<CueName, RegExp>> = {};
const START: Partial<Record<CueName, RegExp>> = {};
for (const [name, list] of Object.entries(data.cues) as [CueName, string[]][]) {
  ANY[name] = new RegExp(`(?<![\\p{L}'])(?:${alternatives(list)})(?![\\p{L}'])`, 'giu');
  START[name] = new RegExp(`^(?:${alternatives(list)})(?![\\p{L}'])`, 'iu');
}
/** What may come before a sentence's first real word: bullets, quotes, "Hi Sam," or "Ok," is not the start. */
const EMPHASIS = /[!?]{2,}|\?!|\b(?:wtf|huh|hmm+|duh|seriously|come on|for god's sake|ffs)\b/giu;
const NEGATION = /(?<![\p{L}'])(?:not|no|never|nothing|none|nobody|cannot)(?![\p{L}'])|n't(?![\p{L}])/giu;
/** "you don't understand", "you are not following", "you haven't answered", "you never…". */
const YOU_NEGATED =
  /(?<![\p{L}'])(?:you|u)(?:'re|'ve)?\s+(?:(?:do|did|does|are|were|have|had|has|is|was)(?:n't|\s+not)|don't|didn't|aren't|weren't|haven't|hadn't|never|still\s+(?:do|did|are|have)(?:n't|\s+not))(?![\p{L}])/giu;
const EMBEDS_WHY =
  /\b(?:ask|asking|explain|explaining|tell (?:me|us)|wonder|wondering|curious|know|understand|see|idea|sure|clarify|reason)\s+(?:\w+\s+)?$/i;
/** A reply that opens on a no or a shrug: "No.", "Nope", "Not possible", "Can't", "Don't know", "No idea". */
const BARE_REFUSAL =
  /^(?:no|nope|nah|not|(?:i )?(?:don['’]t|dont|do not) (?:know|think|understand|see|get|care)|can['’]t|cant|cannot|can not|won['’]t|dunno|idk|no idea|impossible|unable)(?![\p{L}'’])/iu;
const QUOTED = /"[^"]*\s[^"]*"/g;
const SECOND = /(?<![\p{L}'])(?:you|your|yours|yourself)(?![\p{L}'])/giu;
START.firstStart = /^(?:i|i'm|i've|i'd|i'll|my|we|we're|we've|we'll|our)(?![\p{L}'])/iu;
START.rhetorical =
  /^(?:(?:do|does|did|is|are|was|were|can|could|would|will|should|have|has)(?:n't| not)|(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|can't|couldn't|wouldn't|won't|shouldn't|haven't|hasn't))(?![\p{L}])/iu;
/** A confirmation tag closing a question: "…, right?", "…, no?", "…, isn't it?", "…, don't you?". */
const TAG_QUESTION =
  /(?:^|[,;:\s])(?:right|no|eh|huh|ok|okay|correct|yes|or not|(?:is|are|was|were|do|does|did|have|has|can|will|would|could|should)n't\s+(?:it|you|they|that|he|she|we|i|there))\s*\?+["')\s]*$/iu;
/** "You going to answer this?", "You sure?": a question to the reader with its auxiliary dropped. */
const YOU_NO_AUX = /^(?:you|u)\s+(?:[a-z]+ing|sure|serious|done|ready|there|ok|okay|still)\b/iu;
/** A question about what the reader did: "did you", "were you", "have you", "had you". */
const YOU_PAST = /(?<![\p{L}'])(?:did|were|have|had|has)(?:n't)?\s+(?:you|u)(?![\p{L}'])/iu;
/** A wh-question whose subject is the reader: "What did you intend?", "Where have you put them?". */
const WH_YOU =
  /^(?:(?:to|for|from|with|on)\s+)?(?:what|where|when|who|whom|how|which)\b[^?]*?\b(?:do|did|does|are|were|have|had|has|is|was|will)(?:n't)?\s+(?:you|u)(?![\p{L}'])/iu;
const AUX_OPEN =
  /^(?:do|does|did|is|are|was|were|am|have|has|had|can|could|would|will|should|shall|may|might|must|be)(?![\p{L}'])/iu;
const LEAD = /^[\s"'(\-–—•*>]*/u;
const FORMULA = new Set(data.imperative.formula);
const RUN_ON = new Set(data.imperative.runOn);
const FRIENDLY = new Set(data.imperative.friendly);
/** Verbs of knowing after an opening "don't": the speaker's "I" dropped ("Don't know", "Don't think so"). */
const ELIDED_I = /^(?:know|think|understand|remember|recall|see|get|care)$/;
const SUBJECTLESS_BEFORE = new Set([',', ';', ':', 'and', 'then', 'or', 'so', 'just', 'also', 'now', 'first', 'next']);

function straight(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/** The offset in the sentence where its first word starts, skipping a vocative ("Sam,") or an interjection. */
function openingAt(text: string): number {
  let at = LEAD.exec(text)?.[0].length ?? 0;
  // "Ok, so…", "Well, …", "Sam, …": a one-word lead with a comma is not the opening (it is its own cue).
  // A name may be a handle or a template placeholder ("@sam,", "#NAME#,", "{{name}},").
  const lead = /^([@#{]*[\p{L}'_]+[#}]*),\s+/u.exec(text.slice(at));
  if (lead && !/^(?:so|but|and|then|now|well|ok|okay)$/i.test(lead[1]!)) at += lead[0].length;
  return at;
}

function isBase(t: Term): boolean {
  return t.tags.has('Verb') && (t.tags.has('Infinitive') || t.tags.has('Imperative')) && !t.tags.has('Modal');
}

function word(t: Term): string {
  return t.normal.replace(/[^\p{L}']/gu, '');
}

/** Bare imperatives in one sentence: [start, end) of each imperative verb (draft offsets). */
export function bareImperatives(s: Sentence): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // A question is not a command ("What options do you see?", "Do you have an SD card?").
  if (/\?/.test(s.text) || (s.text.match(/[\p{L}']+/gu) ?? []).length < 3) return out;
  // A lead-in to steps ("Follow these steps to set it up:") or a numbered step ("2. Open Settings") is an
  // instruction list, not an order given to the reader.
  if (/:\s*$/.test(s.text) || /^\s*(?:\d{1,2}[.)]|step\s+\d{1,2}\b)/i.test(s.text)) return out;
  const unpunctuated = !/[,.;:!]/.test(s.text);
  // Parse from the first letter: a leading emoji or bullet changes compromise's tags ("😐 Send me…").
  const lead = s.text.search(/\p{L}/u);
  const ts = terms(s.text.slice(Math.max(0, lead)), s.start + Math.max(0, lead));
  const open = s.start + openingAt(straight(s.text));
  const first = ts.findIndex((t) => t.start >= open);
  const opener = ts[first];
  // "Do not send it back yet": compromise tags "do" an auxiliary.
  if (
    opener &&
    word(opener) === 'do' &&
    ts[first + 1] &&
    /^(?:not|n't)$/.test(word(ts[first + 1]!)) &&
    !(ts[first + 2] && FRIENDLY.has(word(ts[first + 2]!))) &&
    // "Don't know what you mean", "Don't see any order": an "I" left out, not an order.
    !(ts[first + 2] && ELIDED_I.test(word(ts[first + 2]!)))
  )
    out.push({ start: opener.start, end: opener.end });
  for (let i = Math.max(0, first); i < ts.length; i++) {
    const t = ts[i]!;
    const w = word(t);
    if (!isBase(t) || FORMULA.has(w)) continue;
    const prev = i > 0 ? ts[i - 1] : undefined;
    const pw = prev ? word(prev) : '';
    const next = ts[i + 1];
    // "Do not …" is a command; "do" or "be" otherwise is an auxiliary.
    if (/^(?:do|does|did|be|have|has)$/.test(w) && !(next && /^(?:not|n't)$/.test(word(next)))) continue;
    const between = prev ? s.text.slice(prev.end - s.start, t.start - s.start) : '';
    // A clause opening: the sentence's first word; after a comma, a semicolon or a dash; after "and", "then",
    // "or" once a command came before ("stop the installation and check…"). Never after "please", a subject,
    // a modal or "to".
    const atOpening = i === first;
    const afterBreak =
      !!prev &&
      i > first &&
      (/[,;:–—-]/.test(between) || (out.length > 0 && SUBJECTLESS_BEFORE.has(pw))) &&
      !prev.tags.has('Pronoun');
    // Unpunctuated chat: "… as payment method try with another one".
    const runOn = unpunctuated && !!prev && RUN_ON.has(w) && prev.tags.has('Singular') && !prev.tags.has('Pronoun');
    if (!(atOpening || afterBreak || runOn)) continue;
    if (pw === 'please' || pw === 'kindly' || pw === 'pls' || pw === 'to') continue;
    if (runOn && !atOpening && !afterBreak && next && next.tags.has('Verb')) continue;
    out.push({ start: t.start, end: t.end });
  }
  return out;
}

/** "Care to explain?", "Think you can fix it?": a question opening on a bare verb, subject and auxiliary dropped. */
function openingIsBaseVerb(s: Sentence, at: number): boolean {
  const lead = s.text.search(/\p{L}/u);
  const ts = terms(s.text.slice(Math.max(0, lead)), s.start + Math.max(0, lead));
  const t = ts.find((x) => x.start >= at);
  return !!t && isBase(t) && !FORMULA.has(word(t));
}

function hitsOf(re: RegExp | undefined, text: string, base: number): { start: number; end: number }[] {
  if (!re) return [];
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ start: base + m.index, end: base + m.index + m[0].length }));
}

/** The sentences a reading covers: the agent's own, not quoted text or history. */
function ownSentences(text: DraftText): Sentence[] {
  return text.sentences.filter((s) => !text.overlapsNotOwn(s.start, s.end));
}

/** One sentence's cues, with offsets from the sentence's start (all with sentence index 0). */
type SentenceCue = Omit<PolitenessHit, 'sentence'>;
/** By region, then [not first, first], then by the sentence's text. */
const inSentence = new Map<Sentence['region'], Lru<string, SentenceCue[]>[]>();

/** Forget every remembered sentence (lib/engine/caches.ts). */
export function clearPolitenessCache(): void {
  for (const memos of inSentence.values()) for (const m of memos) m.clear();
}

/**
 * The cues of one sentence. They read the sentence's own text, its region and whether it opens the reply, and
 * nothing else, so they are remembered by those (a keystroke re-reads only the sentence being typed).
 */
function sentenceCues(s: Sentence, first: boolean): SentenceCue[] {
  // Keyed by the sentence's own text in a memo for its region and `first`, not by a key built from all three: a new
  // string would be hashed and compared in full on every read, the sentence's own text is hashed once.
  let memos = inSentence.get(s.region);
  if (!memos) inSentence.set(s.region, (memos = [new Lru(2000), new Lru(2000)]));
  const cues = memos[first ? 1 : 0]!.getOr(s.text, () =>
    readSentence(s, first).map((h) => ({ feature: h.feature, start: h.start - s.start, end: h.end - s.start })),
  );
  return cues.map((c) => ({ feature: c.feature, start: c.start + s.start, end: c.end + s.start }));
}

function readSentence(s: Sentence, first: boolean): PolitenessHit[] {
  const k = 0;
  const hits: PolitenessHit[] = [];
  const add = (feature: PolitenessFeature, sentence: number, spans: { start: number; end: number }[]) => {
    for (const sp of spans) hits.push({ feature, sentence, ...sp });
  };
  const t = straight(s.text);
  const open = openingAt(t);
  const rest = t.slice(open);
  const at = s.start + open;
  const startHit = (name: CueName) => {
    const m = START[name]!.exec(rest);
    return m ? [{ start: at, end: at + m[0].length }] : [];
  };
  for (const name of [
    'gratitude',
    'apology',
    'deference',
    'hedge',
    'indirect',
    'firstPlural',
    'factuality',
    'offer',
    'challenge',
    'argue',
    'indicative',
  ] as const)
    add(name, k, hitsOf(ANY[name], t, s.start));
  // A greeting opens the reply (its greeting line, or the first sentence).
  if (s.region === 'greeting' || first) {
    const lead = LEAD.exec(t)?.[0].length ?? 0;
    const g = START.greeting!.exec(t.slice(lead));
    if (g) add('greeting', k, [{ start: s.start + lead, end: s.start + lead + g[0].length }]);
  }
  // "please": opening the sentence (a command) or inside it (a softener).
  const pStart = startHit('pleaseStart');
  add('pleaseStart', k, pStart);
  add(
    'please',
    k,
    hitsOf(ANY.please, t, s.start).filter((h) => !pStart.some((p) => p.start === h.start)),
  );
  const q = /\?/.test(t);
  if (q) {
    add('directQuestion', k, startHit('directQuestion'));
    // "Why did you…?" at the reader, not an embedded why ("could you explain why?", "may I ask why?").
    add(
      'why',
      k,
      hitsOf(ANY.why, t, s.start)
        .filter((h) => !EMBEDS_WHY.test(t.slice(0, h.start - s.start)))
        .slice(0, 1),
    );
    // A question with no softener in it ("could you", "please", "I wonder", "thanks").
    const softened = ['indirect', 'please', 'hedge', 'gratitude', 'apology'].some(
      (c) => hitsOf(ANY[c as CueName], t, 0).length > 0,
    );
    const whole = [{ start: s.start, end: s.end }];
    if (!softened) add('bareQuestion', k, whole);
    // At the reader: "what have you done", "did you even", "are you calling me…".
    if (!softened && /(?<![\p{L}'])(?:you|your|u)(?![\p{L}'])/iu.test(t)) add('questionAtYou', k, whole);
    // "Don't you mean…?", "Isn't that…?", "Can't you just…?"
    const r = START.rhetorical!.exec(rest);
    if (r) add('rhetorical', k, [{ start: at, end: at + r[0].length }]);
    if (TAG_QUESTION.test(t)) add('tagQuestion', k, whole);
    // An echo question, the wh-word left at the end: "Relative to what?", "Drag what to the desktop?".
    if (
      /(?<![\p{L}'])(?:what|who|whom|which|where)(?:\s+(?:exactly|again))?\s*\?+["')\s]*$/iu.test(t) &&
      !START.directQuestion!.test(rest)
    )
      add('echoQuestion', k, whole);
    add('questionEmphasis', k, hitsOf(ANY.questionEmphasis, t, s.start).slice(0, 1));
    if (YOU_PAST.test(t)) add('youPast', k, whole);
    if (WH_YOU.test(rest)) add('whYou', k, whole);
    // A why aimed at the reader ("Why did you remove it?", "Why don't you…?"), not at a thing ("Why is it an
    // HTML file?").
    if (hits.some((h) => h.sentence === k && h.feature === 'why') && SECOND.test(t)) add('whyAtYou', k, whole);
    SECOND.lastIndex = 0;
    if (YOU_NO_AUX.test(rest) || (!AUX_OPEN.test(rest) && openingIsBaseVerb(s, at))) add('elliptical', k, whole);
  }
  add('emphasis', k, hitsOf(EMPHASIS, s.text, s.start));
  add('negation', k, hitsOf(NEGATION, t, s.start).slice(0, 1));
  add('youNegated', k, hitsOf(YOU_NEGATED, t, s.start));
  add('secondPerson', k, hitsOf(SECOND, t, s.start).slice(0, 1));
  add('firstPerson', k, hitsOf(ANY.firstPerson, t, s.start).slice(0, 1));
  if (/!/.test(t) && !/[!?]{2,}/.test(t)) add('exclaim', k, [{ start: s.start, end: s.end }]);
  // Quoting their words back ("you said “…”").
  add('quoting', k, hitsOf(QUOTED, t, s.start).slice(0, 1));
  add('directStart', k, startHit('directStart'));
  add('youStart', k, startHit('youStart'));
  add('firstStart', k, startHit('firstStart'));
  if (!START.pleaseStart!.test(rest)) add('imperative', k, bareImperatives(s));
  const v = sentiment(s.text).compound;
  if (v <= -0.4) add('negative', k, [{ start: s.start, end: s.end }]);
  // "You" and a negative judgement in one sentence ("Your question is unclear", "you just changed one small
  // thing making the page contradict itself").
  SECOND.lastIndex = 0;
  if (v <= -0.3 && SECOND.test(t)) add('negativeAtYou', k, [{ start: s.start, end: s.end }]);
  SECOND.lastIndex = 0;
  // A sentence that opens on a negation: "Not enough details.", "No, that is not how it works."
  // Read from the sentence's first word: "No," is skipped by openingAt as a lead, but here it is the cue.
  // Not a reassurance formula ("No problem.", "No worries."): that is deference, not a negation.
  const lead = LEAD.exec(t)?.[0].length ?? 0;
  const head = t.slice(lead);
  if (/^(?:not|no|nothing|never|nobody|none)(?![\p{L}'])/iu.test(head) && !START.deference!.test(head))
    add('negationStart', k, [
      { start: s.start + lead, end: s.start + lead + (/^[\p{L}]+/u.exec(head)?.[0].length ?? 0) },
    ]);
  if (v >= 0.4) add('positive', k, [{ start: s.start, end: s.end }]);
  return hits;
}

const WORDISH = /[\p{L}']+/gu;

/** How many matches of a global regex `text` has, counting no further than `max`. */
export function countUpTo(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.test(text)) n++;
  re.lastIndex = 0;
  return n;
}

export function readPoliteness(
  text: DraftText,
  customer: CustomerInfo | null,
  model: PolitenessModel = data.model,
): PolitenessReading {
  const sentences = ownSentences(text);
  const hits: PolitenessHit[] = [];
  const has = (f: PolitenessFeature) => hits.some((h) => h.feature === f);
  const add = (feature: PolitenessFeature, sentence: number, spans: { start: number; end: number }[]) => {
    for (const sp of spans) hits.push({ feature, sentence, ...sp });
  };
  sentences.forEach((s, k) => {
    // Spelled out: V8 copies `{ ...c, sentence }` (a spread with more keys) far slower than a literal.
    for (const c of sentenceCues(s, k === 0))
      hits.push({ feature: c.feature, start: c.start, end: c.end, sentence: k });
  });
  // Whole-reply cues, carried by the first body sentence.
  const own = scopeText(text);
  // Only how many words, and never more than 60 (the length cue is full there): counted, not collected.
  const wordCount = countUpTo(WORDISH, own, 60);
  const carrier = Math.max(
    0,
    sentences.findIndex((s) => s.region === 'body'),
  );
  if (sentences.length > 0) {
    const whole = [{ start: sentences[carrier]!.start, end: sentences[carrier]!.end }];
    if (wordCount >= 4 && !/\p{Lu}/u.test(own)) add('noCaps', carrier, whole);
    if (wordCount >= 8 && !/[.!?]/.test(own)) add('noPunct', carrier, whole);
    const theirs = customer ? (customer.text.match(/[\p{L}']+/gu) ?? []).length : 0;
    // An answer, not a question back (a short question to gather facts is how a chat goes on): to an upset
    // customer in a line, or to a long message in a few words.
    const answer = !sentences.some((x) => /\?/.test(x.text));
    // (An apology with more than the apology in it — "I'm very sorry. I've sent a replacement that arrives
    // tomorrow." — is short, not a brush-off; a bare "Sorry about that." still is.)
    const sorryAndMore = wordCount >= 6 && has('apology');
    if (
      customer &&
      answer &&
      !sorryAndMore &&
      ((customer.upset && wordCount <= 12) || (theirs >= 40 && wordCount <= 6))
    )
      add('shortToLong', carrier, whole);
    // A bare no as the whole answer ("No.", "Don't know.", "Not possible.", "Don't know what you mean, sorry"):
    // a refusal or a shrug with nothing after it — no reason, no way forward, no question back. ("No problem!",
    // "Not at all, glad to help" and "No, it's free!" are kind.)
    if (
      answer &&
      wordCount <= 7 &&
      BARE_REFUSAL.test(own.trim()) &&
      !/\b(?:but|because|as|since|however|instead|you can|we can|i can|it's|it is|there's|there is)\b/i.test(own) &&
      !has('deference') &&
      !has('gratitude') &&
      sentiment(own).compound < 0.3
    )
      add('bareRefusal', carrier, whole);
    const questions = sentences.map((s, k) => ({ s, k })).filter(({ s }) => /\?/.test(s.text));
    if (questions.length >= 2)
      add('manyQuestions', questions[1]!.k, [{ start: questions[1]!.s.start, end: questions[1]!.s.end }]);
  }
  // Requests or questions with no politeness marker anywhere in the reply.
  const marked = (
    ['gratitude', 'apology', 'greeting', 'deference', 'hedge', 'please', 'indirect', 'positive'] as const
  ).some(has);
  if (!marked)
    for (const h of hits.filter((x) => x.feature === 'imperative' || x.feature === 'bareQuestion'))
      add(h.feature === 'bareQuestion' ? 'unsoftened' : 'command', h.sentence, [{ start: h.start, end: h.end }]);
  const features = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<PolitenessFeature, number>;
  for (const h of hits) features[h.feature] = 1;
  // Graded cues (0 … 1): length, how many questions, the most negative and the most positive sentence.
  features.length = Math.min(1, wordCount / 60);
  features.questions = Math.min(3, sentences.filter((x) => /\?/.test(x.text)).length) / 3;
  const valence = sentences.map((x) => sentiment(x.text).compound);
  features.minSentiment = Math.max(0, -Math.min(0, ...valence));
  features.maxSentiment = Math.max(0, ...valence);
  const weightOf = (f: PolitenessFeature) => model.fixed[f] ?? model.weights[f] ?? 0;
  let z = model.bias;
  for (const f of FEATURES) z += weightOf(f) * features[f];
  // Each sentence's distinct cues, gathered in one pass over the hits (not one pass per sentence).
  const cuesOf = sentences.map(() => new Set<PolitenessFeature>());
  for (const h of hits) cuesOf[h.sentence]?.add(h.feature);
  const sentenceWeight = cuesOf.map((seen) => [...seen].reduce((sum, f) => sum + Math.max(0, weightOf(f)), 0));
  return { features, hits, sentences, curtness: 1 / (1 + Math.exp(-z)), sentenceWeight };
}

/**
 * Cues that make a reply curt on their own. A plain question ("Is there any error?", "What problem are you
 * having?") is how a support chat gathers facts: without one of these, it is not reported however blunt its
 * form.
 */
export const STRONG: ReadonlySet<PolitenessFeature> = new Set<PolitenessFeature>([
  'imperative',
  'why',
  'rhetorical',
  'challenge',
  'youStart',
  'youNegated',
  'factuality',
  'negative',
  'emphasis',
  'directStart',
  'noCaps',
  'noPunct',
  'shortToLong',
  'bareRefusal',
  'argue',
  'quoting',
  'pleaseStart',
  'echoQuestion',
]);

/** True when the reading has a cue that is curt on its own (see STRONG). */
export function hasStrongCue(r: PolitenessReading): boolean {
  // Negative words count when they are aimed at the reader ("your mistake"), not at a situation ("it's not
  // from all the scares").
  const atReader = new Set(
    r.hits.filter((h) => h.feature === 'secondPerson' || h.feature === 'youStart').map((h) => h.sentence),
  );
  return r.hits.some((h) => STRONG.has(h.feature) && (h.feature !== 'negative' || atReader.has(h.sentence)));
}
