import { firstName, insertionOffset, insertSentence, paragraphBreak, numberOption } from '../lib/engine/helpers';
import { channelExpectations } from '../lib/engine/channel';
import type { RuleContext } from '../lib/engine/context';
import type { Sentence } from '../lib/engine/text';
import type { Fix, PhraseEntry, Rule } from '../lib/engine/types';
import { readNextStep } from '../lib/engine/signals/next-step';
import data from './data/missing-closing.json';
import thresholds from './data/thresholds.json';
import { isFollowUpLine } from './missing-greeting';
import { punctuated } from './missing-next-step';

// No offer of further help and no check that the issue is resolved ("Is there anything else I can help
// with?", "Let me know if…", "Does that solve it?"). Quiet when the reply ends by asking the customer a
// question (the conversation is open anyway) and for chat "one moment, please hold" lines. Also checks the
// team's required sign-off when settings.signOff is set.

const CLOSINGS = data.closings as PhraseEntry[];
const HOLD = data.hold as PhraseEntry[];

const SOCIAL_TAIL = /(?:\s+(?:[\^~*/]|[-–—]\s?)\p{L}{1,12}|\s*(?:\p{Extended_Pictographic}|\ufe0f|\u200d))+\s*$/u;

/** A short chat line that keeps the conversation open while the agent works ("Let me check that for you"). */
export function isHoldLine(ctx: RuleContext): boolean {
  return ctx.channel !== 'email' && ctx.text.wordCount <= 25 && ctx.match(HOLD).length > 0;
}

const THANKS_ONLY = /^(?:thanks|thank you|cheers|ta|many thanks)\b[^.?!]{0,30}[.!]*$/i;

/** The body's sentences without social sign-offs ("^JS", "-DB", "~Mia") and trailing emoji-only lines. */
function withoutSocialSignOffs(body: Sentence[]): Sentence[] {
  return body.filter(
    (s) =>
      s.text
        .replace(SOCIAL_TAIL, '')
        .replace(/^\s*(?:[\^~*/]|[-–—])\s?\p{L}{1,12}\s*$/u, '')
        .trim() !== '',
  );
}

/** Does the reply end by asking the customer something (a question in its last sentences)? */
function endsWithQuestion(body: Sentence[]): boolean {
  const tail = withoutSocialSignOffs(body);
  // A short "Thanks!" after the question does not close the question.
  while (tail.length > 1 && THANKS_ONLY.test(tail[tail.length - 1]!.text.trim())) tail.pop();
  const last = tail[tail.length - 1];
  if (!last) return false;
  // Social sign-offs ("^JS", "-DB", "~Mia") and emoji after the question don't close it.
  const text = last.text.replace(SOCIAL_TAIL, '');
  return /\?[\s)"'”’]*$/u.test(text);
}

const REQUEST =
  /\b(?:shoot|send|drop|give) (?:us|me) a (?:dm|pm|message|line|note|email|call)\b|\b(?:dm|pm|message|send|email|reply|text|inbox|drop|forward|share|provide|confirm)\b[^.?!]*\b(?:us|me)\b|\breply (?:with|in|here)\b|\b(?:send|share|provide|confirm) (?:your|the)\b|\b(?:reach out|get in touch|contact us|call us|ring us|give us a (?:call|ring|shout))\b/i;

function endsWithRequest(body: Sentence[]): boolean {
  const tail = withoutSocialSignOffs(body);
  const last = tail[tail.length - 1];
  return !!last && REQUEST.test(last.text);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

function checkSignOff(ctx: RuleContext): void {
  const required = ctx.settings.signOff?.trim();
  if (!required) return;
  const own = ctx.draft.slice(0, ctx.text.ownEnd);
  if (collapse(own).endsWith(collapse(required))) return;
  const { signOff } = ctx.text;
  let fix: Fix;
  let start: number;
  let end: number;
  if (signOff) {
    start = signOff.start;
    end = signOff.end;
    fix = {
      label: `Use the team sign-off “${required}”`,
      edits: [{ start, end, text: required }],
    };
  } else {
    const trimmedEnd = own.replace(/\s+$/u, '').length;
    start = end = trimmedEnd;
    const br = paragraphBreak(ctx) === ' ' ? (ctx.channel === 'email' ? '\n\n' : ' ') : paragraphBreak(ctx);
    fix = {
      label: `Add the team sign-off “${required}”`,
      edits: [{ start, end, text: (trimmedEnd > 0 ? br : '') + required }],
    };
  }
  ctx.report({
    start,
    end,
    message: `The reply doesn’t end with your team’s sign-off “${required}”.`,
    note: 'Your team agreed one sign-off so every reply closes the same, recognisable way.',
    fixes: [fix],
    expected: [required],
  });
}

const rule: Rule = {
  meta: {
    id: 'missing-closing',
    title: 'No closing offer',
    description:
      'Flags a reply with no offer of further help or check that the issue is resolved (“Is there anything else I can help with?”, “Let me know if…”); also the team’s required sign-off when one is set.',
    rationale:
      'Thank / Assure: checking that the problem is solved and offering further help tells the customer the door is still open, and catches the cases where the answer didn’t work before they have to chase.',
    step: 'thank',
    defaultSeverity: 'suggestion',
    example: 'Go to Contacts, click Export and choose Excel. The file will download straight away.',
    english: true,
    options: {
      minWords: {
        type: 'number',
        default: 6,
        description: 'Replies shorter than this many words (quick chat lines) are not asked for a closing.',
      },
    },
  },
  check(ctx) {
    checkSignOff(ctx);
    if (!channelExpectations(ctx).closing) return;
    const minWords = numberOption(ctx, 'minWords', 6);
    if (ctx.text.wordCount < minWords) return;
    const body = ctx.text.sentences.filter((s) => s.region === 'body');
    if (body.length === 0) return;
    if (ctx.match(CLOSINGS).length > 0) return;
    if (endsWithQuestion(body)) return;
    // Chat and social: the reply ends by asking the customer to send us something ("Please DM us your
    // order number"), so the conversation carries on.
    if (ctx.channel !== 'email' && endsWithRequest(body)) return;
    if (isHoldLine(ctx)) return;
    // A chat or social turn that carries on the work ("Ok, let's try this first: hold …"): the closing
    // offer belongs to the turn that wraps the case up, not to every step on the way.
    if (isFollowUpLine(ctx) && readNextStep(ctx).score >= thresholds.nextStep) return;

    const at = insertionOffset(ctx, 'beforeSignOff');
    const name = firstName(ctx);
    const offers = [
      'Is there anything else I can help with?',
      `Let me know if that sorts it out${name ? `, ${name}` : ''}, or if there’s anything else I can help with.`,
    ];
    ctx.report({
      start: at,
      end: at,
      message:
        'The reply ends without offering further help or checking the issue is resolved: add a closing such as “Is there anything else I can help with?”.',
      fixes: offers.map((o) => ({
        label: `Add “${o}”`,
        edits: [punctuated(ctx, insertSentence(ctx, 'beforeSignOff', o))],
      })),
    });
  },
};

export default rule;
