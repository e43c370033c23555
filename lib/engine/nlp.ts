// The one place compromise is used. Each sentence is parsed once and cached by its text, so a
// keystroke re-parses only the sentence being typed; every rule shares the same parse.
//
// Traps (see DESIGN.md): compromise expands contractions ("can't" is the terms `can` + `not`), and a
// match's own offsets include trailing punctuation. Use `terms()` below, whose offsets are the words'
// own characters in the draft.

import nlp from 'compromise';
import { Lru } from './lru';

export type Doc = ReturnType<typeof nlp>;

// compromise's post-tagger runs a net of several hundred match patterns on every sentence (its "sweep"). To pick
// the patterns a sentence may meet it walks every key of the net's index for every comma-separated chunk, and
// that walk was the largest single cost of parsing a sentence. `sweepMatches` below picks the very same patterns
// in the very same order, from the chunk's own words and tags instead, and runs them as compromise does; it
// replaces compromise's `bulkMatch` for every document (tests/engine/nlp-sweep.test.ts compares the tags).

interface SweepMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
  regs?: SweepReg[];
}
/** What a parsed match token may hold (compromise's parseMatch). */
interface SweepReg {
  word?: string;
  tag?: string;
  switch?: string;
  fastOr?: Set<string>;
  pos?: string;
  start?: boolean;
  [key: string]: unknown;
}
/** What prefixFits reads of a compromise term. */
interface SweepTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  machine?: string | null;
  alias?: string[];
  root?: string;
  implicit?: string;
  switch?: string;
}
interface SweepNet {
  hooks: Record<string, SweepMatch[]>;
  always: SweepMatch[];
}
interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], m: SweepMatch): { ptrs: number[][] };
    bulkMatch: BulkMatch;
  };
}
type BulkMatch = (
  document: unknown[][],
  net: SweepNet,
  methods: SweepMethods,
  opts?: { matchOne?: boolean },
) => unknown[];

const world = nlp.world() as unknown as { methods: SweepMethods; hooks: string[] };
/** compromise's own bulkMatch, for the test that compares the two. */
export const compromiseSweep: BulkMatch = world.methods.one.bulkMatch;

/**
 * A net's index, in its key order. compromise visits the keys a chunk has in that order, each key's patterns in
 * their order, and keeps the first pattern of each match string it meets that fits the chunk. Visiting every
 * pattern of every key the chunk has (#Noun alone lists 83) cost more than matching them; so each match string
 * is filed under a trigger instead: one of its needs (the one whose key lists fewest patterns), or all of its
 * wants when it has no need, one of which must be there for it to fit. A chunk gathers the match strings its
 * keys trigger, finds where compromise would first meet each (the least key index the chunk has, then the
 * position in that key's list), keeps those that fit and sorts them by that place: the same list.
 */
/** One place a match string is listed at: key index, position in that key's list, pattern. */
interface Place {
  key: number;
  pos: number;
  m: SweepMatch;
  /** The pattern's needs and wants as key indices, to test against the chunk's keys; null when one is no key. */
  needs: Int32Array | null;
  wants: Int32Array | null;
}
interface NetOrder {
  index: Map<string, number>;
  /** By match-string number: every place it is listed, by key index (a key lists a match string once). */
  places: Place[][];
  /** By key index: the match strings it triggers. */
  triggers: number[][];
  /** Longest key list (places sort by key * span + pos). */
  span: number;
  present: Uint32Array;
  seen: Uint32Array;
  stamp: number;
}
const netOrders = new WeakMap<object, NetOrder>();

