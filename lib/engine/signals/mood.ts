// Customer mood: is the customer upset or complaining (so an apology or empathy is due), and why.
//
// Sentence-level cues, each with a weight and the span that earned it, combined into one score
// (noisy-OR: 1 − Π(1 − w)); a rule compares the score with its calibrated threshold. The cues:
// - sentiment: VADER's compound score of the sentence (negation and intensifiers included);
// - fault: a problem reported — a negated action ("can't log in", "didn't arrive", "nothing happens"),
//   a problem word ("broken", "error", "hangs"), something "down";
// - delay / repeat: chasing and elapsed time ("still", "again", "3 weeks", "no response", "haven't
//   heard back", "third time", "keeps crashing");
// - sarcasm: praise or thanks in a message that reports a problem ("Great, another 3 hours on hold");
// - intensity: capitals, stacked punctuation, profanity;
// - the lexicon of feelings, grief, hardship and withdrawal in rules/data/customer-mood.json.

import { terms, type Term } from '../nlp';
import { splitSentences } from '../text';
import lexicon from './lexicon.json';
import { sentiment, valencedWords } from './sentiment';

export type MoodKind =
  | 'emotion'
  | 'fault'
  | 'delay'
  | 'repeat'
  | 'money'
  | 'service'
  | 'sarcasm'
  | 'grief'
  | 'hardship'
  | 'withdrawn'
  | 'confusion'
  | 'shouting';

export interface Cue {
  kind: MoodKind;
  /** 0 … 1: how strongly this cue alone says "upset". */
  weight: number;
  /** Offsets into the text. */
  start: number;
  end: number;
  text: string;
}

