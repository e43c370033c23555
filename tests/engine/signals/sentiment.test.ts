import { describe, expect, it } from 'vitest';
import { sentiment, valencedWords } from '../../../lib/engine/signals/sentiment';

describe('sentiment (VADER)', () => {
  it('reads negation in capitals and with curly apostrophes', () => {
    expect(sentiment('This is NOT good!!').compound).toBeLessThan(-0.2);
    expect(sentiment('this isn’t good').compound).toBeLessThan(-0.2);
    expect(sentiment('This is good').compound).toBeGreaterThan(0.2);
  });

  it('ignores handles, hashtags and links', () => {
    expect(sentiment('@terrible_service #awful https://x.co/bad').compound).toBe(0);
  });

  it('intensifiers make it stronger', () => {
    expect(sentiment('I am extremely frustrated').compound).toBeLessThan(sentiment('I am frustrated').compound);
  });

  it('gives the words that carry it, with offsets', () => {
    const t = 'Great, another 3 hours on hold.';
    const w = valencedWords(t);
    expect(w.map((x) => t.slice(x.start, x.end))).toEqual(['Great']);
    expect(w[0]!.valence).toBeGreaterThan(0);
  });
});