function orderOf(net: SweepNet): NetOrder {
  let order = netOrders.get(net.hooks);
  if (order) return order;
  const ids = new Map<string, number>();
  const keys = Object.keys(net.hooks);
  const index = new Map(keys.map((k, i) => [k, i]));
  const places: NetOrder['places'] = [];
  let span = 1;
  keys.forEach((k, key) => {
    const list = net.hooks[k]!;
    span = Math.max(span, list.length);
    list.forEach((m, pos) => {
      let id = ids.get(m.match);
      if (id === undefined) {
        ids.set(m.match, (id = ids.size));
        places.push([]);
      }
      places[id]!.push({ key, pos, m, needs: keyIndices(m.needs, index), wants: keyIndices(m.wants, index) });
    });
  });
  const triggers: number[][] = keys.map(() => []);
  const listed = (k: string) => {
    const i = index.get(k);
    return i === undefined ? Infinity : net.hooks[k]!.length;
  };
  places.forEach((ps, id) => {
    const on = new Set<number>();
    for (const { m } of ps) {
      if (m.needs.length > 0) {
        // Filed under its need with the shortest key list; a need the index lacks (never so in compromise's nets)
        // marks no key, so then it is filed wherever it is listed.
        let best = m.needs[0]!;
        for (const need of m.needs) if (listed(need) < listed(best)) best = need;
        const i = index.get(best);
        if (i !== undefined) on.add(i);
        else for (const p of ps) on.add(p.key);
      } else if (m.minWant >= 1 && m.wants.length > 0 && m.wants.every((w) => index.has(w))) {
        // It fits only with minWant (at least one) of its wants there.
        for (const w of m.wants) on.add(index.get(w)!);
      } else for (const p of ps) on.add(p.key); // otherwise: wherever it is listed
    }
    for (const i of on) triggers[i]!.push(id);
  });
  order = {
    index,
    places,
    triggers,
    span,
    present: new Uint32Array(keys.length),
    seen: new Uint32Array(places.length),
    stamp: 0,
  };
  netOrders.set(net.hooks, order);
  return order;
}

function keyIndices(list: string[], index: Map<string, number>): Int32Array | null {
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const k = index.get(list[i]!);
    if (k === undefined) return null;
    out[i] = k;
  }
  return out;
}

/**
 * fits() read off the chunk's keys: a need or want is in the chunk's cache exactly when its key is marked present
 * (the keys marked are those of the cache the index holds). compromise's nets list every need and want as a key;
 * a pattern with one that is not, or with an ifNo, is tested by fits().
 */
function placeFits(p: Place, present: Uint32Array, stamp: number, haves: Set<string>): boolean {
  const { m, needs, wants } = p;
  if (needs === null || wants === null || m.ifNo !== undefined) return fits(m, haves);
  for (let i = 0; i < needs.length; i++) if (present[needs[i]!] !== stamp) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i++) if (present[wants[i]!] === stamp && ++found >= m.minWant) return true;
  return found >= m.minWant;
}

/** Does a pattern's index entry fit this chunk (compromise's trimDown)? */
function fits(m: SweepMatch, haves: Set<string>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  // Counting stops once there are enough (a want list can hold dozens of words).
  let found = 0;
  for (const w of m.wants) if (haves.has(w) && ++found >= m.minWant) return true;
  return found >= m.minWant;
}

// Half of the patterns the sweep runs on a chunk match nothing, and compromise finds that out by trying the
// pattern from every term of the chunk (a copy of the rest of the chunk and a state object each time). Most
// patterns open with plain tokens (one word, tag, switch or word list, perhaps optional or anchored with ^ or $,
// never negative, greedy or a choice of phrases): the match has to get through those first, term by term.
// `prefixFits` walks them the way compromise's matcher does (tryHere → doesMatch → simpleMatch, foundOptional and
// contractionSkip, src/1-one/match/methods/match), taking every way it might go, and says false only when no
// start in the chunk gets through them all; then compromise's matcher would find nothing, and it is not run
// (tests/engine/nlp-sweep.test.ts checks it on every pattern run on the corpora).

/** The keys a plain token may hold; anything else ends the prefix. */
const PLAIN_KEYS = new Set([
  'word',
  'tag',
  'switch',
  'fastOr',
  'pos',
  'operator',
  'group',
  'groupStart',
  'groupEnd',
  'optional',
  'start',
  'end',
]);
const prefixes = new WeakMap<SweepMatch, SweepReg[]>();

