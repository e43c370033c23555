// Flesch reading ease of a draft (0–100, higher is easier; 60–70 is plain English). Pure: the side panel
// shows it (computed in the content script) and so does the options page's tester.

import { flesch } from 'flesch';
import { syllable } from 'syllable';

/** Null for a text too short to score (fewer than 3 words). */
export function readingEase(text: string, sentences: number): number | null {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  if (words.length < 3 || sentences < 1) return null;
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  const score = flesch({ sentence: sentences, word: words.length, syllable: syllables });
  return Number.isFinite(score) ? Math.round(Math.max(0, Math.min(100, score))) : null;
}

/** A word for the score, as the side panel and tester show it. */
export function readingEaseLabel(score: number): string {
  if (score >= 80) return 'very easy';
  if (score >= 60) return 'plain English';
  if (score >= 50) return 'fairly hard';
  return 'hard';
}
