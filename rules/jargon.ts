import nlp from 'compromise';
import type { RuleContext } from '../lib/engine/context';
import { inLink } from '../lib/engine/helpers';
import { findPhrases } from '../lib/engine/phrases';
import type { Fix, GlossaryEntry, Rule } from '../lib/engine/types';
import data from './data/jargon.json';
import common from './data/shouting.json';
import { ownMatches } from '../lib/engine/text';

// Jargon: internal, technical and ticket-speak terms a customer would not know (SLA, RMA, backend, T2,
// "revert back", "do the needful"). Not when the customer used the term themselves, and not an acronym
// the draft defines ("a Returns Merchandise Authorisation (RMA)").

const BUILT_IN = data.entries as GlossaryEntry[];

interface TermEntry {
  phrase: string;
  glossary: GlossaryEntry;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The acronym is spelled out in the draft: "Returns Merchandise Authorisation (RMA)", "RMA (returns number)". */
function definedInDraft(draft: string, actual: string): boolean {
  if (!/^[\p{Lu}\p{N}]{2,}s?$/u.test(actual)) return false;
  // Asked for every candidate, and each asking reads the whole draft: remember the answers for this draft.
  if (defined?.draft !== draft) defined = { draft, answers: new Map() };
  let answer = defined.answers.get(actual);
  if (answer === undefined) {
    answer = spelledOut(draft, actual);
    defined.answers.set(actual, answer);
  }
  return answer;
}

let defined: { draft: string; answers: Map<string, boolean> } | null = null;

function spelledOut(draft: string, actual: string): boolean {
  const a = escapeRegExp(actual.replace(/s$/, ''));
  return new RegExp(
    `\\(${a}s?\\)|\\b${a}s?(?:\\s+\\p{L}+)?\\s*\\((?!\\s*\\d)[^)]{3,}\\)|\\b${a}s?(?:\\s+\\p{L}+)?,?\\s+(?:stands for|means|meaning|short for|which is|which means|that is|that's|i\\.e\\.|ie)\\b|\\b${a}s?\\s*[—–-]\\s+(?:a|an|the|our|your)\\b`,
    'u',
  ).test(draft);
}

/** The text from `at` to the end of its line (not a split of the whole rest of the draft). */
function restOfLine(draft: string, at: number): string {
  const nl = draft.indexOf('\n', at);
  return draft.slice(at, nl < 0 ? draft.length : nl);
}

/** A social sign-off's initials ("… ^DC", "-JF", "*DannyHarvey"): the agent's name, not a term. */
export function initials(draft: string, start: number, end: number): boolean {
  const before = draft.slice(Math.max(0, start - 3), start);
  if (/[\^*~]\s*$/.test(before)) return true;
  return /(?:^|\s)[-–—]\s*$/.test(before) && /^\s*(?:https?:\/\/\S+\s*)?$/.test(restOfLine(draft, end));
}

function article(word: string): 'a' | 'an' {
  return /^[aeiou]/i.test(word) && !/^(?:one|uni|use|usu|eu)/i.test(word) ? 'an' : 'a';
}

function matchCase(replacement: string, actual: string, sentenceStart: boolean): string {
  if (sentenceStart || /^\p{Lu}\p{Ll}/u.test(actual)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

// Acronyms customers know (VAT, PIN, PDF, NHS, DPD…), shared with the shouting rule.
const KNOWN_ACRONYMS = new Set([
  ...(common.acronyms as string[]),
  ...(data.publicAcronyms as string[]),
  'VIN',
  'ISBN',
  'APN',
  'ATM',
  'ID',
  'NI',
  'PAYG',
]);
const EMPHASIS = new Set(common.emphasis as string[]);
const LEXICON = ((nlp.model() as { one?: { lexicon?: Record<string, string | string[] | undefined> } }).one?.lexicon ??
  {}) as Record<string, string | string[] | undefined>;

/** An ordinary English word written in capitals ("NOT", "HUGE", "CATS"): emphasis, not an acronym. */
function isWord(acr: string): boolean {
  if (EMPHASIS.has(acr)) return true;
  const lower = acr.toLowerCase();
  for (const w of [lower, lower.replace(/s$/, '')]) {
    const tag = LEXICON[w];
    if (!tag) continue;
    const tags = Array.isArray(tag) ? tag : [tag];
    // A first name in the lexicon ("Uri", "Ty") is no English word: "URI" in capitals is an acronym.
    if (!tags.some((t) => /Acronym|Abbreviation|Organization|Name|Person|Place/.test(t))) return true;
  }
  return false;
}
// An unknown acronym naming a part of our organisation or tooling: "the CS team", "a CRQ number", "the WMS portal".
const INTERNAL_ACRONYM =
  /(?<![\p{L}\p{N}-])([A-Z]{2,5})s?\s+(?:team|teams|queue|ticket|portal|system|tool|ref|reference|id|process|form|request|case|dashboard|console|workflow|platform|matrix|code|number|desk|department|dept|group|log|escalation|review|check|sheet)\b/gu;

function checkUnknownAcronyms(ctx: RuleContext, taken: { start: number; end: number }[]): void {
  const { draft, text } = ctx;
  const customerText = ctx.customer?.text ?? '';
  for (const m of ownMatches(text, INTERNAL_ACRONYM)) {
    const acr = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (KNOWN_ACRONYMS.has(acr) || text.overlapsNotOwn(start, end) || inLink(draft, start, end)) continue;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    if (text.signOff && start >= text.signOff.start) continue;
    if (new RegExp(`\\b${acr}\\b`, 'u').test(customerText)) continue;
    if (definedInDraft(draft, acr)) continue;
    // An all-caps stretch is shouting, not jargon ("PLEASE CALL THE HELP DESK").
    if (/\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(draft.slice(Math.max(0, start - 12), end + 12).replace(m[0], ''))) continue;
    const e = start + acr.length;
    taken.push({ start, end: e });
    ctx.report({
      start,
      end: e,
      message: `“${acr}” is an internal acronym the customer may not know: spell it out or say what it means in plain words.`,
    });
  }
}

// Any all-caps initialism the customer didn't use, the draft doesn't define, and that isn't public knowledge
// (TV, PDF, VAT, NHS, DPD…): "a PON fault", "your ONT", "the PTL", "in the WMS". Reference codes (letters
// with digits or a hyphenated number), capitals stretches (shouting, legal notices) and the company's own
// name in the signature are left alone. One finding per acronym.
const BARE_ACRONYM = /(?<![\p{L}\p{N}&'’/@#._^~*-])([A-Z]{2,6})(s?)(?![\p{L}\p{N}&'’_]|[-/.]?\d|-[A-Za-z])/gu;

function checkBareAcronyms(ctx: RuleContext, taken: { start: number; end: number }[]): void {
  const { draft, text } = ctx;
  const own = draft.slice(0, text.ownEnd);
  const customerText = ctx.customer?.text ?? '';
  const notOwnText = draft.slice(text.ownEnd) + (text.signOff ? draft.slice(text.signOff.start, text.ownEnd) : '');
  const seen = new Set<string>();
  for (const m of ownMatches(text, BARE_ACRONYM)) {
    const acr = m[1]!;
    const start = m.index;
    const end = start + acr.length;
    if (seen.has(acr) || KNOWN_ACRONYMS.has(acr) || /^[IVXLC]+$/.test(acr) || isWord(acr)) continue;
    // A model name with its number ("the XPS 13", "an RTX 4070"): a product, not internal shorthand.
    if (/^s?\s\d/.test(own.slice(end, end + 3))) continue;
    if (text.overlapsNotOwn(start, end) || inLink(draft, start, end)) continue;
    if (taken.some((t) => start < t.end + 1 && end + 1 > t.start)) continue;
    if (text.signOff && start >= text.signOff.start) continue;
    if (text.greeting && end <= text.greeting.end) continue;
    if (new RegExp(`\\b${acr}s?\\b`, 'iu').test(customerText)) continue;
    if (new RegExp(`\\b${acr}\\b`, 'u').test(notOwnText)) continue;
    if (definedInDraft(draft, acr)) continue;
    // Part of a stretch of capitals: shouting or a notice, not jargon ("PLEASE READ THE T&CS").
    const lineStart = draft.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = draft.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = draft.length;
    const capsWords = (draft.slice(lineStart, lineEnd).match(/\b\p{Lu}{2,}\b/gu) ?? []).filter(
      (w) => isWord(w) || KNOWN_ACRONYMS.has(w),
    );
    if (capsWords.length >= 2) continue;
    // Initials on a line of their own or closing a social reply ("GG,", "^TW", "— JS"): a sign-off.
    if (/^[\s\p{P}]*$/u.test(draft.slice(lineStart, start) + draft.slice(end, lineEnd))) continue;
    if (acr.length === 2 && /^[\s\p{P}]*$/u.test(own.slice(end))) continue;
    seen.add(acr);
    ctx.report({
      start,
      end,
      message: `“${acr}” is an acronym the customer may not know: spell it out or say what it means in plain words.`,
    });
  }
}

function check(ctx: RuleContext): void {
  const { draft } = ctx;
  const entries: TermEntry[] = [...ctx.teamPhrases.jargon, ...BUILT_IN]
    .filter((g) => typeof g.term === 'string' && g.term.trim() !== '' && Array.isArray(g.plain))
    .map((g) => ({ phrase: g.term, glossary: g }));
  let matches;
  try {
    matches = ctx.match(entries);
  } catch {
    // A malformed team term: fall back to the built-in glossary.
    matches = ctx.match(entries.filter((e) => BUILT_IN.includes(e.glossary)));
  }
  const customerText = ctx.customer?.text ?? '';
  const taken: { start: number; end: number }[] = [];
  for (const m of matches) {
    const g = m.entry.glossary;
    const actual = m.text;
    if (!actual || inLink(draft, m.start, m.end) || initials(draft, m.start, m.end)) continue;
    if (taken.some((t) => m.start < t.end && m.end > t.start)) continue;
    // Case-sensitive terms (acronyms that are also words: "KB", "DC", "POD"): as written in the glossary.
    if (g.caseSensitive) {
      if (g.term.startsWith('re:')) {
        if (actual !== actual.toUpperCase()) continue;
      } else {
        const variants = g.term.split(/\s+/).map((tok) => tok.replace(/\?$/, '').split('|'));
        const words = actual.split(/\s+/);
        const acr = words.find((w) => /\p{Lu}{2,}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(w));
        if (!acr) continue;
        if (!variants.some((alts) => alts.includes(acr))) continue;
      }
    }
    // The customer used the term themselves: it is their language, not ours.
    if (customerText && findPhrases(customerText, [{ phrase: g.term }]).length > 0) continue;
    if (ctx.customer?.words.has(actual.toLowerCase())) continue;
    if (definedInDraft(draft, actual)) continue;
    taken.push({ start: m.start, end: m.end });

    const plain = g.plain.filter((p) => typeof p === 'string' && p.trim() !== '');
    // "a/an RMA" → "a returns number": fix the article with the word.
    const before8 = draft.slice(Math.max(0, m.start - 8), m.start);
    const det = /(?:^|[^\p{L}])(an?|the)\s+$/iu.exec(before8);
    const art = det && /^an?$/i.test(det[1]!) ? det : null;
    const lineStart = draft.lastIndexOf('\n', m.start - 1) + 1;
    const lead = draft.slice(lineStart, m.start).trimEnd();
    const sentenceStart = !/[\p{L}\p{N}]/u.test(lead) || /[.!?:]["”’)]*$/.test(lead);
    const fixes: Fix[] = plain.slice(0, 3).map((p) => {
      // "the backend" → "our systems": the plain words bring their own determiner.
      if (det && /^(?:our|your|the|a|an|this|these|their)\b/i.test(p)) {
        const detStart = m.start - det[0].length + det[0].indexOf(det[1]!);
        const capital = /^\p{Lu}/u.test(det[1]!);
        const text = capital ? p.charAt(0).toUpperCase() + p.slice(1) : p;
        return { label: `Replace with “${text}”`, edits: [{ start: detStart, end: m.end, text }] };
      }
      const text = matchCase(p, actual, sentenceStart && !art);
      if (art) {
        const artStart = m.start - art[0].length + art[0].indexOf(art[1]!);
        const newArt = art[1]![0] === 'A' ? article(text).replace(/^a/, 'A') : article(text);
        return {
          label: `Replace with “${text}”`,
          edits: [{ start: artStart, end: m.end, text: `${newArt} ${text}` }],
        };
      }
      return { label: `Replace with “${text}”`, edits: [{ start: m.start, end: m.end, text }] };
    });
    ctx.report({
      start: m.start,
      end: m.end,
      message: plain.length
        ? `“${actual}” is internal or technical jargon the customer may not know: say “${plain[0]}” instead.`
        : `“${actual}” is internal or technical jargon the customer may not know: use plain words.`,
      fixes,
      expected: plain,
    });
  }
  checkUnknownAcronyms(ctx, taken);
  checkBareAcronyms(ctx, taken);
}

const rule: Rule = {
  meta: {
    id: 'jargon',
    title: 'Jargon',
    description:
      'Flags internal or technical terms a customer would not know (SLA, RMA, backend, T2, P1, “revert back”, “do the needful”, “circle back”) and any undefined acronym the customer didn’t use that isn’t public knowledge, and offers plain words; extendable with a team glossary.',
    rationale:
      'Customers should not need a glossary to understand their answer: plain words show you listened and make the solution usable (LAST: Solve). Internal terms also hide who is doing what.',
    step: 'tone',
    defaultSeverity: 'suggestion',
    example: "I've escalated to T2 as a P3 per our SLA and they'll revert back within the TAT.",
    english: true,
  },
  check,
};

export default rule;
