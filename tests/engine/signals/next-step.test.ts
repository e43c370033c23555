import { describe, expect, it } from 'vitest';
import { readNextStep, stepIn } from '../../../lib/engine/signals/next-step';
import thresholds from '../../../rules/data/thresholds.json';
import { contextFor } from './helpers';

const kinds = (draft: string, customer?: string, channel: 'email' | 'chat' | 'social' = 'social') =>
  readNextStep(contextFor(draft, customer, channel))
    .evidence.filter((e) => e.weight >= thresholds.nextStep)
    .map((e) => e.kind);

describe('next step (signals/next-step.ts)', () => {
  it.each([
    ['Good afternoon, can you try clearing your cache?', 'question'],
    ['Hi there, please DM us your account email so we can help.', 'contact'],
    ['This might help! https://t.co/8gZuvsbjgn ^DO', 'link'],
    ['Thanks A few more minutes, please', 'wait'],
    ['Thanks, one moment while I pull up your account', 'wait'],
    ['Let me check on that for you.', 'instruction'],
    ["We'd like to look into this with you.", 'offer'],
    ['Please first let me know, is it connected to the computer', 'question'],
    ['No! you have to erase the payment info and put it again', 'instruction'],
    ['This would be a question for your local store.', 'contact'],
    ['OK, tap and hold the power button until you see the option to Restart', 'instruction'],
    ['Ok, help me with the VAT number.', 'instruction'],
    ['This is to help sell your items. Be sure to set up auto-decline in your settings.', 'instruction'],
    ['Be certain to bring the receipt with you.', 'instruction'],
  ])('%s → %s', (draft, kind) => {
    expect(kinds(draft, undefined, 'chat')).toContain(kind);
  });

  it.each([
    'Is there anything else I can help you with?',
    'Please do not hesitate to contact us if you need anything else.',
    'I’m sorry the lamp arrived broken; that’s not the first impression we want to make.',
    'We’re sorry the Wi-Fi was slower than expected.',
    'Thank you. I’ll be glad to assist you today',
    // "sure" / "certain" that is not "be sure to <do>": a promise of feeling, a guess.
    'We are sure to miss you. Be sure you are happy with it.',
    'I can’t be certain to be honest.',
  ])('no step: %s', (draft) => {
    expect(kinds(draft)).toEqual([]);
  });

  it('a reply that only says goodbye is a farewell', () => {
    const r = readNextStep(
      contextFor('Keep safe! If you have any more questions, feel free to contact us. Have a nice day!', 'No.', 'chat'),
    );
    expect(r.farewell).toBe(true);
    expect(readNextStep(contextFor('Have a nice day! Your refund is on its way.', 'ok', 'chat')).farewell).toBe(false);
  });

  // A question about how things are is answered by a "no"; a request refused needs a way forward.
  it.each([
    [
      'will Lr6 support the Sony a7r3?',
      'Hi there, it is a new camera and is not supported in Lightroom 6 as of now.',
      true,
    ],
    ['Is my reader still manufactured?', 'That model is no longer manufactured', true],
    [
      'Done online check-in but don’t have the credit card, can I still fly?',
      'Hi there, you can still travel as long as you declared you won’t have the card with you.',
      true,
    ],
    ['Can I get a refund for the lamp?', 'Unfortunately we are unable to refund the lamp after 30 days.', false],
    [
      'My contract runs until November. What are my options?',
      'Unfortunately we are unable to end contracts early.',
      false,
    ],
    // "Never hesitate to reach out" offers more help; it refuses nothing. A real "no" still does.
    [
      'Will I cancel the class or do you cancel it?',
      'Yes please. Should you need further help, never hesitate to reach out to our Customer Support.',
      true,
    ],
    [
      'Can I cancel the class myself?',
      'No, we can’t cancel it for you. Should you need further help, don’t hesitate to reach out.',
      false,
    ],
    // Pleasantries only answer nothing, whatever was asked; an answer after them still counts.
    ['@Acme can I bring my dog on the train?', 'We appreciate you reaching out to us! ^KL', false],
    ['is the shop open on Sunday?', 'Hi Sam! Thanks for your message. Have a great day!', false],
    ['@Acme can I bring my dog on the train?', 'Thanks for reaching out! Yes, dogs travel free. ^KL', true],
    ['Is it still made?', 'Thanks for asking! It was discontinued in 2019.', true],
  ])('answered %s → %s', (customer, draft, answered) => {
    expect(readNextStep(contextFor(draft, customer, 'social')).answered).toBe(answered);
  });

  it('stepIn reads the step in part of a sentence (the words after a refusal)', () => {
    const after = (draft: string, from: string) => {
      const ctx = contextFor(draft);
      const s = ctx.text.sentences[0]!;
      const start = draft.indexOf(from);
      return stepIn(ctx, { ...s, start, text: draft.slice(start, s.end) });
    };
    expect(after('We can’t refund it, but we can send a voucher instead.', ', but')).toBe('promise');
    expect(after('You can’t get that ticket, you will need to buy a Zones 1-6 one.', ', you')).toBe('instruction');
    // The refusal's own reason moves nothing on.
    expect(after('We can’t cancel it as it has already left our warehouse.', ' as it')).toBeNull();
    expect(after('There’s nothing we can do, sorry.', ', sorry')).toBeNull();
  });
});
