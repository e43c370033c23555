import type { RuleContext } from '../lib/engine/context';
import type { CustomerDetail } from '../lib/engine/customer';
import { apostrophesLike } from '../lib/engine/helpers';
import type { Sentence } from '../lib/engine/text';
import type { Fix, Rule } from '../lib/engine/types';
import data from './data/already-provided.json';

// Already provided: the reply asks for a detail the customer already gave — an order, tracking,
// account, booking or claim number, their email, phone, postcode or photos (lib/engine/customer.ts
// extracts them). Making the customer repeat themselves says nobody read their message. The finding
// quotes what they gave; the fix replaces the request with a confirmation that uses their value.

interface KindData {
  label: string;
  nouns: string[];
}

const KINDS = Object.fromEntries(
  Object.entries(data.kinds as Record<string, KindData>).map(([k, v]) => [
    k,
    { label: v.label, nouns: v.nouns.map((n) => new RegExp(n, 'giu')) },
  ]),
) as Record<CustomerDetail['kind'], { label: string; nouns: RegExp[] }>;
const REQUESTS = data.requests.map((r) => new RegExp(r, 'iu'));
const NOT_REQUEST = data.notARequest.map((r) => new RegExp(r, 'iu'));

/** How many words of the sentence before the noun may hold the asking words. */
const WINDOW = 12;

interface Ask {
  start: number;
  end: number;
  detail: CustomerDetail;
  label: string;
  sentence: Sentence;
}

function labelFor(d: CustomerDetail, customerText: string): string {
  if (
    d.kind === 'account' &&
    new RegExp(`\\bID\\b[^\\n]{0,6}${d.value.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}`).test(customerText)
  )
    return 'account ID';
  return KINDS[d.kind].label;
}

function isRequest(ctx: RuleContext, s: Sentence, nounStart: number): boolean {
  const head = ctx.draft.slice(s.start, nounStart);
  const words = head.split(/\s+/).filter(Boolean);
  const near = words.slice(-WINDOW).join(' ');
  if (!REQUESTS.some((re) => re.test(near))) return false;
  // A statement of what we did ("I've sent your order number to the courier") is not a request.
  if (
    /\b(?:i|we)(?:'ve|’ve|\s+have)?\s+(?:sent|given|shared|passed|forwarded|included|attached|confirmed|found|got|noted|updated|checked)\b/i.test(
      near,
    )
  )
    return false;
  return !NOT_REQUEST.some((re) => re.test(s.text));
}

function confirmation(ctx: RuleContext, s: Sentence, asks: Ask[]): Fix | null {
  // Only when every detail the sentence asks for is one they gave.
  const items = asks.map((a) => `${a.label}${a.detail.kind === 'photo' ? '' : ` (${a.detail.value})`}`);
  const list = items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  const purpose =
    /\bso (?:that )?(?:i|we) can ([^,.?!]+)/i.exec(s.text)?.[1] ?? /\bto help (?:me|us) ([^,.?!]+)/i.exec(s.text)?.[1];
  let text = `Thanks for including your ${list}`;
  text += purpose
    ? `: I’ll use ${asks.length > 1 || asks[0]!.label === 'photos' ? 'them' : 'it'} to ${purpose.trim()}.`
    : '.';
  text = apostrophesLike(ctx.draft, text);
  return { label: `Confirm instead: “${text}”`, edits: [{ start: s.start, end: s.end, text }] };
}

/**
 * A yes/no question about what the customer just told us: they wrote "no game is able to update" and the
 * reply asks "Are you able to update your games?"; they wrote "I restarted it twice" and it asks "Have you
 * tried restarting?". The question's verb is found in the customer's own statement (negated, or as a thing
 * they tried).
 */
const ASK_BACK =
  /^\W*(?:(?:are|were) you (?:able|unable) to|can you(?! (?:please|pls|kindly|send|share|provide|confirm|tell|let|give|dm|reply|check|try|follow|email|call))|could you(?= (?:still )?(?:see|log|open|access|use|update|download|install|connect|play|hear|sign))|(?:have|did) you (?:already )?(?:tried|try)(?: to)?|does (?:it|the \w+)|is (?:it|the \w+))\s+([\p{L}-]+)/iu;
