// Time expressions: does a sentence name a concrete time the customer can hold us to ("by 5pm", "on
// Friday", "within 2 working days", "today"), or only a vague one ("soon", "in due course")? Read by
// vague-timeframe, escalation-handover and the next-step signal.

import data from '../../../rules/data/vague-timeframe.json';

const TIME = data.concreteTime.map((p) => new RegExp(p, 'iu'));
const NOW = /\bnow\b/i;

/**
 * Does the text name a concrete time ("by 5pm", "on Friday", "within 2 working days", "today")?
 * With `allowNow: false`, a bare "now" does not count (a hand-over "now" says nothing about when the
 * customer hears back).
 */
export function hasConcreteTime(text: string, opts: { allowNow?: boolean } = {}): boolean {
  const allowNow = opts.allowNow ?? true;
  const lower = text.toLowerCase();
  return TIME.some((re) => {
    if (!allowNow && re.source === NOW.source) return false;
    return re.test(lower);
  });
}

/** Verbs of getting back to the customer or of the outcome reaching them. */
const CONTACT_OR_OUTCOME =
  /^(?:call|ring|phone|text|email|e-mail|contact|message|update|reply|respond|write|follow|get|reach|send|ship|deliver|arrive|receive|hear|process|refund|credit|resolve|fix|restore|escalate)$/;

export interface VaguePromise {
  start: number;
  end: number;
  text: string;
}

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
  if (/\?\s*$/.test(text) || hasConcreteTime(text)) return null;
  for (let i = 0; i < terms.length; i++) {
    const w = terms[i]!.normal;
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
    if (!/^(?:i|we|you|someone|somebody|they|it|the team|our team)$/.test(subject)) continue;
    // A condition before the promise ("if you'd like, I'll call") makes it an offer.
    const before = text.slice(0, terms[i - 1]!.start - sentence.start);
    if (/\b(?:if|unless|whether|should you|would you like|in case|once|when|as soon as)\b/i.test(before)) continue;
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
    // Anchored to a milestone the customer will see ("I'll email you once it leaves our warehouse").
    if (/\b(?:once|when|as soon as|the moment|after|before)\b/i.test(text.slice(v.end - sentence.start))) continue;
    const start = terms[i - 1]!.start;
    return { start, end: v.end, text: sentence.text.slice(start - sentence.start, v.end - sentence.start) };
  }
  return null;
}
