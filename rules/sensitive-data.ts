import type { Rule } from '../lib/engine/types';
import { Lru } from '../lib/engine/lru';
import data from './data/sensitive-data.json';
import { ownMatches } from '../lib/engine/text';

// Sensitive data: a full payment card number written into the reply, or asking the customer to send a
// password, PIN, security code (CVV) or full card number. Email and chat are not secure channels for
// these (PCI DSS; Data Protection Act 2018), and a genuine company never asks: it teaches customers to
// fall for phishing. The card-number check is language-neutral; the asking patterns are English.

interface Secret {
  label: string;
  secret: string;
}

const SECRETS = (data.secrets as Secret[]).map((s) => ({ ...s, re: new RegExp(`\\b(?:${s.secret})\\b`, 'gu') }));
const ASKS = new RegExp(data.asks, 'gu');
const TYPE_ENTER = /^(?:type|enter|put|write|post)$/;
const TYPE_ENTER_NEEDS = new RegExp(data.typeEnterNeeds, 'u');
const SAFE = new RegExp(data.safe, 'u');
const WRITTEN_SECRET = new RegExp(data.writtenSecret, 'giu');

/** The Luhn checksum every payment card number satisfies. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const CARD = /(?<![\p{L}\p{N}+#-])\d(?:[ -]?\d){12,18}(?![\p{N}]|-\d)/gu;
const NOT_A_CARD_BEFORE =
  /\b(?:order|ref|reference|tracking|account|acct|invoice|case|ticket|booking|phone|tel|mobile|imei|serial|sort code|iban|policy|claim|member|customer|no\.?|number|#)\s*(?:number|no\.?|id|is|:|#)?\s*$/i;

function plausibleCard(raw: string, before: string): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  // Issuer prefixes: 2 and 5 Mastercard, 3 Amex/Diners/JCB, 4 Visa, 6 Discover/Maestro/UnionPay.
  if (!/^[2-6]/.test(digits)) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  // Grouped numbers use a card's own grouping: 4-4-4-4(-3), 4-6-5, 4-6-4.
  const groups = raw.split(/[ -]/).map((g) => g.length);
  if (groups.length > 1) {
    const shape = groups.join('-');
    if (!/^4-4-4-4(?:-[1-3])?$|^4-6-[45]$|^4-4-4-[1-3]$/.test(shape)) return false;
  }
  if (!luhn(digits)) return false;
  const ctx = before.slice(-40);
  if (NOT_A_CARD_BEFORE.test(ctx) && !/\bcard\b/i.test(ctx)) return false;
  return true;
}

function mask(raw: string): string {
  const total = raw.replace(/\D/g, '').length;
  let seen = 0;
  return raw.replace(/\d/g, (d) => (++seen > total - 4 ? d : '•'));
}

/** A secret asked for in one sentence: where (offsets into the sentence's text) and what. */
interface Asked {
  start: number;
  end: number;
  label: string;
}

/**
 * The secrets a sentence asks the customer to send, in order. It reads the sentence's text alone, so it is
 * remembered by that text, with offsets from the sentence's start (a keystroke re-reads one sentence).
 */
const asked = new Lru<string, Asked[]>(2000);

/** Forget every remembered sentence (lib/engine/caches.ts). */
export function clearSensitiveCache(): void {
  asked.clear();
}

function askedIn(text: string): Asked[] {
  return asked.getOr(text, askedUncached);
}

