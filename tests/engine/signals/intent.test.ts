import { describe, expect, it } from 'vitest';
import { readIntent } from '../../../lib/engine/signals/intent';

describe('customer intent (signals/intent.ts)', () => {
  it('thanks and praise leave nothing open', () => {
    const i = readIntent('Thank you so much, that worked perfectly!');
    expect(i.thanksOnly).toBe(true);
    expect(i.open).toBe(false);
  });

  it('a goodbye is a closure', () => {
    expect(readIntent('No, that’s all, bye').closure).toBe(true);
  });

  it('a question or a problem is open', () => {
    expect(readIntent('How do I change my delivery address?').open).toBe(true);
    expect(readIntent('My parcel never arrived').open).toBe(true);
    // A question with thanks in it is still a question.
    expect(readIntent('Thanks! Can I also change the size?').open).toBe(true);
  });

  it('a short answer mid-chat continues the conversation', () => {
    for (const t of [
      'Yes',
      'OK.',
      'I did',
      'It didn’t work',
      'Where? So I tried the sync button',
      'I understand. So every month?',
    ])
      expect(readIntent(t).continuation, t).toBe(true);
    for (const t of ['Hi, my order 4471 has not arrived', 'Good morning, I can’t activate speed radars'])
      expect(readIntent(t).continuation, t).toBe(false);
  });

  it('praise that starts with a verb asks for nothing', () => {
    const praise = readIntent('Morrisons really stepped up. Love the diverse range of pumpkins!');
    expect(praise.request).toBe(false);
    expect(praise.positive).toBe(true);
    expect(readIntent('Send me the invoice for May').request).toBe(true);
  });
});
