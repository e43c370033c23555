// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/intercom/adapter';
import { byId, loadFixture } from './load-fixture';

const ids = (els: HTMLElement[]) => els.map((e) => e.id);

describe('intercom adapter', () => {
  beforeEach(() => {
    loadFixture('intercom', 'conversation-chat');
  });

  it('matches the inbox in every region', () => {
    expect(adapter.matches(new URL('https://app.intercom.com/a/inbox/abc123/inbox/conversation/9'), document)).toBe(
      true,
    );
    expect(adapter.matches(new URL('https://app.eu.intercom.com/a/inbox/abc123/inbox/conversation/9'), document)).toBe(
      true,
    );
    expect(adapter.matches(new URL('https://www.intercom.com/a/'), document)).toBe(false);
  });

  it('finds the ProseMirror reply composer, not the search box', () => {
    expect(ids(adapter.findComposers(document))).toEqual(['reply-editor']);
    expect(adapter.isCoached(byId('reply-editor'))).toBe(true);
  });

  it("reads the user's latest message, not the bot's, the admin's or the note", () => {
    const thread = adapter.readThread(byId('reply-editor'));
    expect(thread.customer).toBe('The monthly revenue report. It worked last week.');
    expect(thread.customerName).toBe('Chloé Martin');
    expect(thread.channel).toBe('chat');
  });

  it('does not coach the composer in note mode', () => {
    document.querySelector('[data-testid="inbox-composer"]')!.setAttribute('data-composer-mode', 'note');
    expect(adapter.isCoached(byId('reply-editor'))).toBe(false);
  });

  it('finds the Send button', () => {
    expect(ids(adapter.sendButtons(byId('reply-editor')))).toEqual(['reply-send']);
  });
});
