// Inputs and arithmetic for `npm run bench:browser` (lib/cli/bench-browser.ts), kept apart so they are
// unit-tested without a browser (tests/cli/bench-browser-parts.test.ts): deterministic support-reply drafts of
// an exact word count, the argument parser, the summary statistics and the CPU profile's attribution.

import { seededRandom } from './bench-drafts';

/** Ordinary support-reply sentences: nothing in them should be coached. */
export const PLAIN = [
  'Thank you for getting in touch with us about your order.',
  'I have checked your account and I can see the parcel left our warehouse on Monday.',
  'The tracking number is in the confirmation email we sent you this morning.',
  'I have added a note to your ticket so the whole team can see what happened.',
  'Your replacement has been packed and it will be with you by Thursday.',
  'I have refunded the delivery charge to the card you paid with.',
  'You will see the refund on your statement within five working days.',
  'If the box is damaged, please keep it until the courier has collected it.',
  'I have also sent you a prepaid label for the return.',
  'Our warehouse team checks every item before it is sent out.',
  'I can see that this is the second time you have had to write to us.',
  'I will keep this ticket open until the replacement has arrived.',
];

/** Sentences the coach flags (negative language, vague timeframes, blame, jargon, shouting). */
export const FLAGGED = [
  "Unfortunately we can't do that.",
  'We will get back to you ASAP.',
  'Please calm down, we will look into it soon.',
  'You should have read the instructions first.',
  'Please escalate via the SLA portal.',
  'This is NOT our fault.',
];

/** One flagged sentence in this many. */
const FLAGGED_EVERY = 4;
const SENTENCES_PER_PARAGRAPH = 5;
export const GREETING = 'Hi Dana,';
export const CLOSING = 'Best wishes, Sam';

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export interface BenchDraft {
  /** The lines to type, Enter between them: greeting, body paragraphs, closing. */
  lines: string[];
  words: number;
  /** How many flagged sentences the body holds. */
  flagged: number;
}

/**
 * A support reply of exactly `words` words (greeting and closing included): paragraphs of ordinary
 * sentences with every FLAGGED_EVERY-th one a sentence the coach flags. The last sentence is cut short
 * (and closed with a full stop) to hit the count. Same `words` and `seed`, same draft.
 */
export function benchDraft(words: number, seed = 1): BenchDraft {
  const fixed = countWords(GREETING) + countWords(CLOSING);
  if (!Number.isInteger(words) || words < fixed + 1)
    throw new RangeError(`a draft needs a whole number of words, at least ${fixed + 1}; got ${words}`);
  const rand = seededRandom(seed);
  const pick = (xs: readonly string[]) => xs[Math.floor(rand() * xs.length)]!;
  const paragraphs: string[][] = [[]];
  let left = words - fixed;
  let flagged = 0;
  for (let i = 0; left > 0; i++) {
    const isFlagged = i % FLAGGED_EVERY === FLAGGED_EVERY - 1;
    let sentence = pick(isFlagged ? FLAGGED : PLAIN);
    const n = countWords(sentence);
    if (n > left)
      sentence = sentence
        .split(/\s+/)
        .slice(0, left)
        .join(' ')
        .replace(/[,.!?']*$/, '.');
    else if (isFlagged) flagged++;
    left -= Math.min(n, left);
    let para = paragraphs[paragraphs.length - 1]!;
    if (para.length === SENTENCES_PER_PARAGRAPH) paragraphs.push((para = []));
    para.push(sentence);
  }
  return { lines: [GREETING, ...paragraphs.map((p) => p.join(' ')), CLOSING], words, flagged };
}

/** Sentences to keep typing for the long-task phase (the same for the run with and without the extension). */
export function typingSentences(count: number, seed = 7): string[] {
  const rand = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const xs = i % FLAGGED_EVERY === FLAGGED_EVERY - 1 ? FLAGGED : PLAIN;
    out.push(xs[Math.floor(rand() * xs.length)]!);
  }
  return out;
}

/** Nearest-rank percentile (p in 0..100) of a non-empty sample. */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) throw new RangeError('percentile of an empty sample');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1]!;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) throw new RangeError('median of an empty sample');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface BenchArgs {
  quick: boolean;
  build: boolean;
  /** Seconds of typing for the long-task phase. */
  typingSeconds: number;
  /** Measured keystroke pairs per fixture and draft (each pair: one that adds a finding, one that removes it). */
  trials: number;
  headless: boolean;
}

export class UsageError extends Error {}

export const USAGE =
  'usage: npm run bench:browser [-- --quick] [--build] [--headed]\n' +
  '  --quick   5 s of typing for the long-task phase instead of 30 s, 10 keystroke pairs instead of 15\n' +
  '  --build   rebuild the extension (npx wxt build) first; it is built anyway when .output/chrome-mv3 is missing\n' +
  '  --headed  show the browser (needs a display)';

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, build: false, typingSeconds: 30, trials: 15, headless: true };
  for (const a of argv) {
    if (a === '--quick') args.quick = true;
    else if (a === '--build') args.build = true;
    else if (a === '--headed') args.headless = false;
    else throw new UsageError(`unknown argument ${JSON.stringify(a)}\n${USAGE}`);
  }
  if (args.quick) {
    args.typingSeconds = 5;
    args.trials = 10;
  }
  return args;
}

/** A CDP Profiler.stop profile (the fields used here). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Sampled ms in stacks that hold a frame from a URL starting with `prefix`. */
export function cpuMsUnder(profile: CpuProfile, prefix: string): number {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, boolean>();
  const inside = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const v = (byId.get(id)?.callFrame.url ?? '').startsWith(prefix) || (up !== undefined && inside(up));
    memo.set(id, v);
    return v;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  // timeDeltas[i] is the time before sample i: charge it to the sample it ends on.
  for (let i = 0; i < samples.length; i++) if (inside(samples[i]!)) us += deltas[i] ?? 0;
  return us / 1000;
}
