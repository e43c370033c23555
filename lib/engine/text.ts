// The structure of a draft: which parts the agent wrote (not quoted history or a signature), the
// greeting, the body, the sign-off, lines, sentences and words — all as offsets into the draft.

import { Lru } from './lru';

export interface Span {
  start: number;
  end: number;
}

export type Region = 'greeting' | 'body' | 'signoff';

export interface Sentence extends Span {
  text: string;
  region: Region;
  /** Index of the line (paragraph) the sentence is on. */
  line: number;
}

export interface Line extends Span {
  text: string;
}

export interface Greeting extends Span {
  text: string;
  /** The greeting word(s), e.g. "Hi", "Dear". */
  salutation: string;
  /** The name after the salutation, if any ("Jan" in "Hi Jan,"). */
  name: string | null;
  /** True when the greeting is on a line of its own (email style). */
  ownLine: boolean;
}

export interface SignOff extends Span {
  text: string;
  /** The valediction line, e.g. "Kind regards,". */
  valediction: Span & { text: string };
}

export interface DraftText {
  draft: string;
  /** The end of the agent's own text: quoted history and signatures start here (or draft.length). */
  ownEnd: number;
  /** Ranges the agent did not write: `>` quoted lines, "On … wrote:" history, signature, inline quotes. */
  notOwn: Span[];
  lines: Line[];
  sentences: Sentence[];
  greeting: Greeting | null;
  signOff: SignOff | null;
  /** The body: after the greeting, before the sign-off (trimmed). */
  body: Span;
  /** Word count of the agent's own text. */
  wordCount: number;
  /**
   * The part of the draft this analysis reports on: all the agent's own text, [0, ownEnd), for analyze(); one
   * slice of a long draft in analyzeInSlices (lib/engine/slices.ts), whose `sentences` and `lines` are then that
   * slice's. Rules that scan the text with a regex instead of reading its sentences scan only this span
   * (ownMatches below); the whole draft stays readable around it.
   */
  scope: Span;
  /** True if [start, end) overlaps a range the agent did not write. */
  overlapsNotOwn(start: number, end: number): boolean;
}

const HISTORY_MARKERS: RegExp[] = [
  /^On .{3,200}wrote:\s*$/im, // Gmail / Apple Mail
  /^-{2,}\s*(Original|Forwarded) Message\s*-{2,}\s*$/im,
  /^From: .+\r?\n(Sent|Date): .+$/im, // Outlook
  /^_{10,}\s*$/m, // Outlook separator
  /^#{2,} ?Please type your reply above this line ?#{2,}/im, // helpdesk reply separators
  // Legal boilerplate a mail client appends after the signature ("CONFIDENTIALITY NOTICE: This email…").
  /^(?:(?:confidentiality notice|disclaimer|legal notice|privileged (?:and|&) confidential|important notice)\s*[:\-–—]?\s*)?this (?:e-?mail|message|communication)(?: and any (?:files|attachments)[^.\n]{0,60})? (?:is|are|may be|contains?) (?:strictly )?(?:confidential|privileged|intended (?:solely|only))/im,
];

const SIGNATURE_DELIMITER = /^-- ?$/m;

const SALUTATION =
  /^(?:(?:hi|hello|hey|hiya|dear|greetings|howdy|good (?:morning|afternoon|evening|day))(?: there)?|morning|afternoon|evening)\b/i;

/** Words that address a role, not a person: "Dear Customer" has no name in it. */
const GENERIC_ADDRESS =
  /^(?:(?:valued |dear |loyal )?(?:customers?|clients?|members?|users?|guests?|shoppers?|subscribers?|patrons?|account ?holders?|policy ?holders?|sirs?|madam|sir or madam|team|all|everyone|friends?|colleagues?|support|customer services?)|there)$/i;

/** Leading emoji and social @mentions ("@jan_k Hi Jan!") before a greeting. */
const LEADING_EMOJI =
  /^(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f|[\u{1F3FB}-\u{1F3FF}]|@[\p{L}\p{N}_.]+[,:]?(?=\s))*/u;

