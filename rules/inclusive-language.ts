import nlp from 'compromise';
import type { RuleContext } from '../lib/engine/context';
import { firstName, inLink } from '../lib/engine/helpers';
import { findPhrases } from '../lib/engine/phrases';
import type { Fix, PhraseEntry, Rule } from '../lib/engine/types';
import data from './data/inclusive-language.json';
import { ownMatches } from '../lib/engine/text';

// Inclusive language: gendered assumptions ("Dear Sir" to a customer whose gender we don't know, "you
// guys", "manpower") and insensitive words ("crazy", "lame", "even my gran could do it"). Not when the
// customer used the word themselves, not inside quotation marks, and not "Sir" when the customer gave that
// title themselves.

const PHRASES = data.phrases as PhraseEntry[];

const ADDRESS =
  /\b(?:(Dear|Hi|Hello|Hey|Morning|Good (?:morning|afternoon|evening))\s+)?(Sirs?|Madam|Ma'am|Ma’am|Mam)\b(?!\s*(?:\/|or|and)\s*(?:Madam|Sir))/giu;

function customerTitle(ctx: RuleContext): { male: boolean; female: boolean } {
  const t = `${ctx.customer?.text ?? ''}\n${ctx.input.customerName ?? ''}`;
  return {
    male: /\b(?:Mr|Sir|Lord)\b\.?/u.test(t),
    female: /\b(?:Mrs|Ms|Miss|Madam|Lady|Dame)\b\.?/u.test(t),
  };
}

/** The customer's first name, if known (not "Sir" read off the greeting itself). */
function customerFirstName(ctx: RuleContext): string | null {
  const n = firstName(ctx);
  return n && !/^(?:sirs?|madam|ma['’]?am|mam|customer|team|all|there|everyone)$/i.test(n) ? n : null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function checkAddress(ctx: RuleContext): void {
  const { draft, text } = ctx;
  const own = draft.slice(0, text.ownEnd);
  const title = customerTitle(ctx);
  const name = customerFirstName(ctx);
  for (const m of ownMatches(text, ADDRESS)) {
    const word = m[2]!;
    const start = m.index + m[0].length - word.length;
    const end = start + word.length;
    if (text.overlapsNotOwn(start, end) || inLink(draft, start, end)) continue;
    // "Sir Alex", "Madam Chair": a title with a name is not a guess.
    if (/^\s+\p{Lu}\p{Ll}/u.test(own.slice(end, end + 3))) continue;
    // "Sir or Madam" / "Madam/Sir" already covers both.
    if (/(?:Sir|Madam)\s*(?:\/|or|and)\s*$/iu.test(own.slice(Math.max(0, start - 10), start))) continue;
    const male = /^sir/i.test(word);
    if (male ? title.male : title.female) continue;
    // Lower-case "sir" mid-sentence is still an address ("thank you sir"); "yes sir" in chat likewise.
    const salutation = m[1];
    const plural = /^sirs$/i.test(word);
    const fixes: Fix[] = [];
    if (salutation) {
      const sStart = m.index;
      if (name && !plural) {
        fixes.push({ label: `Greet ${name} by name`, edits: [{ start: sStart, end, text: `${salutation} ${name}` }] });
      }
      fixes.push({
        label: plural ? 'Write “Hello all”' : 'Write “Hello”',
        edits: [{ start: sStart, end, text: plural ? 'Hello all' : 'Hello' }],
      });
    } else if (name) {
      fixes.push({ label: `Use ${name}'s name`, edits: [{ start, end, text: name }] });
    }
    const actual = draft.slice(salutation ? m.index : start, end);
    ctx.report({
      start,
      end,
      message: `“${actual}” assumes the customer's gender: ${name ? `greet them by name (“${salutation ?? 'Hi'} ${name}”)` : 'use a neutral greeting such as “Hello”'}.`,
      note: 'Assuming a gender (Sir, Madam) can misgender the customer and reads as a form letter; a name or a neutral greeting treats everyone with equal respect (Equality Act 2010 spirit).',
      fixes,
    });
  }
}

const UNISEX = new Set((data.unisexNames as string[]).map((n) => n.toLowerCase()));
const HONORIFIC = /\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * A gendered title (Mr, Mrs, Ms, Miss) for a customer who gave no title and whose first name doesn't tell
 * ("Dear Mr Taylor" to "Sam Taylor"). A title the customer used, or a name that is clearly of that gender
 * ("Mrs Ellison" to "Margaret Ellison"), is left alone; so is a third party ("Mr Jones, our engineer").
 */
function checkHonorific(ctx: RuleContext): void {
  const { draft, text } = ctx;
  const first = customerFirstName(ctx);
  if (!first) return;
  const customerText = `${ctx.customer?.text ?? ''}\n${ctx.input.customerName ?? ''}`;
  const surname = new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'u').exec(
    customerText,
  )?.[1];
  const title = customerTitle(ctx);
  for (const m of ownMatches(text, HONORIFIC)) {
    const start = m.index;
    const end = start + m[0].length;
    if (text.overlapsNotOwn(start, end) || inLink(draft, start, end)) continue;
    if (text.signOff && start >= text.signOff.start) continue;
    const inGreeting = !!text.greeting && start < text.greeting.end;
    if (!inGreeting && m[2] !== surname) continue;
    const male = m[1] === 'Mr';
    if (male ? title.male : title.female) continue;
    const doc = nlp(first);
    const fits = male ? doc.has('#MaleName') : doc.has('#FemaleName');
    const opposite = male ? doc.has('#FemaleName') : doc.has('#MaleName');
    if (!UNISEX.has(first.toLowerCase()) && !opposite) continue;
    if (fits && !UNISEX.has(first.toLowerCase())) continue;
    const names = [first, ...(surname ? [`${first} ${surname}`] : [])];
    ctx.report({
      start,
      end,
      message: `“${m[0]}” guesses the customer's gender: ${first} gave no title, so use their name (“${first}”).`,
      note: 'A title the customer didn’t give can misgender them; their own name is always right (Equality Act 2010 spirit).',
      fixes: names.map((n) => ({ label: `Use “${n}”`, edits: [{ start, end, text: n }] })),
      expected: names,
    });
  }
}

function checkPhrases(ctx: RuleContext): void {
  const { draft } = ctx;
  const customerText = ctx.customer?.text ?? '';
  const name = customerFirstName(ctx);
  for (const m of ctx.match(PHRASES)) {
    const e = m.entry;
    if (inLink(draft, m.start, m.end)) continue;
    // Quoting the customer's word ("you said it was 'crazy'") is not the agent's choice of word.
    const before = draft[m.start - 1] ?? '';
    const after = draft[m.end] ?? '';
    if (/["“‘']/.test(before) && /["”’']/.test(after)) continue;
    if (customerText && findPhrases(customerText, [{ phrase: e.phrase }]).length > 0) continue;
    const atStart = (() => {
      const lineStart = draft.lastIndexOf('\n', m.start - 1) + 1;
      const lead = draft.slice(lineStart, m.start).trimEnd();
      return !/[\p{L}\p{N}]/u.test(lead) || /[.!?:]["”’)]*$/.test(lead);
    })();
    const fixes: Fix[] = [];
    for (const r of (e.replacements ?? []).slice(0, 3)) {
      if (r === '') {
        if (name) fixes.push({ label: `Use ${name}'s name`, edits: [{ start: m.start, end: m.end, text: name }] });
        continue;
      }
      const text = atStart || /^\p{Lu}/u.test(m.text) ? capitalise(r) : r;
      fixes.push({ label: `Replace with “${text}”`, edits: [{ start: m.start, end: m.end, text }] });
    }
    const alt = (e.replacements ?? []).find((r) => r !== '');
    ctx.report({
      start: m.start,
      end: m.end,
      message: alt
        ? `“${m.text}” can exclude or offend: try “${alt}”.`
        : `“${m.text}” can come across as patronising: ${name ? `use ${name}'s name` : 'leave it out'}.`,
      note: `${e.note ?? ''} Respectful, neutral words treat every customer equally (Equality Act 2010 spirit).`.trim(),
      fixes,
      expected: (e.replacements ?? []).filter((r) => r !== ''),
    });
  }
}

const rule: Rule = {
  meta: {
    id: 'inclusive-language',
    title: 'Inclusive language',
    description:
      'Flags gendered assumptions (“Dear Sir” to an unknown customer, “Mr Taylor” to a Sam who gave no title, “you guys”, “manpower”) and insensitive words (“crazy”, “lame”, “even my gran could do it”), with neutral alternatives.',
    rationale:
      'Gendered guesses and casual ableist or ageist words can hurt or exclude the customer reading them; neutral words treat everyone with equal respect (Equality Act 2010 spirit, HEAT: Empathise).',
    step: 'tone',
    defaultSeverity: 'suggestion',
    example: "Hi Roy! It's insanely easy, even my gran could do it.",
    english: true,
  },
  check(ctx) {
    checkAddress(ctx);
    checkHonorific(ctx);
    checkPhrases(ctx);
  },
};

export default rule;
