import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../lib/engine/customer';
import { hashtagWords, readHashtags, splitWords } from '../../lib/engine/hashtags';

describe('hashtags read as words (lib/engine/hashtags.ts)', () => {
  it.each([
    ['totallydisappointed', 'totally disappointed'],
    ['pleasefix', 'please fix'],
    ['notimpressed', 'not impressed'],
    ['neveragain', 'never again'],
    ['whataboutme', 'what about me'],
    ['CSFail', 'CS Fail'],
    ['EpicFail', 'Epic Fail'],
    ['theCustomerMatters', 'the Customer Matters'],
    ['HappyHalloween17', 'Happy Halloween 17'],
    ['Kindnessmatters', 'Kindness matters'],
    ['poor_service', 'poor service'],
  ])('#%s → %s', (tag, words) => {
    expect(hashtagWords(tag)).toBe(words);
  });

  // Look-alikes: a word already, a name or code, a run that is no words.
  it.each([['unreliable'], ['logement'], ['BS'], ['hpcswus'], ['Hulu']])('#%s stays whole', (tag) => {
    expect(hashtagWords(tag)).toBe(tag);
  });

  it('splits into the fewest known words and refuses noise pieces', () => {
    expect(splitWords('sohappy')).toEqual(['so', 'happy']);
    expect(splitWords('xqzv')).toBeNull();
    expect(splitWords('a'.repeat(60))).toBeNull();
  });

  it('keeps anonymisation marks and numbers, and the text around them', () => {
    expect(readHashtags('I bought #PRS_ORG# for #NAME#, order #4471. #totallydisappointed')).toBe(
      'I bought #PRS_ORG# for #NAME#, order #4471. totally disappointed',
    );
    expect(readHashtags('mid#word stays')).toBe('mid#word stays');
    expect(readHashtags('my order #A-55120 and ticket #AB12 or #12/3')).toBe(
      'my order #A-55120 and ticket #AB12 or #12/3',
    );
  });

  it('the mood in a hashtag reaches the mood reader', () => {
    expect(analyzeCustomer('the stream froze again #totallydisappointed')!.upset).toBe(true);
    expect(analyzeCustomer('Dinner with the family #HappyHalloween17 #blessed')!.upset).toBe(false);
    expect(analyzeCustomer('Loved the crew today #Kindnessmatters')!.problem).toBe(false);
  });
});
