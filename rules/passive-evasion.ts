import nlp from 'compromise';
import type { RuleContext } from '../lib/engine/context';
import { Lru } from '../lib/engine/lru';
import { sentenceAfter, sentenceBefore, type Sentence } from '../lib/engine/text';
import type { Fix, Rule } from '../lib/engine/types';
import data from './data/passive-evasion.json';

// Passive evasion: bad news in the passive voice with no one responsible ("your order was cancelled",
// "the refund has been declined", "mistakes were made", "it has been determined") and no reason. Good news
// and neutral facts in the passive ("your parcel has been delivered") are fine, and so is a passive that
// names who ("by our fraud team") or why ("because…", "due to…", "as you requested").

function alt(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const ADV =
  '(?:\\s+(?:\\w+ly|also|now|just|already|since|then|still|recently|temporarily|permanently|unfortunately|sadly))?';
const BE = `(?:(?:is|are|was|were)${ADV}(?:\\s+being)?|(?:has|have|had|'s|'ve|’s|’ve)${ADV}\\s+been|(?:will|would|may|might|could|should|must)${ADV}\\s+be|(?:got|gets|get|getting))`;
const NEG_BE = `(?:(?:is|are|was|were)(?:n['’]t|\\s+not)(?:\\s+being)?|(?:has|have|had)(?:n['’]t|\\s+not)\\s+been|(?:will\\s+not|won['’]t|would\\s+not|wouldn['’]t)\\s+be|(?:was|were)\\s+never|(?:has|have)\\s+never\\s+been)`;

const BAD = new RegExp(`\\b(${BE})${ADV}\\s+(${alt(data.bad)})\\b`, 'giu');
const NEGATED = new RegExp(`\\b(${NEG_BE})${ADV}\\s+(${alt([...data.negatable, ...data.bad])})\\b`, 'giu');
const UNAUTHORISED = new RegExp(`\\b(${BE})${ADV}\\s+(${alt(data.unauthorised)})\\b`, 'giu');
const UNAUTHORISED_CUE = new RegExp(data.unauthorisedCue, 'iu');
const CAUSE = new RegExp(data.causeNouns, 'iu');
const IMPERSONAL = new RegExp(
  `\\b(it|this|that)\\s+(?:(?:has|had)\\s+been|was|is|'s\\s+been|’s\\s+been)\\s+(${alt(data.impersonal)})\\b(?=\\s+(?:that|to|not|unnecessary|appropriate|necessary|best|inappropriate|ineligible|invalid|void|unsuitable))`,
  'giu',
);
const CLASSIC =
  /\b((?:some\s+)?(?:mistakes|errors|an?\s+(?:mistake|error)|an?\s+(?:decision|judgement\s+call|call))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(made|taken|reached))\b/giu;
const REASONS = (data.reasons as string[]).map((r) => new RegExp(r, 'iu'));
const NEXT_REASON = new RegExp(data.nextSentenceReasons, 'iu');
const EXTERNAL = new RegExp(data.external, 'iu');
const AGENT =
  /\bby\s+(?!(?:the\s+)?(?:end|time|close|deadline|mistake|accident|error|default|law|now|then|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|midnight|next|this|early|late|january|february|march|april|may|june|july|august|september|october|november|december)\b|\d)(?:our|the|us|me|my|a|an|your|their|his|her|one\s+of|you|them|him|someone|somebody|another|\p{Lu})/u;

/**
 * The matches of the passive patterns in one sentence, by its text alone (offsets into the text): the patterns
 * are long alternations, and a keystroke re-scans only the sentence being typed. UNAUTHORISED is scanned only
 * when a customer's message asks for it, and remembered once scanned.
 */
const inSentence = new Lru<string, Map<RegExp, RegExpExecArray[]>>(2000);

/** Forget every remembered sentence (lib/engine/caches.ts). */
export function clearPassiveCache(): void {
  inSentence.clear();
}

function sentenceMatches(text: string): (re: RegExp) => RegExpExecArray[] {
  const found = inSentence.getOr(text, () => new Map<RegExp, RegExpExecArray[]>());
  return (re) => {
    let ms = found.get(re);
    if (!ms) {
      ms = [...text.matchAll(re)];
      found.set(re, ms);
    }
    return ms;
  };
}

const IRREGULAR_PAST: Record<string, string> = { frozen: 'froze', withdrawn: 'withdrew', taken: 'took' };

const baseCache = new Map<string, string>();

function base(participle: string): string {
  const cached = baseCache.get(participle);
  if (cached !== undefined) return cached;
  const result = baseUncached(participle);
  baseCache.set(participle, result);
  return result;
}

function baseUncached(participle: string): string {
  const first = participle.split(/\s+/)[0]!;
  const rest = participle.split(/\s+/).slice(1).join(' ');
  const inf = (nlp(`we ${first}`).verbs().toInfinitive().text() as string).replace(/^we\s+/i, '').trim() || first;
  return rest ? `${inf} ${rest}` : inf;
}

/** The noun phrase just before the verb group: "Your order 44019", "The refund". */
function subjectStart(ctx: RuleContext, sentence: Sentence, verbStart: number): number {
  const terms = ctx.terms(sentence).filter((t) => t.end <= verbStart);
  let start = verbStart;
  for (let i = terms.length - 1; i >= 0 && verbStart - terms[i]!.start < 60; i--) {
    const t = terms[i]!;
    const gap = ctx.draft.slice(t.end, start);
    if (start !== verbStart && /[,;:()—–]/.test(gap)) break;
    if (start === verbStart && /[,;:()—–]/.test(ctx.draft.slice(t.end, verbStart))) break;
    const ok =
      t.tags.has('Noun') ||
      t.tags.has('Determiner') ||
      t.tags.has('Possessive') ||
      t.tags.has('Adjective') ||
      t.tags.has('Value');
    if (!ok) break;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) break;
    start = t.start;
    // A personal pronoun is a whole subject ("you've been…"): nothing before it belongs to it.
    if (/^(?:i|we|you|they|he|she|it)$/i.test(t.text)) break;
  }
  return start;
}

