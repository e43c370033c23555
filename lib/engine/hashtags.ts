// Hashtags read as words. Customers put their mood in hashtags ("#totallydisappointed", "#CSFail",
// "#EpicFail", "#pleasefix", "#whataboutme"); read as one unknown token they say nothing to the mood reader
// or the sentiment lexicon. A hashtag is split at its capitals and digits ("#CSFail" → "CS Fail",
// "#HappyHalloween17" → "Happy Halloween 17"); an all-lower-case one that is no word itself is split into
// the fewest known words (compromise's lexicon and VADER's scored words), and left whole when it cannot be
// ("#logement"). Only the customer's message is read this way (lib/engine/customer.ts): the reply's own
// hashtags are the brand's.

import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';
import { inLexicon } from './nlp';

/** Longest hashtag split into words: past that it is a code or a sentence nobody reads as one. */
const MAX_SPLIT = 40;
/** Short words a run-together hashtag may hold; other one- and two-letter pieces are noise ("tot ally"). */
const SHORT = new Set([
  'a',
  'i',
  'me',
  'my',
  'so',
  'no',
  'do',
  'go',
  'is',
  'it',
  'of',
  'on',
  'in',
  'to',
  'up',
  'us',
  'we',
  'be',
  'at',
  'or',
  'an',
  'ok',
]);

function known(w: string): boolean {
  if (w.length <= 2) return SHORT.has(w);
  return inLexicon(w) || Object.prototype.hasOwnProperty.call(vaderLexicon, w);
}

/** "totallydisappointed" → ["totally", "disappointed"]; null when it is no run of known words. */
export function splitWords(s: string): string[] | null {
  const n = s.length;
  if (n === 0 || n > MAX_SPLIT) return null;
  // best[i]: the fewest words that spell s[0, i) (ties: the split whose last word is longest).
  const best: (string[] | null)[] = new Array<string[] | null>(n + 1).fill(null);
  best[0] = [];
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j < i; j++) {
      const before = best[j];
      if (!before) continue;
      const w = s.slice(j, i);
      if (!known(w)) continue;
      const cur = best[i];
      if (!cur || before.length + 1 < cur.length) best[i] = [...before, w];
    }
  }
  return best[n] ?? null;
}

/** One hashtag's words: "#CSFail" → "CS Fail", "#totallydisappointed" → "totally disappointed". */
export function hashtagWords(tag: string): string {
  const body = tag.replace(/^#/, '');
  const parts = body
    .replace(/_/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_m, a?: string, b?: string, c?: string, d?: string) =>
      a ? `${a} ${b}` : `${c} ${d}`,
    )
    .split(' ')
    .filter(Boolean);
  return parts
    .map((p) => {
      // All lower case, or capitalised only at the start ("Kindnessmatters"): a run of words to split.
      const lower = p.toLowerCase();
      if (!/^\p{L}\p{Ll}+$/u.test(p) || known(lower)) return p;
      const words = splitWords(lower);
      return words ? p[0] + words.join(' ').slice(1) : p;
    })
    .join(' ');
}

/**
 * Every hashtag in the text read as its words (the text may get longer: offsets are into the result). An
 * anonymisation mark ("#PRS_ORG#", "#NAME#"), a number ("#4471") and a reference ("#A-55120", "#AB12") stay as
 * they are.
 */
export function readHashtags(text: string): string {
  return text.replace(/(^|[\s(])#([\p{L}\p{N}_]+)(?![\p{L}\p{N}_#/-])/gu, (_m, pre: string, body: string) =>
    body.replace(/[^\p{L}]/gu, '').length < 3 ? `${pre}#${body}` : pre + hashtagWords(body),
  );
}
