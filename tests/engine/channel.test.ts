import { describe, expect, it } from 'vitest';
import { channelExpectations } from '../../lib/engine/channel';
import { contextFor } from './signals/helpers';

describe('channel expectations (lib/engine/channel.ts)', () => {
  it('email: greeting, thanks, closing', () => {
    expect(channelExpectations(contextFor('Your order ships today.', 'Where is my order?', 'email'))).toEqual({
      greeting: true,
      thanks: true,
      closing: true,
    });
  });

  it('social: none of them', () => {
    expect(
      channelExpectations(contextFor('Please DM us your order number.', 'Hi, where is my order?', 'social')),
    ).toEqual({
      greeting: false,
      thanks: false,
      closing: false,
    });
  });

  it('chat: greet back when greeted; thanks and closing on the reply that opens the conversation', () => {
    expect(channelExpectations(contextFor('Your order ships today.', 'Hi, where is my order?', 'chat')).greeting).toBe(
      true,
    );
    expect(channelExpectations(contextFor('Your order ships today.', 'Where is my order 4471?', 'chat')).greeting).toBe(
      false,
    );
    expect(
      channelExpectations(contextFor('Hi Jo! Your order ships today.', 'Where is my order 4471?', 'chat')).closing,
    ).toBe(true);
    expect(
      channelExpectations(contextFor('Please hold the power button for 10 seconds.', 'Yes, I did', 'chat')),
    ).toEqual({
      greeting: false,
      thanks: false,
      closing: false,
    });
  });
});
