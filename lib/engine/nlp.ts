// The one place compromise is used. Each sentence is parsed once and cached by its text, so a
// keystroke re-parses only the sentence being typed; every rule shares the same parse.
//
// Traps (see DESIGN.md): compromise expands contractions ("can't" is the terms `can` + `not`), and a
// match's own offsets include trailing punctuation. Use `terms()` below, whose offsets are the words'
// own characters in the draft.

import nlp from 'compromise';
import { Lru } from './lru';

export type Doc = ReturnType<typeof nlp>;

export interface Term {
  /** The word as written (no surrounding punctuation). */
  text: string;
  /** compromise's normal form (lower case, contractions expanded into their own terms). */
  normal: string;
  tags: Set<string>;
  /** UTF-16 offsets into the draft. An implicit term (the "not" of "can't") gets its word's span. */
  start: number;
  end: number;
}

const MAX_CACHE = 2000;
const docs = new Lru<string, Doc>(MAX_CACHE);
interface BaseTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  s: number;
  e: number;
}
const termCache = new Lru<string, BaseTerm[]>(MAX_CACHE);

/**
 * Keep the parses of n sentences until the returned function is called: an analysis of a draft longer than
 * the cache reads each sentence in several rules, and must parse it once, not once per rule (lib/engine/lru.ts).
 */
export function reserveParses(n: number): () => void {
  const a = docs.reserve(n);
  const b = termCache.reserve(n);
  return () => {
    a();
    b();
  };
}

/** Forget every cached parse and its terms (lib/engine/caches.ts). */
export function clearParses(): void {
  docs.clear();
  termCache.clear();
}

/** The parsed compromise document of one sentence (cached; treat it as read-only). */
export function parse(text: string): Doc {
  let doc = docs.get(text);
  if (doc) return doc;
  doc = nlp(text);
  docs.set(text, doc);
  return doc;
}

interface JsonTerm {
  text: string;
  normal?: string;
  tags?: string[];
  implicit?: string;
  pre?: string;
  post?: string;
  offset?: { start: number; length: number };
}

/** The terms of a sentence that starts at `offset` in the draft. */
export function terms(text: string, offset = 0): Term[] {
  let base = termCache.get(text);
  if (!base) {
    base = [];
    const json = parse(text).json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
    let lastEnd = 0;
    for (const sentence of json) {
      for (const t of sentence.terms) {
        const o = t.offset ?? { start: lastEnd, length: 0 };
        // Implicit terms ("not" in "can't") have no characters of their own: give them the word's span.
        let s = o.start;
        let e = o.start + o.length;
        if (e === s && base.length > 0) {
          const prev = base[base.length - 1]!;
          s = prev.s;
          e = prev.e;
        }
        base.push({
          text: t.text,
          normal: t.implicit ?? t.normal ?? t.text.toLowerCase(),
          tags: new Set(t.tags ?? []),
          s,
          e,
        });
        lastEnd = e;
      }
    }
    termCache.set(text, base);
  }
  return base.map((t) => ({ text: t.text, normal: t.normal, tags: t.tags, start: t.s + offset, end: t.e + offset }));
}
