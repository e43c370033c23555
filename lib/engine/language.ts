// Is the draft English? Rules that read English words stay silent on other languages (agents answer
// customers in many languages; flagging Spanish as "jargon" is the fastest way to be switched off).
// franc-min (trigram language identification) decides for longer texts; short texts count as English
// unless they are clearly written in another script or have no English function words at all.

import { franc } from 'franc-min';
import { Lru } from './lru';

const ENGLISH_WORDS = new Set(
  'the a an and or but to of in on for with at by from is are was were be been am i you we they he she it this that your our my me us please thanks thank hi hello sorry can will would could should have has had do does did not no yes if so as just here there what when how why which'.split(
    ' ',
  ),
);

interface Counts {
  letters: number;
  latin: number;
  words: number;
  english: number;
}

function countsOf(text: string): Counts {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return {
    letters: (text.match(/\p{L}/gu) ?? []).length,
    latin: (text.match(/\p{Script=Latin}/gu) ?? []).length,
    words: words.length,
    english: words.filter((w) => ENGLISH_WORDS.has(w)).length,
  };
}

/**
 * The counts of each line, by its text: no letter or word crosses a line break (and lower-casing reads no
 * further than one), so the text's counts are the sum of its lines', and a keystroke re-counts one line.
 */
const lineCounts = new Lru<string, Counts>(2000);

/** Forget every remembered line (lib/engine/caches.ts). */
export function clearLanguageCache(): void {
  lineCounts.clear();
}

function textCounts(text: string): Counts {
  const sum: Counts = { letters: 0, latin: 0, words: 0, english: 0 };
  for (const line of text.split('\n')) {
    const c = lineCounts.getOr(line, countsOf);
    sum.letters += c.letters;
    sum.latin += c.latin;
    sum.words += c.words;
    sum.english += c.english;
  }
  return sum;
}

export function detectLanguage(text: string): string {
  const { letters, latin, words, english } = textCounts(text);
  if (letters === 0) return 'en';
  const ratio = words ? english / words : 0;
  if (latin / letters < 0.5) return francOr(text, 'und');
  if (words < 8) return ratio > 0 || words <= 3 ? 'en' : francOr(text, 'en');
  if (ratio >= 0.2) return 'en';
  const guess = franc(text, { minLength: 20 });
  if (guess === 'eng' || guess === 'und') return ratio >= 0.08 ? 'en' : guess === 'und' ? 'en' : guess;
  return guess;
}

function francOr(text: string, fallback: string): string {
  const g = franc(text, { minLength: 3 });
  return g === 'und' ? fallback : g === 'eng' ? 'en' : g;
}

export function isEnglish(text: string): boolean {
  return detectLanguage(text) === 'en';
}
