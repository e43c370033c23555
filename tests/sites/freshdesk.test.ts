// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/freshdesk/adapter';
import { byId, loadFixture, textsOf } from './load-fixture';

const ids = (els: HTMLElement[]) => els.map((e) => e.id);

describe('freshdesk adapter', () => {
  beforeEach(() => {
    loadFixture('freshdesk', 'ticket-reply-and-note');
  });

  it('matches the agent app, not the customer portal', () => {
    expect(adapter.matches(new URL('https://acme.freshdesk.com/a/tickets/5531'), document)).toBe(true);
    expect(adapter.matches(new URL('https://acme.freshdesk.com/support/tickets/new'), document)).toBe(false);
    expect(adapter.matches(new URL('https://freshdesk.com.example.org/a/'), document)).toBe(false);
  });

  it('finds both Froala editors but coaches the reply, not the private note', () => {
    expect(ids(adapter.findComposers(document))).toEqual(['reply-editor', 'note-editor']);
    expect(adapter.isCoached(byId('reply-editor'))).toBe(true);
    expect(adapter.isCoached(byId('note-editor'))).toBe(false);
  });

  it("reads the requester's latest reply without the quote, not the agent's or the note", () => {
    const thread = adapter.readThread(byId('reply-editor'));
    expect(thread.customer).toBe('I already sent it twice. It is PT 509 123 456. Please fix it today.');
    expect(thread.customerName).toBe('Ana Souza');
    expect(thread.channel).toBe('email');
  });

  it('reads the channel from the ticket source icon', () => {
    document.querySelector('[data-test-id="ticket-source"]')!.setAttribute('title', 'WhatsApp');
    expect(adapter.readThread(byId('reply-editor')).channel).toBe('social');
    document.querySelector('[data-test-id="ticket-source"]')!.setAttribute('title', 'Chat');
    expect(adapter.readThread(byId('reply-editor')).channel).toBe('chat');
  });

  it('ignores the signature and the quoted conversation in the editor', () => {
    expect(textsOf(adapter.ignoredNodes(byId('reply-editor')))).toEqual([
      'Ravi KumarAcme Billing Support',
      'On Tue, Ana Souza wrote: I already sent it twice…',
    ]);
  });

  it("finds the reply's Send button, not the note's Add note", () => {
    expect(ids(adapter.sendButtons(byId('reply-editor')))).toEqual(['reply-send']);
  });

  it('falls back to generic detection when the Froala selectors find nothing (a redesign)', () => {
    for (const el of document.querySelectorAll('.fr-element, .fr-wrapper')) el.className = 'editor-x';
    const found = adapter.findComposers(document);
    expect(ids(found)).toEqual(['reply-editor', 'note-editor']);
    // The search box in the header is still not a composer.
    expect(found.some((el) => el.matches('.global-search'))).toBe(false);
    // The note editor is still recognised by its container.
    expect(adapter.isCoached(byId('note-editor'))).toBe(false);
    expect(adapter.isCoached(byId('reply-editor'))).toBe(true);
  });
});
