// Flesch reading ease of a draft (0–100, higher is easier; 60–70 is plain English):
//   206.835 − 1.015 × words/sentences − 84.6 × syllables/words
// Pure: the side panel shows it (computed in the content script) and so does the options page's tester.
// Syllables are counted with the usual vowel-group rules (silent final e, -le, -ed, -es); the npm
// `syllable` package was tried first but its UMD dependency breaks in the bundled content script.

const VOWELS = /[aeiouy]+/g;

/** Syllables in one English word (at least 1). */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  if (/[^aeiouy]le$/.test(w))
    w = w.slice(0, -2) + 'el'; // "table", "simple": the e is sounded
  else if (/[^aeiouy](?:e|es)$/.test(w) && !/(?:[sxz]|ch|sh|ce|ge)es$/.test(w))
    w = w.replace(/es?$/, ''); // "make", "makes"
  else if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2); // "baked" (but "wanted", "needed")
  w = w
    .replace(/([^aeiouy])e(ly|ment|ful|ness)$/, '$1$2') // "lately", "replacement", "careful"
    .replace(/^y/, '');
  return Math.max(1, (w.match(VOWELS) ?? []).length);
}

/** Null for a text too short to score (fewer than 3 words). */
export function readingEase(text: string, sentences: number): number | null {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  if (words.length < 3 || sentences < 1) return null;
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  const score = 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syl / words.length);
  return Number.isFinite(score) ? Math.round(Math.max(0, Math.min(100, score))) : null;
}

/** A word for the score, as the side panel and tester show it. */
export function readingEaseLabel(score: number): string {
  if (score >= 80) return 'very easy';
  if (score >= 60) return 'plain English';
  if (score >= 50) return 'fairly hard';
  return 'hard';
}
