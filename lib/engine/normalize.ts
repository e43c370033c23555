// Normalised text with an offset map back to the original.
//
// Phrase matching runs on a lower-cased copy of the text in which curly quotes are straightened and
// contractions are expanded ("can't" → "can not", "cannot" → "can not", "we're" → "we are"), so one
// pattern catches every spelling. `toOriginal[i]` maps a normalised index back to the original string,
// so matches are reported on the agent's own characters.

import { Lru } from './lru';

export interface Normalized {
  text: string;
  /** Normalised index → original index where that character starts. */
  startOf: Int32Array;
  /** Normalised index → original index just past that character (a whole word for expansions). */
  endOf: Int32Array;
}

const IRREGULAR: Record<string, string> = {
  "can't": 'can not',
  cannot: 'can not',
  "won't": 'will not',
  "shan't": 'shall not',
  "ain't": 'is not',
  "let's": 'let us',
  // Negative contractions typed without the apostrophe ("I didnt subscribe", "it doesnt work", "we cant"), as
  // informal and mobile replies and messages write them. Not "wont" / "cant" as nouns: too rare to matter.
  didnt: 'did not',
  dont: 'do not',
  doesnt: 'does not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  cant: 'can not',
  wont: 'will not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  aint: 'is not',
};

const PRONOUN_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'this']);

/** Expand one lower-cased, straight-quoted word (may contain an apostrophe); returns null if unchanged. */
export function expandWord(w: string): string | null {
  // Own keys only: "constructor" or "toString" in a draft must not reach Object.prototype.
  const irregular = Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined;
  if (irregular) return irregular;
  const apos = w.indexOf("'");
  if (apos <= 0) return null;
  const head = w.slice(0, apos);
  const tail = w.slice(apos + 1);
  if (tail === 't' && head.endsWith('n') && head.length > 1) return `${head.slice(0, -1)} not`;
  switch (tail) {
    case 're':
      return `${head} are`;
    case 'm':
      return head === 'i' ? 'i am' : null;
    case 'll':
      return `${head} will`;
    case 've':
      return `${head} have`;
    case 'd':
      return `${head} would`;
    case 's':
      return PRONOUN_IS.has(head) ? `${head} is` : null;
    default:
      return null;
  }
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const QUOTES: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"' };

/**
 * Normalised lines, by their text (with the line break that ends them): a keystroke re-normalises only the line
 * being typed. Exact, because nothing normalize() reads crosses a line break: a word never contains one and the
 * spaces it squeezes are spaces, tabs and no-break spaces only.
 */
const lines = new Lru<string, Normalized>(2000);

/** Forget every cached line (lib/engine/caches.ts). */
export function clearNormalized(): void {
  lines.clear();
}

function normalizeLine(line: string): Normalized {
  return lines.getOr(line, normalizeUncached);
}

/**
 * Lower-case, straighten quotes, expand contractions, squeeze spaces; keep a map back to the original offsets.
 * Line by line, each cached (treat the result as read-only).
 */
export function normalize(original: string): Normalized {
  const firstBreak = original.indexOf('\n');
  if (firstBreak === -1 || firstBreak === original.length - 1) return normalizeLine(original);
  const parts: Normalized[] = [];
  const from: number[] = [];
  let length = 0;
  for (let pos = 0; pos < original.length;) {
    const nl = original.indexOf('\n', pos);
    const end = nl === -1 ? original.length : nl + 1;
    const part = normalizeLine(original.slice(pos, end));
    parts.push(part);
    from.push(pos);
    length += part.text.length;
    pos = end;
  }
  const startOf = new Int32Array(length);
  const endOf = new Int32Array(length);
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const shift = from[k]!;
    for (let i = 0; i < p.text.length; i++) {
      startOf[at + i] = p.startOf[i]! + shift;
      endOf[at + i] = p.endOf[i]! + shift;
    }
    at += p.text.length;
  }
  return { text: parts.map((p) => p.text).join(''), startOf, endOf };
}

function normalizeUncached(original: string): Normalized {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = 0;
  const pushRaw = (s: string, from: number) => {
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      const lower = c.toLowerCase();
      out.push(QUOTES[c] ?? (lower.length === 1 ? lower : c));
      starts.push(from + i);
      ends.push(from + i + 1);
    }
  };
  // Between words, a run of spaces, tabs or no-break spaces is one space ("any  inconvenience" matches
  // "any inconvenience"); the space maps back to the whole run.
  const pushGap = (s: string, from: number) => {
    let i = 0;
    for (const m of s.matchAll(/[ \t\u00a0]{2,}/g)) {
      pushRaw(s.slice(i, m.index), from + i);
      out.push(' ');
      starts.push(from + m.index);
      ends.push(from + m.index + m[0].length);
      i = m.index + m[0].length;
    }
    pushRaw(s.slice(i), from + i);
  };
  for (const m of original.matchAll(WORD)) {
    const idx = m.index;
    pushGap(original.slice(last, idx), last);
    const raw = m[0];
    const lw = raw.toLowerCase().replace(/’/g, "'");
    const exp = lw.length === raw.length ? expandWord(lw) : null;
    if (exp) {
      for (const ch of exp) {
        out.push(ch);
        starts.push(idx);
        ends.push(idx + raw.length);
      }
    } else {
      pushRaw(raw, idx);
    }
    last = idx + raw.length;
  }
  pushGap(original.slice(last), last);
  return { text: out.join(''), startOf: Int32Array.from(starts), endOf: Int32Array.from(ends) };
}

/** Map a normalised half-open span back to a half-open span of the original string. */
export function spanToOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (n.text.length === 0) return [0, 0];
  const s = n.startOf[Math.min(start, n.text.length - 1)]!;
  if (end <= start) return [s, s];
  return [s, n.endOf[end - 1]!];
}
