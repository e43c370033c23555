// Sentiment of a sentence: VADER (npm `vader-sentiment`, Apache-2.0), a maintained, scored lexicon of
// ~7,500 words with negation ("not good"), intensifiers ("very", "so", "extremely"), capitals and
// exclamation marks built in — written for short social-media text, which is what customers send.
//
// Two fixes around the port: negators in capitals ("NOT good") and curly apostrophes ("isn’t") defeat its
// negation check, so they are normalised first; handles, links and hashtags carry no sentiment.
//
// The scores come from ./vader.ts, the package's polarity_scores ported step for step (the same numbers, about
// ten times faster on a support reply's sentence; tests/engine/signals/vader.test.ts compares the two).

import { Lru } from '../lru';
import { polarityScores } from './vader';

export interface SentimentScore {
  /** -1 … 1 (VADER's compound score). */
  compound: number;
  /** Share of negative and positive valence, 0 … 1. */
  neg: number;
  pos: number;
}

export interface ValencedWord {
  word: string;
  /** Offsets into the text given. */
  start: number;
  end: number;
  /** The word's own compound score (negative or positive). */
  valence: number;
}

const NEGATORS = /\b(?:NOT|NEVER|NO|NOTHING|NOWHERE|NONE|NOBODY|NEITHER|NOR|WITHOUT|CANNOT|[A-Z]+N'T)\b/g;

function prepare(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/(^|\s)[@#][\p{L}\p{N}_]+/gu, '$1')
    .replace(/\bhttps?:\/\/\S+/g, '')
    .replace(NEGATORS, (w) => w.toLowerCase());
}

const cache = new Lru<string, SentimentScore>(500);

/** Keep n scores until the returned function is called (one analysis of a long draft: lib/engine/lru.ts). */
export function reserveSentiment(n: number): () => void {
  return cache.reserve(n);
}

/** Forget every cached score (lib/engine/caches.ts). */
export function clearSentiment(): void {
  cache.clear();
}

export function sentiment(text: string): SentimentScore {
  const hit = cache.get(text);
  if (hit) return hit;
  const s = polarityScores(prepare(text));
  const out = { compound: s.compound, neg: s.neg, pos: s.pos };
  cache.set(text, out);
  return out;
}

const WORD = /[\p{L}][\p{L}'’-]*|[:;=][-']?[()DPp]/gu;

/** The words that carry sentiment on their own (for evidence spans), with their valence. */
export function valencedWords(text: string): ValencedWord[] {
  const out: ValencedWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const v = sentiment(m[0]).compound;
    if (v !== 0) out.push({ word: m[0], start: m.index, end: m.index + m[0].length, valence: v });
  }
  return out;
}