const VALEDICTION =
  /^(?:(?:with )?(?:kind(?:est)?|best|warm(?:est)?|many|warm|sincere)?\s*(?:regards|wishes|thanks)|thanks(?: again| so much| very much)?|thank you(?: again| so much| very much)?|many thanks|cheers|sincerely|yours(?: sincerely| faithfully| truly)?|all the best|best|take care|speak soon|talk soon|have a (?:great|good|lovely|nice) (?:day|week|weekend|evening))(?:[ ,.!]+[\p{L}'. -]{0,40})?[,.!]?\s*$/iu;

const SEGMENTER =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;

function splitLines(draft: string, end: number): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= end) {
    let nl = draft.indexOf('\n', pos);
    if (nl === -1 || nl > end) nl = end;
    let lineEnd = nl;
    if (lineEnd > pos && draft[lineEnd - 1] === '\r') lineEnd--;
    lines.push({ start: pos, end: lineEnd, text: draft.slice(pos, lineEnd) });
    if (nl >= end) break;
    pos = nl + 1;
  }
  return lines;
}

function findOwnEnd(draft: string): number {
  let end = draft.length;
  for (const re of HISTORY_MARKERS) {
    const m = re.exec(draft);
    if (m && m.index < end && m.index > 0) end = m.index;
  }
  const sig = SIGNATURE_DELIMITER.exec(draft);
  if (sig && sig.index < end && sig.index > 0) end = sig.index;
  return end;
}

