// lib/engine/signals/vader.ts is a port of vader-sentiment's polarity_scores: every score must be the package's
// own, exactly. Compared here on every lexicon word (as written, in capitals, negated, boosted, before and after
// "but", wrapped in punctuation), on hand-made texts for each of its rules, and on every draft and customer
// message of the corpora present (validation always; dev, real replies and politeness texts when ../shared is).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vader from 'vader-sentiment';
import { lexicon } from 'vader-sentiment/src/vader_lexicon.js';
import { describe, expect, it } from 'vitest';
import { polarityScores } from '../../../lib/engine/signals/vader';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const theirs = (t: string) => vader.SentimentIntensityAnalyzer.polarity_scores(t);

function differences(texts: Iterable<string>): { text: string; ours: unknown; theirs: unknown }[] {
  const out: { text: string; ours: unknown; theirs: unknown }[] = [];
  for (const text of texts) {
    const a = polarityScores(text);
    const b = theirs(text);
    if (a.neg !== b.neg || a.neu !== b.neu || a.pos !== b.pos || a.compound !== b.compound)
      out.push({ text, ours: a, theirs: b });
  }
  return out;
}

function jsonl(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function* corpusTexts(): Generator<string> {
  const files = [
    join(ROOT, 'tests', 'corpus', 'validation.jsonl'),
    join(ROOT, '..', 'shared', 'corpus', 'dev.jsonl'),
    join(ROOT, '..', 'shared', 'real', 'replies.jsonl'),
    join(ROOT, '..', 'shared', 'real', 'politeness.jsonl'),
  ];
  for (const f of files)
    for (const row of jsonl(f))
      for (const k of ['draft', 'customer', 'reply', 'text']) {
        const v = row[k];
        if (typeof v !== 'string') continue;
        yield v;
        // Sentence by sentence too, as the engine scores them.
        for (const s of v.split(/(?<=[.!?])\s+|\n+/)) if (s.trim()) yield s;
      }
}

describe('polarityScores (port of vader-sentiment)', () => {
  it('scores every lexicon word as the package does, in every form its rules read', { timeout: 120_000 }, () => {
    const texts: string[] = [];
    for (const w of Object.keys(lexicon)) {
      const up = w.toUpperCase();
      texts.push(
        w,
        up,
        `this is ${w}`,
        `this is ${up} really`,
        `not ${w}`,
        `NOT ${w}!`,
        `isn't very ${w}`,
        `never so ${w}`,
        `never this ${w} at all`,
        `kind of ${w}`,
        `at least ${w}`,
        `the least ${w}`,
        `very least ${w}`,
        `it was ${w}, but fine`,
        `ok but ${w}??`,
        `"${w}"`,
        `(${w}).`,
        `...${w}!!!`,
        `${w}?!?`,
        `-${w}-`,
        `so ${w} the bomb`,
        `without any ${w}`,
      );
    }
    expect(differences(texts)).toEqual([]);
  });

  it('scores hand-made texts for each rule as the package does', { timeout: 120_000 }, () => {
    const texts = [
      '',
      ' ',
      'a',
      '!!!!!',
      '?? ??? ????',
      'Great!!!!!! Really great?????',
      'I am EXTREMELY angry and very UPSET',
      'I AM ANGRY',
      'The food here is the shit',
      'yeah right, that was kind of bad ass',
      'cut the mustard and kiss of death, hand to mouth',
      'It is sort of good but kind-of bad. BUT not terrible',
      "Don't be sad, it's not that bad :) :( :-p d:",
      'no problem at all, thanks a lot!',
      "Couldn't be happier. wouldn't recommend. hasn't worked.",
      'hardly good, barely ok, slightly sad, partly happy',
      'toString constructor __proto__ hasOwnProperty valueOf',
      '"quoted" \'single\' ,comma, ;semi; :colon: -dash- .dot. !bang! ?q?',
      '!?!?good ?!?!bad !!!ok ???nice #tag @handle $money',
      'émotions très bien 😀 great 👍 terrible',
      'line one is good\nline two is bad\tand tabs are sad',
    ];
    expect(differences(texts)).toEqual([]);
  });

  it('scores every corpus text and sentence as the package does', { timeout: 120_000 }, () => {
    const texts = [...corpusTexts()];
    expect(texts.length).toBeGreaterThan(100);
    expect(differences(texts)).toEqual([]);
  });
});
