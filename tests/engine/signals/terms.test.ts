import { describe, expect, it } from 'vitest';
import { contentWords, prefixStem, sharesContentWord, stem, WORD_OR_NUMBER } from '../../../lib/engine/signals/terms';

const STOP = new Set(['the', 'and', 'what', 'you', 'your', 'thank', 'we']);

describe('content words (signals/terms.ts)', () => {
  it('stems plurals and tenses together, by suffix or by the first five letters', () => {
    expect(stem('charged')).toBe(stem('charge'));
    expect(stem('payments')).toBe('payment');
    expect(stem('address')).toBe('address');
    expect(prefixStem('supported')).toBe(prefixStem('support'));
    expect(prefixStem('buses')).toBe(prefixStem('bus'));
    expect(prefixStem('bus')).toBe('bus');
    expect(prefixStem('houses')).toBe(prefixStem('house'));
    expect(prefixStem('boxes')).toBe(prefixStem('box'));
    expect(prefixStem('status')).toBe('statu');
    expect(prefixStem('refund')).not.toBe(prefixStem('return'));
  });

  it('keeps the words that carry the topic, in order, with their stems', () => {
    const words = contentWords('What happened to the refunds you promised?', { stop: STOP, stem });
    expect(words.map((w) => w.stem)).toEqual(['happen', 'refund', 'promis']);
    expect(words.map((w) => w.raw)).toEqual(['happened', 'refunds', 'promised']);
  });

  it('drops stop words (also with a clitic), short words and excluded words', () => {
    const opts = { stop: STOP, stem, pattern: WORD_OR_NUMBER, exclude: new Set(['jan']) };
    const words = contentWords('Jan, we’ll fix it by Friday', opts).map((w) => w.lower);
    expect(words).toEqual(['fix', 'friday']);
  });

  it('drops a word whose stem is a stop word only when asked', () => {
    expect(contentWords('thanks', { stop: STOP, stem, stopStems: true })).toEqual([]);
    expect(contentWords('thanks', { stop: STOP, stem }).map((w) => w.stem)).toEqual(['thank']);
  });

  it('passes numbers and amounts through, unfiltered, when the pattern reads them', () => {
    const words = contentWords('Refund of £12.50 for order 4471', { stop: STOP, stem, pattern: WORD_OR_NUMBER });
    expect(words.filter((w) => w.number).map((w) => w.raw)).toEqual(['£12.50', '4471']);
    expect(contentWords('order 4471', { stop: STOP, stem }).some((w) => w.number)).toBe(false);
  });

  it('two texts share a content word, or do not', () => {
    const opts = { stop: STOP, stem: prefixStem };
    expect(sharesContentWord('is the new camera supported?', 'support for cameras comes in May', opts)).toBe(true);
    expect(sharesContentWord('what kind of changes?', 'there seems to be a technical error', opts)).toBe(false);
    // Stop words alone are no shared topic.
    expect(sharesContentWord('what and the', 'the what and', opts)).toBe(false);
  });
});