/** Inline quotations ("…" or “…”) of three words or more: usually the customer's own words. */
function inlineQuotes(draft: string, end: number): Span[] {
  const spans: Span[] = [];
  const re = /“([^”\n]{1,400})”|"([^"\n]{1,400})"/g;
  const head = draft.slice(0, end);
  for (const m of head.matchAll(re)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    if (inner.split(/\s+/).length >= 3) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function trimSpan(draft: string, start: number, end: number): Span {
  while (start < end && /\s/.test(draft[start]!)) start++;
  while (end > start && /\s/.test(draft[end - 1]!)) end--;
  return { start, end };
}

function detectGreeting(draft: string, lines: Line[]): Greeting | null {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return null;
  // A leading emoji ("👋 Hi Jan,") or @mention ("@jan Hi Jan!") does not hide the greeting.
  const lead = LEADING_EMOJI.exec(first.text)![0].length;
  const text = first.text.slice(lead).trim();
  const m = SALUTATION.exec(text);
  if (!m) return null;
  // The greeting runs to the first , ! . or — on the line, or the end of a short line.
  const rest = text.slice(m[0].length);
  const stop = rest.search(/[,!.:—–]|\s[-–]\s/);
  let gEnd: number;
  if (stop >= 0 && stop <= 40) gEnd = m[0].length + stop + 1;
  else if (text.split(/\s+/).length <= 5) gEnd = text.length;
  else gEnd = m[0].length;
  const gText = text.slice(0, gEnd);
  const nameText = text
    .slice(m[0].length, gEnd)
    .replace(/[,!.:—–-]+$/, '')
    .trim();
  const name =
    nameText && /^[\p{Lu}][\p{L}'’. -]{0,40}$/u.test(nameText) && !GENERIC_ADDRESS.test(nameText) ? nameText : null;
  const start = first.start + lead;
  return {
    start,
    end: start + gText.length,
    text: gText,
    salutation: m[0],
    name,
    ownLine: gText.length >= text.length - 1,
  };
}

function detectSignOff(draft: string, lines: Line[], ownEnd: number): SignOff | null {
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  // Look at the last few lines for a valediction ("Kind regards,"), followed only by short name lines.
  for (let k = nonEmpty.length - 1; k >= Math.max(1, nonEmpty.length - 5); k--) {
    const line = nonEmpty[k]!;
    const t = line.text.trim();
    if (!VALEDICTION.test(t) || t.split(/\s+/).length > 8) continue;
    const after = nonEmpty.slice(k + 1);
    if (after.some((l) => l.text.trim().split(/\s+/).length > 6 || /[.?!]$/.test(l.text.trim()))) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const val = { start: line.start + lead, end: line.start + lead + t.length, text: t };
    const span = trimSpan(draft, val.start, ownEnd);
    return { ...span, text: draft.slice(span.start, span.end), valediction: val };
  }
  return null;
}

/**
 * The sentences of one line, by its text (offsets into the line, and each sentence's text): the segmenter reads
 * nothing past the line, so a keystroke re-splits only the line being typed. Treat as read-only.
 *
 * The texts are kept too, so that a line that did not change hands out the very strings it did last time: every
 * per-sentence cache is keyed by a sentence's text, and a Map finds a key it holds at once when given that same
 * string, but compares a new copy character by character (on a keystroke in a long draft, about a fifth of a
 * millisecond over all the caches).
 */
const lineSentences = new Lru<string, readonly LineSentence[]>(2000);
interface LineSentence extends Span {
  text: string;
}
/** The words in a line of the agent's own text, by its text (no word crosses a line break). */
const lineWords = new Lru<string, number>(2000);

/** Forget every remembered line (lib/engine/caches.ts). */
export function clearTextCache(): void {
  lineSentences.clear();
  lineWords.clear();
}

function sentencesOfLine(text: string): readonly LineSentence[] {
  return lineSentences.getOr(text, (t) => splitSentences(t).map((s) => ({ ...s, text: t.slice(s.start, s.end) })));
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function wordsOfLine(text: string): number {
  return lineWords.getOr(text, (t) => (t.match(WORD) ?? []).length);
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  if (SEGMENTER) {
    for (const seg of SEGMENTER.segment(text)) {
      const s = trimSpan(text, seg.index, seg.index + seg.segment.length);
      if (s.end > s.start) out.push(s);
    }
    return splitInformal(text, mergeAbbreviations(text, out));
  }
  const re = /[^.!?]+(?:[.!?]+|$)/g;
  for (const m of text.matchAll(re)) {
    const s = trimSpan(text, m.index, m.index + m[0].length);
    if (s.end > s.start) out.push(s);
  }
  return out;
}

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|approx|vs|mr|mrs|ms|dr|no|st)\.$/i;

/**
 * Where real, informal text ends a sentence without the capital ICU waits for: "sorry about this. may we have
 * the screenshot", "it broke. cant use it" (one stop after a word of two letters or more that is no
 * abbreviation, then a lower-case word), and an emoticon or emoji before a capital ("happy to help :) Is there
 * an error?"). An ellipsis ("I wait... then") and a stop after one letter ("a.m. today") do not end one.
 */
const INFORMAL_END =
  /(?<=(?:^|[^.\p{L}])\p{L}{2,}[.!?]|[!?]{2,})\s+(?=\p{Ll})|(?<=\s(?:[:;]-?[)(DPp/]|\p{Extended_Pictographic}\uFE0F?))\s+(?=\p{Lu})/gu;
/** Abbreviations a lower-case word may follow, beyond ABBREVIATION's (which ICU's splits are glued back after). */
const LOWER_ABBREVIATION =
  /\b(?:nos|tel|ext|min|mins|hr|hrs|sec|secs|dept|incl|ref|pp|vol|fig|cf|esp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thurs|fri|sat|sun|ave|rd|est|inc|ltd|co|corp)[.]$/i;

function splitInformal(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let from = s.start;
    const seg = text.slice(s.start, s.end);
    for (const m of seg.matchAll(INFORMAL_END)) {
      const at = s.start + m.index;
      const before = text.slice(from, at);
      if (ABBREVIATION.test(before) || LOWER_ABBREVIATION.test(before)) continue;
      const piece = trimSpan(text, from, at);
      if (piece.end > piece.start) out.push(piece);
      from = at;
    }
    const rest = trimSpan(text, from, s.end);
    if (rest.end > rest.start) out.push(rest);
  }
  return out;
}

/** ICU splits after some abbreviations ("e.g.", "No. 5"); glue those back together. */
function mergeAbbreviations(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && ABBREVIATION.test(text.slice(prev.start, prev.end))) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/**
 * The matches of a global regex in the agent's own text, draft[0, ownEnd), that start inside `text.scope`:
 * for analyze() exactly `draft.slice(0, ownEnd).matchAll(re)`; for a slice, its matches only (lookbehinds still
 * see the text before it).
 */
export function ownMatches(text: DraftText, re: RegExp): RegExpExecArray[] {
  const own = text.draft.slice(0, text.ownEnd);
  const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: RegExpExecArray[] = [];
  r.lastIndex = text.scope.start;
  for (let m = r.exec(own); m && m.index < text.scope.end; m = r.exec(own)) {
    out.push(m);
    if (m[0].length === 0) r.lastIndex++;
  }
  return out;
}

/** The agent's own text in `text.scope` (all of it for analyze()). */
export function scopeText(text: DraftText): string {
  return text.draft.slice(text.scope.start, Math.min(text.scope.end, text.ownEnd));
}

/** Index of the first span (sorted by start) whose start is at or after `offset` (spans.length if none). */
export function firstStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span (sorted by start) whose start is before `offset`, or -1. */
function lastStartingBefore(spans: readonly Span[], offset: number): number {
  return firstStartingAtOrAfter(spans, offset) - 1;
}

/**
 * The sentence containing an offset, by binary search (sentences are in draft order and do not overlap):
 * rules ask for every match, and a scan per match grew with the square of a long draft.
 */
export function sentenceAt<S extends Span>(sentences: readonly S[], offset: number): S | undefined {
  const j = lastStartingBefore(sentences, offset + 1);
  const s = sentences[j];
  return s && offset >= s.start && offset < s.end ? s : undefined;
}

/** The line holding an offset, by binary search (lines are in draft order and do not overlap). */
export function lineAt(text: Pick<DraftText, 'lines'>, offset: number): Line | undefined {
  const line = text.lines[lastStartingBefore(text.lines, offset + 1)];
  return line && offset >= line.start && offset <= line.end ? line : undefined;
}

/** The last sentence ending at or before `offset` (sentences in draft order), by binary search. */
export function sentenceBefore<S extends Span>(sentences: readonly S[], offset: number): S | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo - 1];
}