function askedUncached(text: string): Asked[] {
  const hits: Asked[] = [];
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (lower.length !== text.length) return hits;
  if (SAFE.test(lower)) return hits;
  const asks = [...lower.matchAll(ASKS)].filter((a) => {
    const after = lower.slice(a.index + a[0].length);
    const before = lower.slice(Math.max(0, a.index - 20), a.index);
    // "We'll send you your new PIN": the secret goes to the customer, not to us.
    if (/^\s+you\b(?!r)/.test(after)) return false;
    // "by email", "in a message", "the text": a noun, not a request.
    if (/\b(?:by|via|an?|the|your|our|this|that|in|per)\s*$/.test(before)) return false;
    // "You'll need your PIN": the customer needs it; "I'll need your PIN": we are asking.
    if (
      /^(?:need|require)$/.test(a[0]) &&
      !/\b(?:i|we)(?:'ll|'d| will| would| just| also| only| may| might)?\s*(?:just |also |only |then |now )?$/.test(
        before,
      )
    )
      return false;
    return !TYPE_ENTER.test(a[0]) || TYPE_ENTER_NEEDS.test(after);
  });
  if (!asks.length) return hits;
  const firstAsk = asks[0]!.index;
  for (const sec of SECRETS) {
    sec.re.lastIndex = 0;
    for (const m of lower.matchAll(sec.re)) {
      if (m.index < firstAsk) continue;
      // Words between the request and the secret: not across another clause's full stop.
      const gap = lower.slice(firstAsk, m.index).split(/\s+/).length;
      if (gap > 25) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ start, end, label: sec.label });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

const rule: Rule = {
  meta: {
    id: 'sensitive-data',
    title: 'Sensitive data',
    description:
      'Flags a full payment card number (Luhn-valid) or a password/PIN written into the reply, and asking the customer for a password, PIN, security code (CVV), security answers or full card number (or a photo of the card).',
    rationale:
      'Card numbers, PINs, passwords and security codes must never travel by email or chat (PCI DSS, Data Protection Act 2018). A genuine company never asks for them, and asking trains customers to fall for phishing: point them to the secure payment page or the phone line instead.',
    step: 'safety',
    defaultSeverity: 'error',
    example: 'To confirm your identity, please reply with your card PIN and date of birth.',
    english: false,
  },
  check(ctx) {
    const { draft, text } = ctx;
    const own = draft.slice(0, text.ownEnd);

    // 1. A full card number written out.
    for (const m of ownMatches(text, CARD)) {
      const start = m.index;
      const end = start + m[0].length;
      if (text.overlapsNotOwn(start, end)) continue;
      if (!plausibleCard(m[0], own.slice(0, start))) continue;
      const masked = mask(m[0]);
      const last4 = m[0].replace(/\D/g, '').slice(-4);
      ctx.report({
        start,
        end,
        message: `A full card number “${m[0]}” is written in the reply: show only the last four digits (“card ending ${last4}”).`,
        fixes: [{ label: `Mask it as “${masked}”`, edits: [{ start, end, text: masked }], safe: true }],
        expected: [masked],
      });
    }

    // 1b. A password or PIN written into the reply: "your temporary password is Welcome123!".
    for (const m of ownMatches(text, WRITTEN_SECRET)) {
      const value = m[1]!.replace(/[.,;:)]+$/, '');
      // A secret looks like one: digits, or mixed case ("4821", "Welcome123!", "Tr0ub4dor"), not a word
      // ("never", "sent", "case-sensitive").
      if (value.length < 4 || !(/\d/.test(value) || (/\p{Lu}/u.test(value) && /\p{Ll}/u.test(value)))) continue;
      if (/^\p{Lu}\p{Ll}+$/u.test(value) || /^\d{1,2}(?:am|pm)?$/i.test(value)) continue;
      // A shared Wi-Fi or guest network password is not the customer's secret.
      if (
        /\b(?:wi-?fi|wireless|guest|network|hotspot)\b/i.test(
          own.slice(Math.max(0, m.index - 25), m.index + m[0].length),
        )
      )
        continue;
      const start = m.index + m[0].lastIndexOf(m[1]!);
      const end = start + value.length;
      if (text.overlapsNotOwn(start, end)) continue;
      ctx.report({
        start,
        end,
        message: `A password or PIN (“${value}”) is written in the reply: email and chat are not secure. Send a reset link or use the secure message centre instead.`,
      });
    }

    // 2. Asking for a secret: a request verb, then the secret, in the same sentence.
    for (const s of text.sentences) {
      if (text.overlapsNotOwn(s.start, s.end)) continue;
      for (const h of askedIn(s.text)) {
        const start = s.start + h.start;
        const end = s.start + h.end;
        const actual = draft.slice(start, end);
        ctx.report({
          start,
          end,
          message: `Asking the customer to send their ${h.label} (“${actual}”): never ask for this by email or chat; send them to the secure payment page, the app or a verified phone call instead.`,
        });
      }
    }
  },
};

export default rule;
