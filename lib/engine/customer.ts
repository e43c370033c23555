// What the customer's last message tells the rules: how they feel, what their issue is, which
// details they already gave, and which words they used themselves.

import { readHashtags } from './hashtags';
import { parse } from './nlp';
import { normalize } from './normalize';
import { matchPhrases, type PhraseMatch } from './phrases';
import { splitSentences } from './text';
import moodData from '../../rules/data/customer-mood.json';
import thresholds from '../../rules/data/thresholds.json';
import { combine, readMood, type Cue, type MoodKind } from './signals/mood';
import { readIntent, type CustomerIntent } from './signals/intent';

export type Mood = 'upset' | 'angry' | 'disappointed' | 'confused' | 'withdrawn' | 'neutral';

/** What a mood signal shows: a feeling, a fault, a delay, a repeat contact, a money problem… */
export type SignalKind = MoodKind;

export interface MoodSignal {
  text: string;
  mood: Exclude<Mood, 'neutral'>;
  kind: SignalKind;
  /** Offsets into the customer's message. */
  start: number;
  end: number;
}

export interface CustomerDetail {
  kind:
    | 'order'
    | 'email'
    | 'phone'
    | 'tracking'
    | 'account'
    | 'case'
    | 'invoice'
    | 'booking'
    | 'postcode'
    | 'claim'
    | 'policy'
    | 'membership'
    | 'photo'
    | 'card'
    | 'address'
    | 'reading'
    | 'url'
    | 'username';
  value: string;
}

export interface CustomerInfo {
  text: string;
  name: string | null;
  /** The strongest mood found; 'neutral' when none. */
  mood: Mood;
  /** True when the customer is upset or complaining in any way (an apology or empathy is due). */
  upset: boolean;
  /**
   * True when the customer is upset or reports a problem (a fault, a delay, money or service trouble at
   * the calibrated `faultReport` weight): an apology or empathy is due, even when the message reads calm.
   */
  problem: boolean;
  /** The words that report the strongest problem ("didn't arrive"), or null. */
  problemText: string | null;
  /**
   * 0 … 1: how upset or complaining the message reads (lib/engine/signals/mood.ts: sentiment, faults,
   * chasing, sarcasm, intensity and the mood lexicon, combined). `upset` is this score against the
   * calibrated threshold in rules/data/thresholds.json.
   */
  moodScore: number;
  /** What the message leaves open for the reply (a question, a request, a problem) or not (thanks, goodbye). */
  intent: CustomerIntent;
  /** The words that showed the mood, for messages ("you said it's the third time"). */
  moodSignals: string[];
  /** The same signals with their kind and offsets into the message. */
  signals: MoodSignal[];
  /** Key noun phrases of their issue, most salient first ("my parcel", "the invoice export"). */
  topics: string[];
  /**
   * Their issue restated from the agent's side, as a clause ("your parcel arrived damaged",
   * "you've been charged twice for order 7781"), or null when no clear one. For apology and
   * acknowledgement fixes: "I'm sorry <issue>".
   */
  issue: string | null;
  /** The main thing their message is about, from the agent's side ("your parcel"), or null. */
  subject: string | null;
  /** Details they already gave. */
  details: CustomerDetail[];
  /** Lower-cased words they used (to let them use their own jargon). */
  words: Set<string>;
}

interface MoodEntry {
  phrase: string;
  mood: Exclude<Mood, 'neutral'>;
  kind?: SignalKind;
  /** Ignore when a negation ("not", "no", "nothing", "never", "without") comes just before. */
  negatable?: boolean;
  /** Counts only alongside another signal. */
  weak?: boolean;
}

const MOOD_ORDER: Mood[] = ['angry', 'upset', 'disappointed', 'withdrawn', 'confused', 'neutral'];
const moodEntries = moodData.phrases as MoodEntry[];
const calmEntries = (moodData.calm as string[]).map((phrase) => ({ phrase }));

const ID = '([A-Z0-9][A-Z0-9/-]{2,}[A-Z0-9])';
const LABEL = '(?:\\s+(?:number|no\\.?|num|#|id|ref(?:erence)?|code))?\\s*(?:is\\s+|was\\s+)?[:#]?\\s*';

