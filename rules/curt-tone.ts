import type { RuleContext } from '../lib/engine/context';
import type { Edit, Fix, Rule } from '../lib/engine/types';
import {
  hasStrongCue,
  readPoliteness,
  type PolitenessFeature,
  type PolitenessHit,
} from '../lib/engine/signals/politeness';
import data from './data/curt-tone.json';

// Curt or rude tone, from the politeness strategies a reply uses or lacks (lib/engine/signals/politeness.ts,
// after Danescu-Niculescu-Mizil et al. 2013): a bare command ("use another payment method"), a direct "why"
// question at the customer, a sentence opening on "you", "actually"/"obviously", no greeting, thanks,
// "please" or "could you" anywhere, no capitals or punctuation, a one-line answer to a long or upset message.
// The strategies are combined by a logistic model fitted on human politeness ratings (the weights and the
// threshold are data in rules/data/curt-tone.json, fitted by lib/eval/fit-politeness.ts). The finding marks
// the sentence(s) that carry the score, says which cues made it curt, and rewrites a bare command as a
// question ("Could you try another payment method?").

/** What each curt cue does to the reader, for the message. */
const SAYS: Partial<Record<PolitenessFeature, string>> = {
  imperative: 'a bare command',
  unsoftened: 'no “please”, “could you” or thanks to soften it',
  why: 'a “why” question aimed at the customer',
  rhetorical: 'a rhetorical question',
  youStart: 'opens on “you”',
  directStart: 'opens abruptly (“So…”, “But…”)',
  factuality: 'sounds like a correction (“actually”, “just”, “obviously”)',
  negative: 'negative wording',
  emphasis: 'stacked punctuation',
  noCaps: 'no capital letters',
  noPunct: 'no punctuation',
  shortToLong: 'a one-line answer to a long or upset message',
  bareRefusal: 'a bare no with no reason, way forward or question',
  pleaseStart: '“please” as an order',
  directQuestion: 'a blunt question',
  bareQuestion: 'a blunt question',
  manyQuestions: 'a string of questions',
};

/** Bare command verbs a question reads better with ("use another card" → "Could you try another card?"). */
const SOFTER: Record<string, string> = { use: 'try' };

function weight(f: PolitenessFeature): number {
  const m = data.model as { weights: Record<string, number>; fixed: Record<string, number> };
  return m.fixed[f] ?? m.weights[f] ?? 0;
}

/** "use another payment method or credit card" → "Could you try another payment method or credit card?" */
function asQuestion(ctx: RuleContext, hit: PolitenessHit, sentenceStart: number, sentenceEnd: number): Edit[] | null {
  const { draft } = ctx;
  let end = sentenceEnd;
  while (end > hit.end && /[.!\s]/.test(draft[end - 1]!)) end--;
  if (end <= hit.end || /[?]/.test(draft.slice(hit.start, sentenceEnd))) return null;
  // Not when another clause follows ("go to Settings and click Export, then…" is an instruction list).
  const clause = draft.slice(hit.start, end);
  if (/[;:]|\b(?:then|and then)\b/i.test(clause)) return null;
  const verb = draft.slice(hit.start, hit.end).toLowerCase();
  // A negative command ("Do not send it back yet") has no "Could you…?" form that keeps its meaning.
  if (verb === 'do' || /^(?:don|never)/.test(verb)) return null;
  let rest = draft.slice(hit.end, end);
  // "Send me the number and I will check it" → "Could you send me the number? I will check it."
  let after = '';
  const joint = /,?\s+(?:and|so)\s+(?=(?:i|we|it|they|this|that)\b)/i.exec(rest);
  if (joint) {
    const tail = rest.slice(joint.index + joint[0].length);
    after = ` ${tail.charAt(0).toUpperCase()}${tail.slice(1)}${/[.!]/.test(draft.slice(end, sentenceEnd)) ? draft.slice(end, sentenceEnd).trim() : '.'}`;
    rest = rest.slice(0, joint.index);
  }
  const question = `Could you ${SOFTER[verb] ?? verb}${rest}?${after}`;
  const before = draft.slice(sentenceStart, hit.start);
  if (!/[\p{L}\p{N}]/u.test(before)) return [{ start: hit.start, end: sentenceEnd, text: question }];
  // Run-on chat ("… as payment method try with another one"): end the clause before, then ask.
  const head = before.replace(/[\s,;–—-]+$/, '');
  return [
    {
      start: sentenceStart + head.length,
      end: sentenceEnd,
      text: `${/[.!?]$/.test(head) ? '' : '.'} ${question}`,
    },
  ];
}

const rule: Rule = {
  meta: {
    id: 'curt-tone',
    title: 'Curt or rude tone',
    description:
      'Flags a reply that reads as curt: bare commands (“use another payment method”), direct “why” questions at the customer, sentences opening on “you”, “actually”/“obviously”, no thanks, greeting, “please” or “could you” anywhere, no capitals or punctuation, a one-line answer to a long or upset message — scored from the politeness strategies the reply uses.',
    rationale:
      'Tone: the same answer lands very differently with a softener. A bare command or a blunt question reads as impatience to a customer who came for help; “Could you try…”, “please” inside the request, thanks and a greeting say you are on their side.',
    step: 'tone',
    defaultSeverity: 'suggestion',
    example: 'use another payment method or credit card',
    english: true,
  },
  check(ctx) {
    const reading = readPoliteness(ctx.text, ctx.customer);
    const { threshold, commandThreshold } = data.model;
    const curt =
      reading.curtness >= threshold || (reading.features.command === 1 && reading.curtness >= commandThreshold);
    if (!curt || !hasStrongCue(reading)) return;
    const top = Math.max(...reading.sentenceWeight, 0);
    if (top <= 0) return;
    const carriers = reading.sentences
      .map((s, k) => ({ s, k, w: reading.sentenceWeight[k]! }))
      .filter((x) => x.w > 0 && x.w >= 0.6 * top && x.s.region !== 'signoff')
      .sort((a, b) => b.w - a.w)
      .slice(0, 2)
      .sort((a, b) => a.k - b.k);
    for (const { s, k } of carriers) {
      const hits = reading.hits.filter((h) => h.sentence === k && weight(h.feature) > 0);
      const cues = [...new Set(hits.map((h) => h.feature))]
        .filter((f) => SAYS[f])
        .sort((a, b) => weight(b) - weight(a));
      const said = [...new Set(cues.map((f) => SAYS[f]!))].slice(0, 3);
      // The words, not a leading emoji or bullet.
      const from = s.start + Math.max(0, s.text.search(/[\p{L}\p{N}"“'‘(]/u));
      const words = ctx.draft.slice(from, s.end);
      const quote = words.length > 60 ? `${words.slice(0, 57).trimEnd()}…` : words;
      const fixes: Fix[] = [];
      const imperative = hits.find((h) => h.feature === 'imperative');
      if (imperative) {
        const edits = asQuestion(ctx, imperative, s.start, s.end);
        if (edits) fixes.push({ label: 'Ask it as a question (“Could you…?”)', edits });
      }
      ctx.report({
        start: from,
        end: s.end,
        message: `“${quote.replace(/\s+/g, ' ')}” reads as curt (${said.join(', ')}): soften it — “Could you…?”, “please” inside the request, a thank-you.`,
        fixes,
        expected: fixes.length ? [] : ['Could you …?', 'Would you mind …?', 'Thanks for …'],
      });
    }
  },
};

export default rule;
