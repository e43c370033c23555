import { channelExpectations } from '../lib/engine/channel';
import { firstName, insertionOffset, insertSentence, numberOption } from '../lib/engine/helpers';
import type { Edit, PhraseEntry, Rule } from '../lib/engine/types';
import data from './data/missing-thanks.json';
import { isHoldLine } from './missing-closing';
import { isFollowUpLine } from './missing-greeting';
import { issuePhrase } from './missing-next-step';

// No thanks anywhere in the reply (the T in LAST): "thank you", "thanks", "I appreciate your patience",
// "grateful for". Look-alikes that thank no one don't count: "thanks to the update" (because of),
// "no thanks to our courier", "I'd be grateful if you could…" (a request), "I appreciate this is hard".

const THANKS = data.thanks as PhraseEntry[];
const NOT_THANKS = data.notThanks as PhraseEntry[];

/** An inserted sentence followed by a lower-case word ("Hi Sara, your order…"): capitalise that word. */
function capitaliseAfter(draft: string, edit: Edit): Edit {
  const next = draft[edit.end];
  if (edit.start !== edit.end || !next || !/[.!?]\s+$/.test(edit.text) || !/\p{Ll}/u.test(next)) return edit;
  return { start: edit.start, end: edit.end + 1, text: edit.text + next.toUpperCase() };
}

const rule: Rule = {
  meta: {
    id: 'missing-thanks',
    title: 'No thanks',
    description:
      'Flags a reply that never thanks the customer (“thank you”, “thanks”, “I appreciate your patience”, “grateful for”).',
    rationale:
      'Thank (the T in LAST): thanking the customer for getting in touch, for their patience or for the details they sent tells them their effort was noticed — it turns a complaint into a conversation.',
    step: 'thank',
    defaultSeverity: 'suggestion',
    example: 'Dear Irene,\n\nSorry for any inconvenience caused. A replacement copy has been ordered for you.',
    english: true,
    options: {
      minWords: {
        type: 'number',
        default: 6,
        description: 'Replies shorter than this many words (quick chat lines) are not asked for thanks.',
      },
    },
  },
  check(ctx) {
    if (!channelExpectations(ctx).thanks) return;
    const minWords = numberOption(ctx, 'minWords', 6);
    if (ctx.text.wordCount < minWords) return;
    if (ctx.text.body.end <= ctx.text.body.start) return;
    if (isHoldLine(ctx) || isFollowUpLine(ctx)) return;
    // A short public social reply has a character budget: one that already apologises or empathises
    // ("Sorry for the wait!") has done the courtesy; thanks on top is not due.
    if (
      ctx.channel === 'social' &&
      ctx.text.wordCount <= 60 &&
      /\b(?:sorry|apologi[sz]e|apologies|so frustrating|not what we want)\b/i.test(ctx.draft.slice(0, ctx.text.ownEnd))
    )
      return;
    const not = ctx.match(NOT_THANKS);
    const thanks = ctx.match(THANKS).filter((m) => !not.some((n) => m.start < n.end && m.end > n.start));
    if (thanks.length > 0) return;

    const name = firstName(ctx);
    const greetingHasName = !!ctx.text.greeting?.name;
    const byName = name && !greetingHasName ? `, ${name}` : '';
    const issue = issuePhrase(ctx);
    const c = ctx.customer;
    const chat = ctx.channel !== 'email';
    const about = issue ? ` about ${issue}` : '';
    let first = !c
      ? `Thank you for your patience${byName}.`
      : c.upset
        ? chat
          ? `Thanks for letting us know${about}${byName}.`
          : `Thank you for letting us know${about}${byName}, and for your patience.`
        : `Thanks for getting in touch${about}${byName}.`;
    // After an inline greeting that ends with a comma ("Hi Hollie, …") the sentence runs on.
    const g = ctx.text.greeting;
    if (g && !g.ownLine && g.text.endsWith(',')) first = first[0]!.toLowerCase() + first.slice(1);
    const second = `Thanks for bearing with us${byName}.`;
    const at = insertionOffset(ctx, 'afterGreeting');
    ctx.report({
      start: at,
      end: at,
      message: c?.upset
        ? 'No thanks anywhere in the reply: thank the customer for their patience or for telling you about the problem.'
        : 'No thanks anywhere in the reply: thank the customer for getting in touch (or for their patience).',
      fixes: [
        { label: `Add “${first}”`, edits: [capitaliseAfter(ctx.draft, insertSentence(ctx, 'afterGreeting', first))] },
        { label: `Add “${second}”`, edits: [insertSentence(ctx, 'beforeSignOff', second)] },
      ],
    });
  },
};

export default rule;
