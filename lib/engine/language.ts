// Is the draft English? Rules that read English words stay silent on other languages (agents answer
// customers in many languages; flagging Spanish as "jargon" is the fastest way to be switched off).
// franc-min (trigram language identification) decides for longer texts; short texts count as English
// unless they are clearly written in another script or have no English function words at all.

import { franc } from 'franc-min';

const ENGLISH_WORDS = new Set(
  'the a an and or but to of in on for with at by from is are was were be been am i you we they he she it this that your our my me us please thanks thank hi hello sorry can will would could should have has had do does did not no yes if so as just here there what when how why which'.split(
    ' ',
  ),
);

export function detectLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 'en';
  const latin = text.match(/\p{Script=Latin}/gu) ?? [];
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const ratio = words.length ? english / words.length : 0;
  if (latin.length / letters.length < 0.5) return francOr(text, 'und');
  if (words.length < 8) return ratio > 0 || words.length <= 3 ? 'en' : francOr(text, 'en');
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