/** The first sentence starting at or after `offset` (sentences in draft order), by binary search. */
export function sentenceAfter<S extends Span>(sentences: readonly S[], offset: number): S | undefined {
  return sentences[lastStartingBefore(sentences, offset) + 1];
}

export function analyzeText(draft: string): DraftText {
  const ownEnd = findOwnEnd(draft);
  const allLines = splitLines(draft, ownEnd);
  const notOwn: Span[] = [];
  if (ownEnd < draft.length) notOwn.push({ start: ownEnd, end: draft.length });
  const lines: Line[] = [];
  for (const l of allLines) {
    if (/^\s*>/.test(l.text)) notOwn.push({ start: l.start, end: l.end });
    else lines.push(l);
  }
  notOwn.push(...inlineQuotes(draft, ownEnd));
  notOwn.sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end of notOwn[0..i] (ranges may nest), for a binary-searched overlapsNotOwn.
  const reach: number[] = [];
  for (const r of notOwn) reach.push(Math.max(r.end, reach[reach.length - 1] ?? -1));

  const greeting = detectGreeting(draft, lines);
  const signOff = detectSignOff(draft, lines, ownEnd);
  const bodyStart = greeting ? greeting.end : 0;
  const bodyEnd = signOff ? signOff.start : ownEnd;
  const body = trimSpan(draft, bodyStart, Math.max(bodyStart, bodyEnd));

  const sentences: Sentence[] = [];
  lines.forEach((line, lineIndex) => {
    if (line.text.trim() === '') return;
    for (const s of sentencesOfLine(line.text)) {
      const start = line.start + s.start;
      const end = line.start + s.end;
      // A greeting that shares its line with the first sentence ("Hi Roy! It's easy.") is its own piece.
      if (greeting && start <= greeting.start && end > greeting.end) {
        sentences.push({
          start,
          end: greeting.end,
          text: draft.slice(start, greeting.end),
          region: 'greeting',
          line: lineIndex,
        });
        const rest = trimSpan(draft, greeting.end, end);
        if (rest.end > rest.start)
          sentences.push({ ...rest, text: draft.slice(rest.start, rest.end), region: 'body', line: lineIndex });
        continue;
      }
      const region: Region =
        greeting && end <= greeting.end ? 'greeting' : signOff && start >= signOff.start ? 'signoff' : 'body';
      // s.text is draft.slice(start, end): the line's text is the draft's from line.start.
      sentences.push({ start, end, text: s.text, region, line: lineIndex });
    }
  });

  // The words of the agent's own text, draft[0, ownEnd), line by line.
  let wordCount = 0;
  for (const l of allLines) wordCount += wordsOfLine(l.text);

  return {
    draft,
    ownEnd,
    notOwn,
    lines,
    sentences,
    greeting,
    signOff,
    body,
    wordCount,
    scope: { start: 0, end: ownEnd },
    overlapsNotOwn(start: number, end: number) {
      if (start >= ownEnd) return true;
      // The last range starting before `end`; any range up to it reaching past `start` overlaps.
      const j = lastStartingBefore(notOwn, end);
      return j >= 0 && reach[j]! > start;
    },
  };
}
