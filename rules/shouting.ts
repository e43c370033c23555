import nlp from 'compromise';
import type { Fix, Rule } from '../lib/engine/types';
import type { RuleContext } from '../lib/engine/context';
import { stringListOption } from '../lib/engine/helpers';
import { Lru } from '../lib/engine/lru';
import data from './data/shouting.json';
import { ownMatches } from '../lib/engine/text';

// Shouting: words in capitals that are emphasis, not acronyms ("DO NOT", "VERY sorry", "URGENT"), and
// stacked punctuation ("!!", "?!"). In writing, capitals and "!!" read as raised voice or sarcasm.

const ACRONYMS = new Set((data.acronyms as string[]).map((w) => w.toUpperCase()));
const EMPHASIS = new Set((data.emphasis as string[]).map((w) => w.toUpperCase()));
const LEXICON = ((nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ??
  {}) as Record<string, string | string[]>;
const PROPER =
  /^(?:FirstName|LastName|MaleName|FemaleName|Person|Place|Country|City|Region|Organization|Company|Acronym|Demonym|ProperNoun|Honorific)$/;

/** A caps word compromise knows as an ordinary (lower-case) English word. */
function isDictionaryWord(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  // Derived words the lexicon doesn't list ("CAREFULLY", "CONFIRMATION"): English suffixes on a real stem.
  if (!tag)
    return (
      /^[A-Z]{3,}(?:LY|ING|ED|TION|TIONS|MENT|MENTS|NESS|ABLE|IBLE|FUL|LESS|IVE|OUS)$/.test(word) &&
      /[AEIOU]/.test(word)
    );
  const tags = Array.isArray(tag) ? tag : [tag];
  return !tags.some((t) => PROPER.test(t));
}

/**
 * A caps word compromise knows only as a noun ("POST", "COIN", "SLIP"): alone, it reads as the name of a
 * protocol, a product or a page ("the POST form", "the COIN page"), not as a raised voice. Emphasis carries on
 * adverbs, adjectives, verbs and negations ("NOT", "FINALLY", "URGENT", "READ"). In a run it still counts.
 */
function isOnlyNoun(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  if (!tag) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return tags.every((t) => /^(?:Singular|Plural|Noun|Uncountable)$/.test(t));
}

// A word: letters with optional inner apostrophe; a token with digits ("A4", "SKY-900") is a code.
const TOKEN = /[\p{L}\p{N}]+(?:['’&/-][\p{L}\p{N}]+)*/gu;

interface CapsWord {
  start: number;
  end: number;
  text: string;
  acronym: boolean;
  shout: boolean;
  /** Shouting on its own too, not only inside a run (see isOnlyNoun). */
  alone: boolean;
}

function isCaps(t: string): boolean {
  return /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && !/\p{N}/u.test(t);
}

function atSentenceStart(draft: string, start: number, lineStart: number): boolean {
  const before = draft.slice(lineStart, start).trimEnd();
  return !/[\p{L}\p{N}]/u.test(before) || /[.!?:]["”’)]*$/.test(before);
}

function lowerCase(text: string, capitalise: boolean): string {
  const lower = text.toLowerCase();
  return capitalise ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

// Placeholders and code ("[FIRST NAME]", "%ORDER_ID%", "{{NAME}}") belong to the placeholder rule; links,
// @handles and #hashtags are written as they are, and so are dotted identifiers ("MODE.CLEAR",
// "Mr.TAMER", "config.JSON"): code or a handle, with no space after the dot.
const SKIP =
  /\[[^\]\n]*\]|\{[^}\n]*\}|<[^>\n]*>|%[^%\s]+%|`[^`\n]*`|\S*_\S*|(?:https?:\/\/|www\.)\S+|[#@][\p{L}\p{N}_.]+|\S+@\S+\.\S+|[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)+/gu;

/** The spans of a line's text that are not words to judge (SKIP), offsets into the line. */
function skipped(text: string): { s: number; e: number }[] {
  return [...text.matchAll(SKIP)].map((m) => ({ s: m.index, e: m.index + m[0].length }));
}

/**
 * Whether a line's text has a word in capitals to judge at all (a token in capitals, of two letters or more,
 * outside the skipped spans): most lines have none, and only those that do are read word by word. Remembered by
 * the line's text (a keystroke re-reads one line).
 */
const capsIn = new Lru<string, boolean>(2000);

/** Forget every remembered line (lib/engine/caches.ts). */
export function clearShoutingCache(): void {
  capsIn.clear();
}

function hasCapsWord(text: string): boolean {
  return capsIn.getOr(text, hasCapsWordUncached);
}

function hasCapsWordUncached(text: string): boolean {
  const skip = skipped(text);
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0];
    const end = m.index + w.length;
    if (skip.some((k) => m.index >= k.s && end <= k.e)) continue;
    if (isCaps(w) && w.replace(/['’&/-]/g, '').length >= 2) return true;
  }
  return false;
}

function checkCaps(ctx: RuleContext, extra: Set<string>): void {
  const { draft, text } = ctx;
  const customerCaps = new Set(ctx.customer?.text.match(/\b\p{Lu}{2,}\b/gu) ?? []);
  for (const line of text.lines) {
    // The sign-off block often holds a company name in capitals ("ACME SUPPORT"): not shouting.
    if (text.signOff && line.start >= text.signOff.start) continue;
    if (text.overlapsNotOwn(line.start, line.end)) continue;
    // A section heading on its own line ("ORDER SUMMARY", "WHAT HAPPENS NEXT:") structures an email; it
    // isn't raised voice unless it is an emphasis word ("IMPORTANT:", "PLEASE READ").
    const heading = line.text.trim();
    if (
      /^[\p{Lu}\p{N}][\p{Lu}\p{N} &'’/-]*:?$/u.test(heading) &&
      heading.split(/\s+/).length >= 2 &&
      heading.split(/\s+/).length <= 5 &&
      !heading.split(/\s+/).some((w) => EMPHASIS.has(w.replace(/:$/, '')))
    )
      continue;
    if (!hasCapsWord(line.text)) continue;
    // A whole line that is a heading or a code block is rare in replies; still treat word by word.
    const words: CapsWord[] = [];
    const runs: CapsWord[][] = [];
    let run: CapsWord[] = [];
    let lastEnd = -1;
    const skip = skipped(line.text).map((k) => ({ s: line.start + k.s, e: line.start + k.e }));
    for (const m of line.text.matchAll(TOKEN)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      const w = m[0];
      const gap = lastEnd >= 0 ? draft.slice(lastEnd, start) : '';
      lastEnd = end;
      if (skip.some((k) => start >= k.s && end <= k.e)) {
        if (run.length) runs.push(run);
        run = [];
        continue;
      }
      if (!isCaps(w) || w.replace(/['’&/-]/g, '').length < 2) {
        if (run.length) runs.push(run);
        run = [];
        continue;
      }
      const key = w.toUpperCase().replace(/’/g, "'");
      const acronym = ACRONYMS.has(key) || extra.has(key) || customerCaps.has(w);
      const cw: CapsWord = {
        start,
        end,
        text: w,
        acronym: acronym && !EMPHASIS.has(key),
        shout: EMPHASIS.has(key) || (!acronym && w.length >= 4 && isDictionaryWord(key)),
        alone: EMPHASIS.has(key) || !isOnlyNoun(key),
      };
      if (acronym && EMPHASIS.has(key)) cw.acronym = true; // "IT", "US": ambiguous, count as acronym alone
      words.push(cw);
      // Runs continue across spaces only (not across commas or full stops).
      if (run.length && !/^[ \t]+$/.test(gap)) {
        runs.push(run);
        run = [];
      }
      run.push(cw);
    }
    if (run.length) runs.push(run);
    for (const r of runs) {
      const nonAcronym = r.filter((w) => !w.acronym);
      let flagged: CapsWord[] | null = null;
      if (r.length >= 2 && nonAcronym.length >= 1 && r.some((w) => w.shout || (!w.acronym && isDictionaryWord(w.text))))
        flagged = r;
      else {
        const single =
          r.length === 1 ? r.find((w) => w.shout && w.alone && !w.acronym) : r.find((w) => w.shout && !w.acronym);
        if (single) flagged = [single];
      }
      if (!flagged) continue;
      // Trim acronyms at the edges of a run ("VERY sorry about the SMS" → just the shouted words).
      while (flagged.length > 1 && flagged[0]!.acronym) flagged = flagged.slice(1);
      while (flagged.length > 1 && flagged[flagged.length - 1]!.acronym) flagged = flagged.slice(0, -1);
      const start = flagged[0]!.start;
      const end = flagged[flagged.length - 1]!.end;
      const actual = draft.slice(start, end);
      const cap = atSentenceStart(draft, start, line.start);
      // Keep acronyms inside the run in capitals.
      let replacement = '';
      let pos = start;
      for (const w of flagged) {
        replacement += draft.slice(pos, w.start);
        replacement += w.acronym ? w.text : lowerCase(w.text, cap && w === flagged[0]);
        pos = w.end;
      }
      const fix: Fix = {
        label: `Write “${replacement}”`,
        edits: [{ start, end, text: replacement }],
        safe: true,
      };
      ctx.report({
        start,
        end,
        message: `“${actual}” in capitals reads as shouting: write “${replacement}” and let the words carry the emphasis.`,
        fixes: [fix],
        expected: [replacement],
      });
    }
  }
}

const PUNCT = /[!?]*(?:!!|\?!|!\?|\?\?)[!?]*/g;

function checkPunctuation(ctx: RuleContext): void {
  const { text } = ctx;
  for (const m of ownMatches(text, PUNCT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (text.overlapsNotOwn(start, end)) continue;
    const single = m[0].includes('?') ? '?' : '!';
    const sarcastic = /\?!|!\?/.test(m[0]);
    ctx.report({
      start,
      end,
      message: sarcastic
        ? `“${m[0]}” can read as disbelief or sarcasm: end the sentence with a single “${single}”.`
        : `Stacked “${m[0]}” reads as shouting or over-excited: one “${single}” is enough.`,
      fixes: [{ label: `Use a single “${single}”`, edits: [{ start, end, text: single }], safe: true }],
      expected: [single],
    });
  }
}

const rule: Rule = {
  meta: {
    id: 'shouting',
    title: 'Shouting',
    description:
      'Flags words in capitals used for emphasis (not acronyms), such as “DO NOT” or “VERY sorry”, and stacked punctuation such as “!!” or “?!”.',
    rationale:
      'Capitals and stacked punctuation read as a raised voice or disbelief in writing; a calm, even tone keeps a tense conversation from escalating (HEAT: Hear and Empathise).',
    step: 'tone',
    defaultSeverity: 'warning',
    example: 'Please DO NOT send it back without the label!!',
    english: true,
    options: {
      acronyms: {
        type: 'string[]',
        default: [],
        description: 'Extra words your team writes in capitals on purpose (product names, codes, acronyms).',
      },
    },
  },
  check(ctx) {
    const extra = new Set(stringListOption(ctx, 'acronyms').map((w) => w.toUpperCase()));
    checkCaps(ctx, extra);
    checkPunctuation(ctx);
  },
};

export default rule;