/** The plain tokens a pattern opens with. */
function prefixOf(m: SweepMatch): SweepReg[] {
  let prefix = prefixes.get(m);
  if (prefix) return prefix;
  prefix = [];
  for (const reg of m.regs ?? []) {
    let plain = reg.choices === undefined;
    let kinds = 0;
    for (const k of Object.keys(reg)) {
      if (!PLAIN_KEYS.has(k)) plain = false;
      if (k === 'word' || k === 'tag' || k === 'switch' || k === 'fastOr') kinds++;
    }
    if (!plain || kinds === 0) break;
    prefix.push(reg);
  }
  prefixes.set(m, prefix);
  return prefix;
}

/** compromise's doesMatch for a plain token at term i of a chunk of n terms (the branch it takes, in its order). */
function plainMatch(t: SweepTerm, reg: SweepReg, i: number, n: number): boolean {
  if (reg.start === true && i !== 0) return false;
  if (reg.end === true && i !== n - 1) return false;
  if (reg.word !== undefined) {
    if (t.machine !== null && t.machine === reg.word) return true;
    if (t.alias && t.alias.some((a) => a === reg.word)) return true;
    return reg.word === t.text || reg.word === t.normal;
  }
  if (reg.tag !== undefined) return t.tags.has(reg.tag);
  if (reg.switch !== undefined) return t.switch === reg.switch;
  if (reg.fastOr !== undefined) {
    if (reg.pos && !t.tags.has(reg.pos)) return false;
    const str = t.root || t.implicit || t.machine || t.normal;
    return reg.fastOr.has(str) || reg.fastOr.has(t.text);
  }
  return true;
}

/**
 * Can the prefix, from token k on, be matched from term i? Every way compromise may go: an optional token is
 * skipped or matched; a matched optional token may take the next token with it (foundOptional); after a
 * contraction's first part the matcher may skip its second (contractionSkip).
 */
function prefixFrom(ts: SweepTerm[], prefix: SweepReg[], k: number, i: number): boolean {
  if (k >= prefix.length) return true;
  const reg = prefix[k]!;
  const optional = reg.optional === true;
  if (optional && prefixFrom(ts, prefix, k + 1, i)) return true;
  const t = ts[i];
  if (t === undefined || !plainMatch(t, reg, i, ts.length)) return false;
  const skip = t.implicit !== undefined && t.implicit !== '' && ts[i + 1] !== undefined;
  if (prefixFrom(ts, prefix, k + 1, i + 1) || (skip && prefixFrom(ts, prefix, k + 1, i + 2))) return true;
  if (optional) return prefixFrom(ts, prefix, k + 2, i + 1) || (skip && prefixFrom(ts, prefix, k + 2, i + 2));
  return false;
}

/** False when compromise's matcher cannot match the pattern anywhere in the chunk (its plain opening fits nowhere). */
export function prefixFits(chunk: unknown[], m: SweepMatch): boolean {
  const prefix = prefixOf(m);
  if (prefix.length === 0) return true;
  const ts = chunk as SweepTerm[];
  for (let i = 0; i < ts.length; i++) if (prefixFrom(ts, prefix, 0, i)) return true;
  return false;
}

