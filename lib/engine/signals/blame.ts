// Blame and defensiveness in the grammar, beyond the fixed phrases of rules/data/blame.json:
// - the customer failed to do what they were told: second person + negation + a compliance verb
//   ("you haven't answered properly", "you were not following the instruction", "you didn't read");
// - we already told them: first person + a verb of telling + "you" + a reference to before
//   ("I asked you from the start", "I already told you twice", "we informed you earlier");
// - their action is the cause: "because you entered the wrong…", "since you didn't…";
// - an impersonal brush-off that leaves the work with them: a short passive "the steps are given",
//   "it is written on the website", "this is clearly stated in our terms";
// - defensiveness toward an upset customer (with no empathy anywhere): a flat denial ("that's not something
//   we do", "we are not responsible") or selling the policy they complain about ("This is a great option
//   for customers who…") — see defensiveIn();
// - lecturing a customer who complains: a rule about what they should have known or done — a norm on a verb
//   of the customer's own diligence ("Knowing what coverage to expect is key", "It's important to read the
//   terms before you book", "Customers are responsible for checking…", "You should always check…", "Next
//   time, make sure you read…") or pointing at the rulebook ("as stated in our terms") — see lectureIn().
// Each piece of evidence has a weight; the blame rule reports those at or above its threshold.

import { Lru } from '../lru';
import { terms, type Term } from '../nlp';
import type { Sentence } from '../text';

export type BlameKind = 'failed' | 'told' | 'cause' | 'brush-off' | 'defensive' | 'lecture';

export interface BlameEvidence {
  kind: BlameKind;
  weight: number;
  start: number;
  end: number;
  says: string;
}

/** Things the customer is asked to do; failing them is "their fault". */
const COMPLIANCE = new Set([
  'answer',
  'follow',
  'read',
  'respond',
  'reply',
  'provide',
  'send',
  'listen',
  'check',
  'give',
  'enter',
  'update',
  'install',
  'try',
  'attach',
  'confirm',
  'fill',
  'complete',
  'submit',
  'use',
  'do',
  'pay',
  'register',
  'verify',
  'restart',
  'understand',
  'see',
  'look',
  'contact',
  'call',
  'tell',
  'select',
  'click',
  'press',
  'wait',
  'notice',
  'return',
  'inform',
]);
const TELL = new Set([
  'ask',
  'tell',
  'say',
  'explain',
  'mention',
  'inform',
  'advise',
  'remind',
  'repeat',
  'warn',
  'instruct',
]);
/** A reproach ("already", "twice", "from the start") rather than a plain reference to an earlier message. */
const REPROACH =
  /\b(?:already|from the (?:start|beginning)|at the (?:start|beginning)|twice|three times|several times|many times|again and again|multiple times|repeatedly)\b/i;
const BEFORE =
  /\b(?:already|before|earlier|previously|from the (?:start|beginning)|at the (?:start|beginning)|twice|three times|several times|many times|again and again|multiple times|last time|in my (?:last|previous) (?:message|reply|email))\b/i;
const INFO_PASSIVE = new Set([
  'given',
  'written',
  'stated',
  'mentioned',
  'explained',
  'shown',
  'listed',
  'provided',
  'described',
  'detailed',
  'sent',
  'shared',
  'outlined',
  'indicated',
  'specified',
]);
/** The subject of a brush-off: information the customer is pointed at. */
const INFO_SUBJECT =
  /^\W*(?:(?:the|these|those|all (?:the)?|our|my)\s+)?(?:(?:\w+\s+)?(?:steps?|instructions?|details?|information|info|answers?|solutions?|procedures?|process|guides?|links?|options?|reasons?|terms|policy|explanation|faq|manual|guidelines?|requirements?)|everything|it|this|that|all)\b/i;
/** The whole subject before the passive, up to its copula and adverbs: "The steps (are)", "It is clearly" — not a
 * clause that only opens on "it" ("It looks like the wrong size (was sent)"). */
