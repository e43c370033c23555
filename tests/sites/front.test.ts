// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/front/adapter';
import { byId, loadFixture, textsOf } from './load-fixture';

const ids = (els: HTMLElement[]) => els.map((e) => e.id);

describe('front adapter', () => {
  beforeEach(() => {
    loadFixture('front', 'conversation-email');
  });

  it('matches app.frontapp.com', () => {
    expect(adapter.matches(new URL('https://app.frontapp.com/inboxes/teams/folders/1'), document)).toBe(true);
    expect(adapter.matches(new URL('https://front.com/'), document)).toBe(false);
  });

  it('finds the reply composer, not the comment box or the search bar', () => {
    expect(ids(adapter.findComposers(document))).toEqual(['reply-editor']);
    expect(adapter.isCoached(byId('reply-editor'))).toBe(true);
    expect(adapter.isCoached(byId('comment-editor'))).toBe(false);
  });

  it('reads the latest inbound message without the signature, not the comment', () => {
    const thread = adapter.readThread(byId('reply-editor'));
    expect(thread.customer).toBe('Any news? The client is asking me every hour.');
    expect(thread.customerName).toBe('Mateo Rossi');
    expect(thread.channel).toBe('email');
  });

  it('ignores the signature in the composer and finds Send', () => {
    expect(textsOf(adapter.ignoredNodes(byId('reply-editor')))).toEqual(['Aisha Bello · Acme Logistics']);
    expect(ids(adapter.sendButtons(byId('reply-editor')))).toEqual(['reply-send']);
  });
});
