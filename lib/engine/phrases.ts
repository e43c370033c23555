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
//
// Trust: the built-in data in rules/data/ is ours and runs on the native RegExp (it uses lookarounds).
// Patterns from settings (team packs, the agent's own lists, enterprise policy) are untrusted: a `re:`
// pattern there runs on RE2JS, a linear-time engine (no backtracking, so `re:(a+)+$` cannot hang a tab),
// and one RE2JS cannot take (backreferences, lookarounds) is rejected when the pack is imported
// (checkPackPhrase) and never run. Word-syntax phrases are generated here and are safe either way.

import { RE2JS } from 're2js';
import { Lru } from './lru';
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
const linearCache = new Map<string, RE2JS>();

/** Why RE2JS refuses a pattern, in words a team lead can act on. */
function linearReason(source: string, engineMessage: string): string {
  if (/\\[1-9]|\\k</.test(source))
    return 'backreferences (\\1, \\k<name>) are not supported: pack patterns run on a linear-time engine';
  if (/\(\?<[=!]/.test(source))
    return 'lookbehind ((?<= …), (?<! …)) is not supported: pack patterns run on a linear-time engine';
  if (/\(\?[=!]/.test(source))
    return 'lookahead ((?= …), (?! …)) is not supported: pack patterns run on a linear-time engine';
  if (/[*+?}][+]/.test(source)) return 'possessive quantifiers (a++) are not supported';
  return engineMessage.replace(/^error parsing regexp: /, '');
}

function compileLinear(phrase: string): RE2JS {
  const cached = linearCache.get(phrase);
  if (cached) return cached;
  const source = phrase.slice(3);
  if (!source) throw new PhraseSyntaxError(phrase, 'the regular expression is empty');
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (e) {
    throw new PhraseSyntaxError(phrase, linearReason(source, (e as Error).message));
  }
  linearCache.set(phrase, re);
  return re;
}

/**
 * Check a phrase from a pack, the agent's lists or a policy: it must compile, and a `re:` pattern must run
 * on the linear-time engine. Throws PhraseSyntaxError with the reason.
 */
export function checkPackPhrase(phrase: string): void {
  if (phrase.startsWith('re:')) compileLinear(phrase);
  else compilePhrase(phrase);
}

/**
 * Every pattern seen in settings (team packs, the agent's lists, policy) in this realm. Such a pattern is
 * matched as untrusted wherever it is used (a rule may also look a team term up in the customer's text),
 * even if the built-in data happens to hold the same string: the linear engine is safe for both.
 */
const untrustedPatterns = new Set<string>();

/** Mark the phrase lists of settings as untrusted (analyze() does this for the settings it is given). */
export function markUntrusted(settings: {
  phrases?: { negative?: unknown; banned?: unknown; jargon?: unknown };
}): void {
  const p = settings?.phrases;
  if (!p) return;
  const each = (list: unknown, key: 'phrase' | 'term') => {
    if (!Array.isArray(list)) return;
    for (const e of list) {
      const v = (e as Record<string, unknown> | null)?.[key];
      if (typeof v === 'string' && v.startsWith('re:')) untrustedPatterns.add(v);
    }
  };
  each(p.negative, 'phrase');
  each(p.banned, 'phrase');
  each(p.jargon, 'term');
}

interface RawMatch {
  index: number;
  length: number;
}

/** Every match of a phrase in normalised text; untrusted `re:` patterns run on RE2JS. Exported for tests. */
export function rawMatches(phrase: string, text: string, untrusted: boolean): readonly RawMatch[] {
  const out: RawMatch[] = [];
  if (untrusted && phrase.startsWith('re:')) {
    for (const m of compileLinear(phrase).matchAll(text)) out.push({ index: m.index!, length: m[0].length });
    return out;
  }
  // The cached regex itself (compiled first: a phrase that cannot compile still throws), run as
  // String.prototype.matchAll runs its clone (an empty match steps over one code point: the regexes are
  // unicode), without building two RegExps per phrase per analysis.
  const re = compiled(phrase);
  if (phrase.startsWith('re:')) {
    if (lineLocal(phrase)) return byUnit(phrase, re, text, 'line');
  } else if (segmentLocal(phrase)) return byUnit(phrase, re, text, 'segment');
  if (phrase.startsWith('re:') ? !mayHoldLiteral(phrase, text) : !mayMatch(phrase, text)) return out;
  scan(re, text, 0, out);
  return out;
}

/** Every match of a regex in a text, as String.prototype.matchAll finds them, offsets from `shift`. */
function scan(re: RegExp, text: string, shift: number, out: RawMatch[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ index: m.index + shift, length: m[0].length });
    if (m[0].length === 0) {
      const at = re.lastIndex;
      const c = text.codePointAt(at);
      re.lastIndex = at + (c !== undefined && c > 0xffff ? 2 : 1);
    }
  }
  re.lastIndex = 0;
}

