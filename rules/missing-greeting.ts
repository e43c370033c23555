import { channelExpectations } from '../lib/engine/channel';
import type { RuleContext } from '../lib/engine/context';
import { paragraphBreak, numberOption } from '../lib/engine/helpers';
import type { Rule } from '../lib/engine/types';
import data from './data/missing-greeting.json';

// No greeting, or a form-letter greeting ("Dear Customer", "Dear Sir/Madam", "Dear valued customer") when
// we know the customer's name. Email always opens with a greeting; in chat a reply greets when it opens the
// conversation too, but quick follow-up lines (a few words) don't need one; a social reply in a public thread
// greets when the customer greeted us.

const GENERIC = data.generic.map((p) => new RegExp(p, 'iu'));
const CUSTOMER_GREETS = new RegExp(data.customerGreets, 'iu');
const FOLLOW_UP = new RegExp(data.followUp, 'iu');
const CHAT_WELCOME = new RegExp(data.chatWelcome, 'iu');

/** A chat or social line that continues the conversation ("No problem! …", "Sure, …", "Got it."), not a welcome. */
export function isFollowUpLine(ctx: RuleContext): boolean {
  if (ctx.channel === 'email') return false;
  const first = firstLine(ctx);
  // A welcome ("Thank you for contacting us", "How can I help you today?") opens the conversation: it
  // carries nothing on.
  return !!first && FOLLOW_UP.test(first.text.trim()) && !CHAT_WELCOME.test(first.text.trim());
}
const LEADING = /^(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f|[\u{1F3FB}-\u{1F3FF}]|@[\p{L}\p{N}_.]+[,:]?(?=\s))*/u;
const MENTIONS = /^\s*(?:@[\p{L}\p{N}_.]+[,:]?\s+)*/u;
/** A line that is only a name ("Paul," / "Anna Smith,"): the customer is addressed, if curtly. */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\s*[,!:—–-]?\s*$/u;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function knownName(ctx: RuleContext): string | null {
  const n = ctx.input.customerName?.trim();
  if (!n || /[{}[\]<>%]/.test(n)) return null;
  return n.split(/\s+/)[0] ?? null;
}

/** The first line of the agent's own text, with its offset (after any leading emoji). */
function firstLine(ctx: RuleContext): { start: number; lineStart: number; text: string } | null {
  const line = ctx.text.lines.find((l) => l.text.trim() !== '' && !ctx.text.overlapsNotOwn(l.start, l.end));
  if (!line) return null;
  const lead = LEADING.exec(line.text)![0].length;
  const mentions = MENTIONS.exec(line.text)![0].length;
  return { start: line.start + lead, lineStart: line.start + mentions, text: line.text.slice(lead) };
}

const rule: Rule = {
  meta: {
    id: 'missing-greeting',
    title: 'No personal greeting',
    description:
      'Flags a reply with no greeting, or a form-letter one (“Dear Customer”, “Dear Sir/Madam”) when the customer’s name is known.',
    rationale:
      'Listen / Hear: greeting the customer by name shows a person read their message; “Dear valued customer” after they signed their name reads as a template and undoes the personal tone of everything after it.',
    step: 'listen',
    defaultSeverity: 'suggestion',
    example: 'Dear Customer,\n\nThank you for contacting us about the buzzing noise from your new fridge.',
    english: true,
    options: {
      chatMinWords: {
        type: 'number',
        default: 8,
        description: 'Chat replies shorter than this many words are follow-up lines and need no greeting.',
      },
    },
  },
  check(ctx) {
    const first = firstLine(ctx);
    if (!first) return;
    const name = knownName(ctx);
    const chat = ctx.channel !== 'email';

    // A form-letter greeting when we know who they are.
    for (const re of GENERIC) {
      const m = re.exec(first.text);
      if (!m) continue;
      if (!name || /[{}[\]<>%]/.test(first.text.slice(0, m[0].length + 20))) return;
      // A title before a name is personal: "Dear Sir John", "Dear Madam Chair" (the customer's own style).
      if (
        /^\s+\p{Lu}\p{Ll}+/u.test(first.text.slice(m[0].length)) &&
        !/^\s+(?:Or|And|Madam|Sir)\b/u.test(first.text.slice(m[0].length))
      )
        return;
      const start = first.start;
      const end = start + m[0].length;
      const word = /^(dear|hi|hello|hey|good (?:morning|afternoon|evening|day))\b/i.exec(m[0])?.[1];
      const salutation = chat ? 'Hi' : word && !/^to\b/i.test(m[0]) ? word : 'Dear';
      const replacement = `${salutation} ${name}`;
      ctx.report({
        start,
        end,
        message: `“${m[0]}” reads as a form letter: greet ${name} by name (“${replacement}”).`,
        fixes: [{ label: `Replace with “${replacement}”`, edits: [{ start, end, text: replacement }], safe: true }],
        expected: [replacement],
      });
      return;
    }

    if (ctx.text.greeting) return;
    // A form letter is always worth fixing; a missing greeting only where the channel expects one.
    if (!channelExpectations(ctx).greeting) return;
    // Addressed by name already ("Paul," / "Nina, as I said…" / "Thanks for reaching out, Priya!"):
    // curt perhaps, but the customer is greeted as a person.
    if (NAME_LINE.test(first.text.trim())) return;
    const opening = ctx.text.sentences.find((x) => x.end > first.start);
    if (name && opening && new RegExp(`\\b${escapeRe(name)}\\b`, 'iu').test(opening.text)) return;
    if (opening && /,\s*\p{Lu}[\p{Ll}'’-]+\s*[!.]?\s*$/u.test(opening.text)) return;
    if (opening) {
      const ts = ctx.terms(opening);
      const t0 = ts[0];
      if (t0 && (t0.tags.has('Person') || t0.tags.has('FirstName')) && ctx.draft[t0.end] === ',') return;
    }
    const customerGreeted = !!ctx.customer && CUSTOMER_GREETS.test(ctx.customer.text);
    if (ctx.channel === 'social' && !customerGreeted) return; // a public reply in a thread: mirror the customer
    if (chat) {
      // "Thank you for contacting Acme", "How can I help you today?": the chat welcome is the greeting.
      if (CHAT_WELCOME.test(first.text.trim())) return;
      if (isFollowUpLine(ctx) && !customerGreeted) return;
      const min = numberOption(ctx, 'chatMinWords', 8);
      // A quick follow-up line mid-conversation needs no greeting — unless the customer just greeted us.
      if (ctx.text.wordCount < min && !customerGreeted) return;
    }

    const at = first.lineStart;
    let text: string;
    if (chat) text = name ? `Hi ${name}! ` : 'Hi there! ';
    else {
      const br = paragraphBreak(ctx);
      text = `${name ? `Hi ${name}` : 'Hello'},${br === ' ' ? '\n\n' : br}`;
    }
    ctx.report({
      start: at,
      end: at,
      message: name
        ? `The reply doesn’t greet the customer: open with their name (“Hi ${name}”).`
        : `The reply doesn’t greet the customer: open with a greeting (“${chat ? 'Hi there' : 'Hello'}”).`,
      fixes: [{ label: `Add “${text.trim()}”`, edits: [{ start: at, end: at, text }], safe: true }],
    });
  },
};

export default rule;