function hasReason(ctx: RuleContext, sentence: Sentence, from: number, verbStart = from): boolean {
  const rest = ctx.draft.slice(sentence.start, sentence.end).toLowerCase().replace(/’/g, "'");
  if (AGENT.test(ctx.draft.slice(from, sentence.end))) return true;
  if (REASONS.some((r) => r.test(rest))) return true;
  // The cause comes first: "There's a points failure at X, so trams are suspended"; "…, which means…".
  const before = ctx.draft.slice(sentence.start, verbStart).toLowerCase();
  if (
    /\b(?:therefore|which means|meaning|as a result)\b|\bso (?:the|your|our|all|any|we|it|they|this|these|those|there|\w+s)\b/.test(
      before,
    )
  )
    return true;
  // A cause named in this sentence or the one before: "There's a signal failure at Leeds. Trains are suspended."
  if (CAUSE.test(rest)) return true;
  const prev = sentenceBefore(ctx.text.sentences, sentence.start);
  if (
    prev &&
    prev.region === 'body' &&
    CAUSE.test(prev.text) &&
    /^\W*(?:there(?:'s|’s| is| was| has been| are| were)|we(?:'ve|’ve| have| had)(?: got)?|(?:a|an|the) \w+(?: \w+)? (?:at|on|near|in|between)\b)/i.test(
      prev.text.replace(/^\s*@[\p{L}\p{N}_.]+[,:]?\s+/u, ''),
    )
  )
    return true;
  const next = sentenceAfter(ctx.text.sentences, sentence.end);
  if (next && next.region === 'body') {
    const n = next.text.toLowerCase().replace(/’/g, "'");
    if (NEXT_REASON.test(n) || /\bbecause\b|\bdue to\b/.test(n.slice(0, 40))) return true;
  }
  return false;
}