// Line by line. Most built-in `re:` patterns cannot match a line break: no \s, no negated class, no ^ or $, no
// escape that might stand for one (`.` does not match one: the flags are `gu`). Such a pattern's matches, and
// what its lookarounds and \b read, lie within one line of the normalised text, so its matches in the text are
// its matches in each line (without the break), shifted. Any other pattern scans the whole text.

const SAFE_ESCAPE = /^(?:[bBwd.\-?()[\]{}*+|/\\'$^&,:;!"#%<>=~`@ ]|[1-9]|p\{(?:L|N|Lu|Ll)\})/u;
const localCache = new Map<string, boolean>();

/**
 * Where a negated class whose members start at `from` closes (the index of its `]`), if it lists \n or \s;
 * otherwise -1. With the `u` flag a class does not nest, and `]` right after `[^` closes it (`[^]` is any character).
 */
function negatedClassEnd(phrase: string, from: number): number {
  let excludesBreak = false;
  for (let i = from; i < phrase.length; i++) {
    const c = phrase[i]!;
    if (c === ']') return excludesBreak ? i : -1;
    if (c === '\\') {
      const e = phrase[i + 1];
      if (e === 'n' || e === 's') excludesBreak = true;
      i++;
    }
  }
  return -1;
}

/** Can no match of this `re:` pattern, nor what its lookarounds read, cross a line break? (conservative) */
function lineLocal(phrase: string): boolean {
  let local = localCache.get(phrase);
  if (local !== undefined) return local;
  local = true;
  // Inside a class ("[.!?]"), a "[" is a character, not the start of another class.
  let inClass = false;
  for (let i = 3; i < phrase.length && local; i++) {
    const c = phrase[i]!;
    if (c === '[' && !inClass && phrase[i + 1] !== '^') inClass = true;
    else if (c === ']' && inClass) inClass = false;
    else if (c === '[' && !inClass) {
      // A negated class that lists \n or \s ("[^.!?\n]") matches no line break, whatever else it lists.
      const end = negatedClassEnd(phrase, i + 2);
      if (end < 0) local = false;
      else i = end;
    } else if (c < ' ' || c === '^' || c === '$') local = false;
    else if (c === '\\') {
      const m = SAFE_ESCAPE.exec(phrase.slice(i + 1));
      if (m) i += m[0].length;
      else local = false;
    }
  }
  localCache.set(phrase, local);
  return local;
}

// A literal each match must hold. A built-in `re:` pattern mostly spells a word or two outside any group ("sorry"
// in `\bsorry\b(?! to …)`), or opens on a choice of words (`\b(?:can not|could not|unable to) …`): every match
// of that branch holds those characters as written (the flags are `gu`, the text lower case), or one of those
// words. A keystroke rescans a line-local pattern only in the line being typed; where that line holds none of
// what the pattern's branches need, the pattern has no match there, and it is not run.

const literalsCache = new Map<string, string[][] | null>();

/** A group's choices, when it is `(?:a|b|c)` of plain characters only; otherwise null. */
function plainChoices(body: string): string[] | null {
  return /^[^\\()[\]{}?*+.^$]*$/.test(body) ? body.split('|') : null;
}

/**
 * For each top-level branch of a `re:` pattern, characters every match of it holds: one of the strings listed (the
 * longest run of plain characters outside every group and class that no quantifier follows, or the choices of a
 * plain `(?:a|b)` group that none follows). Null when a branch has nothing of three characters or more to need
 * (then the pattern is always run).
 */
export function branchLiterals(phrase: string): string[][] | null {
  const cached = literalsCache.get(phrase);
  if (cached !== undefined) return cached;
  const out: string[][] = [];
  let best: string[] = [];
  let run = '';
  let depth = 0;
  let ok = true;
  const shortest = (xs: string[]) => (xs.length === 0 ? 0 : Math.min(...xs.map((x) => x.length)));
  const offer = (xs: string[]) => {
    if (shortest(xs) > shortest(best)) best = xs;
  };
  const endRun = () => {
    offer([run]);
    run = '';
  };
  const endBranch = () => {
    endRun();
    if (shortest(best) < 3) ok = false;
    out.push(best);
    best = [];
  };
  for (let i = 3; i < phrase.length && ok; i++) {
    const c = phrase[i]!;
    if (c === '\\') {
      // An escape is no plain character (\b, \s, \., \p{…}): the run ends, and so does its operand.
      endRun();
      const e = phrase[i + 1] ?? '';
      // Escapes that spell more than one character after the backslash (\u0041, \x41, \k<name>, \12, \cJ): the
      // pattern is always run.
      if (/[uxkc0-9]/.test(e)) ok = false;
      else if (e === 'p' || e === 'P') i = phrase.indexOf('}', i);
      else i++;
      if (i < 0) ok = false;
    } else if (c === '[') {
      endRun();
      // To the class's end (with the u flag a class does not nest; `]` right after `[` or `[^` is a member).
      let j = i + 1;
      if (phrase[j] === '^') j++;
      if (phrase[j] === ']') j++;
      for (; j < phrase.length && phrase[j] !== ']'; j++) if (phrase[j] === '\\') j++;
      i = j;
    } else if (c === '(') {
      endRun();
      // A top-level `(?:a|b)` of plain choices, no quantifier after it: every match holds one of them.
      const close = phrase.indexOf(')', i);
      const choices =
        depth === 0 && phrase.startsWith('(?:', i) && close > 0 ? plainChoices(phrase.slice(i + 3, close)) : null;
      if (choices && !'?*+{'.includes(phrase[close + 1] ?? '')) {
        offer(choices);
        i = close;
      } else depth++;
    } else if (c === ')') {
      endRun();
      depth--;
    } else if (c === '|' && depth === 0) endBranch();
    else if (depth > 0) continue;
    else if ('?*+{'.includes(c)) {
      // The character before a quantifier may be missing or repeated: it is not part of the run.
      run = run.slice(0, -1);
      endRun();
      if (c === '{') i = phrase.indexOf('}', i);
      if (i < 0) ok = false;
    } else if ('.^$'.includes(c)) endRun();
    else run += c;
  }
  if (depth !== 0) ok = false;
  if (ok) endBranch();
  const result = ok ? out : null;
  literalsCache.set(phrase, result);
  return result;
}

/** False when a `re:` pattern cannot match in this text: for some branch it holds none of what that branch needs. */
function mayHoldLiteral(phrase: string, text: string): boolean {
  const literals = branchLiterals(phrase);
  return literals === null || literals.some((alts) => alts.some((l) => text.includes(l)));
}

// Segment by segment. A word phrase's match holds words (letters, digits, apostrophes, the phrase's own
// characters) and the whitespace between them, nothing else; its lookarounds ask only whether the character
// beside it is a letter, a digit or an apostrophe. So no match, and nothing a match reads, crosses a character
// of BARRIER that the phrase does not spell (a full stop, a comma, a bracket: to the lookarounds a barrier reads
// as the edge of the text), and the phrase's matches in a text are its matches in each segment between such
// characters, shifted. A phrase that spells a barrier character ("e.g.") scans the whole text.

const BARRIER = /[.,;:!?()"]/;
const segmentLocalCache = new Map<string, boolean>();

/** Does no word of this word phrase spell a barrier character (so none of its matches holds one)? */
function segmentLocal(phrase: string): boolean {
  let local = segmentLocalCache.get(phrase);
  if (local !== undefined) return local;
  local = true;
  // The words as compiled() spells them (wordAlternative), optional marks and `*` aside.
  for (const tok of phrase.trim().split(/\s+/).filter(Boolean)) {
    const optional = tok.length > 1 && tok.endsWith('?');
    const core = optional ? tok.slice(0, -1) : tok;
    if (core === '*') continue;
    for (const alt of core.split('|')) {
      const lw = alt.toLowerCase().replace(/[’‘]/g, "'");
      if (BARRIER.test(expandWord(lw) ?? lw)) local = false;
    }
  }
  segmentLocalCache.set(phrase, local);
  return local;
}

// From the last text. A keystroke changes a few characters of the normalised draft: the text before the change
// and after it is the last text's. For a pattern whose matches stay within units (lines, or segments), the units
// around the change are the only ones whose matches can differ: the last text's matches in the units before them
// are kept, those in the units after them are shifted by the change in length, and only the units in between are
// scanned. Each pattern remembers the last text it scanned and what it found there.

type Unit = 'line' | 'segment';

/** What changed between two texts: the common prefix and suffix, and the region between unit boundaries. */
interface Change {
  from: string;
  to: string;
  prefix: number;
  suffix: number;
  regions: Partial<Record<Unit, Region>>;
}
interface Region {
  /** The last boundary in the common prefix (-1: none): matches of the last text at or before it are kept. */
  before: number;
  /** The first boundary in the new text's common suffix (its length: none), and where it was in the last text. */
  after: number;
  afterWas: number;
  /** The new text's characters between the two boundaries, to scan. */
  text: string;
  /** Its runs of letters and digits (for requiredLiterals), when first asked. */
  runs: Set<string> | null;
}

let lastChange: Change | null = null;

function changeOf(from: string, to: string): Change {
  if (lastChange && lastChange.from === from && lastChange.to === to) return lastChange;
  const n = Math.min(from.length, to.length);
  let prefix = 0;
  while (prefix < n && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix))
    suffix++;
  lastChange = { from, to, prefix, suffix, regions: {} };
  return lastChange;
}

function isBoundary(unit: Unit, c: string): boolean {
  return unit === 'line' ? c === '\n' : BARRIER.test(c);
}

function regionOf(c: Change, unit: Unit): Region {
  let r = c.regions[unit];
  if (r) return r;
  const { to } = c;
  let before = c.prefix - 1;
  while (before >= 0 && !isBoundary(unit, to[before]!)) before--;
  let after = to.length - c.suffix;
  while (after < to.length && !isBoundary(unit, to[after]!)) after++;
  r = {
    before,
    after,
    afterWas: after - (to.length - c.from.length),
    text: to.slice(before + 1, after),
    runs: null,
  };
  c.regions[unit] = r;
  return r;
}

/** The last text each unit-local pattern scanned and its matches there (in order). */
const lastScans = new Lru<string, { text: string; found: RawMatch[] }>(4000);

/** Forget every pattern's last text (lib/engine/caches.ts). */
export function clearLineMatches(): void {
  lastScans.clear();
  lastChange = null;
}

/** The matches of a pattern whose matches stay within units (see above), from its last text where it can. */
function byUnit(phrase: string, re: RegExp, text: string, unit: Unit): readonly RawMatch[] {
  const last = lastScans.get(phrase);
  let found: RawMatch[];
  if (last && last.text === text) found = last.found;
  else if (last && last.found.length === 0 && unchangedNone(phrase, re, last.text, text, unit)) {
    // No match in the last text, and none in the units around the change: none in this text either. The entry
    // is brought up to this text where it is (a keystroke does this for most patterns of the built-in lists).
    last.text = text;
    found = last.found;
  } else {
    const r = last ? regionOf(changeOf(last.text, text), unit) : null;
    found = [];
    if (!last || !r || r.text.length > text.length / 2) {
      // A text mostly new to the pattern: the whole of it (a word the phrase needs is nowhere in it: no match).
      if (unit === 'line' ? mayHoldLiteral(phrase, text) : mayMatch(phrase, text)) scan(re, text, 0, found);
    } else {
      for (const m of last.found) {
        if (m.index > r.before) break;
        found.push(m);
      }
      const at = r.before + 1;
      if (unit === 'line' ? mayHoldLiteral(phrase, r.text) : mayMatchIn(phrase, r.text, (r.runs ??= runsIn(r.text))))
        scan(re, r.text, at, found);
      const shift = r.after - r.afterWas;
      for (const m of last.found) if (m.index > r.afterWas) found.push({ index: m.index + shift, length: m.length });
    }
    lastScans.set(phrase, { text, found });
  }
  return found;
}

/** Does the pattern find nothing in the units around the change from `from` to `to` (see byUnit)? */
function unchangedNone(phrase: string, re: RegExp, from: string, to: string, unit: Unit): boolean {
  const r = regionOf(changeOf(from, to), unit);
  if (r.text.length > to.length / 2) return false;
  if (unit === 'segment' ? !mayMatchIn(phrase, r.text, (r.runs ??= runsIn(r.text))) : !mayHoldLiteral(phrase, r.text))
    return true;
  const found: RawMatch[] = [];
  scan(re, r.text, 0, found);
  return found.length === 0;
}

/**
 * Literal pieces a word-syntax phrase's every match contains: for each required word, its alternatives (one
 * must occur). A phrase whose requirement no alternative meets cannot match, so its regex is not run. `re:`
 * patterns have none.
 */
const literalCache = new Map<string, string[][]>();
function requiredLiterals(phrase: string): string[][] {
  const cached = literalCache.get(phrase);
  if (cached) return cached;
  const need: string[][] = [];
  if (!phrase.startsWith('re:')) {
    for (const tok of phrase.trim().split(/\s+/).filter(Boolean)) {
      const optional = tok.length > 1 && tok.endsWith('?');
      const core = optional ? tok.slice(0, -1) : tok;
      if (optional || core === '*') continue;
      // Each alternative as wordAlternative() spells it; its longest word stands for it.
      need.push(
        core.split('|').map((alt) => {
          const lw = alt.toLowerCase().replace(/[’‘]/g, "'");
          return (expandWord(lw) ?? lw).split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
        }),
      );
    }
  }
  literalCache.set(phrase, need);
  return need;
}

function runsIn(text: string): Set<string> {
  return new Set(text.match(ALNUM_RUNS));
}

const ALNUM = /^[\p{L}\p{N}]+$/u;
const ALNUM_RUNS = /[\p{L}\p{N}]+/gu;
/** The runs of letters and digits of a normalised text, once per text. */
const runsOf = new Map<string, Set<string>>();

/**
 * False when the phrase cannot match this normalised text (a word it needs is nowhere in it). A word of letters
 * and digits only is matched whole (the pattern has a non-letter or a space on each side of it), so it must be
 * one of the text's runs of letters and digits; any other word must at least occur in the text.
 */
function mayMatch(phrase: string, text: string): boolean {
  if (requiredLiterals(phrase).length === 0) return true;
  let runs = runsOf.get(text);
  if (!runs) {
    runs = new Set(text.match(ALNUM_RUNS));
    // One text at a time: an analysis matches every phrase list against the same normalised draft.
    runsOf.clear();
    runsOf.set(text, runs);
  }
  return mayMatchIn(phrase, text, runs);
}

/** mayMatch, given the text's runs of letters and digits. */
function mayMatchIn(phrase: string, text: string, runs: ReadonlySet<string>): boolean {
  for (const alts of requiredLiterals(phrase)) {
    let found = false;
    for (const a of alts) if ((found = isAlnum(a) ? runs.has(a) : text.includes(a))) break;
    if (!found) return false;
  }
  return true;
}

const alnumCache = new Map<string, boolean>();
function isAlnum(word: string): boolean {
  let yes = alnumCache.get(word);
  if (yes === undefined) alnumCache.set(word, (yes = ALNUM.test(word)));
  return yes;
}

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
  const re = compiled(phrase);
  return new RegExp(re.source, re.flags);
}

/** The cached regex of a phrase (shared: reset its lastIndex before and after use). */
function compiled(phrase: string): RegExp {
  const cached = cache.get(phrase);
  if (cached) return cached;
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
  return re;
}

/**
 * Find every match of the entries' phrases in normalised text, mapped to original offsets. Untrusted
 * `re:` patterns (from settings) run on the linear-time engine; one it cannot take is skipped, never run
 * on the backtracking one.
 */
export function matchPhrases<T extends { phrase: string }>(
  original: string,
  normalized: Normalized,
  entries: readonly T[],
): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (const entry of entries) {
    const untrusted = untrustedPatterns.has(entry.phrase);
    let found: readonly RawMatch[];
    try {
      found = rawMatches(entry.phrase, normalized.text, untrusted);
    } catch (e) {
      if (untrusted && e instanceof PhraseSyntaxError) continue;
      throw e;
    }
    for (const m of found) {
      if (m.length === 0) continue;
      const [s, end] = spanToOriginal(normalized, m.index, m.index + m.length);
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

/** Convenience for tests and one-off matching (settings patterns still run on the linear-time engine). */
export function findPhrases<T extends { phrase: string }>(text: string, entries: readonly T[]): PhraseMatch<T>[] {
  return matchPhrases(text, normalize(text), entries);
}
