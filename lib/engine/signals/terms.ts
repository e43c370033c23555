// Content words: the words of a text that carry its topic, each with a stem so that "charged" ~ "charge" —
// stop words, short words and excluded words (the customer's name, their order number) dropped. One reading
// shared by the acknowledgement signal (does the reply use the customer's words?) and the next-step signal
// (does an answer share a word with the wh-question it answers?); each caller brings its own stop list and
// stemmer, so the two can be calibrated apart while reading words the same way.

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'edly', 'ed', 'es', 'ly', 'ment', 'ness', 's'];

/** A light suffix stemmer: "charged" → "charg", "payments" → "payment", "address" stays. */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[’']/g, '');
  if (w.length > 4) {
    for (const suf of SUFFIXES) {
      if (w.endsWith(suf) && w.length - suf.length >= 3) {
        if (suf === 's' && /(?:ss|us|is)$/.test(w)) break;
        w = w.slice(0, -suf.length);
        break;
      }
    }
    if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  }
  return w;
}

/**
 * A coarser stem, by the first five letters: "supported" ~ "support", "buses" ~ "bus", "houses" ~ "house".
 * A plural s goes (not the s of "bus", "status", "this"), then a final e, so both spellings meet.
 */
export function prefixStem(word: string): string {
  return word
    .replace(/(?<![sui])s$/, '')
    .replace(/e$/, '')
    .slice(0, 5);
}

/** Words (with apostrophes and hyphens inside) and numbers, amounts and percentages. */
export const WORD_OR_NUMBER = /[\p{L}][\p{L}’'-]*[\p{L}]|[£$€]?\d+(?:[.,:]\d+)*%?/gu;
/** Runs of three letters or more. */
export const LETTERS = /\p{L}{3,}/gu;

export interface ContentWordOptions {
  /** Words that carry no topic (lower case). */
  stop: ReadonlySet<string>;
  /** How a word is reduced. */
  stem: (word: string) => string;
  /** What counts as a word (a global regex; default LETTERS). */
  pattern?: RegExp;
  /** Words to leave out as well (lower case): names, ids. */
  exclude?: ReadonlySet<string>;
  /** Also drop a word whose stem is a stop word ("thanks" → "thank"). */
  stopStems?: boolean;
}

export interface ContentWord {
  /** As written. */
  raw: string;
  /** Lower case, curly apostrophes straightened; for a number, as written. */
  lower: string;
  /** The stem (for a number, the number). */
  stem: string;
  /** A number, amount or count (when the pattern matches digits): passed through unfiltered. */
  number: boolean;
}

/**
 * The content words of a text, in order: each match of the pattern, lower-cased, that is at least three
 * characters, not a stop word (nor "we'll" → "we"), not excluded, with its stem. Matches with a digit are
 * kept as numbers, unfiltered, for the caller to judge.
 */
export function contentWords(text: string, opts: ContentWordOptions): ContentWord[] {
  const { stop, exclude } = opts;
  const out: ContentWord[] = [];
  for (const m of text.matchAll(opts.pattern ?? LETTERS)) {
    const raw = m[0];
    if (/\d/.test(raw)) {
      out.push({ raw, lower: raw, stem: raw, number: true });
      continue;
    }
    const lower = raw.toLowerCase().replace(/’/g, "'");
    if (stop.has(lower) || stop.has(lower.replace(/'.*$/, '')) || lower.length < 3 || exclude?.has(lower)) continue;
    const st = opts.stem(lower);
    if (opts.stopStems && stop.has(st)) continue;
    out.push({ raw, lower, stem: st, number: false });
  }
  return out;
}

/** Do two texts share a content word (a stem of three letters or more)? */
export function sharesContentWord(a: string, b: string, opts: ContentWordOptions): boolean {
  const stems = (t: string) => new Set(contentWords(t, opts).map((w) => w.stem));
  const x = stems(a);
  return [...stems(b)].some((w) => w.length >= 3 && x.has(w));
}
