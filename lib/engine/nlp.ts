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
/** A plain token in one shape (the matcher reads thousands of them a draft): which doesMatch branch it takes. */
interface PlainToken {
  /** 0 word, 1 tag, 2 switch, 3 word list; 4 a choice of phrases (the last token of a prefix). */
  kind: number;
  text: string;
  list: Set<string> | null;
  pos: string;
  start: boolean;
  end: boolean;
  optional: boolean;
  /** A choice's first tokens (kind 4). */
  choices: PlainToken[] | null;
}
const prefixes = new WeakMap<SweepMatch, PlainToken[]>();

/** The keys a choice of phrases ("(a b|#Noun)") may hold to end a prefix: neither negative, optional nor anchored. */
const CHOICE_KEYS = new Set(['choices', 'operator', 'group', 'groupStart', 'groupEnd', 'greedy']);

/** A plain token in one shape, or null. */
function plainToken(reg: SweepReg): PlainToken | null {
  if (reg.choices !== undefined) return null;
  for (const k of Object.keys(reg)) if (!PLAIN_KEYS.has(k)) return null;
  // doesMatch's order: word, tag, switch, then the word list.
  const kind =
    reg.word !== undefined ? 0 : reg.tag !== undefined ? 1 : reg.switch !== undefined ? 2 : reg.fastOr ? 3 : -1;
  if (kind < 0) return null;
  return {
    kind,
    text: (kind === 0 ? reg.word : kind === 1 ? reg.tag : kind === 2 ? reg.switch : '') ?? '',
    list: kind === 3 ? reg.fastOr! : null,
    pos: typeof reg.pos === 'string' ? reg.pos : '',
    start: reg.start === true,
    end: reg.end === true,
    optional: reg.optional === true,
    choices: null,
  };
}

/**
 * A choice of phrases as the last token of a prefix: compromise's or-block (tryChoice) matches a choice only from
 * a term its first token matches (by doesMatch), so the block needs one of the first tokens to match there. How
 * far a choice reaches is not followed. Null when a choice's first token is not plain.
 */
function choiceToken(reg: SweepReg): PlainToken | null {
  if (reg.operator !== 'or' || !Array.isArray(reg.choices) || reg.choices.length === 0) return null;
  for (const k of Object.keys(reg)) if (!CHOICE_KEYS.has(k)) return null;
  const firsts: PlainToken[] = [];
  for (const c of reg.choices as unknown[]) {
    const first = Array.isArray(c) ? (c[0] as SweepReg | undefined) : undefined;
    const t = first && plainToken(first);
    if (!t) return null;
    firsts.push(t);
  }
  return { kind: 4, text: '', list: null, pos: '', start: false, end: false, optional: false, choices: firsts };
}

/** The plain tokens a pattern opens with (perhaps ending with a choice of phrases). */
function prefixOf(m: SweepMatch): PlainToken[] {
  let prefix = prefixes.get(m);
  if (prefix) return prefix;
  prefix = [];
  for (const reg of m.regs ?? []) {
    const t = plainToken(reg);
    if (t) {
      prefix.push(t);
      continue;
    }
    const c = choiceToken(reg);
    if (c) prefix.push(c);
    break;
  }
  prefixes.set(m, prefix);
  return prefix;
}

/** compromise's doesMatch for a plain token at term i of a chunk of n terms (the branch it takes, in its order). */
function plainMatch(t: SweepTerm, reg: PlainToken, i: number, n: number): boolean {
  if (reg.start && i !== 0) return false;
  if (reg.end && i !== n - 1) return false;
  switch (reg.kind) {
    case 0:
      if (t.machine !== null && t.machine === reg.text) return true;
      if (t.alias && t.alias.some((a) => a === reg.text)) return true;
      return reg.text === t.text || reg.text === t.normal;
    case 1:
      return t.tags.has(reg.text);
    case 2:
      return t.switch === reg.text;
    case 4:
      for (const c of reg.choices!) if (plainMatch(t, c, i, n)) return true;
      return false;
    default: {
      if (reg.pos !== '' && !t.tags.has(reg.pos)) return false;
      const str = t.root || t.implicit || t.machine || t.normal;
      return reg.list!.has(str) || reg.list!.has(t.text);
    }
  }
}

/**
 * Can the prefix, from token k on, be matched from term i? Every way compromise may go: an optional token is
 * skipped or matched; a matched optional token may take the next token with it (foundOptional); after a
 * contraction's first part the matcher may skip its second (contractionSkip).
 */
