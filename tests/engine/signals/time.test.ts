import { describe, expect, it } from 'vitest';
import { terms } from '../../../lib/engine/nlp';
import { hasConcreteTime, vaguePromise } from '../../../lib/engine/signals/time';

const promise = (text: string) => vaguePromise({ start: 0, end: text.length, text }, terms(text))?.text ?? null;

describe('time expressions (signals/time.ts)', () => {
  it('concrete times', () => {
    for (const t of [
      'by 5pm today',
      'within 2 working days',
      'on Friday',
      'on the morning of delivery',
      'in 10 minutes',
    ])
      expect(hasConcreteTime(t), t).toBe(true);
    for (const t of ['soon', 'shortly', 'in due course', 'as soon as possible'])
      expect(hasConcreteTime(t), t).toBe(false);
  });

  it('a promise or outcome without a time', () => {
    expect(promise('Send us your name and I’ll call.')).toBe('I’ll call');
    expect(promise('I will contact you via email so you can tell me if it works')).toBe('I will contact');
    expect(promise('There will be a slight delay in shipment.')).toMatch(/^There will be a slight delay/);
  });

  it.each([
    'I’ll call you back by 5pm today.',
    'If you’d like, I’ll call you.',
    'If you send us the form, we’ll call you.',
    'I’ll email you once the replacement leaves our warehouse.',
    'Will you be home on Friday?',
    'You will need to restart the router.',
  ])('not a vague promise: %s', (text) => {
    expect(promise(text)).toBeNull();
  });

  it('a promise by a named person or team, or as the purpose, with no time', () => {
    expect(promise('She will send you an email follow up and you can reply in there')).toBe('She will send');
    expect(promise('Please send us your full name/ZIP/phone so our Social Care Team can call you.')).toMatch(
      /^so our Social Care Team can call you/,
    );
    expect(promise('Can you try again in a few hours?, I will contact you via email')).toBe('I will contact');
    // A condition, then the customer's step, then the promise: the promise follows the step, not the "if".
    expect(
      promise('If your company is interested, please visit our portal, fill out this form, and someone will reach out'),
    ).toBe('someone will reach');
  });

  it('look-alikes: a time in the clause, a thing that will follow, no promise', () => {
    expect(promise('Our Social Care Team will call you by 5pm today.')).toBeNull();
    expect(promise('Your new appointment letter will follow by post.')).toBeNull();
    expect(promise('Please send us your order number so we can find the parcel.')).toBeNull();
    expect(promise('Our engineer will call you tomorrow between 8 and 12.')).toBeNull();
  });
});
