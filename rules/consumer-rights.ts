import type { RuleContext } from '../lib/engine/context';
import { Lru } from '../lib/engine/lru';
import { normalize } from '../lib/engine/normalize';
import type { PhraseEntry, Rule } from '../lib/engine/types';
import data from './data/consumer-rights.json';
import { scopeText } from '../lib/engine/text';

// Consumer rights: refusing every remedy for goods that are faulty or not as described ("sold as seen",
// "no refunds", "out of warranty so there's nothing we can do", "contact the manufacturer"). Under the
// Consumer Rights Act 2015 the retailer must put it right: a 30-day right to reject, then repair or
// replacement (a fault within 6 months is presumed to have been there at delivery). A hint, not legal advice:
// it fires only when the customer's message or the draft shows a fault, and never on a neutral
// change-of-mind returns policy or when a remedy is offered.

const REFUSALS = data.refusals as PhraseEntry[];
const FAULT = new RegExp(data.fault, 'iu');
const NOT_AS_DESCRIBED = new RegExp(data.notAsDescribed, 'iu');
const SELF_CAUSED_ALL = new RegExp(data.selfCaused, 'giu');
/** A negation just before, in the same clause: "I haven't dropped it", "never spilled anything on it". */
const NEGATED_BEFORE = /(?:\b(?:not|never|no|without)\b|n't\b)[^.!?,;]*$/iu;
const REMEDY_ALL = new RegExp(data.remedyOffered, 'giu');
const EXCEPTION =
  /\b(?:unless|except|other than|apart from|excluding|but not)\b[^.!?]{0,30}\b(?:faulty|fault|defective|damaged|not as described)\b/iu;

const GENERIC_FAULT =
  /\b(?:(?:manufacturing|manufacturer'?s?|factory|genuine|any|all|most|certain|some) (?:faults?|defects?)|(?:covers?|covered|cover for|excludes?) (?:\w+ ){0,2}(?:faults?|defects?|damage))\b/giu;
const NEGATION = /\b(?:not|unable|cannot|never|no longer|nor)\b|n't\b/iu;

type Problem = 'faulty' | 'not as described';

function forms(text: string): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  return [lower, normalize(text).text];
}

function problemIn(text: string): Problem | null {
  const f = forms(text);
  if (f.some((t) => NOT_AS_DESCRIBED.test(t))) return 'not as described';
  if (f.some((t) => FAULT.test(t))) return 'faulty';
  return null;
}

/** The item, from the customer's message: "The headphones" → "headphones". */
function item(ctx: RuleContext): string | null {
  for (const t of ctx.customer?.topics ?? []) {
    const noun = t.replace(/^(?:the|my|a|an|this|that|your|our|these|those)\s+/i, '').trim();
    if (!noun || /\d|^(?:order|ref|back|water|today|yesterday|week|month|year|day|the \w+ ear)\b/i.test(noun)) continue;
    if (noun.split(/\s+/).length > 3 || (/^\p{Lu}\p{Ll}+$/u.test(noun) && ctx.customer?.name === noun)) continue;
    return noun.toLowerCase();
  }
  return null;
}

function remedySentence(ctx: RuleContext, problem: Problem): string {
  const it = item(ctx);
  const plural = it ? /s$/.test(it) && !/ss$/.test(it) : false;
  const thing = it ? `your ${it}` : 'the item';
  const be = plural ? 'are' : 'is';
  const why = problem === 'faulty' ? `${be} faulty` : `${plural ? "aren't" : "isn't"} as described`;
  return `As ${thing} ${why}, you're entitled to a refund, repair or replacement, and I'll arrange whichever you prefer.`;
}

/** Keep a leading emoji or bullet when the sentence is rewritten. */
function wordStart(draft: string, start: number, end: number): number {
  let i = start;
  while (i < end && !/[\p{L}\p{N}"“'‘(]/u.test(draft[i]!)) i++;
  return i;
}

/** Whether a sentence offers a remedy, remembered by its text (a keystroke re-reads one sentence). */
const offers = new Lru<string, boolean>(2000);

/** Forget every remembered sentence (lib/engine/caches.ts). */
export function clearConsumerRightsCache(): void {
  offers.clear();
}

function offersRemedy(text: string): boolean {
  return offers.getOr(text, offersRemedyUncached);
}

function offersRemedyUncached(text: string): boolean {
  // An offer in its own clause: "we can't refund it, but I've arranged a free repair" offers one.
  return forms(text).some((t) =>
    [...t.matchAll(REMEDY_ALL)].some((m) => {
      const clause =
        t
          .slice(Math.max(0, m.index - 40), m.index)
          .split(/[,;:]|\bbut\b/)
          .pop() ?? '';
      return !NEGATION.test(`${clause}${m[0]}`);
    }),
  );
}

function check(ctx: RuleContext): void {
  const { draft, text } = ctx;
  // The draft's own words show a fault only about this item, not in a policy ("covers manufacturing faults").
  const problem =
    (ctx.customer ? problemIn(ctx.customer.text) : null) ?? problemIn(scopeText(text).replace(GENERIC_FAULT, ' '));
  if (!problem) return;
  // Damage the customer caused ("I dropped it", "my son spilt juice on it") is not a fault the retailer owes.
  // "I haven't dropped it or anything" says the opposite.
  const selfCaused = (t: string) =>
    [...t.matchAll(SELF_CAUSED_ALL)].some((m) => !NEGATED_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)));
  if (ctx.customer && forms(ctx.customer.text).some(selfCaused)) return;
  // A remedy on offer (a repair, a replacement, a refund, a returns label): refusing one remedy is not
  // refusing them all.
  const offered = ctx.text.sentences.some((s) => !ctx.text.overlapsNotOwn(s.start, s.end) && offersRemedy(s.text));
  if (offered) return;

  const seen = new Set<number>();
  for (const m of ctx.match(REFUSALS)) {
    const s = ctx.sentenceAt(m.start);
    if (s && (EXCEPTION.test(s.text) || seen.has(s.start))) continue;
    if (s) seen.add(s.start);
    const fixText = remedySentence(ctx, problem);
    const fixes = s
      ? [
          {
            label: 'Offer the remedy instead',
            edits: [{ start: wordStart(draft, s.start, s.end), end: s.end, text: fixText }],
          },
        ]
      : [];
    ctx.report({
      start: m.start,
      end: m.end,
      message: `“${m.text}” refuses any remedy for goods that are ${problem}: under the Consumer Rights Act 2015 the retailer must offer a refund (within 30 days), a repair or a replacement. Check before sending.`,
      note: `${m.entry.note ? `${m.entry.note[0]!.toUpperCase()}${m.entry.note.slice(1)}. ` : ''}A hint, not legal advice: faulty or not-as-described goods are the retailer's to put right (CRA 2015: 30-day right to reject, then repair or replacement; faults within 6 months are presumed present at delivery). Owning the fix is the Solve step.`,
      fixes,
    });
  }
}

const rule: Rule = {
  meta: {
    id: 'consumer-rights',
    title: 'Consumer rights',
    description:
      'Flags a refusal of any remedy for faulty or not-as-described goods (“no refunds”, “sold as seen”, “out of warranty so nothing we can do”, “contact the manufacturer”), using the customer message or the draft for the fault.',
    rationale:
      'Under the Consumer Rights Act 2015 the retailer must put faulty or not-as-described goods right (refund within 30 days, then repair or replacement). Refusing is unlawful and escalates the complaint; offering the remedy solves it (LAST: Solve). A hint, not legal advice.',
    step: 'solve',
    defaultSeverity: 'warning',
    example: 'Refurbished items are sold as seen, so we are unable to offer a refund.',
    english: true,
  },
  check,
};

export default rule;