function prefixFrom(ts: SweepTerm[], prefix: PlainToken[], k: number, i: number): boolean {
  if (k >= prefix.length) return true;
  const reg = prefix[k]!;
  if (reg.optional && prefixFrom(ts, prefix, k + 1, i)) return true;
  const t = ts[i];
  if (t === undefined || !plainMatch(t, reg, i, ts.length)) return false;
  const skip = !!t.implicit && ts[i + 1] !== undefined;
  if (prefixFrom(ts, prefix, k + 1, i + 1) || (skip && prefixFrom(ts, prefix, k + 1, i + 2))) return true;
  if (reg.optional) return prefixFrom(ts, prefix, k + 2, i + 1) || (skip && prefixFrom(ts, prefix, k + 2, i + 2));
  return false;
}

/** False when compromise's matcher cannot match the pattern anywhere in the chunk (its plain opening fits nowhere). */
export function prefixFits(chunk: unknown[], m: SweepMatch): boolean {
  const prefix = prefixOf(m);
  if (prefix.length === 0) return true;
  const ts = chunk as SweepTerm[];
  const first = prefix[0]!;
  const n = ts.length;
  for (let i = 0; i < n; i++) {
    // The first token, tried here before the walk (most starts fail on it).
    if (!first.optional && !plainMatch(ts[i]!, first, i, n)) continue;
    if (prefixFrom(ts, prefix, 0, i)) return true;
  }
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

/** The steps a sentence is tagged with: compromise's own, less its chunker when that is the last. */
function taggingHooks(): string[] {
  const hooks = world.hooks;
  if (hooks[hooks.length - 1] !== CHUNKS) return hooks;
  if (withChunks !== hooks) {
    withChunks = hooks;
    withoutChunks = hooks.slice(0, -1);
  }
  return withoutChunks;
}

/** nlp(text) up to its chunker when that is its last step. */
function tagged(text: string): Doc {
  const hooks = world.hooks;
  const steps = taggingHooks();
  if (steps === hooks) {
    const doc = nlp(text);
    chunked.add(doc);
    return doc;
  }
  world.hooks = steps;
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

// nlp(text) per sentence runs every step of compromise once per sentence, and a step costs a good part of its time
// whatever the length of what it is given (it builds views, pointers and caches, walks its lists). A draft's
// sentences are tagged together instead: each sentence is tokenised on its own, exactly as nlp(text) tokenises
// it, the sentences compromise makes of them form one document, and each step runs once over that document. No
// step of compromise's looks past a sentence (the taggers work clause by clause, the post-tagger's matches within
// one clause), so every term gets what it gets from nlp(text) alone; each text then gets a document of its own
// sentences, re-indexed from 0 (tests/engine/nlp-parse.test.ts compares them with nlp(text) on the corpora).

type ViewClass = new (document: unknown[][]) => Doc;
let viewClass: ViewClass | undefined;
type FromString = (text: string, w: unknown) => unknown[][];

/**
 * Parse these sentences together, each not already cached (see above), and cache each one's document as parse()
 * would. analyze() calls this with the sentences its rules will read, before they run; a sentence parsed here is
 * never parsed again while cached.
 */
export function parseAll(texts: readonly string[]): void {
  const todo: string[] = [];
  const queued = new Set<string>();
  for (const t of texts)
    if (t !== '' && !queued.has(t) && !docs.has(t)) {
      queued.add(t);
      todo.push(t);
    }
  // One sentence, or more than the cache holds: one at a time, as parse() would.
  if (todo.length < 2 || todo.length > docs.capacity) return;
  viewClass ??= nlp('').constructor as ViewClass;
  const fromString = (world.methods.one as unknown as { tokenize: { fromString: FromString } }).tokenize.fromString;
  const pieces: unknown[][] = [];
  const counts: number[] = [];
  for (const t of todo) {
    const own = fromString(t, world);
    counts.push(own.length);
    for (const s of own) pieces.push(s);
  }
  const all = new viewClass(pieces);
  const steps = taggingHooks();
  all.compute(steps);
  // Every step keeps the sentences it was given (it may re-make their terms, never add or drop a sentence).
  const tagged = (all as unknown as { document: unknown[][] }).document;
  if (tagged.length !== pieces.length) return;
  let at = 0;
  for (let i = 0; i < todo.length; i++) {
    const doc = new viewClass(tagged.slice(at, at + counts[i]!));
    at += counts[i]!;
    doc.compute('index');
    if (steps === world.hooks) chunked.add(doc);
    docs.set(todo[i]!, doc);
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
