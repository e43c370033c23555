import { describe, expect, it } from 'vitest';
import { asksForAdvice, blameInSentence, defensiveIn, lectureIn } from '../../../lib/engine/signals/blame';
import { analyzeText } from '../../../lib/engine/text';

const kinds = (text: string) =>
  analyzeText(text)
    .sentences.flatMap((s) => blameInSentence(s))
    .filter((e) => e.weight >= 0.55)
    .map((e) => e.kind);

describe('blame from the grammar (signals/blame.ts)', () => {
  it.each([
    ['You haven’t answered anything properly.', 'failed'],
    ['you were not following the instruction', 'failed'],
    ['I asked you from the start if the device is recognised.', 'told'],
    ['I already told you twice.', 'told'],
    ['It failed because you entered the wrong password.', 'cause'],
    ['The steps are given to follow.', 'brush-off'],
    ['It is clearly written on the website.', 'brush-off'],
    ['All the details were sent to you.', 'brush-off'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'If you haven’t received it by Friday, let me know.',
    'You haven’t been charged.',
    'We’ve sent you an email earlier today with the tracking link.',
    'As you said, you shouldn’t be paying for daily tickets on top of it.',
    'Please follow the steps given below.',
    'You haven’t received the email yet because it takes 10 minutes.',
    // A clause that only opens on "it": the wrong size is what was sent, not information pointed at.
    'It looks like the wrong size was sent, sorry!',
    'It seems the parcel was sent to the old address.',
  ])('not blame: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('defensiveness needs an upset customer and no empathy', () => {
    const s = analyzeText('That’s not something we do.').sentences[0]!;
    const pos = () => 0;
    expect(defensiveIn(s, true, false, pos)?.kind).toBe('defensive');
    expect(defensiveIn(s, false, false, pos)).toBeNull();
    expect(defensiveIn(s, true, true, pos)).toBeNull();
  });

  // Lecturing: a norm about what the customer should have known or done, said to someone who complains.
  const lecture = (text: string, complaint = true, askedAdvice = false) =>
    analyzeText(text)
      .sentences.map((s) => lectureIn(s, complaint, askedAdvice))
      .filter((e) => !!e && e.weight >= 0.55)
      .map((e) => e!.kind);

  it.each([
    'Knowing what kind of coverage to expect when traveling is key.',
    'It’s important to read the terms before you book.',
    'It is always best to check coverage before travelling abroad.',
    'Reading the small print is essential.',
    'It is key that you read the policy before you buy.',
    'Customers are responsible for checking their coverage before travelling.',
    'Passengers are expected to know the baggage rules.',
    'You should always check the terms before booking.',
    'Next time, please make sure you read the description.',
    'In future, double-check the address before you order.',
    'As stated in our terms and conditions, refunds take 14 days.',
    'As outlined on our website, the offer ended in May.',
  ])('lecture to a complaint: %s', (text) => {
    expect(lecture(text)).toEqual(['lecture']);
  });

  it.each([
    // Not a norm on the customer's diligence.
    'You should receive it Monday.',
    'It’s important to us that you’re happy.',
    'Knowing you are happy is key for us.',
    'Your safety is key, so I have blocked the card.',
    'The important thing is that you get your refund by Friday.',
    // A step for now, not a rule about what they should have known.
    'It’s important to check your spam folder.',
    'It is important to restart the router after the update.',
    'You should check your spam folder.',
    'It’s not important to read the whole manual, just page 3.',
    'Next time you visit, ask for Sam at the desk.',
    'As stated in my colleague’s note, the engineer comes on Tuesday.',
  ])('not a lecture: %s', (text) => {
    expect(lecture(text)).toEqual([]);
  });

  it('a norm is advice when the customer did not complain or asked what to do', () => {
    const text = 'It’s important to read the terms before you book.';
    expect(lecture(text, false)).toEqual([]);
    expect(lecture(text, true, true)).toEqual([]);
    expect(asksForAdvice('I travel to Spain next week, what should I check before I go?')).toBe(true);
    expect(asksForAdvice('Any tips for using it abroad?')).toBe(true);
    expect(asksForAdvice('My data does not work in Lagos, this is crazy. Can you fix this?')).toBe(false);
    expect(asksForAdvice(undefined)).toBe(false);
  });
});
