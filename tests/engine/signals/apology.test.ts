import { describe, expect, it } from 'vitest';
import { readApology } from '../../../lib/engine/signals/apology';
import { contextFor } from './helpers';

const acts = (draft: string) => readApology(contextFor(draft, undefined, 'social')).map((a) => a.kind);

describe('apology and empathy (signals/apology.ts)', () => {
  it.each([
    ['Hello, this does not sound good. Can you DM the account name?', 'empathy'],
    ['Oh wow! That’s no good at all!', 'empathy'],
    ['We hope everyone is ok. Please send us your email.', 'empathy'],
    ['We know not having service is frustrating, but dogs make everything better!', 'empathy'],
    // A hard-times word VADER has no score for, after "we know" / "I understand".
    ['We know not having service is ruff, but dogs make everything better! 🐶', 'empathy'],
    ['I understand waiting this long must have been tough.', 'empathy'],
    ['Sorry for the inconvenience. Do you see the error when you open the game?', 'formula'],
    ['I’m sorry your parcel arrived damaged.', 'sincere'],
    // "I understand (that) you …" naming their trouble, or what it means to them.
    ['I understand you can’t log in since the update.', 'empathy'],
    ['I understand that staying connected matters when you work from home.', 'empathy'],
  ])('%s → %s', (draft, kind) => {
    expect(acts(draft)).toContain(kind);
  });

  it.each([
    'That sounds great, enjoy the new phone!',
    'It looks like your order shipped this morning.',
    'Sorry to bother you, could you confirm the postcode?',
    // Knowing without a hard time, or a hard word without feeling with them.
    'We know the new model is great, you will love it.',
    'The course is tough but the certificate is worth it.',
    // Restating the facts shows it was read; it does not feel with them.
    'I understand you have bought a new reader and are installing the app on the computer.',
  ])('no apology or empathy: %s', (draft) => {
    expect(acts(draft)).toEqual([]);
  });
});
