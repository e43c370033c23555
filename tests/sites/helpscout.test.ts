// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/helpscout/adapter';
import { byId, loadFixture, textsOf } from './load-fixture';

const ids = (els: HTMLElement[]) => els.map((e) => e.id);

describe('helpscout adapter', () => {
  beforeEach(() => {
    loadFixture('helpscout', 'conversation-reply');
  });

  it('matches secure.helpscout.net', () => {
    expect(adapter.matches(new URL('https://secure.helpscout.net/conversation/3317/1/'), document)).toBe(true);
    expect(adapter.matches(new URL('https://www.helpscout.com/pricing/'), document)).toBe(false);
  });

  it('finds the reply editor, not the conversation search', () => {
    expect(ids(adapter.findComposers(document))).toEqual(['reply-editor']);
    expect(adapter.isCoached(byId('reply-editor'))).toBe(true);
  });

  it("reads the customer's latest message, not the reply or the note", () => {
    const thread = adapter.readThread(byId('reply-editor'));
    expect(thread.customer).toBe('Cleared cookies, same error: "session expired". I have a demo in an hour!');
    expect(thread.customerName).toBe('Jonas Berg');
    expect(thread.channel).toBe('email');
  });

  it('does not coach the editor in note mode', () => {
    byId('reply-editor').setAttribute('data-editor-mode', 'note');
    expect(adapter.isCoached(byId('reply-editor'))).toBe(false);
  });

  it('returns the quoted text and the Send button', () => {
    expect(textsOf(adapter.ignoredNodes(byId('reply-editor')))).toEqual([
      'On Tue, Jonas Berg wrote: Cleared cookies, same error…',
    ]);
    expect(ids(adapter.sendButtons(byId('reply-editor')))).toEqual(['reply-send']);
  });

  it('reads a chat conversation type', () => {
    document.querySelector('[data-testid="conversation-type"]')!.setAttribute('data-type', 'chat');
    expect(adapter.readThread(byId('reply-editor')).channel).toBe('chat');
  });
});