const PROBLEM = new Set(lexicon.problemWords);
const MILD_PROBLEM = new Set(lexicon.mildProblemWords);
const NOT_FAULT = new Set(lexicon.notFaultVerbs);
const OUTCOME = new Set(lexicon.outcomeVerbs);
const ANXIETY = new Set(lexicon.anxietyWords);
/** The customer's own slip ("I ordered the wrong colour by mistake") is no complaint about us. */
const SELF_CAUSED =
  /\b(?:by mistake|my mistake|my fault|my bad|accidentally|by accident|changed my mind|i(?:'ve| have)? decided|i (?:ordered|bought|picked|chose|selected|entered|typed|put) the wrong)\b/i;
const DOWN_CONTEXT = new Set(lexicon.downContexts);
const UNITS = new Set(lexicon.timeUnits);
const COUNTS = new Set(lexicon.countWords);
const CONTACT_NOUNS = new Set(lexicon.contactNouns);
const CONTACT_VERBS = new Set(lexicon.contactVerbs.filter((v) => !v.includes(' ')));
const REPEAT = new Set(lexicon.repeatAdverbs);
const ORDINALS = new Set(lexicon.ordinals);
const WAIT = new Set(lexicon.waitWords);
const NEGATORS = new Set(lexicon.negators);
const ACRONYMS = new Set(lexicon.acronyms);
const PROBLEM_VERBS = new Set(lexicon.problemVerbs);
const HANG_PARTICLES = new Set(['on', 'up', 'out', 'around', 'about', 'in', 'onto', 'tight', 'together', 'over']);
const PROFANITY = new Set(lexicon.profanity);
/** "having trouble with", "I have a problem", "experiencing issues": a problem reported in so many words. */
const TROUBLE = new RegExp(
  `\\b(?:${lexicon.troubleVerbs.join('|')}) (?:(?:into|with|some|a|an|any|the|this|these|same|lots of|a lot of|major|serious|real|big|constant|ongoing|an ongoing|many|several|few|a few|more) )*(?:trouble|troubles|problems?|issues?|difficult(?:y|ies)|errors?|glitch(?:es)?|bugs?)\\b`,
  'gi',
);
/** Asking us to fix it: "please fix", "can you sort this out", "when will you fix". */
const FIX_REQUEST =
  /\b(?:please|pls|plz|can (?:you|u|y'all)|could (?:you|u)|will (?:you|u)|need (?:you|u) to|you (?:need|have) to)\s+(?:\w+\s+)?(?:fix|repair|resolve|sort (?:it |this |that )?out|make (?:it|this|that) (?:stop|work|go away))\b/gi;
/** Something that should be there and isn't: "the GPS was not in the box", "the charger wasn't included". */
const ABSENT =
  /\b(?:was|were|is|are|wasn't|weren't|isn't|aren't)\s+(?:not\s+)?(?:in|inside|included|there)\b(?:\s+(?:the|my|our)\s+(?:box|package|parcel|order|bag|delivery|account))?/gi;
/**
 * A problem word, in any of its forms: a listed word ("broken", "crashed"), a form of a problem verb, or the
 * adjective made from one with -y ("glitchy", "buggy", "laggy", "crashy", "leaky").
 */
function isProblemWord(w: string): boolean {
  if (PROBLEM.has(w)) return true;
  if (!/[a-z]{3,}y$/.test(w) || /(?:ly|ry|ty|ny|ay|ey|oy|uy)$/.test(w)) return false;
  const base = w.replace(/(?:([b-df-hj-np-tv-z])\1)?y$/, '$1');
  return PROBLEM.has(base) || PROBLEM_VERBS.has(base) || PROBLEM_VERBS.has(base + 'e');
}
const SUPPOSED = new Set([
  'if',
  'whether',
  'avoid',
  'prevent',
  'any',
  'possible',
  'potential',
  'might',
  'may',
  'could',
  'would',
  'should',
]);
/**
 * Problem words that as often name the customer's own doing or a thing's natural end as a fault of ours ("I've
 * lost the letter", "my old card expired", "locked after too many attempts", "it dropped in price", "the wrong
 * size for my room"): evidence, but no fault report alone.
 */
const AMBIGUOUS_PROBLEM = new Set([
  'lost',
  'missing',
  'wrong',
  'locked',
  'blocked',
  'expired',
  'dropped',
  'dropping',
  'dead',
  'frozen',
  'freezing',
  'stuck',
  'disappeared',
  'vanished',
  'hanging',
  'hangs',
]);
/**
 * Is the problem word at i stated as a fact about a thing: not in a yes/no question, not negated or supposed
 * just before it, not the customer's own act ("I broke it", "I declined the offer")?
 */
function statedAt(ts: Term[], i: number, sentenceText: string): boolean {
  if (AMBIGUOUS_PROBLEM.has(word(ts[i]!))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = ts[k]!;
    if (PERSON.has(word(t))) return false;
    if (!(t.tags.has('Auxiliary') || t.tags.has('Adverb') || t.tags.has('Copula'))) break;
  }
  if (/^\W*(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|had|am)\b[^?]*\?/i.test(sentenceText))
    return false;
  for (let k = Math.max(0, i - 4); k < i; k++) {
    const t = ts[k]!;
    if (isNegation(t) || word(t) === 'no' || SUPPOSED.has(word(t))) return false;
  }
  return true;
}
/** Forms of a verb to look up in a word class: "crashes" → crash, "lagging" → lag, "froze" stays. */
function forms(w: string): string[] {
  const l = lemma(w);
  const out = [w, l, l + 'e'];
  if (/([b-df-hj-np-tv-z])\1$/.test(l)) out.push(l.slice(0, -1));
  return out;
}
/** Words before a bare verb that make it asked for or planned, not reported ("please break it down"). */
const ASKING_BEFORE = new Set([
  'please',
  'pls',
  'plz',
  'to',
  'can',
  'could',
  'will',
  'would',
  'should',
  'may',
  'might',
  'must',
  "'ll",
  'let',
  'help',
]);
/**
 * Looking for something of one's own ("I can't find my confirmation numbers", "can't seem to track down the
 * email", "I can't remember my password"): a question for help more than a fault of ours, so it weighs less
 * than an inability to use the service ("I can't log in").
 */
const SEARCH_VERBS = new Set(['find', 'locate', 'track', 'trace', 'remember', 'recall', 'figure', 'work', 'spot']);
/** Verbs that follow "can't" without a fault: "can't wait", "can't thank you enough", "can't complain". */
const UNABLE_NOT_FAULT = new Set([
  'wait',
  'thank',
  'complain',
  'help',
  'stand',
  'believe',
  'say',
  'tell',
  'stop',
  'afford',
]);
/** Verbs whose negation by a thing is a fact or a taste, not a fault: "it does not have", "doesn't suit me". */
const THING_NOT_FAULT = new Set(['have', 'has', 'had', 'suit', 'matter', 'mean', 'need', 'seem', 'help', 'thank']);
/** An inability: "I can't reload it", "unable to sign in", "couldn't open" (a fault whatever the verb). */
function unableAt(ts: Term[], i: number, verb: string): boolean {
  const w = word(ts[i]!);
  const before = i > 0 ? word(ts[i - 1]!) : '';
  const unable =
    w === 'cannot' || w === 'unable' || w === 'cant' || w === 'couldnt' || ['can', 'could', 'ca'].includes(before);
  return unable && !UNABLE_NOT_FAULT.has(lemma(verb));
}
/** People as the subject of a negated verb ("I haven't made a purchase") state facts; things failing
 * ("it does not count distance", "the app won't let me", an elided subject "Does not count") are faults. */
const PERSON = new Set(['i', 'we', 'you', 'u', 'they', 'he', 'she', 'me', 'us', "y'all", 'im', "i'm"]);
const THING_COGNITION = /^(?:recogni[sz]e[sd]?|recogni[sz]ing|remember(?:s|ed|ing)?|detect(?:s|ed|ing)?)$/;

function thingSubjectAt(ts: Term[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = ts[k]!;
    const w = word(t);
    if (t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Adverb') || t.tags.has('Negative')) continue;
    if (t.tags.has('Pronoun') || PERSON.has(w)) return !PERSON.has(w);
    if (t.tags.has('Noun')) return true;
    return false;
  }
  // No subject: "Does not count distance", "Not working" — but "Don't thank me" is an imperative.
  const first = word(ts[0]!);
  return !(first === 'do' || first === 'dont' || first === 'never' || first === 'please');
}
/** A person named before a verb ("my son keeps calling", "the kids keep asking"): their doing, not a fault. */
const PERSON_NOUNS =
  /^(?:kids?|child|children|people|customers?|guys|friends?|family|folks|everyone|everybody|someone|somebody|staff|agents?)$/;
function personBefore(ts: Term[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = ts[k]!;
    if (t.tags.has('Adverb') || t.tags.has('Auxiliary')) continue;
    return t.tags.has('Actor') || t.tags.has('Person') || PERSON_NOUNS.test(word(t));
  }
  return false;
}
/** A thing, not a person, doing the verb at i ("the charger stopped…", not "my son keeps…"). */
function thingActsAt(ts: Term[], i: number): boolean {
  return thingSubjectAt(ts, i) && !personBefore(ts, i);
}
/** Verbs a thing does to itself by design or for the good: "it pays for itself", "the problem sorted itself out". */
const SELF_CARE = new Set([
  'pay',
  'paid',
  'speak',
  'spoke',
  'sell',
  'sold',
  'explain',
  'sort',
  'fix',
  'resolv',
  'resolve',
  'correct',
  'clear',
  'repair',
  'heal',
  'work',
  'right',
  'solv',
  'solve',
  'updat',
  'update',
  'clean',
  'charg',
  'charge',
  'empty',
  'adjust',
  'present',
  'introduc',
  'prove',
  'prov',
  'proof',
  'buil',
  'build',
  'built',
]);
/** Words after a negated "get"/"receive" that make it a thing not received: "didn't get my refund". */
const RECEIPT_OBJECT = new Set(['my', 'our', 'the', 'a', 'an', 'any', 'number', 'it', 'them', 'anything']);

function word(t: Term): string {
  return t.normal.replace(/[^\p{L}\p{N}'-]/gu, '');
}

function isNegation(t: Term): boolean {
  return t.tags.has('Negative') || NEGATORS.has(word(t));
}

function isVerb(t: Term): boolean {
  return t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal');
}

/** A crude lemma for the word classes ("works" → "work", "tried" → "try"). */
function lemma(w: string): string {
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('es') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('s') && w.length > 3 && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function notFault(verb: string): boolean {
  const w = verb.toLowerCase();
  return NOT_FAULT.has(w) || NOT_FAULT.has(lemma(w)) || NOT_FAULT.has(lemma(w) + 'e');
}

function span(ts: Term[], i: number, j: number, text: string, base: number) {
  const start = ts[i]!.start - base;
  const end = ts[j]!.end - base;
  return { start: ts[i]!.start, end: ts[j]!.end, text: text.slice(start, end) };
}

/** An ongoing state with its duration: "for the past 30 min", "for a long time now", "been like this for". */
const DURATION =
  /\b(?:for|over|in) (?:the )?(?:past|last) (?:(?:\d+|few|couple|several|two|three|four|five|many) ?)?(?:of )?(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\b|\bfor (?:a long time|ages|so long|a while|days|weeks|months|hours|years) now\b|\ball (?:day|night|week|morning|afternoon) (?:long|waiting|on hold)?/gi;
/** A problem that persists: "been like this", "it's all the same", "same problem again". */
const PERSISTS =
  /\b(?:been|is|it's|it is|still) like (?:this|that)\b|\b(?:it's|it is|still) (?:all )?the same\b|\bsame (?:problem|issue|error|thing)\b/gi;
/** A threat or accusation: "I'll be reporting you", "you had no right", "I'm cancelling". */
const THREAT =
  /\b(?:lost|losing|lose) (?:my|our|a) (?:business|custom|customer)\b|\b(?:i(?:'ll| will|'m going to| am going to| shall)|going to) (?:be )?(?:report(?:ing)?|sue|suing|complain(?:ing)?|cancel(?:ling)?|switch(?:ing)?|leav(?:e|ing)|tak(?:e|ing) my business|clos(?:e|ing) my account|go(?:ing)? elsewhere)\b|\byou (?:had|have) no right\b|\bhow dare you\b|\b(?:bbb|ombudsman|trading standards|small claims|my lawyer|a lawyer)\b/gi;
/**
 * A question that accuses rather than asks: "Do you expect people to travel with a compass???", "Are you
 * trying to help?", "When are you gonna fix it?", "Why can't you just…".
 */
const ACCUSING =
  /\b(?:do|did|does) (?:you|u|they) (?:really |seriously |honestly )?expect\b|\b(?:are|r) (?:you|u) (?:even |actually |really )?(?:trying|serious|kidding|joking)\b|\bwhen (?:(?:are|r|will|is|do) )?(?:you|u|y'all|they|it) (?:gonna |going to |ever |finally |be )*(?:fix|fixed|sort|sorted|get|do|respond|answer|reply|work|working|back)\b|\bwhy (?:can't|won't|don't|didn't|isn't|wasn't|haven't|hasn't|can not|do not|does not|did not|is not) (?:you|u|y'all|it|this|my|the|they)\b|\bhow (?:hard|difficult) (?:can it be|is it)\b|\bwhat(?:'s| is) (?:the )?(?:deal|point|beef)\b/gi;
/** Warning others off us: "save your money and time", "I don't recommend", "stay away", "buyer beware". */
const WARN_OFF =
  /\bsave (?:your|ur|yourself) (?:money|time|the hassle)\b|\bstay away\b|\bavoid (?:them|this|it|at all costs|like the plague)\b|\b(?:do not|don['’]t|dont|wouldn['’]t|would not|never|cannot|can['’]t) (?:ever )?recommend\b|\bnot recommend(?:ed)?\b|\bthink twice\b|\byou(?:['’]ve| have) been warned\b|\bbuyer beware\b/gi;
/** A price that went up: "my bill is going up $50", "a price hike", "they raised my rate". */
const PRICE_RISE =
  /\b(?:bill|price|rate|fee|cost|plan|subscription|premium|@\w+|it)s? (?:is |are |has |have |just )?(?:going|went|gone|goes|gone|shot|jumped) up\b|\b(?:going|went|gone|goes|shot|jumped) up (?:by )?(?:[$£€]\s?\d[\d,.]*|\d+(?:\.\d+)? ?(?:%|percent|dollars|pounds|euros))|\b(?:price|bill|rate|fee)s? (?:hike|increase|rise|jump)s?\b|\b(?:raised|increased|hiked|upped|doubled) (?:my|our|the) (?:price|bill|rate|fee|plan)s?\b/gi;

/**
 * A problem named as a thing's: "the problem with the battery", "an issue with my order", "this fault on the
 * display" (not "no problem with that", "not an issue with your account").
 */
const PROBLEM_WITH =
  /(?<!\b(?:no|not|n't|never|any)\s+)\b(?:the|a|an|this|that|my|same|one|another|big|real|serious) (?:problem|issue|fault|defect|glitch|bug)s? (?:with|on|in) (?:the|my|our|this|that|your|his|her|their|it)\b/gi;

/**
 * Asking what is wrong with their thing: "what's happening to my screen", "what is going on with my order",
 * "whats wrong w/ amazon". A question about news ("what's happening with the sale?") names no thing of theirs.
 */
const WHAT_WRONG =
  /\bwhat(?:'s|’s|s| is| was| has been)? (?:wrong|the (?:problem|issue|matter)) (?:with|w\/) (?!(?:that|it|asking|wanting)\b)[\w']+|\bwhat(?:'s|’s|s| is| was| has been)? (?:(?:happening|happened|going on) (?:with|to|w\/) (?:my|our|this|these|your|ur|u|you|y'all)|up (?:with|w\/) (?:my|our|this|these|your|ur))\b/gi;

/**
 * The firm (or its people) called a bad name: a pronoun or "your staff" with a copula and a word VADER scores
 * negative ("they are liars", "you are useless", "y'all are the worst"). The word is group 2.
 */
const INSULT =
  /(?:^|[^\p{L}'’])(you|u|ya|y'all|you guys|you people|they|your (?:company|staff|service|team|people|agents|support|customer service))\s*(?:are|r|'re|’re|were|is|was)\s+(?:(?:all|just|such|a|an|the|bunch of|total|complete|absolute|utter|fucking|bloody|so|really|very|nothing but|literally|actually|truly)\s+){0,3}(\p{L}+)\b/giu;

/**
 * Contacts counted: "I've started two other chats", "we have sent 3 emails", "I've made several calls". The
 * count of tries, not of things ("I have two accounts").
 */
const CONTACT_COUNT =
  /\b(?:started|opened|made|had|sent|raised|logged|placed|written|wrote|submitted|filed|done)\s+(?:(?:already|now|like|about|over)\s+)?(?:two|three|four|five|six|several|multiple|many|numerous|countless|\d+)\s+(?:other\s+|previous\s+|separate\s+|different\s+|more\s+|prior\s+)?(?:chats|calls|phone calls|emails|e-mails|mails|tickets|cases|complaints|messages|requests|claims|reports)\b/gi;
/**
 * A contact that always goes one way: "whenever I contact customer support, they tell me…", "every time I
 * call I'm cut off". Not praise ("every time I call you are so helpful").
 */
const EVERY_CONTACT =
  /\b(?:whenever|every ?time|each time)\s+(?:i|we)\s+(?:(?:try to|tried to|have to|had to|go to|went to)\s+)?(?:contact|call|ring|phone|e-?mail|chat|message|speak|talk|ask|reach|visit)\w*\b/gi;

/** An attempt that failed: "I have tried, but it continues", "tried twice and still nothing". */
const FAILED_ATTEMPT =
  /\b(?:i(?:'ve| have)? (?:already )?(?:tried|done|did|followed|restarted|reinstalled|reset|updated)|tried)\b[^.?!]{0,40}\b(?:but|and) (?:it |that |nothing |the problem |the issue |still )?(?:continues|persists|still|didn't|did not|doesn't|does not|won't|nothing|same|isn't|not)\b|\b(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+)?(?:filled(?:\s+in|\s+out)?|submitted|sent|completed|followed|done|tried)\b[^.?!]{0,40}\b(?:but|yet)\s[^.?!]{0,25}?\b(?:not(?! (?:sure|certain|clear)\b)|never|no|nothing|still|rejected|refused|denied|declined|failed)\b/gi;

/**
 * An exasperated question: "why" / "how come" / "what happened to" / "where is my" (something of theirs gone
 * missing) or a bare "So" / "And" / "Hello" / "Anyone" pushed with stacked marks ("Why are the trains
 * delayed??", "So???", "Hello?!"). One "?" is a question, and stacked marks on a plain question ("Where is
 * the bind button???", "What time do you open??") are only emphasis.
 */
const EXASPERATED =
  /(?:^|[.!?]\s+|\n)\W*(?:(?:so|and|well|hello+|anyone|anybody|seriously|really)\W{0,2}|(?:why|how come|what happened to|where(?:'s| is| are) (?:my|our))\b[^.!?\n]{0,60}?)(?:\?{2,}|\?!|!\?)/gi;

/**
 * Less than was ordered: "none of the sauces I ordered", "came without the fries we paid for", "missing the
 * charger I bought" — the order named as theirs, so "none of the above" or "without a receipt" is not it.
 */
const SHORT_OF_ORDER =
  /\b(?:none|neither|nothing|half|only (?:one|two|half|some|part)) of (?:the |my |our |what )?(?:[\w-]+ ){0,3}?(?:that |which )?(?:i|we|i've|we've|i'd|we'd) (?:had )?(?:ordered|paid for|asked for|bought|purchased|requested)\b|\b(?:without|minus|missing|no) (?:the |my |our |any )?(?:[\w-]+ ){0,3}?(?:that |which )?(?:i|we|i've|we've) (?:had )?(?:ordered|paid for|asked for|bought|purchased|requested)\b/gi;

/**
 * Working only in part: "I can only download the preview and not the full book", "it only shows the first page
 * but not the rest" — a restriction set against what was expected ("I can only do Tuesdays" has no "not").
 */
const ONLY_PART =
  /\b(?:(?:i|we|you|u) (?:can|could) only|(?:it|this|they|the \w+) only (?:works|worked|shows|showed|loads|loaded|lets|let|allows|opens|plays|downloads|downloaded|displays|gives|syncs|synced)) (?:\w+ ){0,6}?(?:and|but) (?:not|never|nothing)\b/gi;
/**
 * Reaching only part of what was bought or expected: "I can only see four chapters", "we can only access the
 * preview", "it only shows 2 of the 5 books" — access or display limited to a count or a part. A plan or a
 * preference ("I can only do Tuesdays", "I can only pay by card") is no fault: it names no access verb.
 */
const ONLY_ACCESS =
  /\b(?:(?:i|we|u) (?:can|could) only|(?:it|this|they|the app|the site|the page|the account|my account|my library) only (?:shows|showed|displays|displayed|loads|loaded|lets me)) (?:see|view|access|open|download|read|play|load|hear|get|find|use|watch|stream)?\s*(?:the )?(?:first |last |one |two |three |four |five |\d+ |a few |some |part |half |parts? of |the preview|a preview|the sample)/gi;

/**
 * What the firm ought to have done: "it should be included in the manual", "you should have told me", "this
 * should have been fixed". A past participle (or "have"), with the firm or the thing as subject: "it should
 * arrive tomorrow" is an expectation and "should I restart?" a question.
 */
/**
 * Something the customer tried reported as not possible: "Download not possible", "login impossible", "it is
 * not possible to pay" (not asked: "Is it possible to…?", nor a hope: "if possible").
 */
const NOT_POSSIBLE =
  /\b(?:(?:download|downloading|login|log in|logging in|sign in|signing in|payment|paying|access|activation|registration|purchase|checkout|sync|syncing|transfer|update|updating|it|this|that)\s+(?:is\s+|was\s+|seems\s+)?(?:not possible|impossible)|(?:it|this)(?:'s| is| was) (?:not possible|impossible) (?:to|for me to))\b/gi;
/**
 * Something wrong since a change of theirs or ours: "every time I open messages after updating to iOS 11",
 * "since the last update", "after reinstalling". Evidence of a regression, not a fault report alone.
 */
const AFTER_UPDATE =
  /\b(?:after|since) (?:the |an? |my |this |your )?(?:latest |last |recent |new |newest )?(?:update|updating|upgrade|upgrading|reinstall(?:ing)?|re-install(?:ing)?|installing the update)\b/gi;
/** What a broken page or screen shows: "leads to a blank page", "just a white screen", "black screen". */
const BLANK_SCREEN = /\b(?:blank|empty|white|black|grey|gray)\s+(?:page|screen|display|window|box)s?\b/gi;
/**
 * A demand on the firm, stated: "your company needs to have a phone number", "you guys need to hire more staff",
 * "you must refund me" (not a question, not an instruction quoted back: "so you need to restart it?").
 */
const DEMAND =
  /\b(?:you guys|y'all|your (?:company|team|staff|store|shop|app|site|website|service|firm|people)|this company|the company)\s+(?:really\s+|seriously\s+|honestly\s+)?(?:needs? to|must|have to|has to|gotta)\s+\w+/gi;
const OUGHT_TO_HAVE =
  /\b(?:it|this|that|they|you|u|y'all|there|which|these|those)(?: really| surely| definitely| clearly)? (?:should|shouldn't|should not|ought to|ought not to)(?: have(?: been)?| be)? (?:included|mentioned|written|explained|stated|told|warned|informed|fixed|sorted|resolved|refunded|sent|delivered|given|shown|listed|made|done|clearer|obvious|free|easier|better)\b/gi;

/**
 * Paid and not served: "not providing the service even after paying", "I paid and got nothing", "still no
 * access after payment". "After paying, you get a receipt" is a how-to: only "even / still" or a "nothing /
 * no" outcome makes it a complaint.
 */
const PAID_NOTHING =
  /\b(?:even|still) after (?:paying|i(?:'ve| have)? paid|we(?:'ve| have)? paid|(?:the |my |our )?payment|making (?:the |a |my )?payment)\b|\b(?:i|we)(?:'ve| have)? (?:already )?paid(?: for [^.!?,]{1,30}?)? (?:and|but) (?:still )?(?:got|received|get|have|had) (?:nothing|no)\b/gi;

/**
 * Out of service: "out of service again", "the app is not currently available for download", "the line is out
 * of order". The customer's own availability ("I'm not available on Friday") is a schedule, not a fault.
 */
const UNAVAILABLE =
  /(?<!\b(?:i|i'm|i’m|im|i am|we|we're|we’re|we are|i'll be|i will be|we'll be|we will be|i won't be|i will not be|you|you're|you are)\s+)\b(?:out of (?:service|order|action)|unavailable|(?:not|no longer) (?:currently |yet |even |presently )?(?:available|accessible|reachable))\b/gi;

/**
 * Asking how long they must go on waiting: "How long do I need to wait for my credit to be processed?", "how
 * much longer do we have to wait". Not how long a thing takes ("How long does delivery take?").
 */
const HOW_LONG_WAIT =
  /\bhow (?:much )?long(?:er)? (?:do|must|will|should|am|are|have) (?:i|we)(?: (?:need|have|got|going) to| be| still| keep)? (?:wait(?:ing)?|be waiting|hold)\b/gi;

/**
 * Asking whether it will ever be fixed: "any chance y'all are gonna EVER fix…", "will it ever be sorted",
 * "are you actually going to reply". Thanks for a fix ("you finally fixed it!") is past and not this.
 */
const EVER_FIX =
  /\b(?:ever|finally|actually|even)\s+(?:(?:gonna|going to|be able to)\s+)?(?:fix|sort|solve|resolve|respond to|reply to|answer|get back to)\b|\b(?:gonna|going to)\s+(?:ever|finally|actually|even)\s+(?:fix|sort|solve|resolve|respond|reply|answer|get back)\b|\bever (?:be|get) (?:fixed|sorted|solved|resolved|answered)\b/gi;

/** Exasperation in an oath: "what in blazes is going on", "why on earth", "how the hell", "what the heck". */
const OATH =
  /\b(?:what|why|how|where|who|when)(?:'s|’s| is| are| did| does| do)? (?:in (?:the )?(?:blazes|hell|heck|world|god's name|god’s name)|on earth|the (?:hell|heck|fuck|devil|deuce))\b/gi;

/**
 * A problem stated as such: "That's a problem for one-way flights", "which is a real pain", "it has been a
 * headache". Not "no problem", "that's not an issue", a question ("Is that a problem?") or a condition ("if
 * that's a problem, …").
 */
const STATED_PROBLEM =
  /(?<!\bif\s+)\b(?:that|this|it|which)(?:'s|’s| is| was| has been| becomes| causes| creates) (?:a |an |the )?(?:real |big |major |serious |huge |massive |bit of a |little )?(?:problem|issue|bug|nuisance|pain|hassle|headache)\b/gi;

/**
 * A broken promise: "I was told my membership wouldn't be renewed. I was just charged today", "we were
 * promised it would be fixed by Monday but nothing". What they were told is only a complaint when the message
 * goes on to what happened instead ("but", "yet", "still", "now", "instead", "just", "today"): "I was told I
 * could pay by card, is that right?" checks a fact.
 */
const TOLD_WOULD =
  /\b(?:(?:i|we)(?: was| were|'ve been|’ve been| have been| had been)?|was|were|been) (?:told|promised|assured|informed|advised)(?: by [^.!?,]{1,25}?)?(?: that)? (?:[\w'’#@-]+ ){0,6}?(?:would|wouldn't|wouldn’t|would not|will|won't|won’t|will not|was going to|wasn't going to|were going to|could|couldn't|should)\b/gi;
const INSTEAD = /\b(?:but|yet|still|now|instead|just|today|however|only to|then)\b/i;

function brokenPromiseCues(text: string): Cue[] {
  const out: Cue[] = [];
  for (const m of text.matchAll(TOLD_WOULD)) {
    if (!INSTEAD.test(text.slice(m.index + m[0].length))) continue;
    out.push({ kind: 'service', weight: 0.45, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Disappointed expectations: "I thought you were good", "a waste of money", "never again". */
const LET_DOWN =
  /\bi (?:thought|expected|used to think) (?:you|it|they|this|that|[#@]?\w+) (?:was|were|would be|are) (?:good|better|reliable|great|decent)\b|\bwast(?:e|ed|ing) (?:of )?(?:some |all )?(?:of )?(?:my )?(?:money|time)\b|\bnever again\b/gi;

/**
 * Nobody who should serve them does: "no one at the store could help me", "nobody in your team knows what
 * they are doing", "not one agent has been able to explain it". Not who uses or has a thing ("nobody in my
 * family uses it", "no one is home on Monday") nor a condition ("if no one answers, leave a message").
 */
const NOBODY_HELPED =
  /(?<!\bif\s+)\b(?:no ?one|no-one|nobody|not (?:one|a single) (?:person|agent|advisor|adviser|rep|member of staff))(?:\s+(?:at|in|from|on|of)(?:\s+[\w'’-]+){1,3}?)?\s+(?:(?:could|can|can't|cannot|would|will|has|have|had|did|does|do|is|was|were|seems|seemed|ever|even|actually|really|been|being|able|willing|bothered|wants|wanted|cared|to)\s+){0,4}(?:help|helped|helps|assist|assisted|care|cares|cared|answer|answered|answers|listen|listened|listens|fix|fixed|explain|explained|understand|understood|understands|bother|bothered|sort|sorted|solve|solved|resolve|resolved|helpful|(?:know|knows|knew)\s+(?:what|how|why|where|anything))\b/gi;

/**
 * Thrown out by the thing or the agent: "the app logs me out every few minutes", "the call kicked us off",
 * "he hung up on me". Not asked for ("please log me out", "can you sign me out of all devices?").
 */
const PUT_OUT =
  /(?<!\b(?:please|pls|plz|to|can you|could you|would you|will you|how do i|how can i)\s+)\b(?:(?:log|logs|logged|logging|sign|signs|signed|signing|kick|kicks|kicked|kicking|boot|boots|booted|booting|throw|throws|threw|throwing|cut|cuts|cutting|lock|locks|locked|locking)\s+(?:me|us)\s+(?:out|off)|(?:hung|hangs|hanging) up on (?:me|us))\b/gi;

/**
 * A charge they do not know: "a charge on my card I don't recognise", "an unauthorised transaction", "charged
 * for a subscription I never signed up for". Not a question about what may happen ("what if there is an
 * unauthorised payment?") nor a payment they have yet to make ("I didn't make the payment yet" names no
 * charge first).
 */
const UNKNOWN_CHARGE =
  /(?<!\bif\s[^.!?]{0,30})(?:\b(?:unauthori[sz]ed|unrecogni[sz]ed|fraudulent|unknown|mystery|unexplained|unexpected|duplicate|double)\s+(?:[\w-]+\s+)?(?:charges?|payments?|transactions?|debits?|deductions?|withdrawals?|purchases?|fees?|bills?)\b|\b(?:charges?|charged|payments?|transactions?|debits?|deductions?|withdrawals?|purchases?|fees?|subscriptions?)\b[^.!?]{0,40}?\b(?:i|we)\s+(?:do not|don't|don’t|dont|did not|didn't|didn’t|didnt|never|have not|haven't|haven’t)\s+(?:recogni[sz]e|authori[sz]e|approve|agree to|sign up for|signed up for|ask for|asked for|make|made|order|ordered|request|requested)\w*\b)/gi;

/**
 * What the firm's system says, contradicted: "tracking says delivered but nothing came", "it shows as paid but
 * the order says cancelled", "the email said my order was cancelled but the money was taken". Doubt alone ("it
 * says it's updated but I'm not sure how to check") is a question.
 */
const SAYS_BUT =
  /\b(?:says?|said|saying|shows?|showed|showing|shown|states?|stated|claims?|claimed|displays?|displayed|marked|listed)\b[^.!?]{0,60}?\b(?:but|yet|however|although|though)\b(?![^.!?]{0,30}\b(?:not (?:sure|certain)|no (?:rush|worries|problem|hurry)|not a problem)\b)[^.!?]{0,50}?(?:n['’]t\b|\b(?:not|nothing|never|no|still|wrong|different|missing|taken|charged|gone|empty|nowhere)\b)/gi;

/**
 * Sent something other than what they ordered: "ordered a large, got a small", "I ordered blue and received
 * red", "asked for a refund and got a voucher". Not the order arriving ("ordered a phone and got it today"), a
 * message about it ("…and got a confirmation email"), a bonus ("…and got a free case") or what a purchase
 * brings ("I paid for the upgrade and got the new features": only ordering or asking names the thing due).
 */
const GOT_OTHER =
  /\b(?:(?:i|we)(?:'ve|’ve| have)?\s+)?(?:ordered|asked for|requested)\s+(?:an?\s+|the\s+|some\s+|\d+\s+)?([\w-]+)(?:\s+[\w-]+){0,2}?\s*(?:,\s*|\s+)(?:(?:and|but|yet|instead)\s+)?(?:(?:i|we)\s+)?(?:got|received|recieved|was sent|were sent|was given|were given|you sent(?: me| us)?|they sent(?: me| us)?)\s+(?:an?\s+|the\s+|some\s+|\d+\s+)?(?!(?:an?|the|some|\d+|it|them|this|that|these|those|one|my|our|your|nothing|confirmation|email|e-mail|emails|receipt|message|text|notification|code|invoice|order|tracking|free|bonus|gift|reply|response|call|answer)\b)([\w-]+)/gi;

/**
 * Not what was described: "not what was on the picture", "the item is not as described", "totally different
 * from the website", "higher than advertised". A question about a match ("is it the same as in the photo?")
 * names no gap.
 */
const NOT_AS_DESCRIBED =
  /\b(?:not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|nothing|doesn['’]t look|does not look|didn['’]t look) (?:at all )?(?:like|as|what)\b[^.!?]{0,30}?\b(?:described|advertised|pictured|shown|ordered|expected|promised|stated|listed|(?:in|on) the (?:picture|photo|pic|image|website|site|page|listing|box|ad|advert))\b|\b(?:totally |completely |very |so |quite )?different (?:from|than|to) (?:the |what |your |in the |on the )?(?:\w+ )?(?:picture|photo|pic|image|website|site|description|listing|advert|ad|one i ordered|ordered|shown|advertised|described)\b|\b(?:another|different|other|wrong)\b[^.!?]{0,25}?\b(?:than|from|to) (?:what |the one |the ones )?(?:i|we) (?:bought|ordered|purchased|chose|selected|paid for|asked for)\b|\b(?:higher|more|bigger|smaller|lower|less|worse|slower|shorter) than (?:advertised|shown|stated|quoted|listed|described|promised|expected|on the website)\b/gi;

/**
 * Taken twice: "you took the money twice", "charged again for the same month", "debited double". A price
 * quoted twice is not a charge.
 */
const TAKEN_TWICE =
  /\b(?:(?:you|u|they|it|y'all|was|were|been|got)\s+(?:have\s+|'ve\s+|just\s+)?(?:took|taken|take|takes)|charged|charging|debited|deducted|billed|withdrew|withdrawn)\b[^.!?]{0,30}?\b(?:twice|two times|double|2x|x2|again for)\b/gi;

/**
 * Efforts going on: "I have been trying to reach you since Monday", "kept trying to log in". Trying as a plan
 * ("I'm trying to decide") is no effort failing.
 */
const KEPT_TRYING =
  /\b(?:been|keep|keeps|kept|still) trying(?: for [^.!?,]{1,20}?)? to (?:reach|contact|call|phone|ring|e-?mail|get (?:hold of|through|in touch|an answer|a response|someone|my)|speak|talk|log ?in|sign ?in|access|pay|order|cancel|connect|reset|update)\b/gi;

/**
 * Their purchase taken away: "the course I paid for has been removed from my library", "removed from my
 * account without warning". The customer removing something ("I removed it from my basket") is their step.
 */
const TAKEN_AWAY =
  /\b(?:i|we)(?:'ve|’ve| have)? (?:paid for|bought|purchased)\b[^.!?]{0,40}?\b(?:removed|gone|deleted|disappeared|missing|vanished|taken away|no longer)\b|(?<!\b(?:i|we)(?:'ve|’ve| have| had)? )\b(?:been |was |were |got |is |are )?(?:removed|deleted|taken) (?:from|off) (?:my|our) (?:library|account|profile|order|subscription|plan|wallet|collection|list)\b/gi;

/** A container that came empty: "the box was empty", "the parcel arrived empty". */
const CAME_EMPTY =
  /\b(?:box|boxes|parcel|package|envelope|bag|carton|case|container|order|delivery|tin|bottle|jar)\s+(?:was|is|came|arrived|were|are)\s+(?:completely |totally |just |almost |half |basically )?empty\b/gi;

/** Sent a thing not new or not right: "they sent me a used product", "received an opened box", "a fake one". */
const SENT_SPOILED =
  /\b(?:sent|send|received|got|delivered|given|gave)(?: me| us)? (?:an? |the |some )?(?:used|second-hand|secondhand|opened|refurbished|expired|dirty|stained|worn|fake|counterfeit|incomplete|out of date|out-of-date) (?:[\w-]+)/gi;

/**
 * Their booking, order or account cancelled by someone else: "the hotel cancelled my booking", "they cancelled
 * my flight", "my order was cancelled". The customer's own ("I cancelled my order") is their step.
 */
const CANCELLED_MINE =
  /(?<!\b(?:i|we|i've|we've|i have|we have|i had|we had|i'd|we'd|please|pls|to|can you|could you)\s+)\b(?:cancell?ed|terminated|suspended|closed|deactivated|disabled|banned|blocked) (?:my|our) (?:booking|order|flight|reservation|account|card|subscription|membership|plan|appointment|ticket|delivery|service|policy)s?\b|\b(?:my|our) (?:[\w-]+ ){0,2}?(?:booking|order|flight|train|bus|ferry|trip|journey|holiday|tour|event|class|session|lesson|course|concert|show|reservation|account|card|subscription|membership|plan|appointment|ticket|delivery|service|policy|visit|installation|repair)s? (?:was|were|has been|have been|got|had been|is|are being) (?:just )?(?:cancell?ed|terminated|suspended|closed|deactivated|disabled|banned)\b(?! (?:as|like) (?:i|we) (?:asked|requested|wanted))(?![^.!?]*\b(?:thanks|thank you|as requested|as i asked)\b)/gi;

/**
 * Despite what they did: "my subscription renewed even though I cancelled it", "although we paid", "despite
 * having sent the form twice". A question about what still applies ("even though I cancelled, can I use it
 * until the end of the month?") is not a complaint.
 */
const EVEN_THOUGH =
  /\b(?:even though|even tho|although|despite(?: the fact that)?|though) (?:i|we)(?:'ve|’ve| have| had)?(?: already| clearly| specifically)?\s+(?:\w+\s+)?(?:cancell?ed|returned|unsubscribed|opted out|paid|told|asked|requested|closed|sent|called|emailed|explained|provided|given|followed|updated|confirmed)\b(?![^.!?]*\b(?:can|could|will|do|may|should) (?:i|we)\b[^.!?]*\?)/gi;

/** A "when I…" that ends badly: "when I open the app it just closes", "whenever I press play it only buffers". */
const WHEN_IT_JUST =
  /\bwhen(?:ever)? (?:i|we|you) [^.!?,]{1,40}?,? (?:it|the \w+|this \w+|my \w+) (?:just|only|simply|immediately|instantly) (?!works?\b|worked\b|fine\b|perfectly\b|needs?\b|asks? for\b|takes? (?:a|one|two|few)\b)\w+/gi;

/**
 * Why a thing of theirs is so bad: "why is my bill so high this month", "why is the app so slow". Asked of
 * what is good ("why is it so cheap?") it is curiosity.
 */
const WHY_SO =
  /\bwhy (?:is|was|are|were|has|does|did) (?:my|our|the|this|your|it) (?:[\w-]+ ){0,2}?(?:so|this|that|way too|too|always|still) (?:high|expensive|much|slow|late|bad|poor|difficult|hard|complicated|long|noisy|confusing|unreliable|buggy|low|small|short|rude|useless)\b/gi;

/**
 * Paid, and the thing is not there: "they charged me but the book is not there", "I bought it but it doesn't
 * appear in my library", "paid for express but nothing has arrived". (A purchase with a plan after it, "I
 * bought it but haven't opened it yet", names nothing missing.)
 */
const PAID_NOT_THERE =
  /\b(?:charged|paid|bought|purchased|made (?:a|the|my) (?:purchase|payment))\b[^.!?]{0,40}?\b(?:but|and|yet)\b[^.!?]{0,40}?(?:\b(?:is|are|was|were|it's|its)\s+not\s+(?:there|here|showing|appearing|available|in my|on my|anywhere)|(?:doesn['’]t|does not|didn['’]t|did not|won['’]t|will not)\s+(?:appear|show|arrive|load|work|open|download)|(?:hasn['’]t|has not|haven['’]t|have not)\s+(?:arrived|come|appeared|shown up|turned up)|\bnothing (?:has )?(?:arrived|came|appeared|happened|showed up))\b/gi;

/**
 * Slow to work: "my kobo is very slow", "it takes minutes to open a page", "the site is painfully slow". A
 * question ("is delivery slow at Christmas?") is asked, not reported.
 */
const SLOW =
  /(?<!^\W*(?:is|are|was|will|would|does|do)\b[^?]*)\b(?:(?:is|are|was|were|so|very|too|really|extremely|super|painfully|incredibly|unbearably|terribly)\s+slow(?:er)?\b(?![^.!?]*\?)|takes? (?:ages|forever|minutes|hours|so long|too long|a long time) to (?:load|open|start|respond|boot|sync|download|update|connect|turn on|log in))\b/gi;

/** Charged after they cancelled: "why they charged me 9.99 if I canceled", "billed again after I unsubscribed". */
const CHARGED_AFTER_CANCEL =
  /\b(?:charg(?:e|ed|es|ing)|bill(?:ed|ing)|debit(?:ed)?|deduct(?:ed)?|took|taken)\b[^!?]{0,40}?\b(?:if|when|after|although|though|even though|despite|since) (?:i|we)(?:'ve|’ve| have| had| already)?\s+(?:already\s+)?(?:cancell?ed|unsubscribed|returned|closed)\b/gi;

/** Cut off in use: "the audio is cut every few seconds", "the call keeps getting cut off". */
const GETS_CUT =
  /\b(?:(?:keeps?|kept) getting (?:cut|dropped)|(?:is|are|was|were|gets|get|got) (?:constantly |always |randomly )?cut (?:off|out)|(?:is|are|gets|get) (?:constantly |always |randomly )?cut (?:every|all the time|constantly|randomly|in the middle))\b/gi;

/** GOT_OTHER without the global flag, to read one match's two words (compiled once, not per match). */
const GOT_OTHER_ONE = new RegExp(GOT_OTHER.source, 'i');

/**
 * Cues read from whole phrases, each with its kind and weight (and, for some, a check on the match). In
 * the order they are reported.
 */
const PHRASE_CUES: [RegExp, MoodKind, number, ((m: string) => boolean)?][] = [
  // "for the past 30 min", "for a long time now", "been like this for days"
  [DURATION, 'delay', 0.4],
  [PERSISTS, 'repeat', 0.4],
  [THREAT, 'service', 0.55],
  [ACCUSING, 'emotion', 0.5],
  [FAILED_ATTEMPT, 'repeat', 0.45],
  [EXASPERATED, 'emotion', 0.5],
  [TROUBLE, 'fault', 0.4],
  [PROBLEM_WITH, 'fault', 0.4],
  [WHAT_WRONG, 'fault', 0.4],
  // Negated and about a container or "included": "was not in the box", "the charger wasn't included".
  [
    ABSENT,
    'fault',
    0.4,
    (m) => /n't|\bnot\b/i.test(m) && (m.includes(' the ') || m.includes(' my ') || / included$/i.test(m)),
  ],
  [FIX_REQUEST, 'fault', 0.4],
  [WARN_OFF, 'service', 0.55],
  // A rise alone is a question to explain ("why did our invoice go up 18%?") until something else shows
  // the customer is unhappy about it.
  [PRICE_RISE, 'money', 0.3],
  [LET_DOWN, 'emotion', 0.5],
  [SHORT_OF_ORDER, 'fault', 0.4],
  [PAID_NOTHING, 'money', 0.45],
  [ONLY_PART, 'fault', 0.4],
  [ONLY_ACCESS, 'fault', 0.4],
  [NOT_POSSIBLE, 'fault', 0.4],
  [BLANK_SCREEN, 'fault', 0.4],
  [AFTER_UPDATE, 'fault', 0.3],
  [DEMAND, 'service', 0.4],
  // A duty the firm failed is a fault of theirs ("it should be included in the manual").
  [OUGHT_TO_HAVE, 'fault', 0.4],
  [UNAVAILABLE, 'fault', 0.4],
  // "That was the problem" names the cause once it is found ("It worked! That was the problem"): no complaint.
  [STATED_PROBLEM, 'fault', 0.4, (m) => !/\bwas the (?:problem|issue)$/i.test(m)],
  [CONTACT_COUNT, 'repeat', 0.5],
  // Alone it can be a figure of speech ("what on earth should I get my dad?"): evidence, not upset by itself.
  [OATH, 'emotion', 0.45],
  [HOW_LONG_WAIT, 'delay', 0.4],
  [EVER_FIX, 'emotion', 0.5],
  [NOBODY_HELPED, 'service', 0.5],
  [PAID_NOT_THERE, 'money', 0.45],
  [SLOW, 'fault', 0.4],
  [CHARGED_AFTER_CANCEL, 'money', 0.5],
  [GETS_CUT, 'fault', 0.4],
  [NOT_AS_DESCRIBED, 'fault', 0.45],
  [TAKEN_TWICE, 'money', 0.5],
  [KEPT_TRYING, 'repeat', 0.5],
  [TAKEN_AWAY, 'fault', 0.45],
  [CAME_EMPTY, 'fault', 0.45],
  [SENT_SPOILED, 'fault', 0.45],
  [CANCELLED_MINE, 'fault', 0.4],
  [EVEN_THOUGH, 'fault', 0.4],
  [WHEN_IT_JUST, 'fault', 0.4],
  [WHY_SO, 'emotion', 0.5],
  [PUT_OUT, 'fault', 0.4],
  [UNKNOWN_CHARGE, 'money', 0.5],
  [SAYS_BUT, 'fault', 0.4],
  // The same word twice ("ordered a phone and received a phone case") is what they ordered.
  [
    GOT_OTHER,
    'fault',
    0.45,
    (m) => {
      const g = GOT_OTHER_ONE.exec(m);
      return !!g && g[1]!.toLowerCase() !== g[2]!.toLowerCase();
    },
  ],
];

/** A number or count word followed by a unit of time: "3 weeks", "two hours", "a few days", "ages". */
function elapsedAt(ts: Term[], i: number): number {
  const w = word(ts[i]!);
  if (w === 'ages' || w === 'forever') return i;
  if (!(COUNTS.has(w) || /^\d+(?:\.\d+)?\+?$/.test(w))) return -1;
  for (let j = i + 1; j <= Math.min(i + 3, ts.length - 1); j++) {
    const u = word(ts[j]!);
    if (UNITS.has(u)) return j;
    if (!['few', 'couple', 'of', 'more', 'whole', 'full', 'plus', '+'].includes(u)) break;
  }
  return -1;
}

/** Cues in one sentence. `base` is the sentence's offset in the text. */
function sentenceCues(text: string, s: { start: number; end: number }): Cue[] {
  const sentenceText = text.slice(s.start, s.end);
  if (SELF_CAUSED.test(sentenceText)) return [];
  const ts = terms(sentenceText, s.start);
  const out: Cue[] = [];
  const add = (kind: MoodKind, weight: number, i: number, j: number) =>
    out.push({ kind, weight, ...span(ts, i, j, text, 0) });
  const add2 = (kind: MoodKind, weight: number, start: number, end: number) =>
    out.push({ kind, weight, start, end, text: text.slice(start, end) });
  let negatedIdx = -1;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    const w = word(t);
    // A negated action: "can't log in", "didn't arrive", "doesn't work", "not working", "no longer loads".
    if (isNegation(t) && w !== 'no' && w !== 'nor' && w !== 'neither') {
      for (let j = i + 1; j <= Math.min(i + 3, ts.length - 1); j++) {
        const v = ts[j]!;
        const vw = word(v);
        // "didn't get my refund", "haven't received the parcel", "couldn't get a code": not received.
        if (/^(?:get|getting|got|gotten|receive|received|receiving)$/.test(vw) && ts[j + 1]) {
          const nx = word(ts[j + 1]!);
          const it = nx === 'it' || nx === 'them' || nx === 'anything';
          // ("I don't get it" is not understanding; "didn't get it" after an order is a delivery.)
          const present = /^(?:do|does|don|dont|doesnt)\b/i.test((ts[i - 1] && w === 'not' ? ts[i - 1]! : t).text);
          if (RECEIPT_OBJECT.has(nx) && !(it && vw === 'get' && present)) {
            add('fault', 0.4, i, j + 1);
            negatedIdx = j;
            break;
          }
        }
        if (
          v.tags.has('Adverb') ||
          v.tags.has('Auxiliary') ||
          ['be', 'been', 'even', 'yet', 'longer', 'able', 'to', 'get', 'getting'].includes(vw)
        )
          continue;
        // A person's "I don't recognise it" is knowing; a thing that does not recognise or remember ("the app
        // does not recognise my reader") fails at its job.
        const machine = THING_COGNITION.test(vw) && thingSubjectAt(ts, i);
        if (isVerb(v) && (!notFault(vw) || machine)) {
          // Something that should happen and doesn't ("doesn't load", "didn't arrive") is a fault; other
          // negated verbs ("I haven't made a purchase") are often plain facts.
          const l = lemma(vw);
          const outcome = OUTCOME.has(vw) || OUTCOME.has(l) || OUTCOME.has(l + 'e');
          const thing = !THING_NOT_FAULT.has(vw) && !THING_NOT_FAULT.has(l) && thingSubjectAt(ts, i);
          // "can't seem to find": the verb that fails is the one after "seem to".
          let k = j;
          if (lemma(vw) === 'seem' && ts[k + 1] && word(ts[k + 1]!) === 'to' && ts[k + 2]) k += 2;
          const searching = SEARCH_VERBS.has(lemma(word(ts[k]!))) && !thing;
          add('fault', searching ? 0.25 : outcome || unableAt(ts, i, vw) || thing ? 0.4 : 0.25, i, k);
          negatedIdx = j;
        }
        break;
      }
    }
    // "nothing happens", "no one has replied", "nobody called", "none of it worked".
    const of =
      w === 'none' && ts[i + 1] && word(ts[i + 1]!) === 'of' ? (ts[i + 3] && isVerb(ts[i + 3]!) ? i + 3 : -1) : i + 1;
    if (['nothing', 'nobody', 'noone', 'none'].includes(w) && of > 0 && ts[of] && isVerb(ts[of]!)) {
      const v = word(ts[of]!);
      const contact = CONTACT_VERBS.has(v) || CONTACT_VERBS.has(lemma(v));
      add(contact ? 'delay' : 'fault', contact ? 0.55 : 0.4, i, of);
    }
    // "no response", "no reply yet", "no internet", "no signal": something missing.
    if (w === 'no' && ts[i + 1]) {
      const n = word(ts[i + 1]!);
      if (CONTACT_NOUNS.has(n)) add('delay', 0.55, i, i + 1);
      else if (
        ts[i + 1]!.tags.has('Noun') &&
        ![
          'problem',
          'problems',
          'worries',
          'rush',
          'hurry',
          'thanks',
          'need',
          'idea',
          'matter',
          'way',
          'one',
          'longer',
        ].includes(n)
      )
        add('fault', 0.25, i, i + 1);
    }
    // A problem verb reported, not asked for: "it keeps crashing", "the app froze", "my order failed"
    // ("please break it down" is a request).
    if (
      (isVerb(t) || t.tags.has('Noun')) &&
      !t.tags.has('Imperative') &&
      !(t.tags.has('Infinitive') && (i === 0 || ASKING_BEFORE.has(word(ts[i - 1]!)))) &&
      forms(w).some((f) => PROBLEM_VERBS.has(f)) &&
      // "take a break", "a lunch break", "tax breaks": the noun is a pause or a saving, not a breakage.
      !(lemma(w) === 'break' && !isVerb(t)) &&
      // "hang on / up / out" is waiting, a phone call or leisure, not a program that hangs.
      !(/^hang/.test(w) && ts[i + 1] && HANG_PARTICLES.has(word(ts[i + 1]!)))
    )
      add('fault', 0.4, i, i);
    // "the wrong order", "a wrong item": something received that is not what it should be (the customer's
    // own slip, "I ordered the wrong colour", is dropped with the sentence above; "the wrong size for my
    // room" is about fit, not a mistake of ours).
    else if (
      w === 'wrong' &&
      ts[i + 1]?.tags.has('Noun') &&
      !ts[i + 1]!.tags.has('Pronoun') &&
      !(
        ts[i + 2] &&
        word(ts[i + 2]!) === 'for' &&
        ts[i + 3] &&
        /^(?:me|my|us|our|him|her|them|their)$/.test(word(ts[i + 3]!))
      )
    )
      add('fault', 0.45, i, i + 1);
    // A problem word stated as a fact ("my card was declined", "the app is glitchy", "there's an error on the
    // page") reports a fault; asked about ("Is it broken?"), negated ("no errors") or supposed ("if it's
    // damaged", "to avoid errors") it is weaker evidence.
    else if (isProblemWord(w)) add('fault', statedAt(ts, i, sentenceText) ? 0.4 : 0.35, i, i);
    if (PROFANITY.has(w.replace(/^\W+|\W+$/g, ''))) add('shouting', 0.45, i, i);
    else if (MILD_PROBLEM.has(w)) add(/charg|debit|deduct/.test(w) ? 'money' : 'fault', 0.2, i, i);
    if (w === 'down' && i > 0 && DOWN_CONTEXT.has(word(ts[i - 1]!))) add('fault', 0.4, i - 1, i);
    // Chasing and elapsed time.
    const e = elapsedAt(ts, i);
    if (e >= 0) {
      const ago = ts[e + 1] && word(ts[e + 1]!) === 'ago';
      add('delay', ago ? 0.15 : 0.3, i, e);
    }
    if (w === 'since' && ts[i + 1]) add('delay', 0.25, i, i + 1);
    // ("Chase" the bank is a name, not chasing.)
    const named = i > 0 && /^\p{Lu}/u.test(t.text);
    if (WAIT.has(w) && !named && !(ts[i - 1] && ['can', 'please', "can't", 'not'].includes(word(ts[i - 1]!))))
      // Waiting reported ("been waiting for my food", "waited all day") is a delay; "wait" alone may be a plan.
      add('delay', w !== 'wait' && w !== 'hold' && w !== 'queue' ? 0.4 : 0.35, i, i);
    // ("Can I still fly?" asks whether it is allowed; nothing persists.)
    const stillAsks =
      i >= 2 &&
      PERSON.has(word(ts[i - 1]!)) &&
      /^(?:can|could|may|will|would|should|do|does|did|am|is|are|ca)$/.test(word(ts[i - 2]!));
    if (w === 'still') {
      if (!stillAsks) add('repeat', 0.3, i, Math.min(i + 1, ts.length - 1));
    } else if (REPEAT.has(w)) add('repeat', w === 'always' ? 0.15 : 0.3, i, i);
    if (ORDINALS.has(w) && ts[i + 1] && /^times?$/.test(word(ts[i + 1]!))) add('repeat', 0.6, i, i + 1);
    if (/^(?:multiple|several|many|countless|numerous|\d+)$/.test(w) && ts[i + 1] && /^times$/.test(word(ts[i + 1]!)))
      add('repeat', 0.5, i, i + 1);
    if ((w === 'keep' || w === 'keeps' || w === 'kept') && ts[i + 1]?.tags.has('Gerund')) {
      add('repeat', 0.4, i, i + 1);
      // A thing that keeps misbehaving is a fault ("the app keeps asking me to log in", "my tv keeps turning
      // itself off"); people who keep doing something ("my son keeps calling") or a thing that keeps getting
      // better are not.
      const next = ts
        .slice(i + 1, i + 4)
        .map((x) => x.text)
        .join(' ');
      if (thingActsAt(ts, i) && !valencedWords(next).some((v) => v.valence > 0)) add('fault', 0.4, i, i + 1);
    }
    // A thing that stopped doing its job ("the charger stopped working", "it quit charging") or drops out ("the
    // wifi drops out every evening"): a fault. People stopping ("I stopped using it") and weather are not.
    if (
      /^(?:stop|stops|stopped|quit|quits|ceased)$/.test(w) &&
      ts[i + 1]?.tags.has('Gerund') &&
      !/^(?:rain|snow|hail)/.test(word(ts[i + 1]!)) &&
      thingActsAt(ts, i)
    )
      add('fault', 0.45, i, i + 1);
    if (
      /^(?:drop|drops|dropped|dropping|cut|cuts|cutting|conk|conks|conked|crap|craps|crapped)$/.test(w) &&
      ts[i + 1] &&
      word(ts[i + 1]!) === 'out' &&
      thingActsAt(ts, i)
    )
      add('fault', 0.4, i, i + 1);
    // A thing acting of its own accord: "turns itself off", "restarted by itself", "switched off on its own".
    // ("closes alone", as a translation puts it.)
    const own =
      w === 'itself' || w === 'themselves' || w === 'alone'
        ? i
        : w === 'own' && word(ts[i - 1] ?? t) === 'its'
          ? i - 1
          : -1;
    if (own > 0) {
      let k = own - 1;
      if (['by', 'on'].includes(word(ts[k]!))) k--;
      if (k >= 0 && ts[k]!.tags.has('Particle')) k--;
      if (k >= 0 && ['off', 'on', 'out', 'up', 'down'].includes(word(ts[k]!))) k--;
      const v = ts[k];
      if (v && isVerb(v) && !SELF_CARE.has(lemma(word(v))) && !SELF_CARE.has(word(v)) && thingSubjectAt(ts, k))
        add('fault', 0.4, k, i);
    }
    if (w === 'every' && ts[i + 1] && word(ts[i + 1]!) === 'time') add('repeat', 0.35, i, i + 1);
    // "haven't heard back", "never replied": contact that didn't happen.
    // (Past or perfect only: "nor calling on the computer" is not an unanswered call.)
    if (i === negatedIdx && t.tags.has('PastTense') && (CONTACT_VERBS.has(w) || CONTACT_VERBS.has(lemma(w))))
      add('delay', 0.6, i, i);
  }
  // Whole-phrase cues: how long it has lasted, persistence, threats, accusations, failed attempts, trouble
  // named, an absent item, a request to fix, warning others off, a price rise, let-down expectations.
  for (const [re, kind, weight, keep] of PHRASE_CUES)
    for (const m of sentenceText.matchAll(re))
      if (!keep || keep(m[0])) add2(kind, weight, s.start + m.index, s.start + m.index + m[0].length);
  for (const m of sentenceText.matchAll(EVERY_CONTACT)) {
    // Praise after it ("… you are so helpful") is no complaint; "customer support" is the firm's name for itself.
    const after = sentenceText.slice(m.index + m[0].length);
    if (valencedWords(after).some((v) => v.valence >= 0.4 && !/^(?:support|help|care|service)$/i.test(v.word)))
      continue;
    add2('repeat', 0.5, s.start + m.index, s.start + m.index + m[0].length);
  }
  // Name-calling the firm: "they are liars", "you guys are the worst", "your staff are incompetent".
  for (const m of sentenceText.matchAll(INSULT)) {
    const at = m.index + m[0].length - m[2]!.length;
    if ((valencedWords(m[2]!)[0]?.valence ?? 0) > -0.3) continue;
    // "They" may be anyone ("they are sick" of the customer's children): of them, only a noun is an insult.
    const t = ts.find((x) => x.start === s.start + at);
    if (/^they$/i.test(m[1]!) && (!t || !t.tags.has('Noun') || t.tags.has('Adjective'))) continue;
    add2('service', 0.55, s.start + m.index + (m[0].length - m[0].trimStart().length), s.start + at + m[2]!.length);
  }
  // Sentiment of the sentence (VADER), as a cue when negative. Problem words ("wrong", "lost", "locked")
  // are the fault cue's evidence, so they are masked here rather than counted twice; a leading answer word
  // ("No, it's all right") is an answer, not a feeling.
  const answer = /^\W*(?:no|yes|yeah|ok|okay|nope)\b[\s,.!-]*/i.exec(sentenceText)?.[0].length ?? 0;
  const felt = sentenceText
    .slice(answer)
    .replace(/[\p{L}']+/gu, (w) =>
      PROBLEM.has(w.toLowerCase()) || MILD_PROBLEM.has(w.toLowerCase()) || ANXIETY.has(w.toLowerCase())
        ? 'x'.repeat(w.length)
        : w,
    );
  const sc = sentiment(felt);
  if (sc.compound <= -0.2) {
    const neg = valencedWords(felt)
      .filter((v) => v.valence < 0)
      .map((v) => ({ ...v, start: v.start + answer, end: v.end + answer }));
    const first = neg[0];
    const last = neg[neg.length - 1];
    const start = first ? s.start + first.start : s.start;
    const end = last ? s.start + last.end : s.end;
    // A "why" asked of something bad ("why is it such a crime to…", "how come my refund is so late") asks the
    // firm to justify it: a complaint, whatever the strength of the words.
    const why = /^\W*(?:(?:hi|hello|hey|so|but|and|seriously|honestly)\W+)*(?:why|how come)\b[^?]*\?/i.test(
      sentenceText,
    );
    out.push({
      kind: 'emotion',
      weight: Math.max(why ? 0.5 : 0, Math.min(0.85, (-sc.compound - 0.1) * 0.9)),
      start,
      end,
      text: text.slice(start, end),
    });
  }
  return out;
}

/** Capitals used for emphasis and stacked punctuation anywhere in the message. */
function intensityCues(text: string): Cue[] {
  const out: Cue[] = [];
  const caps = [...text.matchAll(/(?<![\p{L}#_])[A-Z][A-Z']{2,}(?![\p{L}#_])/gu)].filter(
    (m) => !ACRONYMS.has(m[0].replace(/'.*$/, '')),
  );
  if (caps.length >= 2) {
    const first = caps[0]!;
    const last = caps[caps.length - 1]!;
    out.push({
      kind: 'shouting',
      weight: caps.length >= 3 ? 0.45 : 0.3,
      start: first.index,
      end: last.index + last[0].length,
      text: text.slice(first.index, last.index + last[0].length),
    });
  }
  const bang = /!{2,}|[!?]{3,}|\?!|!\?|\?{2,}/.exec(text);
  if (bang)
    out.push({ kind: 'shouting', weight: 0.3, start: bang.index, end: bang.index + bang[0].length, text: bang[0] });
  return out;
}

/**
 * Charged one amount where another was due: a charge verb and two different sums ("they tried to charge me
 * £176 for a ticket which can be purchased for £88", "charged $40 instead of $25").
 */
function overchargeCues(text: string): Cue[] {
  const charge = /\b(?:charg(?:e|ed|es|ing)|billed|bill(?:ing)? me|took|taken|deducted|debited)\b/i.exec(text);
  if (!charge) return [];
  const sums = new Set(
    [
      ...text.matchAll(/[$£€]\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:usd|gbp|eur|dollars|pounds|euros)\b/gi),
    ].map((m) => Number((m[1] ?? m[2]!).replace(/,/g, ''))),
  );
  if (sums.size < 2) return [];
  return [{ kind: 'money', weight: 0.45, start: charge.index, end: charge.index + charge[0].length, text: charge[0] }];
}

const SIGN_OFF =
  /(?:^|\s)(?:(?:best|kind|kindest|warm|warmest)\s+(?:regards|wishes)|regards|all the best|many thanks|thanks in advance|cheers)\b[^.!?]{0,40}$/i;

/** Praise or thanks beside a reported problem reads as sarcasm ("Great, another 3 hours on hold"). */
function sarcasmCues(text: string, sentences: { start: number; end: number }[], cues: Cue[]): Cue[] {
  // A problem, not just a length of time ("sorted it in 10 minutes" is praise).
  const problem = cues.some((c) => ['fault', 'repeat', 'money', 'delay'].includes(c.kind) && c.weight >= 0.35);
  if (!problem) return [];
  const out: Cue[] = [];
  for (const s of sentences) {
    // A sign-off formula ("Best regards, Ana", "Kind regards", "All the best") is no praise: read the sentence
    // without it.
    const whole = text.slice(s.start, s.end);
    const cut = whole.search(SIGN_OFF);
    const t = cut >= 0 ? whole.slice(0, cut) : whole;
    const sc = sentiment(t);
    if (sc.compound < 0.3) continue;
    // Only strong praise reads as sarcasm ("great", "love", "wow", "thanks a lot"), not "ok", "yes", "like".
    const pos = valencedWords(t).filter((v) => v.valence >= 0.55);
    const thanksFor = /\b(?:thanks|thank you) (?:a lot|so much|for nothing|again)\b/i.exec(t);
    if (!pos.length && !thanksFor) continue;
    // Thanks for help and polite openings are not sarcasm ("Thanks for your help", "Hi, great app but…").
    if (
      /^\W*(?:please|pls|plz|hope|hoping|hi|hello|hey|good (?:morning|afternoon|evening)|dear)\b/i.test(t) &&
      !pos.length
    )
      continue;
    const p = pos[0];
    const start = p ? s.start + p.start : s.start + thanksFor!.index;
    const end = p ? s.start + p.end : s.start + thanksFor!.index + thanksFor![0].length;
    out.push({ kind: 'sarcasm', weight: 0.5, start, end, text: text.slice(start, end) });
  }
  return out;
}

const CALM =
  /\b(?:not|n't|never) (?:even |that |too |really |at all )?(?:mad|angry|upset|bothered|annoyed|fussed|cross|complaining|a complaint|worried)\b|\bno (?:rush|hurry|worries|big deal|biggie)\b|\bjust (?:curious|wondering)\b/i;

export interface MoodReading {
  /** 0 … 1: noisy-OR of the cues' weights. */
  score: number;
  cues: Cue[];
  /** The most negative sentence's VADER compound score (0 when none is negative). */
  worstSentiment: number;
}

/** All mood cues of a message and their combined score. Handles, links and hashtags are ignored. */
export function readMood(text: string): MoodReading {
  const clean = text
    .replace(/(^|\s)@\w+/g, (m, pre: string) => pre + ' '.repeat(m.length - pre.length))
    .replace(/\bhttps?:\/\/\S+/g, (m) => ' '.repeat(m.length));
  const sentences = splitSentences(clean);
  const cues: Cue[] = [];
  let worst = 0;
  for (const s of sentences) {
    const c = sentenceCues(clean, s);
    for (const x of c) if (x.kind === 'emotion') worst = Math.min(worst, -x.weight);
    cues.push(...c);
  }
  cues.push(...intensityCues(clean), ...overchargeCues(clean), ...brokenPromiseCues(clean));
  cues.push(...sarcasmCues(clean, sentences, cues));
  // "I'm not even mad", "no rush", "not a complaint": the customer says they are calm.
  const calm = CALM.test(clean);
  const score = combine(cues);
  return {
    score: calm ? Math.round(score * 0.6 * 1000) / 1000 : score,
    cues: cues.sort((a, b) => a.start - b.start),
    worstSentiment: worst,
  };
}

/**
 * Noisy-OR over kinds: each kind of cue is independent evidence, but two cues of one kind are one piece
 * ("can't use it … not working" is one fault, not two).
 */
export function combine(cues: readonly { weight: number; kind?: string }[]): number {
  const best = new Map<string, number>();
  cues.forEach((c, i) => {
    const k = c.kind ?? `#${i}`;
    best.set(k, Math.max(best.get(k) ?? 0, Math.max(0, Math.min(1, c.weight))));
  });
  let keep = 1;
  for (const w of best.values()) keep *= 1 - w;
  return Math.round((1 - keep) * 1000) / 1000;
}
