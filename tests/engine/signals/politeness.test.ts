import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/engine/customer';
import {
  clearPolitenessCache,
  bareImperatives,
  hasStrongCue,
  readPoliteness,
  type PolitenessFeature,
} from '../../../lib/engine/signals/politeness';
import { analyzeText } from '../../../lib/engine/text';

const read = (text: string, customer?: string) =>
  readPoliteness(analyzeText(text), customer ? analyzeCustomer(customer) : null);
const cues = (text: string, customer?: string) => new Set(read(text, customer).hits.map((h) => h.feature));
const imperatives = (text: string) =>
  analyzeText(text).sentences.flatMap((s) => bareImperatives(s).map((h) => text.slice(h.start, h.end)));

describe('politeness strategies (signals/politeness.ts)', () => {
  it.each<[string, PolitenessFeature]>([
    ['Thanks for waiting, I have checked the order.', 'gratitude'],
    ['I appreciate you sending the photos.', 'gratitude'],
    ['Sorry about the mix-up with the invoice.', 'apology'],
    ['Hi Sam, the parcel left this morning.', 'greeting'],
    ['Great question: the plan renews monthly.', 'deference'],
    ['I think the card was declined by the bank.', 'hedge'],
    ['It seems the payment did not go through.', 'hedge'],
    ['Could you try another payment method?', 'indirect'],
    ['Would you mind sending a photo of the label?', 'indirect'],
    ['You can also try the app.', 'indirect'],
    ['Could you please send the order number?', 'please'],
    ['Please send the order number.', 'pleaseStart'],
    ['Actually, the refund was sent on Monday.', 'factuality'],
    ['Why did you change the address?', 'why'],
    ['What is the order number?', 'directQuestion'],
    ['So, the refund is on its way.', 'directStart'],
    ['You need to restart the router.', 'youStart'],
    ["Don't you read our emails?", 'rhetorical'],
    ['use another payment method or credit card', 'imperative'],
    ['use another payment method or credit card', 'noCaps'],
    ['according to the system you are using X as payment method try with another payment method', 'noPunct'],
    ['This is a terrible idea.', 'negative'],
    ['you were not following the instruction', 'youNegated'],
    ['Do you know what you are doing?', 'challenge'],
    ['Do you know that this was answered already?', 'challenge'],
    ['No, that is not how the refund works.', 'negationStart'],
    ['Not enough details.', 'negationStart'],
    ['Send the photos of the label today.', 'imperative'],
  ])('%s → %s', (text, cue) => {
    expect(cues(text)).toContain(cue);
  });

  it.each<[string, PolitenessFeature]>([
    ['Hi Sam, thank you!', 'imperative'],
    ['Please try another card — it should go through.', 'imperative'],
    ['The refund went through yesterday.', 'why'],
    ['I can see why this is frustrating.', 'why'],
    ['Could you explain why the parcel went back?', 'why'],
    ['May I ask why?', 'why'],
    ['What a lovely photo.', 'directQuestion'],
    ['The order you placed left today.', 'youStart'],
    ['Sam, I have sent it.', 'greeting'],
    ['If you could send it, I will check.', 'pleaseStart'],
    ['Have a lovely day.', 'imperative'],
    ['Let me know if that works.', 'imperative'],
    ["Don't forget — the sale starts on Sunday.", 'imperative'],
    ["Don't worry, the parcel is on its way.", 'imperative'],
    ['You can restart the router from the app.', 'youStart'],
    ['You will receive the code by text.', 'youStart'],
    ['Okay, the parcel left today.', 'directStart'],
    // A request for know-how is no challenge; a reassurance formula opening on "no" is no negation opening.
    ['Do you know how to reset the router?', 'challenge'],
    ['No worries, the parcel is on its way.', 'negationStart'],
    ['No problem, I have sent it again.', 'negationStart'],
    // A hypothesis opener is not an order: "Suppose you have two accounts…".
    ['Suppose you have two accounts with the same email address.', 'imperative'],
    ['Assume the card was charged twice by mistake.', 'imperative'],
  ])('not %2$s: %1$s', (text, cue) => {
    expect(cues(text)).not.toContain(cue);
  });

  it('reads bare imperatives from the grammar, not questions or clauses with a subject', () => {
    expect(imperatives('Go to Settings and click Export.')).toEqual(['Go', 'click']);
    expect(imperatives('use another payment method or credit card')).toEqual(['use']);
    expect(
      imperatives('according to the system you are using X as payment method try with another payment method'),
    ).toEqual(['try']);
    expect(imperatives('Do not send the parcel back yet.')).toEqual(['Do']);
    // An "I" left out before a verb of knowing is no order: "Don't know what you mean", "Don't see any order".
    expect(imperatives("Don't know what you mean, sorry")).toEqual([]);
    expect(imperatives("Don't see any order under that email.")).toEqual([]);
    expect(imperatives("Don't send it back yet.")).toEqual(["Don't"]);
    expect(imperatives('What options do you see on the screen?')).toEqual([]);
    expect(imperatives('We know it is annoying, but dogs make everything better!')).toEqual([]);
    expect(imperatives('Please try another card.')).toEqual([]);
    expect(imperatives('I will send the label and you can print it.')).toEqual([]);
  });

  it('counts negative words as curt on their own only when they are aimed at the reader', () => {
    const strong = (text: string) => hasStrongCue(read(text));
    expect(strong('Our hearts are beating faster, and it is not from all the scares.')).toBe(false);
    expect(strong('This is a terrible mistake on your part.')).toBe(true);
  });

  it('tells a one-line answer to a long or upset message', () => {
    const long =
      'I have been waiting three weeks for my refund and nobody has answered a single one of my emails, this is ridiculous and I want my money back.';
    expect(cues('Refund sent.', long)).toContain('shortToLong');
    expect(cues('Refund sent.', 'Where is my refund?')).not.toContain('shortToLong');
    expect(
      cues('Thanks for your patience, Sam. I have sent the refund today and it will reach your card by Friday.', long),
    ).not.toContain('shortToLong');
  });

  it('scores a bare command as curter than the same request asked politely', () => {
    const curt = read('use another payment method or credit card').curtness;
    const polite = read('Hi Sam, could you try another payment method or credit card? Thanks!').curtness;
    expect(curt).toBeGreaterThan(0.5);
    expect(polite).toBeLessThan(0.3);
    expect(read('Why did you change the address?').curtness).toBeGreaterThan(
      read('Could you tell me why the address was changed?').curtness,
    );
  });

  it('puts the curt evidence on the sentence that carries it', () => {
    const r = read('Thanks for the photos. Why did you send them to the wrong address?');
    expect(r.sentenceWeight[1]).toBeGreaterThan(r.sentenceWeight[0]!);
  });
});

describe('politeness cues remembered per sentence', () => {
  const cues = (draft: string) =>
    readPoliteness(analyzeText(draft), null).hits.map(
      (h) => `${h.feature}@${h.sentence}:${draft.slice(h.start, h.end)}`,
    );

  it('a sentence read again elsewhere gets its own offsets, index and opening-only cues', () => {
    const alone = 'Hello, use another card.';
    const later = 'Thanks for waiting. Hello, use another card.';
    const first = cues(alone);
    expect(first).toContainEqual(expect.stringMatching(/^greeting@0:Hello/));
    const second = cues(later);
    // The same sentence, now second: no opening greeting, its cues at its own place.
    expect(second.filter((c) => c.startsWith('greeting'))).toEqual([]);
    expect(second).toContainEqual(expect.stringMatching(/^imperative@1:use/));
    clearPolitenessCache();
    expect(cues(later)).toEqual(second);
    expect(cues(alone)).toEqual(first);
  });
});
