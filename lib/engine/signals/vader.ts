// VADER's polarity_scores (npm `vader-sentiment` 1.1.3, src/vaderSentiment.js, Apache-2.0, Copyright 2018
// Comcast Cable Communications Management, LLC; Hutto & Gilbert 2014), ported step for step with the same
// lexicon object, so every score is the package's own to the last digit (tests/engine/signals/vader.test.ts
// compares the two on every corpus sentence and every lexicon word).
//
// Why a port: the package splits a text into words by first building a dictionary of every word of the text
// glued to each of 17 punctuation marks on either side (34 strings a word), only to strip one run of leading
// or trailing punctuation from each token — about nine tenths of its time on a support reply's sentence. Here
// the same stripping is read off the token itself: a token `p + w` or `w + p` (p one of PUNC_LIST, w a word
// of the text with every punctuation character removed) becomes w. Since w holds no punctuation at all, p is
// the token's whole leading (or trailing) run of punctuation marks, so there is one candidate to check, not
// 34. Everything else (boosters, negation, "but", idioms, capitals, exclamation and question marks, the
// rounding of the result) is the package's code with its arithmetic in the same order.

import { lexicon as LEXICON_DATA } from 'vader-sentiment/src/vader_lexicon.js';

const LEXICON: Record<string, number> = LEXICON_DATA;
const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

const B_INCR = 0.293;
const B_DECR = -0.293;
const C_INCR = 0.733;
const N_SCALAR = -0.74;

const REGEX_REMOVE_PUNCTUATION = /[!"#$%&'()*+,-./:;<=>?@[\\\]^_`{|}~]/g;
const PUNC_LIST = new Set([
  '.',
  '!',
  '?',
  ',',
  ';',
  ':',
  '-',
  "'",
  '"',
  '!!',
  '!!!',
  '??',
  '???',
  '?!?',
  '!?!',
  '?!?!',
  '!?!?',
]);
/** The characters PUNC_LIST's marks are made of. */
const PUNC_CHARS = new Set(['.', '!', '?', ',', ';', ':', '-', "'", '"']);

const NEGATE = new Set([
  'aint', 'arent', 'cannot', 'cant', 'couldnt', 'darent', 'didnt', 'doesnt', "ain't", "aren't", "can't",
  "couldn't", "daren't", "didn't", "doesn't", 'dont', 'hadnt', 'hasnt', 'havent', 'isnt', 'mightnt', 'mustnt',
  'neither', "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", 'neednt', "needn't",
  'never', 'none', 'nope', 'nor', 'not', 'nothing', 'nowhere', 'oughtnt', 'shant', 'shouldnt', 'uhuh', 'wasnt',
  'werent', "oughtn't", "shan't", "shouldn't", 'uh-uh', "wasn't", "weren't", 'without', 'wont', 'wouldnt',
  "won't", "wouldn't", 'rarely', 'seldom', 'despite',
]); // prettier-ignore

const BOOSTER_DICT: Record<string, number> = {
  absolutely: B_INCR, amazingly: B_INCR, awfully: B_INCR, completely: B_INCR, considerably: B_INCR,
  decidedly: B_INCR, deeply: B_INCR, effing: B_INCR, enormously: B_INCR, entirely: B_INCR, especially: B_INCR,
  exceptionally: B_INCR, extremely: B_INCR, fabulously: B_INCR, flipping: B_INCR, flippin: B_INCR,
  fricking: B_INCR, frickin: B_INCR, frigging: B_INCR, friggin: B_INCR, fully: B_INCR, fucking: B_INCR,
  greatly: B_INCR, hella: B_INCR, highly: B_INCR, hugely: B_INCR, incredibly: B_INCR, intensely: B_INCR,
  majorly: B_INCR, more: B_INCR, most: B_INCR, particularly: B_INCR, purely: B_INCR, quite: B_INCR,
  really: B_INCR, remarkably: B_INCR, so: B_INCR, substantially: B_INCR, thoroughly: B_INCR, totally: B_INCR,
  tremendously: B_INCR, uber: B_INCR, unbelievably: B_INCR, unusually: B_INCR, utterly: B_INCR, very: B_INCR,
  almost: B_DECR, barely: B_DECR, hardly: B_DECR, 'just enough': B_DECR, 'kind of': B_DECR, kinda: B_DECR,
  kindof: B_DECR, 'kind-of': B_DECR, less: B_DECR, little: B_DECR, marginally: B_DECR, occasionally: B_DECR,
  partly: B_DECR, scarcely: B_DECR, slightly: B_DECR, somewhat: B_DECR, 'sort of': B_DECR, sorta: B_DECR,
  sortof: B_DECR, 'sort-of': B_DECR,
}; // prettier-ignore

const SPECIAL_CASE_IDIOMS: Record<string, number> = {
  'the shit': 3,
  'the bomb': 3,
  'bad ass': 1.5,
  'yeah right': -2,
  'cut the mustard': 2,
  'kiss of death': -1.5,
  'hand to mouth': -2,
};

export interface PolarityScores {
  neg: number;
  neu: number;
  pos: number;
  compound: number;
}

/** The package's negated([word]): a negation word, or any word with "n't". */
const negatedWord = (w: string): boolean => NEGATE.has(w) || w.indexOf("n't") >= 0;

/** Python's str.isupper as the package spells it: /^[^a-z]*[A-Z]+[^a-z]*$/. */
const isUpper = (w: string): boolean => /[A-Z]/.test(w) && !/[a-z]/.test(w);

/** SentiText.get_words_and_emoticons: tokens of two or more characters, one run of edge punctuation stripped. */
function wordsAndEmoticons(text: string): string[] {
  const words = text.split(/\s/).filter((t) => t.length > 1);
  let plain: Set<string> | undefined;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    const lead = PUNC_CHARS.has(t[0]!);
    if (!lead && !PUNC_CHARS.has(t[t.length - 1]!)) continue;
    plain ??= new Set(
      text
        .replace(REGEX_REMOVE_PUNCTUATION, '')
        .split(/\s/)
        .filter((w) => w.length > 1),
    );
    let w: string;
    if (lead) {
      let j = 1;
      while (j < t.length && PUNC_CHARS.has(t[j]!)) j++;
      if (!PUNC_LIST.has(t.slice(0, j))) continue;
      w = t.slice(j);
    } else {
      let j = t.length - 1;
      while (j > 0 && PUNC_CHARS.has(t[j - 1]!)) j--;
      if (!PUNC_LIST.has(t.slice(j))) continue;
      w = t.slice(0, j);
    }
    if (plain.has(w)) words[i] = w;
  }
  return words;
}

