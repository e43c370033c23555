import type { RuleContext } from '../lib/engine/context';
import { stringListOption } from '../lib/engine/helpers';
import { Lru } from '../lib/engine/lru';
import { normalize } from '../lib/engine/normalize';
import type { Sentence } from '../lib/engine/text';
import type { Fix, PhraseEntry, Rule } from '../lib/engine/types';
import { hasConcreteTime, vaguePromise, type VaguePromise } from '../lib/engine/signals/time';
import data from './data/vague-timeframe.json';

// Vague timing: "soon", "ASAP", "shortly", "in due course", and promises to get back to the customer
// ("we'll get back to you", "someone will be in touch", "I'll look into it") with no time next to them.
// Managing expectations means naming a time the customer can hold us to. Silent when the same sentence
// names a concrete time ("by 5pm today", "within 2 working days", "on Friday").

const VAGUE = data.vague as PhraseEntry[];
const PROMISES = data.promises as PhraseEntry[];
const DEFAULT_TIMES = ['by the end of today', 'within 24 hours', 'within 2 working days'];

/** A promise only counts when it is one: future or intention before it, not a question or an "if". */
const FUTURE =
  /\b(?:will|shall|going to|gonna|aim to|try to|plan to|intend to|hope to|want to|would like to|be sure to|make sure|promise to|let me|let us|am|are|is)\b/;
const CONDITION = /\b(?:if|unless|in case|whether|should you|would you like|do you want)\b/;

function sentenceOf(ctx: RuleContext, offset: number): Sentence | undefined {
  return ctx.sentenceAt(offset);
}

function isQuestion(s: Sentence): boolean {
  return /\?\s*$/.test(s.text);
}

function timeFixes(start: number, end: number, mode: 'replace' | 'append'): Fix[] {
  return DEFAULT_TIMES.map((t) =>
    mode === 'replace'
      ? { label: `Replace with “${t}”`, edits: [{ start, end, text: t }] }
      : { label: `Add “${t}”`, edits: [{ start: end, end, text: ` ${t}` }] },
  );
}

/** Where a time belongs at the end of a sentence: before its closing punctuation. */
function sentenceTail(s: Sentence): number {
  let e = s.end;
  while (e > s.start && /[\s.!?,;:…)\]]/u.test(s.text[e - 1 - s.start]!)) e--;
  return e;
}

/**
 * vaguePromise of a sentence: it reads the sentence's text and terms alone, so it is remembered by the text, with
 * offsets from the sentence's start (a keystroke re-reads only the sentence being typed).
 */
const promises = new Lru<string, VaguePromise | null>(2000);

/** Forget every remembered sentence (lib/engine/caches.ts). */
export function clearVagueCache(): void {
  promises.clear();
}

function promiseIn(ctx: RuleContext, s: Sentence): VaguePromise | null {
  const p = promises.getOr(s.text, () => {
    const at0 = { ...s, start: 0, end: s.text.length };
    return vaguePromise(at0, ctx.terms(at0));
  });
  return p && { start: p.start + s.start, end: p.end + s.start, text: p.text };
}

