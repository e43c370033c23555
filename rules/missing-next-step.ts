import type { RuleContext } from '../lib/engine/context';
import { insertionOffset, paragraphBreak, numberOption } from '../lib/engine/helpers';
import { readNextStep } from '../lib/engine/signals/next-step';
import type { Edit, Rule } from '../lib/engine/types';
import data from './data/missing-next-step.json';
import thresholds from './data/thresholds.json';

// The reply never says what happens next while the customer still has something open (a question, a
// request, a problem): no action taken or promised by us, no instruction or option, no question back, no
// DM request or link, nothing handed over. The evidence comes from the next-step signal
// (lib/engine/signals/next-step.ts); what the customer left open, from their message's intent
// (lib/engine/signals/intent.ts). Thanks, praise and goodbyes need no next step.

const CUSTOMER_NO_ASK = new RegExp(data.customerNoAsk, 'iu');

const NOT_ISSUE =
  /\b(?:mum|mom|mother|dad|father|parents?|wife|husband|son|daughter|kids?|children|baby|partner|landlord|manager|boss|lead|team|colleagues?|friends?|neighbou?rs?|family|name|job|money|life|eyes|heart|day|week|month|year|self|head|first|second|third|fourth|fifth|last time|experience)\b/i;

/**
 * The reply says the agent does not follow ("Don't know what you mean, sorry", "I'm not sure I understand what
 * you are asking"). Said without a question, it leaves the customer stuck whatever they wrote: the way on is to
 * ask.
 */
const LOST =
  /\b(?:don['’]?t|do not|didn['’]?t|did not|can['’]?t|cannot|can not|couldn['’]?t|could not|not sure(?: i| we)?)\s+(?:quite |really |fully |exactly )?(?:know |understand |follow |get |see |understood )?what (?:you|u) (?:mean|meant|are (?:saying|asking|referring to|trying to say)|want|need)\b|\b(?:don['’]?t|do not|didn['’]?t|did not) (?:quite |really |fully )?(?:understand|follow)(?: you| your (?:question|message|request))?\s*(?:[.!,]|$)/i;