/** The customer asked for this very action ("please cancel my order"): the passive reports what they wanted. */
function customerAsked(ctx: RuleContext, participle: string): boolean {
  const text = ctx.customer?.text.toLowerCase().replace(/’/g, "'");
  if (!text) return false;
  const verb = base(participle).split(' ')[0]!.toLowerCase();
  const stem = verb.replace(/e$/, '');
  const asked = new RegExp(
    `\\b(?:please|pls|can you|could you|would you|can i|could i|i want(?: you)? to|i'd like(?: you)? to|i would like(?: you)? to|i need(?: you)? to|i wish to|want to|like to|help me|how do i|how can i|i asked (?:you )?to|i asked for|i requested)\\b[^.?!]{0,30}\\b${stem}`,
    'u',
  );
  return (
    asked.test(text) ||
    (/^(?:remove|delete|close|cancel)$/.test(verb) && /\bunsubscribe|take me off|opt (?:me )?out\b/.test(text))
  );
}

function report(
  ctx: RuleContext,
  sentence: Sentence,
  start: number,
  end: number,
  kind: 'classic' | 'impersonal' | 'bad' | 'negated',
  fix: Fix | null,
): void {
  const actual = ctx.draft.slice(start, end);
  const message =
    kind === 'classic'
      ? /decision|call/i.test(actual)
        ? `“${actual}” hides who decided: say who made the decision and why (“we decided to…because…”).`
        : `“${actual}” hides who was responsible: say what happened and own it (“we made a mistake with…”).`
      : kind === 'impersonal'
        ? `“${actual}” hides who decided: name the team or person and explain the decision in plain words.`
        : kind === 'negated'
          ? `“${actual}” hides who failed to do it: say “we didn't…”, own it, and say what you've done about it.`
          : `“${actual}” doesn't say who did it or why: name who (we, our team) and give the reason.`;
  ctx.report({ start, end, message, fixes: fix ? [fix] : [] });
  void sentence;
}