const STATED_NEG = /\b(?:not|n't|never|unable|cannot|no \w+ (?:is|are|was|were|will))\s+(?:\w+\s+){0,3}?$/i;

function stem(w: string): string {
  return w
    .toLowerCase()
    .replace(/(?:ing|ed|es|s)$/, '')
    .slice(0, 6);
}

function checkAskedAgain(ctx: RuleContext): void {
  const c = ctx.customer!;
  const theirs = c.text.replace(/[’]/g, "'");
  const words = [...theirs.matchAll(/[\p{L}'-]+/gu)];
  for (const s of ctx.text.sentences) {
    if (s.region !== 'body' || ctx.text.overlapsNotOwn(s.start, s.end) || !/\?\s*$/.test(s.text)) continue;
    const m = ASK_BACK.exec(s.text.replace(/[’]/g, "'"));
    if (!m) continue;
    const verb = stem(m[1]!);
    if (verb.length < 3) continue;
    const tried = /tr(?:ied|y)/i.test(m[0]);
    const said = words.find((w) => {
      if (stem(w[0]) !== verb) return false;
      const before = theirs.slice(Math.max(0, w.index - 40), w.index);
      // "No game is able to update", "it won't update", "I can't log in"; or "I restarted it" when asked
      // whether they tried restarting.
      return tried ? /\b(?:i|we)(?:'ve| have)?\s+(?:already\s+)?(?:\w+\s+)?$/i.test(before) : STATED_NEG.test(before);
    });
    if (!said) continue;
    const end = said.index + said[0].length;
    const start = Math.max(0, theirs.lastIndexOf(' ', Math.max(0, said.index - 25)) + 1);
    const quote = c.text.slice(start, end).replace(/\s+/g, ' ').trim();
    ctx.report({
      start: s.start,
      end: s.end,
      message: `They already told you (“${quote}”): build on it instead of asking again.`,
    });
  }
}

/**
 * Asking whether they contacted us when they said they did: they wrote "3rd call to you about this" or "I
 * phoned on Monday" and the reply asks "Have you spoken to our team on the phone?".
 */
const ASK_CONTACT =
  /\b(?:have|did|had) you (?:already |ever |yet )?(?:spoken|speak|talked|talk|called|call|phoned|phone|rung|ring|rang|contacted|contact|emailed|email|messaged|chatted|been in touch|reached out|got in touch)\b/i;
const SAID_CONTACT =
  /\b(?:(?:i|we)(?:'ve| have| had)? (?:already |just |now |also )?(?:called|phoned|rang|rung|spoke|spoken|talked|contacted|emailed|messaged|chatted|been on the phone|got in touch|reached out)|(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|another|several|many) (?:phone )?(?:calls?|emails?|chats?|times calling)|(?:on|off) the phone (?:with|to)|(?:called|phoned|rang) (?:you|@\w+|them|your)|(?:call|calls|calling) to @?\w+)\b/i;

function checkContactAgain(ctx: RuleContext): void {
  const theirs = ctx.customer!.text.replace(/[’]/g, "'");
  const said = SAID_CONTACT.exec(theirs);
  if (!said) return;
  for (const s of ctx.text.sentences) {
    if (s.region !== 'body' || ctx.text.overlapsNotOwn(s.start, s.end) || !/\?\s*$/.test(s.text)) continue;
    if (!ASK_CONTACT.test(s.text.replace(/[’]/g, "'"))) continue;
    const quote = ctx.customer!.text.slice(said.index, said.index + said[0].length);
    ctx.report({
      start: s.start,
      end: s.end,
      message: `They already said they got in touch (“${quote}”): ask what they were told instead of whether they did.`,
    });
    return;
  }
}

const rule: Rule = {
  meta: {
    id: 'already-provided',
    title: 'Asks for details already given',
    description:
      'Flags a reply that asks for information the customer already gave — order, tracking, account, booking or claim number, email, phone, postcode, photos — and quotes what they gave; also a yes/no question about what they just said (“Are you able to update?” after “no game is able to update”, “Have you called us?” after “third call”).',
    rationale:
      'Listen / Hear: asking for something the customer already wrote tells them nobody read their message and adds a round trip. Confirm the detail you have instead.',
    step: 'listen',
    defaultSeverity: 'warning',
    example: 'Customer: “My order #4471 hasn’t arrived.” Reply: “Could you send me your order number?”',
    english: true,
  },
  check(ctx) {
    const c = ctx.customer;
    if (!c) return;
    checkAskedAgain(ctx);
    checkContactAgain(ctx);
    if (c.details.length === 0) return;
    const asks: Ask[] = [];
    for (const s of ctx.text.sentences) {
      if (s.region !== 'body' || ctx.text.overlapsNotOwn(s.start, s.end)) continue;
      for (const detail of c.details) {
        const kind = KINDS[detail.kind];
        if (!kind) continue;
        for (const re of kind.nouns) {
          re.lastIndex = 0;
          const m = re.exec(s.text);
          if (!m) continue;
          const start = s.start + m.index;
          const end = start + m[0].replace(/\s+$/, '').length;
          if (ctx.text.overlapsNotOwn(start, end)) continue;
          // Mentioning their value in the same sentence is a confirmation, not a request.
          if (s.text.toLowerCase().includes(detail.value.toLowerCase())) continue;
          if (!isRequest(ctx, s, start)) continue;
          if (asks.some((a) => a.start < end && a.end > start)) continue;
          asks.push({ start, end, detail, label: labelFor(detail, c.text), sentence: s });
          break;
        }
      }
    }
    asks.sort((a, b) => a.start - b.start);
    for (const a of asks) {
      const same = asks.filter((x) => x.sentence.start === a.sentence.start);
      const fix = confirmation(ctx, a.sentence, same);
      const gave = a.detail.kind === 'photo' ? 'photos' : `${a.label} ${a.detail.value}`;
      ctx.report({
        start: a.start,
        end: a.end,
        message: `They already gave ${gave}: confirm it instead of asking for “${ctx.draft.slice(a.start, a.end)}” again.`,
        fixes: fix ? [fix] : [],
        expected: [a.detail.value],
      });
    }
  },
};

export default rule;
