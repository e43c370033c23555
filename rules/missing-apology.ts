import type { RuleContext } from '../lib/engine/context';
import type { CustomerInfo } from '../lib/engine/customer';
import { apostrophesLike, firstName, insertSentence } from '../lib/engine/helpers';
import type { Rule } from '../lib/engine/types';
import { readApology } from '../lib/engine/signals/apology';

// Missing apology: the customer is upset or complaining (lib/engine/customer.ts reads their mood:
// anger, a fault, a delay, a repeat contact, disappointment, sarcasm, withdrawal…) and the reply has no
// apology or empathy at all (lib/engine/signals/apology.ts). A formula ("sorry for any inconvenience")
// is non-apology's finding, not this one's. The fix is
// an opening line after the greeting that names their issue ("I'm sorry your parcel arrived damaged").

/** The apology sentence for this customer, as specific as their message allows. */
export function apologyFor(customer: CustomerInfo, name: string | null): string {
  const kinds = new Set(customer.signals.map((s) => s.kind));
  let line: string;
  if (kinds.has('grief')) line = 'I’m so sorry for your loss';
  else if (customer.issue) line = `I’m sorry ${customer.issue}`;
  else if (customer.subject && kinds.has('repeat')) line = `I’m sorry you’ve had to chase us about ${customer.subject}`;
  else if (customer.subject && kinds.has('delay')) line = `I’m sorry about the wait for ${customer.subject}`;
  else if (customer.subject && (kinds.has('fault') || kinds.has('money')))
    line = `I’m sorry about the problem with ${customer.subject}`;
  else line = 'I’m sorry we’ve let you down';
  return `${line}${name ? `, ${name}` : ''}.`;
}

/**
 * Any apology or empathy, sincere or not: a formula ("sorry for any inconvenience") is an apology in form,
 * which non-apology judges; this rule is about a reply with none at all.
 */
function hasApology(ctx: RuleContext): boolean {
  return readApology(ctx).length > 0;
}

const rule: Rule = {
  meta: {
    id: 'missing-apology',
    title: 'Missing apology',
    description:
      'Flags a reply with no sincere apology or empathy when the customer is upset or complaining (anger, a fault, a delay, a repeat contact, disappointment, sarcasm, or a withdrawn “fine, whatever”).',
    rationale:
      'Apologise / Empathise (LAST, HEAT): an upset customer needs to hear that you understand what went wrong before the solution lands. A fix without an apology reads as cold. (A scripted “sorry for any inconvenience” is an apology in form: non-apology flags it.)',
    step: 'apologise',
    defaultSeverity: 'warning',
    example:
      'Customer: “The plates arrived smashed. Really upset.” Reply: “Thanks for your email. I’ve sent replacements.”',
    english: true,
  },
  check(ctx) {
    const c = ctx.customer;
    if (!c || !c.problem) return;
    if (ctx.text.wordCount === 0 || hasApology(ctx)) return;
    const greetName = ctx.text.greeting?.name ?? null;
    const name = greetName ? null : firstName(ctx);
    const sentence = apostrophesLike(ctx.draft, apologyFor(c, name));
    const edit = insertSentence(ctx, 'afterGreeting', sentence);
    const said = c.moodSignals.length ? c.moodSignals : c.problemText ? [c.problemText] : [];
    const signals = said.slice(0, 3).map((s) => `“${s.replace(/\s+/g, ' ')}”`);
    const why = !c.upset
      ? 'reports a problem'
      : c.mood === 'withdrawn'
        ? 'sounds like they are giving up on us'
        : c.mood === 'angry'
          ? 'is angry'
          : c.mood === 'disappointed'
            ? 'is disappointed'
            : 'is upset or complaining';
    ctx.report({
      start: edit.start,
      end: edit.start,
      message: `The customer ${why}${signals.length ? ` (${signals.join(', ')})` : ''} but the reply has no apology or empathy: ${c.issue ? `say sorry that ${c.issue}` : `say sorry for ${c.subject ?? 'what went wrong'}`} first.`,
      fixes: [{ label: `Add “${sentence}”`, edits: [edit] }],
      expected: [sentence],
    });
  },
};

export default rule;