/** compromise's bulkMatch (src/1-one/sweep/methods/sweep), with the patterns found from each chunk's cache. */
export const sweepMatches: BulkMatch = (chunks, net, methods, opts = {}) => {
  const docCache = methods.one.cacheDoc(chunks);
  const order = orderOf(net);
  const results: unknown[] = [];
  for (let n = 0; n < chunks.length; n++) {
    const haves = docCache[n]!;
    if (++order.stamp === 0xffffffff) {
      order.seen.fill(0);
      order.present.fill(0);
      order.stamp = 1;
    }
    const stamp = order.stamp;
    // The keys of the net this chunk has.
    const at: number[] = [];
    for (const k of haves) {
      const i = order.index.get(k);
      if (i !== undefined && order.present[i] !== stamp) {
        order.present[i] = stamp;
        at.push(i);
      }
    }
    // Each triggered match string at the place compromise meets it first, if that pattern fits the chunk.
    const found: { place: number; m: SweepMatch }[] = [];
    for (const i of at)
      for (const id of order.triggers[i]!) {
        if (order.seen[id] === stamp) continue;
        order.seen[id] = stamp;
        // Its places are in key order: the first the chunk has is where compromise meets it first.
        let first: Place | undefined;
        for (const p of order.places[id]!)
          if (order.present[p.key] === stamp) {
            first = p;
            break;
          }
        if (first && placeFits(first, order.present, stamp, haves))
          found.push({ place: first.key * order.span + first.pos, m: first.m });
      }
    found.sort((x, y) => x.place - y.place);
    const list: SweepMatch[] = found.map((f) => f.m);
    for (const m of net.always) list.push(m);
    const termCount = chunks[n]!.length;
    for (const m of list) {
      if (termCount < m.minWords || !prefixFits(chunks[n]!, m)) continue;
      const res = methods.one.match([chunks[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: SweepMatch & { pointer: number[] } = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};
world.methods.one.bulkMatch = sweepMatches;

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

// compromise's last step, its chunker, marks each term's chunk (Noun, Verb, Adjective, Pivot: read by doc.nouns()
// and the like) and sets no tag. The terms below read only tags, so a sentence is tagged without it (about a
// twelfth of its parse), and a document handed out by parse() gets its chunks then, once: the same state as
// compromise's own nlp(text), as the chunker runs last either way.
const CHUNKS = 'chunks';
/** Documents whose chunks are computed (every document when the chunker is not the last step). */
const chunked = new WeakSet<Doc>();
let withChunks: string[] | undefined;
let withoutChunks: string[] = [];

/** nlp(text) up to its chunker when that is its last step. */
function tagged(text: string): Doc {
  const hooks = world.hooks;
  if (hooks[hooks.length - 1] !== CHUNKS) {
    const doc = nlp(text);
    chunked.add(doc);
    return doc;
  }
  if (withChunks !== hooks) {
    withChunks = hooks;
    withoutChunks = hooks.slice(0, -1);
  }
  world.hooks = withoutChunks;
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

/** The tagged document of one sentence, chunks not necessarily computed (cached). */
function taggedDoc(text: string): Doc {
  return docs.getOr(text, tagged);
}

/** The parsed compromise document of one sentence, as nlp(text) gives it (cached; treat it as read-only). */
export function parse(text: string): Doc {
  const doc = taggedDoc(text);
  if (!chunked.has(doc)) {
    doc.compute(CHUNKS);
    chunked.add(doc);
  }
  return doc;
}

/** What terms() reads of a compromise term. */
interface RawTerm {
  text: string;
  normal?: string;
  tags?: Set<string>;
  implicit?: string;
  offset?: { start: number; length: number };
}

/** The terms of a sentence that starts at `offset` in the draft. */
export function terms(text: string, offset = 0): Term[] {
  let base = termCache.get(text);
  if (!base) {
    base = [];
    // The fields json({ offset: true, terms: { offset: true } }) copies from each term, read off the terms.
    const doc = taggedDoc(text);
    doc.compute('offset');
    let lastEnd = 0;
    for (const sentence of (doc as unknown as { docs: RawTerm[][] }).docs) {
      for (const t of sentence) {
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

/** Is this lower-case word in compromise's lexicon (about 24,000 words and their forms)? */
export function inLexicon(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(lexicon(), word);
}
let lexiconCache: Record<string, unknown> | undefined;
function lexicon(): Record<string, unknown> {
  lexiconCache ??= (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return lexiconCache;
}