const rule: Rule = {
  meta: {
    id: 'passive-evasion',
    title: 'Evasive passive voice',
    description:
      'Flags bad news in the passive voice that hides who is responsible (“your order was cancelled”, “the refund has been declined”, “mistakes were made”) when no one and no reason is named.',
    rationale:
      'Customers want to know who did what and why. A passive like “your account has been suspended” reads as a faceless decision; owning it (“we suspended…because…”) builds trust and makes the apology credible (LAST: Apologise; AAAA: Acknowledge).',
    step: 'tone',
    defaultSeverity: 'suggestion',
    example: 'The refund has been declined.',
    english: true,
  },
  check(ctx) {
    const { draft } = ctx;
    // The customer says it happened without their permission: any passive action on their account hides who
    // asked and who approved it ("your number was ported out", "a request was received and processed"). Read
    // once, not once a sentence: the customer's message is the same for all of them.
    const unauthorised = UNAUTHORISED_CUE.test(ctx.customer?.text ?? '');
    for (const s of ctx.text.sentences) {
      if (s.region === 'signoff' || ctx.text.overlapsNotOwn(s.start, s.end)) continue;
      // A question asks what happened or should happen ("Should the file be deleted?", "Was the order
      // cancelled before it shipped?"); it announces no decision, so it hides no one.
      if (/\?["')\]\s]*$/.test(s.text)) continue;
      const matches = sentenceMatches(s.text);
      const taken: { start: number; end: number }[] = [];
      const overlaps = (a: number, b: number) => taken.some((t) => a < t.end && b > t.start);

      for (const m of matches(CLASSIC)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (AGENT.test(draft.slice(end, s.end))) continue;
        taken.push({ start, end });
        const isDecision = /decision|call/i.test(m[0]);
        const fix: Fix | null = isDecision
          ? null
          : {
              label: 'Own it: “we made a mistake”',
              edits: [{ start, end, text: /^\p{Lu}/u.test(m[0]) ? 'We made a mistake' : 'we made a mistake' }],
            };
        report(ctx, s, start, end, 'classic', fix);
      }

      for (const m of matches(IMPERSONAL)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (overlaps(start, end) || AGENT.test(draft.slice(end, s.end))) continue;
        taken.push({ start, end });
        const verb = m[2]!;
        const we = /^\p{Lu}/u.test(m[0]) ? 'We' : 'we';
        report(ctx, s, start, end, 'impersonal', {
          label: `Say who: “${we} have ${verb.toLowerCase()}”`,
          edits: [{ start, end, text: `${we} have ${verb.toLowerCase()}` }],
        });
      }

      for (const [re, kind] of [
        [NEGATED, 'negated'],
        [BAD, 'bad'],
        ...(unauthorised ? ([[UNAUTHORISED, 'bad']] as const) : []),
      ] as const) {
        for (const m of matches(re)) {
          const verbStart = s.start + m.index;
          const end = verbStart + m[0].length;
          if (overlaps(verbStart, end)) continue;
          const be = m[1]!.toLowerCase().replace(/’/g, "'");
          const participle = m[2]!.toLowerCase();
          // "You haven't been charged (twice)", "your data wasn't lost": a negated setback is good news.
          if (
            kind === 'negated' &&
            (/^(?:charged|billed|debited|affected|penalised|penalized)\b/.test(participle) ||
              (data.bad.includes(participle) && !data.negatable.includes(participle)))
          )
            continue;
          if (hasReason(ctx, s, end, verbStart)) continue;
          // Inside an apology or empathy ("I'm sorry you've been cut off"): acknowledging, not announcing.
          if (
            /\b(?:sorry|apologi[sz]e|apologies|understand|regret|frustrating|annoying|upsetting)\b/i.test(
              draft.slice(s.start, verbStart),
            )
          )
            continue;
          if (customerAsked(ctx, participle)) continue;
          const start = subjectStart(ctx, s, verbStart);
          const subject = draft.slice(start, verbStart).trim();
          if (EXTERNAL.test(subject)) continue;
          // Money moved back to the customer ("the balance has been transferred to your current account").
          if (
            re === UNAUTHORISED &&
            (/[£$€]|\b(?:balance|refund|money|funds|amount|credit|new|replacement)\b/i.test(subject) ||
              /^\s+(?:back )?(?:to|into) (?:you|your)\b/i.test(draft.slice(end, end + 14)))
          )
            continue;
          // Account details change at the customer's request: "your address has been changed" is a confirmation.
          if (
            /^(?:changed|updated|removed|reset)$/.test(participle) &&
            /\b(?:password|passcode|address|email|e-mail|details|name|phone|number|pin|preferences|settings|username|photo|picture)$/i.test(
              subject,
            )
          )
            continue;
          // Closing a support ticket is housekeeping, not a decision against the customer.
          if (
            /^(?:closed|resolved)$/.test(participle) &&
            /\b(?:case|ticket|request|query|enquiry|inquiry|chat|conversation|thread|complaint)$/i.test(subject)
          )
            continue;
          // "I was / we were …": the agent's own side is speaking for itself.
          if (
            /^(?:i|we|you)$/i.test(subject) &&
            kind === 'bad' &&
            !/cancel|suspend|restrict|block|ban|bar|charged/.test(participle)
          )
            continue;
          taken.push({ start, end });
          let fix: Fix | null = null;
          if (subject && !/^(?:it|this|that|i|we|you|they)$/i.test(subject)) {
            const obj = /^(?:Your|The|This|That|These|Those|Our|My|A|An|Its|Their|Some|All)\b/.test(subject)
              ? subject.charAt(0).toLowerCase() + subject.slice(1)
              : subject;
            const capital = start === s.start || /[.!?]\s*$/.test(draft.slice(s.start, start));
            let verb: string | null = null;
            if (kind === 'negated')
              verb = /^(?:has|have|had)/.test(be) ? `haven't ${participle}` : `didn't ${base(participle)}`;
            else if (/^(?:was|were)$/.test(be)) verb = IRREGULAR_PAST[participle] ?? participle;
            else if (/^(?:has|have|'s|'ve)\s+been$/.test(be)) verb = `have ${participle}`;
            else if (/^(?:is|are)$/.test(be)) verb = `have ${participle}`;
            if (verb) {
              const we = capital ? 'We' : 'we';
              const text = `${we} ${verb} ${obj}`;
              fix = { label: `Say who: “${text}”`, edits: [{ start, end, text }] };
            }
          }
          report(ctx, s, start, end, kind, fix);
        }
      }
    }
  },
};

export default rule;