function allcapDifferential(words: string[]): boolean {
  let allcap = 0;
  for (const w of words) if (isUpper(w)) allcap += 1;
  const diff = words.length - allcap;
  return diff > 0 && diff < words.length;
}

function scalarIncDec(word: string, valence: number, isCapDiff: boolean): number {
  let scalar = 0.0;
  const lower = word.toLowerCase();
  if (has(BOOSTER_DICT, lower)) {
    scalar = BOOSTER_DICT[lower]!;
    if (valence < 0) scalar *= -1;
    if (isCapDiff && isUpper(word)) {
      if (valence > 0) scalar += C_INCR;
      else scalar -= C_INCR;
    }
  }
  return scalar;
}

function neverCheck(valence: number, words: string[], startI: number, index: number): number {
  if (startI === 0) {
    if (negatedWord(words[index - 1]!)) valence = valence * N_SCALAR;
  }
  if (startI === 1) {
    if (words[index - 2] === 'never' && (words[index - 1] === 'so' || words[index - 1] === 'this')) {
      valence = valence * 1.5;
    } else if (negatedWord(words[index - (startI + 1)]!)) {
      valence = valence * N_SCALAR;
    }
  }
  if (startI === 2) {
    if (
      (words[index - 3] === 'never' && (words[index - 2] === 'so' || words[index - 2] === 'this')) ||
      words[index - 1] === 'so' ||
      words[index - 1] === 'this'
    ) {
      valence = valence * 1.25;
    } else if (negatedWord(words[index - (startI + 1)]!)) {
      valence = valence * N_SCALAR;
    }
  }
  return valence;
}

function idiomsCheck(valence: number, words: string[], index: number): number {
  const onezero = `${words[index - 1]} ${words[index]}`;
  const twoonezero = `${words[index - 2]} ${words[index - 1]} ${words[index]}`;
  const twoone = `${words[index - 2]} ${words[index - 1]}`;
  const threetwoone = `${words[index - 3]} ${words[index - 2]} ${words[index - 1]}`;
  const threetwo = `${words[index - 3]} ${words[index - 2]}`;
  for (const seq of [onezero, twoonezero, twoone, threetwoone, threetwo]) {
    if (has(SPECIAL_CASE_IDIOMS, seq)) {
      valence = SPECIAL_CASE_IDIOMS[seq]!;
      break;
    }
  }
  if (words.length - 1 > index) {
    const zeroone = `${words[index]} ${words[index + 1]}`;
    if (has(SPECIAL_CASE_IDIOMS, zeroone)) valence = SPECIAL_CASE_IDIOMS[zeroone]!;
  }
  if (words.length - 1 > index + 1) {
    const zeroonetwo = `${words[index]} ${words[index + 1]} ${words[index + 2]}`;
    if (has(SPECIAL_CASE_IDIOMS, zeroonetwo)) valence = SPECIAL_CASE_IDIOMS[zeroonetwo]!;
  }
  if (has(BOOSTER_DICT, threetwo) || has(BOOSTER_DICT, twoone)) valence = valence + B_DECR;
  return valence;
}

