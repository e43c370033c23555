import { describe, expect, it } from 'vitest';
import { readAcknowledgement } from '../../../lib/engine/signals/acknowledgement';
import thresholds from '../../../rules/data/thresholds.json';
import { contextFor } from './helpers';

const heard = (draft: string, customer: string, channel: 'email' | 'chat' | 'social') =>
  (readAcknowledgement(contextFor(draft, customer, channel), 2)?.score ?? 1) >= thresholds.acknowledgement;

describe('acknowledgement (signals/acknowledgement.ts)', () => {
  it('social: asking for a DM to look into *their* problem responds to it', () => {
    expect(
      heard(
        'Hi there, we would like to help. Please DM us your email and reservation code.',
        'The flat was dirty and not the one I booked!',
        'social',
      ),
    ).toBe(true);
  });

  it('the customer’s own words or a specific reaction count', () => {
    expect(
      heard(
        'We’re sorry your order is late, Heather! Please send us your contact info.',
        'Told my pizza would be ready in ten minutes, twenty minutes later still nothing',
        'social',
      ),
    ).toBe(true);
    expect(heard('Sorry the Wi-Fi was slower than expected.', 'The wifi on this flight is awful', 'social')).toBe(true);
  });

  it('feeling with them about their situation reacts to it', () => {
    expect(
      heard(
        'We know not having service is ruff, but dogs make everything better! 🐶 ^HM',
        'I lost my signal while searching and the page didn’t load, this shows up... I am not even mad.',
        'social',
      ),
    ).toBe(true);
    expect(
      heard(
        'Dogs make everything better! 🐶 ^HM',
        'I lost my signal while searching and the page didn’t load, this shows up... I am not even mad.',
        'social',
      ),
    ).toBe(false);
  });

  it('a bare confirmation answers a yes/no question, not one asking when', () => {
    expect(heard('That’s correct.', 'So I can cancel my membership any time without a charge?', 'chat')).toBe(true);
    expect(
      heard('That’s correct.', 'I saw I can have 14 days free. Can I cancel until when there is no charge?', 'chat'),
    ).toBe(false);
    expect(
      heard(
        'That’s correct. You can cancel up to 14 days after you join.',
        'Can I cancel until when there is no charge?',
        'chat',
      ),
    ).toBe(true);
  });

  it('a generic reaction or a canned fix does not', () => {
    expect(
      heard(
        'We are sorry to hear about your experience. Customer feedback is important to us.',
        'Your engineer left muddy footprints all over my carpet.',
        'email',
      ),
    ).toBe(false);
    expect(
      heard('Hi Mo, have you tried restarting it?', 'Can you tell me why my invoice went up 18% this quarter?', 'chat'),
    ).toBe(false);
  });

  it('chat: mid-conversation a step responds; an opening reply must start on their case', () => {
    expect(heard('Ok, please hold down the power button for 15 seconds.', 'Yes I did that already', 'chat')).toBe(true);
    expect(
      heard(
        'Hi Ana! Just one moment while I pull up your account :)',
        'Hello, I get an error when I try to book a class',
        'chat',
      ),
    ).toBe(true);
    expect(
      heard(
        'Hi Ruth, I’ve escalated to our second-line team as a priority.',
        'My TV box keeps freezing every few minutes.',
        'chat',
      ),
    ).toBe(false);
  });

  it('a stock offer of help ("I’ll be glad to assist you today") hears nothing, a reaction does', () => {
    const customer = 'I don’t know the last purchase but I have over 300 books on my reader';
    expect(heard('Thank you. I’ll be glad to assist you today', customer, 'chat')).toBe(false);
    expect(heard('Glad you found them! Which reader is it?', customer, 'chat')).toBe(true);
  });
});