const rule: Rule = {
  meta: {
    id: 'vague-timeframe',
    title: 'Vague timeframe',
    description:
      'Flags “soon”, “ASAP”, “shortly”, “in due course” and promises like “we’ll get back to you” or “someone will be in touch” that name no time.',
    rationale:
      'Managing expectations (Solve / Take action): a concrete time (“by 5pm today”, “within 2 working days”) is a promise the customer can plan around and hold us to; “soon” means something different to everyone and invites another chaser.',
    step: 'solve',
    defaultSeverity: 'warning',
    example: 'I’ve passed this to our fitting team and we’ll get back to you soon.',
    english: true,
    options: {
      phrases: {
        type: 'string[]',
        default: [],
        description: 'Extra vague phrases the team wants flagged (phrase syntax), e.g. “in a jiffy”.',
      },
    },
  },
  check(ctx) {
    const extra = stringListOption(ctx, 'phrases').map((phrase) => ({ phrase }));
    const vague = ctx.match([...VAGUE, ...extra], { regions: ['body', 'greeting'] });
    const flaggedSentences = new Set<number>();

    for (const m of vague) {
      const s = sentenceOf(ctx, m.start);
      if (!s) continue;
      // "now" dates the action in hand, not the vague one: "I'm escalating this now and someone will reach out
      // shortly" still leaves "shortly" open.
      if (hasConcreteTime(s.text, { allowNow: false })) continue;
      flaggedSentences.add(s.start);
      const fixes = (m.entry as PhraseEntry).replacements?.length
        ? (m.entry as PhraseEntry).replacements!.map((t) => ({
            label: `Replace with “${t}”`,
            edits: [{ start: m.start, end: m.end, text: t }],
          }))
        : timeFixes(m.start, m.end, 'replace');
      ctx.report({
        start: m.start,
        end: m.end,
        message: `“${m.text}” gives no real time: say when, e.g. “${DEFAULT_TIMES[0]}” or “${DEFAULT_TIMES[1]}”.`,
        note: (m.entry as PhraseEntry).note ?? undefined,
        fixes,
        expected: DEFAULT_TIMES,
      });
    }

    // Opened by the customer's own step ("Upon completion, you will receive…", "Once you submit the form,
    // you'll get…"): the time is theirs to set, not ours to give. Our own work ("once we hear back") is not.
    const anchoredToTheirStep = (text: string) =>
      /^\W*(?:upon|on|after|once|when|as soon as)\s+(?:(?:the |your |its )?(?:completion|completing|submission|submitting|confirmation|confirming|approval|payment|paying|purchase|purchasing|receipt|sign[- ]?up|signing up|registration|registering)\b|you(?:'ve| have)?\s+(?!hear\b))/i.test(
        text.replace(/[’]/g, "'"),
      );
    const asksCustomer = ctx.text.sentences.some(
      (x) => x.region === 'body' && (/\?/.test(x.text) || /\b(?:dm|message|send|email|call) (?:us|me)\b/i.test(x.text)),
    );
    for (const m of ctx.match(PROMISES, { regions: ['body'] })) {
      const s = sentenceOf(ctx, m.start);
      if (!s || flaggedSentences.has(s.start)) continue;
      if (isQuestion(s) || hasConcreteTime(s.text) || anchoredToTheirStep(s.text)) continue;
      const lowerBefore = normalize(ctx.draft.slice(s.start, m.start)).text;
      const selfFuture = /\b(?:you will|you'll) hear\b/i.test(m.text);
      if (!selfFuture && !FUTURE.test(lowerBefore)) continue;
      if (CONDITION.test(lowerBefore) || /\b(?:not|never|no longer)\b/.test(lowerBefore)) continue;
      // Anchored to a milestone the customer can see coming ("we'll let you know when your order ships"),
      // not to our own work ("…when I hear back", "…once we've looked into it").
      if (
        /^\s*,?\s*(?:when|once|as soon as|the moment)\s+(?!(?:i|we|i'm|we're|i've|we've|i'll|we'll|our|the team|someone|they)\b)/i.test(
          ctx.draft.slice(m.end, s.end).replace(/[’]/g, "'"),
        )
      )
        continue;
      // "so they can look into it": a third party's purpose, not our promise to the customer.
      if (/\bso (?:they|he|she|it) can\b/.test(lowerBefore)) continue;
      // "What's your local store? I'll look into this": the next move is the customer's answer.
      if (/\blook/i.test(m.text) && asksCustomer) continue;
      flaggedSentences.add(s.start);
      const tail = sentenceTail(s);
      ctx.report({
        start: m.start,
        end: m.end,
        message: `“${m.text}” with no time: tell the customer when, e.g. “${DEFAULT_TIMES[0]}”.`,
        fixes: timeFixes(tail, tail, 'append'),
        expected: DEFAULT_TIMES,
      });
    }

    // From the grammar: a promise to get back to them, or an outcome for them, with no time
    // ("I'll call.", "I will contact you via email", "there will be a slight delay").
    for (const s of ctx.text.sentences) {
      if (s.region !== 'body' || flaggedSentences.has(s.start) || ctx.text.overlapsNotOwn(s.start, s.end)) continue;
      if (anchoredToTheirStep(s.text)) continue;
      const p = promiseIn(ctx, s);
      if (!p) continue;
      flaggedSentences.add(s.start);
      const tail = sentenceTail(s);
      ctx.report({
        start: p.start,
        end: p.end,
        message: `“${p.text}” with no time: tell the customer when, e.g. “${DEFAULT_TIMES[0]}”.`,
        fixes: timeFixes(tail, tail, 'append'),
        expected: DEFAULT_TIMES,
      });
    }
  },
};

export default rule;
