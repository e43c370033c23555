// Phrase syntax shared by the built-in data in rules/data/ and by team rule packs.
//
//   "there is nothing we can do"      words, matched case-insensitively on whole words
//   "can't"                           contractions match every spelling: can't, cannot, can not
//   "sorry for any|the inconvenience" a|b: alternatives for one word
//   "you * to"                        *: exactly one word
//   "calm down?"                      word?: optional word
//   "re:\bper my last (e|e-)mail\b"   re: a regular expression on the normalised text (lower case,
//                                     straight quotes, contractions expanded as in normalize.ts)
//
// Patterns are compiled once and cached.

import { expandWord, normalize, spanToOriginal, type Normalized } from './normalize';

export interface PhraseMatch<T = unknown> {
  start: number;
  end: number;
  text: string;
  entry: T;
}

export class PhraseSyntaxError extends Error {
  constructor(
    readonly phrase: string,
    reason: string,
  ) {
    super(`Invalid phrase "${phrase}": ${reason}`);
    this.name = 'PhraseSyntaxError';
  }
}

const cache = new Map<string, RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function wordAlternative(word: string): string {
  // A single word may expand into several ("can't" → "can not"); build the normalised form.
  const lw = word.toLowerCase().replace(/[’‘]/g, "'");
  const exp = expandWord(lw) ?? lw;
  return exp
    .split(' ')
    .map((w) => escapeRegExp(w))
    .join('\\s+');
}

/** Compile one phrase to a global, unicode regex over normalised text. Throws PhraseSyntaxError. */
export function compilePhrase(phrase: string): RegExp {
  const cached = cache.get(phrase);
  if (cached) return new RegExp(cached.source, cached.flags);
  let source: string;
  if (phrase.startsWith('re:')) {
    source = phrase.slice(3);
    if (!source) throw new PhraseSyntaxError(phrase, 'the regular expression is empty');
  } else {
    const tokens = phrase.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) throw new PhraseSyntaxError(phrase, 'it has no words');
    let joined = '';
    let seenRequired = false;
    tokens.forEach((tok) => {
      const optional = tok.length > 1 && tok.endsWith('?');
      const core = optional ? tok.slice(0, -1) : tok;
      let piece: string;
      if (core === '*') piece = "[\\p{L}\\p{N}']+";
      else {
        const alts = core.split('|');
        if (alts.some((a) => a === '')) throw new PhraseSyntaxError(phrase, `"${tok}" has an empty alternative`);
        piece = alts.length === 1 ? wordAlternative(alts[0]!) : `(?:${alts.map(wordAlternative).join('|')})`;
      }
      // Optional words before the first required one bring the whitespace after them; every later word
      // brings the whitespace before it (an optional one inside its group).
      if (!seenRequired) joined += optional ? `(?:${piece}\\s+)?` : piece;
      else joined += optional ? `(?:\\s+${piece})?` : `\\s+${piece}`;
      if (!optional) seenRequired = true;
    });
    source = joined;
    source = `(?<![\\p{L}\\p{N}'])${source}(?![\\p{L}\\p{N}]|'[\\p{L}])`;
  }
  let re: RegExp;
  try {
    re = new RegExp(source, 'gu');
  } catch (e) {
    throw new PhraseSyntaxError(phrase, (e as Error).message);
  }
  cache.set(phrase, re);
  return new RegExp(re.source, re.flags);
}

/** Find every match of the entries' phrases in normalised text, mapped to original offsets. */
export function matchPhrases<T extends { phrase: string }>(
  original: string,
  normalized: Normalized,
  entries: readonly T[],
): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (const entry of entries) {
    const re = compilePhrase(entry.phrase);
    for (const m of normalized.text.matchAll(re)) {
      if (m[0].length === 0) continue;
      const [s, end] = spanToOriginal(normalized, m.index, m.index + m[0].length);
      let e = end;
      // Never include trailing whitespace or punctuation in a span.
      while (e > s && /[\s.,;:!?]/.test(original[e - 1]!)) e--;
      out.push({ start: s, end: e, text: original.slice(s, e), entry });
    }
  }
  return dedupe(out);
}

/** Keep the longest of overlapping matches (the first listed wins ties). */
function dedupe<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = matches
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - b.m.start - (a.m.end - a.m.start) || a.i - b.i);
  const kept: PhraseMatch<T>[] = [];
  let reach = -1;
  for (const { m } of sorted) {
    if (m.start >= reach) {
      kept.push(m);
      reach = m.end;
    }
  }
  return kept;
}

/** Convenience for tests and one-off matching. */
export function findPhrases<T extends { phrase: string }>(text: string, entries: readonly T[]): PhraseMatch<T>[] {
  return matchPhrases(text, normalize(text), entries);
}