/** The customer's issue in the agent's words ("your parcel", "your March invoice"), or null. */
export function issuePhrase(ctx: RuleContext): string | null {
  const topics = ctx.customer?.topics ?? [];
  const name = (ctx.input.customerName ?? '').toLowerCase();
  for (const raw of topics) {
    const t = raw
      .replace(/^[-–—\s]+|[-–—\s.,;:!?)(]+$/g, '')
      .replace(/\s+(?:\d+\s+\w+\s+ago|ago|today|yesterday|earlier|online|this \w+|last \w+)$/i, '')
      .trim();
    const m = /^(my|our|the|this|that)\s+(.+)$/i.exec(t);
    if (!m) continue;
    const rest = m[2]!.replace(/^(?:same|whole|entire|very|own|other)\s+/i, '');
    const words = rest.split(/\s+/);
    if (words.length > 4) continue;
    if (/[@{}()'"#\d]/.test(rest) && !/^order\b/i.test(rest)) continue;
    if (m[1]!.toLowerCase() !== 'my' && m[1]!.toLowerCase() !== 'our' && /^\p{Lu}/u.test(rest)) continue;
    if (/\b(?:time|nobody|someone|joke|chat|phone earlier|way)\b/i.test(rest) || /_/.test(rest)) continue;
    // People and things that aren't the issue ("your mum", "your landlord", "your job", "your fourth email").
    if (NOT_ISSUE.test(rest)) continue;
    if (name && rest.toLowerCase().includes(name)) continue;
    return `your ${/^\p{Lu}\p{Ll}/u.test(rest) && m[1]!.toLowerCase() !== 'my' ? rest.toLowerCase() : rest}`;
  }
  return null;
}

/**
 * An inserted sentence that follows unpunctuated text on the same line ("…not something we offer")
 * first closes that sentence with a full stop.
 */
export function punctuated(ctx: RuleContext, edit: Edit): Edit {
  const before = ctx.draft.slice(0, edit.start).replace(/[ \t]+$/, '');
  const sameLine = !/\n\s*$/.test(ctx.draft.slice(0, edit.start)) && !/^\s*\n/.test(edit.text);
  if (sameLine && /[\p{L}\p{N}]$/u.test(before) && edit.text.startsWith(' ')) return { ...edit, text: '.' + edit.text };
  return edit;
}

/** Insert a sentence at the end of the body, before a closing question if the reply ends with one. */
function insertBeforeClosing(ctx: RuleContext, sentence: string, closingSpans: { start: number }[]): Edit {
  const body = ctx.text.sentences.filter((s) => s.region === 'body');
  const last = body[body.length - 1];
  if (last && body.length > 1 && closingSpans.some((c) => c.start >= last.start && c.start < last.end)) {
    const prev = body[body.length - 2]!;
    const sameLine = prev.line === last.line;
    const br = sameLine ? ' ' : paragraphBreak(ctx) === ' ' ? '\n' : paragraphBreak(ctx);
    return { start: last.start, end: last.start, text: sentence + br };
  }
  const at = insertionOffset(ctx, 'end');
  const br = paragraphBreak(ctx);
  return punctuated(ctx, { start: at, end: at, text: (at > 0 ? br : '') + sentence });
}

const rule: Rule = {
  meta: {
    id: 'missing-next-step',
    title: 'No next step',
    description:
      'Flags a reply that never says what happens next: no action taken or promised (“I’ve issued…”, “we’ll send…”), no instruction or offer (“please reply with…”, “you can return it…”), nothing handed over.',
    rationale:
      'Solve / Take action: the customer reads a reply to find out what happens now. Without an action, an instruction or a promise, they have to write again — and a reply that only sympathises or explains feels like a brush-off.',
    step: 'solve',
    defaultSeverity: 'warning',
    example: 'Thanks for getting in touch about order HD-3310. The refund has been declined.',
    english: true,
    options: {
      minWords: {
        type: 'number',
        default: 6,
        description:
          'Replies shorter than this many words (quick chat lines) are not checked, unless the customer reported a problem.',
      },
    },
  },
  check(ctx) {
    const minWords = numberOption(ctx, 'minWords', 6);
    const c = ctx.customer;
    // A quick chat line ("One moment", "Sure!") is not checked — unless it is the whole answer to a problem the
    // customer reported ("Sorry about that." to "my internet is down again!!"): that leaves them where they were.
    if (ctx.text.wordCount < minWords && !(c && c.problem)) return;
    const body = ctx.text.sentences.filter((s) => s.region === 'body');
    if (body.length === 0) return;
    // Nothing open: thanks or praise, a goodbye, "that's all" — with nothing to solve.
    const lost = body.some((s) => LOST.test(s.text));
    if (!lost && c && !c.upset && (c.intent.thanksOnly || c.intent.closure || !c.intent.open)) return;
    if (!lost && c && !c.upset && !c.text.includes('?') && CUSTOMER_NO_ASK.test(c.text)) return;
    const reading = readNextStep(ctx);
    if (reading.answered || reading.farewell || reading.score >= thresholds.nextStep) return;
    const closingSpans = reading.closingSpans;

    const issue = issuePhrase(ctx) ?? 'this';
    const chat = ctx.channel !== 'email';
    const options = lost
      ? [
          'Could you tell me a little more about what you see, or send me a screenshot?',
          'Could you walk me through what happens, step by step?',
        ]
      : chat
        ? [
            `I’ll look into ${issue} now and update you here within the hour.`,
            `Here’s what I’ll do next: I’ll check ${issue} today and message you by the end of the day.`,
          ]
        : [
            `I’ll look into ${issue} today and email you by the end of the day with what happens next.`,
            `Here’s what happens next: I’ll check ${issue} and update you within 24 hours.`,
          ];
    const edits = options.map((o) => insertBeforeClosing(ctx, o, closingSpans));
    const at = edits[0]!.start;
    ctx.report({
      start: at,
      end: at,
      message: lost
        ? 'The reply says you don’t follow but asks nothing, so the customer is left stuck: ask a question that gets you what you need.'
        : 'The reply doesn’t say what happens next: add the action you’re taking (“I’ve issued…”, “I’ll send…”) or what the customer should do, with a time.',
      fixes: edits.map((e, i) => ({ label: `Add “${options[i]}”`, edits: [e] })),
    });
  },
};

export default rule;