const DETAIL_PATTERNS: { kind: CustomerDetail['kind']; re: RegExp }[] = [
  { kind: 'email', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  { kind: 'tracking', re: new RegExp(`\\btracking${LABEL}([A-Z0-9]{8,})`, 'gi') },
  { kind: 'booking', re: new RegExp(`\\b(?:booking|reservation|confirmation)${LABEL}${ID}`, 'gi') },
  { kind: 'claim', re: new RegExp(`\\bclaim${LABEL}${ID}`, 'gi') },
  { kind: 'policy', re: new RegExp(`\\bpolicy${LABEL}${ID}`, 'gi') },
  { kind: 'membership', re: new RegExp(`\\bmember(?:ship)?${LABEL}${ID}`, 'gi') },
  { kind: 'invoice', re: new RegExp(`\\binvoice${LABEL}${ID}`, 'gi') },
  { kind: 'order', re: new RegExp(`\\border${LABEL}${ID}`, 'gi') },
  { kind: 'case', re: new RegExp(`\\b(?:case|ticket|ref(?:erence)?|job\\s+ref(?:erence)?)${LABEL}${ID}`, 'gi') },
  { kind: 'account', re: new RegExp(`\\b(?:account|customer|acct|a/c|user|login)${LABEL}${ID}`, 'gi') },
  // "(ID 88-20411, …)" — a bare ID: an account id.
  { kind: 'account', re: new RegExp(`(?:^|[\\s(])ID\\s*[:#]?\\s*${ID}`, 'g') },
  {
    kind: 'address',
    re: /\b(?:my|our)\s+(?:new\s+|home\s+|forwarding\s+|postal\s+|delivery\s+)?address\s+(?:is|will be)\s*:?\s*(\d+[^.\n]{3,80}?(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{5})|\d+\s[^.\n,]{3,60})/gi,
  },
  {
    kind: 'postcode',
    re: /\b(?:post ?code|zip(?: ?code)?)\s*(?:is\s+)?[:#]?\s*([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{5}(?:-\d{4})?)\b/gi,
  },
  { kind: 'postcode', re: /\b([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\b/g },
  {
    kind: 'card',
    re: /\b(?:last|final)\s+(?:4|four)(?:\s+digits)?(?:\s+of\s+(?:my|the)\s+card)?\s*(?:is|are|:)?\s*(\d{4})\b|\bcard\s+(?:ending|ends)(?:\s+(?:in|with))?\s*(\d{4})\b/gi,
  },
  { kind: 'account', re: /\baccount\s+(?:ending|ends)(?:\s+(?:in|with))?\s*(\d{3,})\b/gi },
  {
    kind: 'reading',
    re: /\b(?:meter|gas|electric(?:ity)?|water)?\s*(?:meter\s+)?reading\s*(?:is|was|:|of)?\s*(\d{3,}(?:\.\d+)?)\b/gi,
  },
  {
    kind: 'url',
    re: /\b((?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:io|com|co\.uk|net|org|app|dev|co|uk|ai)(?:\/[^\s]*)?)(?=[\s.,;)]|$)/gi,
  },
  {
    kind: 'username',
    re: /\b(?:user\s?name|username|user\s+id|gamertag|handle)\s*(?:is|:)?\s*@?([A-Za-z0-9_.-]{3,})/gi,
  },
  { kind: 'phone', re: /(?<![\w#-])(?:\+?\d[\d ()-]{8,}\d)(?![\w-])/g },
  {
    kind: 'photo',
    re: /\b(?:i(?:['’]ve| have)?|we(?:['’]ve| have)?)\s+(?:attached|included|sent|uploaded|added)\s+(?:a |some |the |two |three |\d+ )?(?:photos?|pictures?|pics?|images?|screenshots?|videos?)\b|\b(?:photos?|pictures?|pics?|images?|screenshots?)\s+(?:is |are )?(?:attached|enclosed|included)\b/gi,
  },
];

/** Words that look like IDs but are not (a bare "order" followed by an ordinary word). */
const NOT_AN_ID = /^(?:STATUS|HISTORY|DETAILS|CONFIRMATION|EMAIL|NUMBER|PAGE|FORM|PLEASE|TODAY|YESTERDAY)$/i;

export function extractDetails(text: string): CustomerDetail[] {
  const out: CustomerDetail[] = [];
  const seen = new Set<string>();
  const taken: [number, number, CustomerDetail['kind']][] = [];
  for (const { kind, re } of DETAIL_PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      let value = (m[1] ?? m[2] ?? m[0]).trim().replace(/[.,;:)]+$/, '');
      if (kind === 'photo') value = m[0].trim();
      // A number must contain a digit: "order status" is not an order number.
      if (!['email', 'photo', 'url', 'username', 'address'].includes(kind) && !/\d/.test(value)) continue;
      // An email's domain is not a web address.
      if (kind === 'url' && /@/.test(text.slice(Math.max(0, m.index - 1), m.index + 1))) continue;
      if (NOT_AN_ID.test(value)) continue;
      const vStart = m.index + m[0].lastIndexOf(value);
      const vEnd = vStart + value.length;
      // One value, one kind: the first (most specific) pattern wins.
      // (A postcode inside an address they gave is both.)
      if (taken.some(([s, e, k]) => vStart < e && vEnd > s && !(kind === 'postcode' && k === 'address'))) continue;
      if (kind === 'phone' && value.replace(/\D/g, '').length < 9) continue;
      const key = `${kind}:${value.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      taken.push([vStart, vEnd, kind]);
      out.push({ kind, value });
    }
  }
  // "my order … It's 40012": a bare number right after an order-ish sentence.
  if (!out.some((d) => d.kind === 'order')) {
    const m = /\border\b[^.?!]{0,60}[.?!]\s*(?:it'?s|it is|number is|the number is)\s+#?(\d{4,})\b/i.exec(text);
    if (m) out.push({ kind: 'order', value: m[1]! });
  }
  return out;
}

// -------------------------------------------------------------------------------------------------
// Mood

const NEGATION = /\b(?:not|no|nothing|never|none|without|hardly|n't)\s+(?:\w+\s+){0,2}$/;
const INTENSIFIER_AFTER_NEGATION = /\b(?:never|not)\s+(?:been\s+)?(?:so|more|this|as|felt)\b/;

function moodSignals(text: string): MoodSignal[] {
  const norm = normalize(text);
  const calm = matchPhrases(text, norm, calmEntries);
  const hits = matchPhrases(text, norm, moodEntries) as PhraseMatch<MoodEntry>[];
  const found: (MoodSignal & { weak: boolean })[] = [];
  for (const h of hits) {
    if (calm.some((c) => h.start < c.end && h.end > c.start)) continue;
    if (h.entry.negatable) {
      const before = text
        .slice(Math.max(0, h.start - 40), h.start)
        .toLowerCase()
        .replace(/’/g, "'");
      if (NEGATION.test(before) && !INTENSIFIER_AFTER_NEGATION.test(before)) continue;
    }
    const { mood, kind = 'emotion', weak = false } = h.entry;
    found.push({ text: h.text, mood, kind, start: h.start, end: h.end, weak });
  }
  // Weak signals ("not working", "as always") count only alongside another one.
  const complaints = found.filter((s) => s.mood !== 'confused');
  const enough = complaints.some((s) => !s.weak) || complaints.length >= 2;
  const kept: MoodSignal[] = found
    .filter((s) => enough || !s.weak)
    .map(({ text: t, mood, kind, start, end }) => ({ text: t, mood, kind, start, end }));
  return kept.sort((x, y) => x.start - y.start);
}

// -------------------------------------------------------------------------------------------------
// The issue, restated from the agent's side

const SWAP: Record<string, string> = {
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
  you: 'we',
  your: 'our',
  yours: 'ours',
  "you're": "we're",
  "you've": "we've",
  "you'd": "we'd",
  "you'll": "we'll",
};

const OBJECT_CONTEXT =
  /^(?:from|to|with|for|by|at|about|of|on|sent|told|called|emailed|gave|asked|charged|contacted|paid|thank|thanks|tell|give|send|call|email|help|let|from)$/;

/** Swap first and second person ("my parcel" → "your parcel", "you sent" → "we sent"). */
export function toAgentView(clause: string): string {
  const words = clause.split(/(\s+)/);
  let prev = '';
  let index = 0;
  return words
    .map((w) => {
      if (/^\s+$/.test(w) || w === '') return w;
      const m = /^([("']*)([\p{L}’']+)([^\p{L}]*)$/u.exec(w);
      if (!m) {
        prev = w.toLowerCase();
        return w;
      }
      const [, pre, core, post] = m;
      const lower = core!.toLowerCase().replace(/’/g, "'");
      let out = SWAP[lower];
      // "I was" → "you were"; "we were" stays; "you were" → "we were"; "you are" → "we are".
      if (lower === 'was' && (prev === 'i' || prev === "i'm")) out = 'were';
      else if (lower === "wasn't" && prev === 'i') out = "weren't";
      else if (lower === 'am' && prev === 'i') out = 'are';
      // "to me", "for us", "reporting you": after a preposition or a verb "you" is the object, and
      // becomes "us" ("I'll be reporting you" → "you'll be reporting us", not "… reporting we").
      else if (lower === 'you' && (OBJECT_CONTEXT.test(prev) || /^[a-z]{3,}(?:ing|ed)$/.test(prev))) out = 'us';
      const first = index === 0;
      index++;
      prev = lower;
      if (out === undefined) return w;
      if (first && /^\p{Lu}/u.test(core!)) out = out[0]!.toUpperCase() + out.slice(1);
      return `${pre}${out}${post}`;
    })
    .join('');
}

const OPENER =
  /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|afternoon|evening)\b[^,.!]{0,30}[,.!]?\s*/i;
const FILLER =
  /^(?:so|and|but|well|ok|okay|right|also|just|basically|unfortunately|sadly|honestly|um|erm|yeah|ugh|argh|oh|wow|seriously|again|yet again)\b[,!]?\s+/i;

/** Sentences of the customer's message, without greetings, sign-offs and bare names. */
function customerSentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const s of splitSentences(text)) {
    let t = text.slice(s.start, s.end);
    let start = s.start;
    const op = OPENER.exec(t);
    if (op && op[0].length < t.length) {
      start += op[0].length;
      t = t.slice(op[0].length);
    } else if (op) continue;
    // Sign-offs and names ("Thanks, Jan", "- Marek, Office Manager", "Bev").
    if (/^[-–—]/.test(t) || /^(?:thanks|thank you|cheers|regards|ta|kind regards|best)\b[^.?!]{0,40}$/i.test(t))
      continue;
    if (t.split(/\s+/).length <= 2 && !/[a-z]{3,}\s+[a-z]{3,}/.test(t)) continue;
    out.push({ text: t.trim(), start });
  }
  return out;
}

const SUBJECT_START =
  /^(?:your|you|you've|you're|we|we've|we're|our|the|a|an|it|it's|its|this|that|these|those|there|nobody|no one|someone|somebody|he|she|they|they've|they're|his|her|their|every|each|two|three|both|half|all|none|one|since|after|when|while)\b/i;

const FEELING =
  '(?:an?\\s+)?(?:absolute(?:ly)?\\s+|so\\s+|really\\s+|very\\s+|totally\\s+|completely\\s+|just\\s+|beyond\\s+)?(?:joke|ridiculous|unacceptable|disgraceful|frustrating|annoying|appalling|outrageous|shocking|terrible|awful|disgrace|not good enough|not ok(?:ay)?|pathetic|useless|upset|angry|furious|livid|fuming|fed up|disappointed|frustrated|annoyed|not happy|sick of it)\\b';
const TRAILING_VERDICT = new RegExp(
  `(?:,\\s*|\\s+)(?:and|which|so|&)\\s+(?:(?:this|that|it)(?:\\s+is|'s|’s)|i(?:'m|’m|\\s+am)|we(?:'re|’re|\\s+are))\\s+${FEELING}.*$`,
  'i',
);

/** A clause that can follow "I'm sorry …": the customer's problem, from the agent's side. */
function cleanClause(raw: string, signalAt = -1): string | null {
  let t = raw
    .trim()
    .replace(/[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u, '')
    .replace(/\s+[-–—]\s*[\p{Lu}][^.?!]{0,40}$/u, '')
    .replace(/[.!?…]+$/, '')
    .trim();
  // Mostly capitals (shouting): write it in lower case.
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length > 8 && letters.replace(/[^\p{Lu}]/gu, '').length > letters.length * 0.6)
    t = t.toLowerCase().replace(/\bi\b/g, 'I').replace(/\bi'/g, "I'");
  // Keep the clause that holds the problem ("I paid for express delivery but I've heard nothing…").
  const bounds = [...t.matchAll(/,\s|\s[-–—]\s|;\s|\s(?:but|because|although|though|yet|and now|and still)\s/gi)];
  if (signalAt >= 0) {
    let from = 0;
    let to = t.length;
    for (const b of bounds) {
      const bEnd = b.index + b[0].length;
      if (bEnd <= signalAt && /but|though|yet|now|still/i.test(b[0])) from = bEnd;
      else if (b.index > signalAt && to === t.length && t.slice(from, b.index).split(/\s+/).length >= 4) to = b.index;
    }
    t = t.slice(from, to);
  }
  // A trailing verdict or feeling is commentary, not the problem ("…after 3 weeks and this is ridiculous").
  t = t.replace(TRAILING_VERDICT, '');
  while (FILLER.test(t)) t = t.replace(FILLER, '');
  if (t.split(/\s+/).length > 14) {
    const cut = t.search(/,\s|\s[-–—]\s|;\s|\s(?:and now|but|because|so|which|and i|and we|and it|and the)\s/i);
    if (cut > 12) t = t.slice(0, cut);
  }
  t = t.replace(/[,;:\s-]+$/, '');
  const n = t.split(/\s+/).length;
  if (n < 3 || n > 16 || /[?"]/.test(t)) return null;
  // A bare feeling ("Really upset", "This is ridiculous") is not the issue itself.
  if (
    /^(?:(?:really|very|so|absolutely|totally|pretty|quite)\s+)?(?:upset|angry|furious|livid|disappointed|fuming|not (?:happy|impressed|pleased)|fed up|frustrated|annoyed|disgraceful|ridiculous|unacceptable)\b/i.test(
      t,
    ) ||
    /^(?:this|that|it)(?: is|'s)\s+(?:an?\s+)?(?:absolute(?:ly)?\s+|so\s+|really\s+|very\s+|totally\s+|completely\s+)?(?:joke|ridiculous|unacceptable|disgraceful|dangerous|frustrating|annoying|appalling|outrageous|shocking|terrible|awful|a disgrace|not good enough)\b/i.test(
      t,
    )
  )
    return null;
  let agent = toAgentView(t);
  if (!SUBJECT_START.test(agent)) return null;
  // "You're a paying customer", "you have 25 licences": facts about them, not the problem.
  if (
    /^(?:you're|you are|you have|your (?:number|email|account|order|name|booking)(?: number| address)? is)\b/i.test(
      agent,
    )
  )
    return null;
  // Intentions, denials and back-story are not the problem itself ("you'll go elsewhere",
  // "you haven't done anything wrong", "you returned a faulty hairdryer 2 weeks ago").
  if (/^you(?:'ll|’ll|'d|’d| will| would)\b/i.test(agent)) return null;
  if (
    /^you (?:want|need|wish|are looking|were wondering|wonder)\b|\b(?:can|could|would|will) (?:you|we|i)\b/i.test(agent)
  )
    return null;
  if (/\b(?:done|do) anything wrong\b|\bdid(?: not|n't|n’t) do anything\b|\bnothing wrong\b/i.test(agent)) return null;
  if (
    /^you (?:returned|bought|ordered|purchased|sent|placed|booked|called|emailed|rang|received|got)\b/i.test(agent) &&
    /\bago\b|\blast (?:week|month)\b|\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(agent) &&
    !/\b(?:but|and|still|never|not|n't|n’t|broken|damaged|wrong)\b/i.test(agent)
  )
    return null;
  if (!/^(?:I|I'm|I've)\b/.test(agent)) agent = agent[0]!.toLowerCase() + agent.slice(1);
  // Handles and links were blanked to spaces (same length, offsets kept): one space in the words shown.
  return agent.replace(/\s{2,}/g, ' ');
}

const ISSUE_KINDS: SignalKind[] = ['fault', 'delay', 'money', 'service', 'repeat', 'grief', 'hardship'];

function issueOf(text: string, signals: MoodSignal[]): string | null {
  const sentences = customerSentences(text);
  if (sentences.length === 0) return null;
  const ranked: { text: string; at: number }[] = [];
  for (const s of sentences) {
    const g = signals.find(
      (x) => ISSUE_KINDS.includes(x.kind) && x.start >= s.start && x.start < s.start + s.text.length,
    );
    if (g) ranked.push({ text: s.text, at: g.start - s.start });
  }
  for (const s of sentences) ranked.push({ text: s.text, at: -1 });
  for (const s of ranked) {
    const c = cleanClause(s.text, s.at);
    // Without a problem signal, only a full clause will do ("you need a copy of your March invoice").
    if (c && (s.at >= 0 || c.split(/\s+/).length >= 5)) return c;
  }
  return null;
}

const TIME_WORDS =
  /^(?:(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|few|several|last|next|this|every)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|times?|morning|afternoon|evening|night|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|weekend)s?\.?$/i;

function topicsOf(text: string): string[] {
  const doc = parse(text);
  const nouns = doc.nouns().not('#Pronoun').out('array') as string[];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of nouns) {
    const t = raw
      .replace(/[.,!?;:]+$/, '')
      .replace(/\s+[-–—]$/, '')
      .trim();
    const key = t.toLowerCase();
    if (!t || seen.has(key) || t.split(/\s+/).length > 6) continue;
    if (/^(?:i|i'm|i've|i'd|it's|you|we|they|they've|there|here|hi|hello|thanks)$/i.test(t)) continue;
    if (TIME_WORDS.test(t)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** The main thing the message is about, from the agent's side: "your parcel", "the invoice export". */
function subjectOf(topics: string[], name: string | null): string | null {
  for (const t of topics) {
    if (name && t.toLowerCase().includes(name.toLowerCase())) continue;
    if (/^[\p{Lu}][\p{Ll}]+$/u.test(t)) continue; // a bare capitalised word: likely a name
    if (/^[£$€\d]/.test(t)) continue;
    if (/\b(?:joke|time|way|thanks|ridiculous|disgrace|question|possible|thing|options?|one)\b/i.test(t)) continue;
    let s = toAgentView(t)
      .replace(/\s+(?:\d+|a|an|one|two|three|few|several)\s+(?:days?|weeks?|months?|years?|hours?)\s+ago$/i, '')
      .replace(/\s+(?:yesterday|today|last (?:week|month|night|year)|this (?:morning|afternoon|week|month|year))$/i, '')
      .replace(/\s+#?[A-Z0-9-]*\d[A-Z0-9-]*$/i, '')
      .replace(/^(?:a|an)\s+/i, '')
      .replace(/\s+(?:and|or|but|with)\s.*$/i, '');
    if (!/^(?:your|our|the|this|that)\b/i.test(s)) s = `your ${s}`;
    return s.replace(/^(?:A|An|The|This|That|Your|Our)\b/, (w) => w.toLowerCase());
  }
  return null;
}

/** Social handles, links and hashtags are not part of the issue ("@AcmeHelp my parcel…"). */
function withoutHandles(text: string): string {
  return text
    .replace(/(^|\s)@\w+/g, (m, pre: string) => pre + ' '.repeat(m.length - pre.length))
    .replace(/\bhttps?:\/\/\S+/g, (m) => ' '.repeat(m.length));
}

const CACHE_SIZE = 50;
const cache = new Map<string, CustomerInfo>();

/**
 * Analyse the customer's last message. Cached by text and name: while the agent types, the customer's
 * message stays the same, so each keystroke reuses the analysis (treat the result as read-only).
 */
export function analyzeCustomer(text: string | undefined, name?: string): CustomerInfo | null {
  if (text === undefined || text.trim() === '') return null;
  const key = `${name ?? ''}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const info = analyzeUncached(text, name);
  cache.set(key, info);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return info;
}

/** Forget every cached customer analysis (lib/engine/caches.ts). */
export function clearCustomerCache(): void {
  cache.clear();
}

/** How strongly a lexicon signal alone says "upset" (a confused customer is not upset). */
function lexicalWeight(s: MoodSignal): number {
  if (s.mood === 'confused') return 0;
  if (s.kind === 'withdrawn' || s.kind === 'grief' || s.kind === 'hardship' || s.mood === 'angry') return 0.7;
  // A money or delay phrase ("refund me", "where is my refund") is a request until something else shows
  // the customer is unhappy about it.
  if (s.kind === 'money' || s.kind === 'delay') return 0.45;
  return 0.6;
}

const CUE_MOOD: Record<Cue['kind'], Exclude<Mood, 'neutral'>> = {
  emotion: 'upset',
  fault: 'upset',
  delay: 'upset',
  repeat: 'upset',
  money: 'upset',
  service: 'upset',
  sarcasm: 'angry',
  grief: 'upset',
  hardship: 'upset',
  withdrawn: 'withdrawn',
  confusion: 'confused',
  shouting: 'angry',
};

function analyzeUncached(text: string, name?: string): CustomerInfo {
  const original = text;
  // Hashtags as words ("#totallydisappointed" → "totally disappointed"): the mood is often in them.
  text = readHashtags(withoutHandles(text));
  const lexical = moodSignals(text);
  const reading = readMood(text);
  // Cues that add to the lexicon's signals: the strong ones, and those at places the lexicon did not cover.
  const extra: MoodSignal[] = reading.cues
    .filter((c) => c.weight >= 0.3 && !lexical.some((l) => c.start < l.end && c.end > l.start))
    .map((c) => ({
      text: c.text,
      mood:
        c.kind === 'emotion' && c.weight >= 0.6
          ? 'angry'
          : c.kind === 'shouting' && /^\?+$/.test(c.text)
            ? 'upset'
            : CUE_MOOD[c.kind],
      kind: c.kind,
      start: c.start,
      end: c.end,
    }));
  const moodScore = combine([
    ...lexical.map((l) => ({ weight: lexicalWeight(l), kind: `lexicon-${l.kind}` })),
    ...reading.cues,
  ]);
  const upset =
    moodScore >= thresholds.customerUpset && (lexical.some((s) => s.mood !== 'confused') || reading.cues.length > 0);
  // A problem reported in so many words is owed an apology even in a calm message ("my parcel didn't
  // arrive"); a repeat alone ("order the same thing again") is not a problem unless it is a count of tries.
  const reported = reading.cues
    .filter(
      (c) =>
        (['fault', 'delay', 'money', 'service'].includes(c.kind) && c.weight >= thresholds.faultReport) ||
        (c.kind === 'repeat' && c.weight >= 0.5),
    )
    .sort((a, b) => b.weight - a.weight);
  const intent = readIntent(text, reading);
  // (A customer wrapping up — "All right, it doesn't help in anything else, thank you" — is not reporting.)
  const problem = upset || (reported.length > 0 && !intent.closure && !intent.thanksOnly);
  const signals = [...lexical, ...(upset ? extra : [])].sort((a, b) => a.start - b.start);
  let mood: Mood = 'neutral';
  for (const s of signals) if (MOOD_ORDER.indexOf(s.mood) < MOOD_ORDER.indexOf(mood)) mood = s.mood;
  if (upset && (mood === 'confused' || mood === 'neutral')) mood = 'upset';
  if (!upset && mood !== 'confused') mood = 'neutral';
  const topics = topicsOf(text);
  const cleanName = name?.trim() || null;
  // A signal that names the thing ("where is my refund", "still no refund") is the best subject.
  for (const sig of signals) {
    const m =
      /\b(?:my|our|the|no)\s+(refund|order|parcel|package|delivery|payment|account|bill|invoice|booking|card|subscription|money|replacement|callback|engineer|technician)\b/i.exec(
        sig.text,
      );
    if (m) {
      topics.unshift(`my ${m[1]!.toLowerCase()}`);
      break;
    }
  }
  return {
    text: original,
    name: cleanName,
    mood,
    upset,
    problem,
    problemText: reported[0]?.text.replace(/\s+/g, ' ').trim() ?? null,
    moodScore,
    intent,
    moodSignals: signals.map((s) => s.text),
    signals,
    topics,
    issue: issueOf(text, signals),
    subject: subjectOf(topics, cleanName),
    details: extractDetails(text),
    words: new Set(text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []),
  };
}
