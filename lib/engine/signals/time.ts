// Time expressions: does a sentence name a concrete time the customer can hold us to ("by 5pm", "on
// Friday", "within 2 working days", "today"), or only a vague one ("soon", "in due course")? Read by
// vague-timeframe, escalation-handover and the next-step signal.

import data from '../../../rules/data/vague-timeframe.json';
import { Lru } from '../lru';

const TIME = data.concreteTime.map((p) => new RegExp(p, 'iu'));
const NOW = /\bnow\b/i;

/**
 * Does the text name a concrete time ("by 5pm", "on Friday", "within 2 working days", "today")?
 * With `allowNow: false`, a bare "now" does not count (a hand-over "now" says nothing about when the
 * customer hears back).
 */
export function hasConcreteTime(text: string, opts: { allowNow?: boolean } = {}): boolean {
  const allowNow = opts.allowNow ?? true;
  // Several rules ask this of every sentence on every keystroke: remembered by text, one memo for each allowNow
  // (keyed by the text itself, which is hashed once, not by a new string built from both).
  const memo = allowNow ? concrete : concreteNotNow;
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const lower = text.toLowerCase();
  const found = TIME.some((re) => {
    if (!allowNow && re.source === NOW.source) return false;
    return re.test(lower);
  });
  memo.set(text, found);
  return found;
}

const concrete = new Lru<string, boolean>(4000);
const concreteNotNow = new Lru<string, boolean>(4000);

/** Forget every remembered answer (lib/engine/caches.ts). */
export function clearTimeCache(): void {
  concrete.clear();
  concreteNotNow.clear();
}

/** Verbs of getting back to the customer or of the outcome reaching them. */
const CONTACT_OR_OUTCOME =
  /^(?:call|ring|phone|text|email|e-mail|contact|message|update|reply|respond|write|follow|get|reach|send|ship|deliver|arrive|receive|hear|process|refund|credit|resolve|fix|restore|escalate)$/;

/** "(so) our team can call you", "so that someone can contact you": a contact as the purpose. */
const PURPOSE =
  /^\s*(?:that\s+)?(?:(?:our|the|a|an|your|my)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:we|i|they|someone|somebody|team|agent|colleague|specialist|department|representative)\s+(?:can|could|will|may)\s+(?:call|ring|phone|contact|email|e-mail|reach|text|message|follow up with|get back to)\s+you\b/iu;

/** Nouns for the people who get back to a customer ("our Corporate team will reach out"). */
const PEOPLE =
  /^(?:team|teams|colleague|colleagues|agent|agents|specialist|specialists|department|manager|supervisor|engineer|engineers|technician|representative|rep|advisor|adviser|staff|someone|somebody)$/;

export interface VaguePromise {
  start: number;
  end: number;
  text: string;
}

/** An instruction after a condition's clause: ", please visit…", ", fill out this form and…". */
const STEP_BETWEEN =
  /,\s*(?:(?:please|kindly|just|simply)\s+)?(?:visit|fill(?: out| in)?|complete|submit|send|dm|message|call|email|go|click|reply|follow|register|sign up|contact)\b/i;

/**
 * A promise to get back to the customer, or a future outcome for them, with no time in its sentence:
 * "I'll call.", "I will contact you via email", "there will be a slight delay", "you will receive it".
 * Questions and conditions ("if you'd like, I'll call") are not promises. `terms` are the sentence's
 * compromise terms (offsets into the draft).
 */
export function vaguePromise(
  sentence: { start: number; end: number; text: string },
  terms: { normal: string; tags: Set<string>; start: number; end: number }[],
): VaguePromise | null {
  const text = sentence.text.replace(/[’]/g, "'");
  if (/\?\s*$/.test(text)) return null;
  // The time must be in the promise's own clause: "Can you try again in a few hours?, I will contact you"
  // names no time for the contact.
  const clauseTime = (at: number) => {
    const rel = at - sentence.start;
    const head = text.slice(0, rel);
    const from = Math.max(head.lastIndexOf('?'), head.lastIndexOf(';'), head.lastIndexOf('!')) + 1;
    return hasConcreteTime(text.slice(from));
  };
  for (let i = 0; i < terms.length; i++) {
    const w = terms[i]!.normal;
    // "… so our Social Care Team can call you": a contact promised as the purpose, with no time.
    if (w === 'so' && !clauseTime(terms[i]!.start)) {
      const rest = text.slice(terms[i]!.end - sentence.start);
      const m = PURPOSE.exec(rest);
      if (m) {
        const end = terms[i]!.end + m.index + m[0].length;
        return {
          start: terms[i]!.start,
          end,
          text: sentence.text.slice(terms[i]!.start - sentence.start, end - sentence.start),
        };
      }
    }
    if (!/^(?:will|shall|'ll|gonna)$/.test(w) && !(w === 'going' && terms[i + 1]?.normal === 'to')) continue;
    const subject = terms[i - 1]?.normal ?? '';
    // "there will be a delay": an outcome with no time.
    if (subject === 'there' && /^(?:be)$/.test(terms[i + 1]?.normal ?? '') && /\bdelay/i.test(text)) {
      return {
        start: terms[i - 1]!.start,
        end: sentence.end,
        text: sentence.text.slice(terms[i - 1]!.start - sentence.start),
      };
    }
    // Who will act: a person ("I", "she", "someone") or people named by a noun ("our Corporate team").
    const subj = terms[i - 1];
    const named = !!subj && subj.tags.has('Noun') && PEOPLE.test(subject);
    if (!/^(?:i|we|you|someone|somebody|they|it|he|she|the team|our team)$/.test(subject) && !named) continue;
    if (clauseTime(terms[i - 1]!.start)) continue;
    // A condition before the promise ("if you'd like, I'll call") makes it an offer.
    const before = text.slice(0, terms[i - 1]!.start - sentence.start);
    const cond = [
      ...before.matchAll(/\b(?:if|unless|whether|should you|would you like|in case|once|when|as soon as)\b/gi),
    ].pop();
    // …unless an instruction comes between ("If your company is interested, please visit the portal, fill out
    // this form, and someone will reach out"): the promise then follows the customer's step, not the "if".
    if (cond && !STEP_BETWEEN.test(before.slice(cond.index + cond[0].length))) continue;
    let j = i + (w === 'going' ? 2 : 1);
    while (
      terms[j] &&
      (terms[j]!.tags.has('Adverb') || /^(?:be|also|then|definitely|personally)$/.test(terms[j]!.normal))
    )
      j++;
    const v = terms[j];
    if (!v || v.tags.has('Negative')) continue;
    const lemma = v.normal.replace(/(?:ing|ed|s)$/, '');
    if (!CONTACT_OR_OUTCOME.test(v.normal) && !CONTACT_OR_OUTCOME.test(lemma)) continue;
    // "We'll update you" is news for the customer; "we'll update it / your address" is an edit made for them.
    if (lemma === 'updat' || lemma === 'update') {
      const obj = terms[j + 1]?.normal ?? '';
      if (obj && !/^(?:you|u|ya)$/.test(obj)) continue;
    }
    // Anchored to a milestone the customer will see ("I'll email you once it leaves our warehouse").
    if (/\b(?:once|when|as soon as|the moment|after|before)\b/i.test(text.slice(v.end - sentence.start))) continue;
    const start = terms[i - 1]!.start;
    return { start, end: v.end, text: sentence.text.slice(start - sentence.start, v.end - sentence.start) };
  }
  return null;
}
