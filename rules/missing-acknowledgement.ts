import type { RuleContext } from '../lib/engine/context';
import { apostrophesLike, insertSentence, numberOption } from '../lib/engine/helpers';
import type { Edit, Rule } from '../lib/engine/types';
import { GENERIC_THANKS, readAcknowledgement } from '../lib/engine/signals/acknowledgement';
import { readNextStep } from '../lib/engine/signals/next-step';
import thresholds from './data/thresholds.json';
import { isFollowUpLine } from './missing-greeting';

// Missing acknowledgement (active listening): the customer's message is known and the reply never
// refers to their specific issue. The customer's content words (minus boilerplate and generic words like
// "account" or "order", which a template mentions without reading anything), the amounts they quoted and
// their issue's synonyms ("charged" ~ "payment") are looked for in the agent's own words. A short chat
// answer that directly answers their question ("Yes, …", "Not at the moment…") counts as acknowledging.
// The fix restates their issue after the greeting.

/** The customer's message ends by asking the agent to wait: "Just a minute", "one sec please", "hold on". */
const ASKS_US_TO_WAIT =
  /(?:(?:^|[.!?,;:]\s*)(?:a|one) (?:minute|min|moment|mo|sec|second)|\b(?:just|wait|give me|gimme) (?:a|one) (?:minute|min|moment|mo|sec|second)|\b(?:hold|hang) on|(?:^|[.!?,;:]\s*)wait|\bgive me (?:a )?(?:minute|min|moment|mo|sec|second)|\blet me (?:check|see|look|try|find (?:it|that)))(?: (?:please|pls|plz))?[.!…\s]*$/i;

function acknowledgementFor(ctx: RuleContext): string | null {
  const c = ctx.customer!;
  if (c.issue) return `Thanks for letting me know ${c.issue}.`;
  if (c.subject) return `Thanks for getting in touch about ${c.subject}.`;
  return null;
}

/** The customer will come back to us: "I'll let you know", "will update you tomorrow", "I'll report back". */
const REPORTS_BACK =
  /\b(?:i|we)(?:['’]ll| will| shall)\b[^.!?]{0,60}?\b(?:let (?:you|u) know|get back to (?:you|u)|keep (?:you|u) (?:posted|updated|informed)|update (?:you|u)|report back)\b/i;

const rule: Rule = {
  meta: {
    id: 'missing-acknowledgement',
    title: 'Missing acknowledgement',
    description:
      'Flags a reply that never refers to the customer’s specific issue (no word, amount or close synonym from their message), so it reads like a template.',
    rationale:
      'Listen / Hear / Acknowledge: restating the customer’s concern shows you read it and gets agreement on the problem before you solve it. A reply that could have been sent to anyone feels scripted and often answers the wrong question.',
    step: 'listen',
    defaultSeverity: 'suggestion',
    example:
      'Customer: “I was charged £12.99 for a subscription I cancelled.” Reply: “Thank you for contacting us. We value your feedback.”',
    english: true,
    options: {
      minCustomerWords: {
        type: 'number',
        default: 2,
        description: 'Only check when the customer’s message has at least this many specific words.',
      },
    },
  },
  check(ctx) {
    const c = ctx.customer;
    if (!c) return;
    // Thanks, praise, good news or a goodbye: nothing specific to restate ("You're welcome!", "Adorable!").
    if (!c.upset && (c.intent.thanksOnly || c.intent.closure || c.intent.positive)) return;
    // A turn that carries on, or a progress report that leaves nothing open ("I'll keep an eye on it and let you
    // know"), is answered by a reaction ("No worries, keep us informed"): there is no issue to restate.
    if (!c.upset && !c.problem && !c.intent.open && (c.intent.continuation || REPORTS_BACK.test(c.text))) return;
    // A chat or social line that carries on the work ("Ok, let's try this first: hold down …"): the issue was
    // taken in turns ago, and restating it on every turn reads as a script. (A bare "Thank you. I'll be glad
    // to assist" carries nothing on: it is still checked.)
    if (isFollowUpLine(ctx) && readNextStep(ctx).score >= thresholds.nextStep) return;
    // A chat customer who ends by asking us to wait while they look ("… just a minute", "give me a sec")
    // is answered by a short "Thank you" / "Sure, take your time": there is nothing to restate yet.
    if (ctx.channel === 'chat' && ctx.text.wordCount <= 12 && ASKS_US_TO_WAIT.test(c.text.trim())) return;
    const reading = readAcknowledgement(ctx, numberOption(ctx, 'minCustomerWords', 2));
    if (!reading || reading.score >= thresholds.acknowledgement) return;
    const theirs = reading.theirs;
    const sentence = acknowledgementFor(ctx);
    let edit: Edit | null = null;
    if (sentence) {
      let text = apostrophesLike(ctx.draft, sentence);
      const first = ctx.text.sentences.find((s) => s.region === 'body' && !ctx.text.overlapsNotOwn(s.start, s.end));
      // The draft's own style after an inline greeting ("Hi Sara, thanks…").
      if (first && /^\p{Ll}/u.test(first.text) && ctx.text.greeting && !ctx.text.greeting.ownLine)
        text = text[0]!.toLowerCase() + text.slice(1);
      // A generic "Thanks for your message." opener becomes the specific one.
      if (first && GENERIC_THANKS.test(first.text.trim())) edit = { start: first.start, end: first.end, text };
      else edit = insertSentence(ctx, 'afterGreeting', text);
    }
    const at = edit ? edit.start : ctx.text.body.start;
    // Name the issue's own words first, not their feelings ("joke", "ridiculous").
    const feeling = c.signals
      .filter((g) => g.kind === 'emotion' || g.kind === 'shouting')
      .map((g) => g.text.toLowerCase());
    const issueText = (c.issue ?? '').toLowerCase();
    const key = theirs.shown
      .filter((w) => !feeling.some((f) => f.includes(w.toLowerCase())))
      .map((w, i) => ({ w, i, inIssue: issueText.includes(w.toLowerCase()) }))
      .sort((a, b) => Number(b.inIssue) - Number(a.inIssue) || a.i - b.i)
      .slice(0, 4)
      .map(({ w }) => `“${w}”`);
    ctx.report({
      start: at,
      end: at,
      message: `The reply never mentions the customer’s issue${key.length ? ` (${key.join(', ')})` : ''}: restate it so they know you read their message${c.issue ? ` — e.g. that ${c.issue}` : ''}.`,
      fixes: edit
        ? [{ label: `${edit.end > edit.start ? 'Replace with' : 'Add'} “${edit.text.trim()}”`, edits: [edit] }]
        : [],
    });
  },
};

export default rule;