function leastCheck(valence: number, words: string[], index: number): number {
  if (index > 1 && words[index - 1]!.toLowerCase() === 'least' && !has(LEXICON, words[index - 1]!.toLowerCase())) {
    if (words[index - 2]!.toLowerCase() !== 'at' && words[index - 2]!.toLowerCase() !== 'very') {
      valence = valence * N_SCALAR;
    }
  } else if (
    index > 0 &&
    words[index - 1]!.toLowerCase() === 'least' &&
    !has(LEXICON, words[index - 1]!.toLowerCase())
  ) {
    valence = valence * N_SCALAR;
  }
  return valence;
}

function sentimentValence(words: string[], isCapDiff: boolean, item: string, index: number): number {
  let valence = 0;
  const lower = item.toLowerCase();
  if (has(LEXICON, lower)) {
    valence = LEXICON[lower]!;
    if (isUpper(item) && isCapDiff) {
      if (valence > 0) valence += C_INCR;
      else valence -= C_INCR;
    }
    for (let startI = 0; startI < 3; startI++) {
      if (index > startI && !has(LEXICON, words[index - (startI + 1)]!.toLowerCase())) {
        let s = scalarIncDec(words[index - (startI + 1)]!, valence, isCapDiff);
        if (startI === 1 && s !== 0) s = s * 0.95;
        else if (startI === 2 && s !== 0) s = s * 0.9;
        valence = valence + s;
        valence = neverCheck(valence, words, startI, index);
        if (startI === 2) valence = idiomsCheck(valence, words, index);
      }
    }
    valence = leastCheck(valence, words, index);
  }
  return valence;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function punctuationEmphasis(text: string): number {
  let ep = count(text, '!');
  if (ep > 4) ep = 4;
  const epAmplifier = ep * 0.292;
  const qm = count(text, '?');
  let qmAmplifier = 0;
  if (qm > 1) qmAmplifier = qm <= 3 ? qm * 0.18 : 0.96;
  return epAmplifier + qmAmplifier;
}

function normalizeScore(score: number, alpha = 15): number {
  const norm = score / Math.sqrt(score * score + alpha);
  return norm < -1.0 ? -1.0 : norm > 1.0 ? 1.0 : norm;
}

function scoreValence(sentiments: number[], text: string): PolarityScores {
  if (sentiments.length === 0) return { neg: 0.0, neu: 0.0, pos: 0.0, compound: 0.0 };
  let sum = 0;
  for (const s of sentiments) sum += s;
  const amplifier = punctuationEmphasis(text);
  if (sum > 0) sum += amplifier;
  else if (sum < 0) sum -= amplifier;
  const compound = normalizeScore(sum);
  let posSum = 0.0;
  let negSum = 0.0;
  let neuCount = 0;
  for (const s of sentiments) {
    if (s > 0) posSum += s + 1;
    else if (s < 0) negSum += s - 1;
    else neuCount += 1;
  }
  if (posSum > Math.abs(negSum)) posSum += amplifier;
  else if (posSum < Math.abs(negSum)) negSum -= amplifier;
  const total = posSum + Math.abs(negSum) + neuCount;
  return {
    neg: parseFloat(Math.abs(negSum / total).toFixed(3)),
    neu: parseFloat(Math.abs(neuCount / total).toFixed(3)),
    pos: parseFloat(Math.abs(posSum / total).toFixed(3)),
    compound: parseFloat(compound.toFixed(4)),
  };
}

/** SentimentIntensityAnalyzer.polarity_scores(text), the same numbers. */
export function polarityScores(text: string): PolarityScores {
  const words = wordsAndEmoticons(text);
  const isCapDiff = allcapDifferential(words);
  const sentiments: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const item = words[i]!;
    const lower = item.toLowerCase();
    if (
      (i < words.length - 1 && lower === 'kind' && words[i + 1]!.toLowerCase() === 'of') ||
      has(BOOSTER_DICT, lower)
    ) {
      sentiments.push(0);
      continue;
    }
    sentiments.push(sentimentValence(words, isCapDiff, item, i));
  }
  // "but": the words before it count half, the words after it half again.
  let but = words.indexOf('but');
  if (but === -1) but = words.indexOf('BUT');
  if (but !== -1) {
    for (let i = 0; i < sentiments.length; i++) {
      if (i < but) sentiments[i] = sentiments[i]! * 0.5;
      else if (i > but) sentiments[i] = sentiments[i]! * 1.5;
    }
  }
  return scoreValence(sentiments, text);
}