const INFO_SUBJECT_WHOLE = new RegExp(
  `${INFO_SUBJECT.source}(?:\\s+(?:is|are|was|were|has|have|had|been|all|also|already|\\w+ly))*\\W*$`,
  'i',
);
const CAUSE = new Set(['because', 'since', 'as', 'cause', 'due']);
const NEGATIVE = new Set(['not', 'never', "n't", 'no']);

function word(t: Term): string {
  return t.normal.replace(/[^\p{L}'-]/gu, '');
}

function lemma(w: string): string {
  if (w === 'said') return 'say';
  if (w === 'told') return 'tell';
  if (w === 'gave' || w === 'given') return 'give';
  if (w === 'sent') return 'send';
  if (w === 'did' || w === 'done') return 'do';
  if (w === 'saw' || w === 'seen') return 'see';
  if (w === 'paid') return 'pay';
  if (w === 'wrote' || w === 'written') return 'write';
  if (w === 'understood') return 'understand';
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing')) {
    const b = w.slice(0, -3);
    return COMPLIANCE.has(b) || TELL.has(b) ? b : COMPLIANCE.has(b + 'e') ? b + 'e' : b;
  }
  if (w.endsWith('ed')) {
    const b = w.slice(0, -2);
    // "followed" → "follow", "used" → "use".
    return COMPLIANCE.has(b) || TELL.has(b) ? b : w.slice(0, -1);
  }
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const inSentence = new Lru<string, BlameEvidence[]>(2000);
/** lectureIn's verdict on a sentence's text (for a complaint that did not ask for advice). */
const lectures = new Lru<string, Pick<BlameEvidence, 'weight' | 'says'> | null>(2000);

/** Forget every remembered sentence and lecture (lib/engine/caches.ts). */
export function clearBlameCache(): void {
  inSentence.clear();
  lectures.clear();
}

/**
 * Blame in one sentence of the reply. It reads the sentence's own text and nothing else, so it is remembered by
 * that text, with offsets from the sentence's start (a keystroke re-reads only the sentence being typed).
 */
export function blameInSentence(s: Sentence): BlameEvidence[] {
  const found = inSentence.getOr(s.text, () => blameInText({ ...s, start: 0, end: s.text.length }));
  return found.map((e) => ({ ...e, start: e.start + s.start, end: e.end + s.start }));
}

function blameInText(s: Sentence): BlameEvidence[] {
  const ts = terms(s.text, s.start);
  const out: BlameEvidence[] = [];
  const text = s.text.replace(/[’]/g, "'");
  // A condition or a purpose is not an accusation ("if you haven't received it", "so you don't have to").
  const conditional = (i: number) =>
    ts
      .slice(Math.max(0, i - 3), i)
      .some((t) => ['if', 'unless', 'whether', 'in case', 'so', 'until', 'when', 'once'].includes(word(t)));
  for (let i = 0; i < ts.length; i++) {
    const w = word(ts[i]!);
    // 1. "you haven't answered properly", "you were not following", "you didn't read".
    if (w === 'you' && !conditional(i)) {
      let j = i + 1;
      let negated = false;
      let passive = false;
      while (j < ts.length && j <= i + 4) {
        const x = ts[j]!;
        const xw = word(x);
        // "you shouldn't be paying", "you can't follow": a modal is advice or ability, not a failure.
        if (x.tags.has('Modal') || /^(?:should|would|could|might|must|can|may|shall)$/.test(xw)) {
          negated = false;
          break;
        }
        if (NEGATIVE.has(xw) || x.tags.has('Negative')) negated = true;
        else if (xw === 'been' || xw === 'being') passive = true;
        else if (!(
          x.tags.has('Auxiliary') ||
          x.tags.has('Copula') ||
          x.tags.has('Adverb') ||
          [
            'have',
            'has',
            'did',
            'do',
            'does',
            'were',
            'was',
            'are',
            'even',
            'bother',
            'bothered',
            'to',
            'still',
          ].includes(xw)
        ))
          break;
        j++;
      }
      const v = ts[j];
      if (negated && !passive && v && v.tags.has('Verb') && COMPLIANCE.has(lemma(word(v)))) {
        const strong =
          /\b(?:properly|correctly|at all|anything|any of|as (?:i|we) (?:asked|said|told)|the instructions?|the steps|what i (?:asked|said))\b/i.test(
            text,
          );
        // "You haven't received…", "you didn't receive": those are their problem, not their fault.
        out.push({
          kind: 'failed',
          weight: strong ? 0.8 : 0.55,
          start: ts[i]!.start,
          end: v.end,
          says: 'says the customer failed to do something',
        });
      }
    }
    // 2. "I asked you from the start", "I already told you twice", "we informed you earlier".
    if ((w === 'i' || w === 'we') && !conditional(i)) {
      for (let j = i + 1; j <= Math.min(i + 3, ts.length - 1); j++) {
        const v = ts[j]!;
        if (v.tags.has('Adverb') || v.tags.has('Auxiliary')) continue;
        if (v.tags.has('PastTense') && TELL.has(lemma(word(v)))) {
          const rest = s.text.slice(v.end - s.start);
          const toYou = /^\s+(?:you|u)\b/i.test(rest) || /\b(?:you|u)\b/i.test(rest.slice(0, 20));
          if (toYou && BEFORE.test(s.text)) {
            out.push({
              kind: 'told',
              weight: REPROACH.test(s.text) ? 0.75 : 0.5,
              start: ts[i]!.start,
              end: v.end,
              says: 'reminds the customer they were already told',
            });
          }
        }
        break;
      }
    }
    // 3. "because you entered the wrong password", "since you didn't…".
    if (CAUSE.has(w) && ts[i + 1] && word(ts[i + 1]!) === 'you') {
      const v = ts.slice(i + 2, i + 5).find((x) => x.tags.has('Verb') && !x.tags.has('Auxiliary'));
      const fault =
        /\b(?:wrong|incorrect|incorrectly|not|n't|never|forgot|failed|didn't|did not|mistake|accidentally)\b/i.test(
          s.text.slice(ts[i]!.start - s.start),
        );
      if (v && fault)
        out.push({ kind: 'cause', weight: 0.6, start: ts[i]!.start, end: v.end, says: 'makes the customer the cause' });
    }
  }
  // 4. A short impersonal brush-off: "The steps are given to follow.", "It is written on the website."
  const words = s.text.match(/[\p{L}']+/gu) ?? [];
  if (words.length <= 10) {
    for (let i = 1; i < ts.length; i++) {
      const t = ts[i]!;
      const prev = word(ts[i - 1]!);
      if (
        INFO_PASSIVE.has(word(t)) &&
        (['is', 'are', 'was', 'were', 'been'].includes(prev) || ts[i - 1]!.tags.has('Adverb')) &&
        !/\b(?:below|above|here|attached)\b/i.test(text) &&
        !/^\W*(?:i|we|i've|we've|i have|we have)\b/i.test(text) &&
        // What was given is information ("the steps", "it", "everything"), not the thing they wait for
        // ("the refund was sent to your card").
        INFO_SUBJECT_WHOLE.test(s.text.slice(0, ts[i - 1]!.start - s.start))
      ) {
        out.push({
          kind: 'brush-off',
          weight: 0.6,
          start: s.start,
          end: s.end,
          says: 'points the customer at instructions instead of helping',
        });
        break;
      }
    }
  }
  return out;
}

/** A flat denial or disclaimer: "that's not something we do", "we are not responsible", "not our fault". */
const DENIAL =
  /\b(?:that|this|it)(?:'s| is| was) not (?:something we|what we|how we|true|the case|correct|our (?:fault|problem|responsibility|policy))\b|\bwe (?:do not|don't|never|did not|didn't|would never) (?:do|sell|share|charge|give|pass) (?:that|this|your|any|customers?)\b|\bnot our (?:fault|responsibility|problem|issue)\b|\bwe (?:are|'re) not (?:responsible|liable|to blame|at fault)\b|\b(?:nothing|not anything) (?:to do with us|we can be held)\b/i;

/**
 * Defensiveness, read with the customer's mood: to an upset customer, a denial, or praise of the policy or
 * product they are complaining about ("This is a great option for customers who want to share miles"),
 * in a reply with no empathy at all. `upset` and `empathetic` come from the mood and apology signals.
 */
export function defensiveIn(
  s: Sentence,
  upset: boolean,
  empathetic: boolean,
  positive: (t: string) => number,
): BlameEvidence | null {
  if (!upset || empathetic) return null;
  const t = s.text.replace(/[’]/g, "'");
  if (DENIAL.test(t))
    return {
      kind: 'defensive',
      weight: 0.6,
      start: s.start,
      end: s.end,
      says: 'denies the complaint instead of looking into it',
    };
  // Selling what they complain about: a positive claim about the policy, not about helping them.
  if (
    positive(t) >= 0.5 &&
    /^\W*(?:this|that|it|our|the)\b/i.test(t) &&
    !/\b(?:you|your|help|happy to|glad to|sorry|thank)\b/i.test(t)
  )
    return {
      kind: 'defensive',
      weight: 0.6,
      start: s.start,
      end: s.end,
      says: 'defends the policy the customer is unhappy with',
    };
  return null;
}

/**
 * Verbs of the customer's own diligence: knowing, checking, reading up. A norm on one of them, said to someone
 * who complains, tells them what they should have done ("Knowing what to expect is key").
 */
const DILIGENCE = new Set([
  'know',
  'check',
  'read',
  'review',
  'understand',
  'research',
  'plan',
  'verify',
  'ensure',
  'familiarise',
  'familiarize',
  'consult',
  'remember',
  'double-check',
  'inform',
]);
/** What makes a statement a norm: "is key", "is important", "is your responsibility", "is a must". */
const NORM = new Set([
  'key',
  'important',
  'essential',
  'crucial',
  'vital',
  'critical',
  'necessary',
  'imperative',
  'advisable',
  'recommended',
  'best',
  'wise',
  'sensible',
  'paramount',
]);
/** Norms that take an article or a possessive: "a must", "a good idea", "your responsibility", "up to you". */
const NORM_PHRASE =
  /^(?:a must|a good idea|a smart idea|good practice|your (?:own )?(?:responsibility|job|duty)|up to you|on you)\b/i;
/** People a generic obligation is laid on ("Customers are responsible for checking…"). */
const ACTOR =
  /^(?:customers?|passengers?|travell?ers?|users?|members?|buyers?|guests?|clients?|cardholders?|subscribers?|account holders?|everyone|anyone)$/i;
const OBLIGATION = /^(?:responsible for|expected to|supposed to|meant to|obliged to|obligated to)$/i;
/**
 * The lecture is about what they should have known before, or how to behave in future, not a step for now:
 * timeless ("always", "when traveling", "before you book", "in advance"), future behaviour ("next time"), or
 * what they signed up to (the terms, the policy, the coverage).
 */
const PRIOR =
  /\b(?:always|before (?:you|booking|buying|ordering|purchasing|travell?ing|signing|paying|\w+ing)\b|beforehand|in advance|ahead of (?:time|your|a|any)|when (?:you(?:'re| are) )?\w+ing\b|when(?:ever)? you (?:travel|book|buy|order|sign|purchase|go)|what (?:\w+ )*to expect|in (?:the )?future|next time|going forward|from now on|terms|conditions|t ?& ?cs?|small print|fine print|polic(?:y|ies)|coverage|requirements?|restrictions?|rules|contract|agreement)\b/i;
/** Behaviour next time: a lecture even in second person with a modal ("You should always check…"). */
const FUTURE = /\b(?:always|in (?:the )?future|next time|going forward|from now on)\b/i;
/** Pointing at the rulebook: "as stated in our terms", "as outlined on the website". */
const RULEBOOK =
  /\bas (?:clearly |already |also )?(?:stated|outlined|specified|set out|mentioned|explained|detailed|described|noted|written|indicated|shown|listed) (?:in|on|under|within) (?:our|the|your|their) (?:[\w&'-]+ ){0,3}?(?:terms|conditions|t ?& ?cs?|polic(?:y|ies)|contract|agreement|website|site|web ?page|page|faqs?|listing|description|small print|fine print|rules)\b/i;
/** Advice the customer asked for is not a lecture ("what should I check before I travel?"). */
const ASKS_ADVICE =
  /\b(?:what|how|which|where|when) (?:should|do|can|could|would|must|shall) (?:i|we)\b|\bwhat do (?:i|we) need to\b|\bany (?:tips?|advice|recommendations?|suggestions?)\b|\b(?:can|could|would) (?:you|u) (?:please )?(?:advise|recommend|suggest|tell me (?:how|what))\b|\bplease advise\b|\bi(?:'d| would) like (?:some )?advice\b/i;

/** "read", "knowing", "checking", "planning", "making sure", "be aware": a diligence verb at terms[i]. */
function diligentAt(ts: Term[], i: number): boolean {
  const w = word(ts[i]!);
  const next = ts[i + 1] ? word(ts[i + 1]!) : '';
  if (/^(?:make|makes|making)$/.test(w)) return next === 'sure';
  if (/^(?:be|being)$/.test(w)) return next === 'aware' || next === 'familiar';
  if (DILIGENCE.has(w)) return true;
  if (/ing$/.test(w)) {
    const b = w.slice(0, -3);
    // "knowing", "reading" / "reviewing" / "planning" (doubled consonant) / "verifying".
    return DILIGENCE.has(b) || DILIGENCE.has(b + 'e') || DILIGENCE.has(b.slice(0, -1));
  }
  return false;
}

/** The first content term of a sentence (past "so", "but", "and", "also", interjections). */
function firstContent(ts: Term[]): number {
  let i = 0;
  while (
    i < ts.length &&
    (ts[i]!.tags.has('Expression') || /^(?:so|but|and|also|well|again|honestly|really)$/.test(word(ts[i]!)))
  )
    i++;
  return i;
}

/**
 * A lecture in one sentence, to a customer who complains (`complaint`: upset or reporting a problem) and did
 * not ask for advice (`askedAdvice`): a norm on a diligence verb ("Knowing what coverage to expect when
 * traveling is key", "It is important to read the terms before you book"), a generic obligation ("Customers
 * are responsible for checking their coverage"), second-person advice for next time ("You should always
 * check…", "Next time, make sure you read…"), or "as stated in our terms". The same words said to someone who
 * asked what to do, or who is not complaining, are advice ("It's important to us that you're happy" is a
 * value, not a norm on them).
 */
export function lectureIn(s: Sentence, complaint: boolean, askedAdvice: boolean): BlameEvidence | null {
  if (!complaint || askedAdvice) return null;
  // The sentence's own text decides the rest: remembered by it, the evidence spanning the sentence.
  const found = lectures.getOr(s.text, () => {
    const e = lectureInText({ ...s, start: 0, end: s.text.length });
    return e && { weight: e.weight, says: e.says };
  });
  return found && { kind: 'lecture', weight: found.weight, start: s.start, end: s.end, says: found.says };
}

function lectureInText(s: Sentence): BlameEvidence | null {
  const t = s.text.replace(/[’]/g, "'");
  const ts = terms(s.text, s.start);
  const evidence = (weight: number, says: string): BlameEvidence => ({
    kind: 'lecture',
    weight,
    start: s.start,
    end: s.end,
    says,
  });
  const prior = PRIOR.test(t) ? 0.15 : 0;
  if (RULEBOOK.test(t)) return evidence(0.6, 'points the customer at the rules instead of helping');
  const first = firstContent(ts);
  // "Next time, please make sure you read…", "In future, check the terms first."
  if (/^\W*(?:(?:so|and|but|also)\s+)?(?:in (?:the )?future|next time|going forward|from now on)\b/i.test(t)) {
    for (let i = first; i < ts.length; i++) if (diligentAt(ts, i)) return evidence(0.65, 'lectures the customer');
  }
  for (let c = 0; c < ts.length; c++) {
    const cw = word(ts[c]!);
    // Generic obligation: "Customers are responsible for checking…", "Passengers are expected to know…".
    if (['are', 'is', 'were', 'was'].includes(cw) && c > 0 && ACTOR.test(word(ts[c - 1]!))) {
      const ob = ts
        .slice(c + 1, c + 3)
        .map(word)
        .join(' ');
      const v = ts.findIndex((x, k) => k > c + 2 && k <= c + 4 && diligentAt(ts, k));
      if (OBLIGATION.test(ob) && v > 0) return evidence(0.5 + prior + 0.1, 'lectures the customer');
    }
    // Second person for next time: "You should always check the terms", "you need to read… in future".
    if ((cw === 'you' || cw === 'u') && FUTURE.test(t)) {
      let j = c + 1;
      const modal = ts[j] && /^(?:should|must|need|have|ought|'ll|will)$/.test(word(ts[j]!));
      if (modal) {
        j++;
        while (j < ts.length && j <= c + 4 && (ts[j]!.tags.has('Adverb') || word(ts[j]!) === 'to')) j++;
        if (j < ts.length && diligentAt(ts, j)) return evidence(0.65, 'lectures the customer');
      }
    }
    // A norm: copula + (adverbs) + "key / important / essential / your responsibility…".
    if (!(ts[c]!.tags.has('Copula') || ['is', 'was'].includes(cw))) continue;
    let j = c + 1;
    while (j < ts.length && ts[j]!.tags.has('Adverb') && !['not', 'never'].includes(word(ts[j]!))) j++;
    if (j >= ts.length || ['not', 'never'].includes(word(ts[j]!)) || ts[j]!.tags.has('Negative')) continue;
    const rest = s.text.slice(ts[j]!.start - s.start).replace(/[’]/g, "'");
    const phrase = NORM_PHRASE.exec(rest);
    if (!NORM.has(word(ts[j]!)) && !phrase) continue;
    let k = j + (phrase ? phrase[0].split(/\s+/).length : 1);
    // "important to us", "key for me": a value of ours, not a norm on them.
    const after = ts
      .slice(k, k + 2)
      .map(word)
      .join(' ');
    if (/^(?:to|for) (?:us|me|our|my|the team|everyone here)\b/.test(after)) continue;
    // The subject is the diligence itself: "Knowing what to expect is key", "Reading the small print is essential".
    if (first < c && diligentAt(ts, first)) return evidence(0.5 + prior, 'lectures the customer');
    // "It is important (for you / for customers) to check…", "It's key that you read…", "It's your responsibility to…".
    if (c > 0 && /^(?:it|this|that)$/.test(word(ts[c - 1]!))) {
      if (ts[k] && word(ts[k]!) === 'for' && ts[k + 1]) k += 2;
      if (ts[k] && word(ts[k]!) === 'that' && ts[k + 1] && /^(?:you|u|customers?)$/.test(word(ts[k + 1]!))) k += 2;
      while (k < ts.length && (ts[k]!.tags.has('Adverb') || ts[k]!.tags.has('Modal') || word(ts[k]!) === 'to')) k++;
      if (k < ts.length && diligentAt(ts, k)) return evidence(0.5 + prior, 'lectures the customer');
    }
  }
  return null;
}

/** Whether the customer asked what to do ("what should I check?", "any tips?"): then a norm is advice. */
export function asksForAdvice(customer: string | undefined): boolean {
  return !!customer && ASKS_ADVICE.test(customer.replace(/[’]/g, "'"));
}
