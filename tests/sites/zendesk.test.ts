// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapter, isInternalNote } from '../../lib/sites/zendesk/adapter';
import { byId, loadFixture } from './load-fixture';

const ids = (els: HTMLElement[]) => els.map((e) => e.id);

describe('zendesk adapter: matches', () => {
  it('handles the agent workspace of any Zendesk account', () => {
    expect(adapter.matches(new URL('https://acme.zendesk.com/agent/tickets/1042'), document)).toBe(true);
    expect(adapter.matches(new URL('https://acme-support.zendesk.com/agent/'), document)).toBe(true);
  });
  it('leaves the help center, other hosts and look-alike hosts alone', () => {
    expect(adapter.matches(new URL('https://acme.zendesk.com/hc/en-us/requests/new'), document)).toBe(false);
    expect(adapter.matches(new URL('https://zendesk.com.evil.example/agent/'), document)).toBe(false);
    expect(adapter.matches(new URL('https://mail.google.com/mail/u/0/'), document)).toBe(false);
  });
});

describe('zendesk adapter: email ticket, two tabs open', () => {
  beforeEach(() => {
    loadFixture('zendesk', 'email-ticket-two-tabs');
  });

  it('finds only the composer of the active ticket tab', () => {
    expect(ids(adapter.findComposers(document))).toEqual(['composer-1042']);
  });

  it('does not coach the hidden tab, coaches the active public reply', () => {
    expect(adapter.isCoached(byId('composer-1042'))).toBe(true);
    expect(adapter.isCoached(byId('composer-1043'))).toBe(false);
  });

  it('follows the selected header tab even when both panes are shown', () => {
    // Mid-switch both panes can be shown; the header tab decides.
    byId('composer-1043').closest<HTMLElement>('.ws-pane')!.style.display = '';
    expect(ids(adapter.findComposers(document))).toEqual(['composer-1042']);
    const tabs = document.querySelectorAll('[data-test-id="header-tab"]');
    tabs[0]!.setAttribute('data-entity-is-selected', 'false');
    tabs[0]!.removeAttribute('aria-current');
    tabs[0]!.setAttribute('aria-selected', 'false');
    tabs[1]!.setAttribute('data-entity-is-selected', 'true');
    tabs[1]!.setAttribute('aria-current', 'page');
    expect(ids(adapter.findComposers(document))).toEqual(['composer-1043']);
    expect(adapter.isCoached(byId('composer-1042'))).toBe(false);
    expect(adapter.isCoached(byId('composer-1043'))).toBe(true);
  });

  it("reads the customer's latest email, not the agent's reply or the internal note after it", () => {
    const thread = adapter.readThread(byId('composer-1042'));
    expect(thread.customer).toBe(
      'It has been 8 days and I still have not received my refund.\nThis is really frustrating. Please tell me where my money is.',
    );
    expect(thread.customer).not.toMatch(/Finance says|refund was issued|Sent from my phone/);
    expect(thread.customerName).toBe('Maria Garcia');
    expect(thread.channel).toBe('email');
  });

  it("reads the hidden tab's own thread for its composer (scoped to the ticket)", () => {
    const thread = adapter.readThread(byId('composer-1043'));
    expect(thread.customerName).toBe('Tom Becker');
    expect(thread.customer).toBe('hey my login code never arrives, can u help??');
    expect(thread.channel).toBe('chat');
  });

  it("returns the active ticket's send button, never the other tab's", () => {
    expect(ids(adapter.sendButtons(byId('composer-1042')))).toEqual(['submit-1042']);
  });

  it('ignores nothing inside the composer (Zendesk adds signatures on send)', () => {
    expect(adapter.ignoredNodes(byId('composer-1042'))).toEqual([]);
  });

  it('composerFor maps a focused paragraph to its composer, and refuses the macro box', () => {
    const p = byId('composer-1042').querySelector('p')!;
    expect(adapter.composerFor!(p)?.id).toBe('composer-1042');
    const macro = document.querySelector('[data-test-id="ticket-footer-macro-menu-autocomplete-input"]')!;
    expect(adapter.composerFor!(macro)).toBeNull();
    expect(adapter.composerFor!(byId('composer-1043'))).toBeNull();
  });
});

describe('zendesk adapter: messaging ticket', () => {
  beforeEach(() => {
    loadFixture('zendesk', 'messaging-ticket');
  });

  it("takes the customer's last turn (consecutive messages), not the agent's last message or the bot", () => {
    const thread = adapter.readThread(byId('composer-2077'));
    expect(thread.customer).toBe('the visa ending 4242\nboth charges are on Nov 24');
    expect(thread.customer).not.toContain('Thanks, checking now');
    expect(thread.customerName).toBe('Priya Natarajan');
    expect(thread.channel).toBe('chat');
  });

  it('is coached and has both the messaging Send and the Submit buttons', () => {
    expect(ids(adapter.findComposers(document))).toEqual(['composer-2077']);
    expect(adapter.isCoached(byId('composer-2077'))).toBe(true);
    expect(ids(adapter.sendButtons(byId('composer-2077')))).toEqual(['send-2077', 'submit-2077']);
  });

  it('names a social channel when the reply goes out through WhatsApp', () => {
    document
      .querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!
      .setAttribute('data-channel', 'whatsapp');
    expect(adapter.readThread(byId('composer-2077')).channel).toBe('social');
  });

  it('falls back to the "via" label of the customer message when there is no switcher', () => {
    document.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!.remove();
    expect(adapter.readThread(byId('composer-2077')).channel).toBe('chat');
    for (const via of document.querySelectorAll('[data-test-id="omni-log-item-via"]'))
      via.textContent = 'via Facebook Messenger';
    expect(adapter.readThread(byId('composer-2077')).channel).toBe('social');
  });

  it('has no customer message when only agents and bots wrote', () => {
    for (const m of document.querySelectorAll('[type="end-user"]')) m.setAttribute('type', 'agent');
    const thread = adapter.readThread(byId('composer-2077'));
    expect(thread.customer).toBeUndefined();
    expect(thread.customerName).toBeUndefined();
  });
});

describe('zendesk adapter: internal note', () => {
  beforeEach(() => {
    loadFixture('zendesk', 'internal-note');
  });

  it('finds the composer but does not coach the internal note', () => {
    expect(ids(adapter.findComposers(document))).toEqual(['composer-3150']);
    expect(adapter.isCoached(byId('composer-3150'))).toBe(false);
  });

  it('detects the note from the switcher alone', () => {
    byId('composer-3150').closest<HTMLElement>('.sc-note-composer')!.style.backgroundColor = '';
    expect(isInternalNote(byId('composer-3150'))).toBe(true);
  });

  it("detects the note from the composer's yellow tint alone", () => {
    const switcher = document.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('data-channel', 'email');
    switcher.setAttribute('aria-label', 'Email');
    expect(isInternalNote(byId('composer-3150'))).toBe(true);
  });

  it('coaches the same composer once switched back to a public reply', () => {
    const switcher = document.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('data-channel', 'email');
    switcher.setAttribute('aria-label', 'Email');
    byId('composer-3150').closest<HTMLElement>('.sc-note-composer')!.style.backgroundColor = '#ffffff';
    expect(adapter.isCoached(byId('composer-3150'))).toBe(true);
    const thread = adapter.readThread(byId('composer-3150'));
    expect(thread.customer).toBe('My package arrived crushed and the lamp inside is broken.');
    expect(thread.customerName).toBe('Lena Fischer');
    expect(thread.channel).toBe('email');
  });

  it('reads the channel from the log while the switcher says internal note', () => {
    expect(adapter.readThread(byId('composer-3150')).channel).toBe('email');
  });
});

describe('zendesk adapter: panes hidden by stylesheet, tab ids it does not know', () => {
  beforeEach(() => {
    loadFixture('zendesk', 'email-ticket-two-tabs');
  });

  it('treats a pane hidden by a CSS class (not inline style) as inactive', () => {
    const hidden = byId('composer-1043').closest<HTMLElement>('.ws-pane')!;
    hidden.style.display = '';
    const style = document.createElement('style');
    style.textContent = '.ws-pane.is-inactive { visibility: hidden; }';
    document.head.appendChild(style);
    hidden.classList.add('is-inactive');
    // Drop the header signal so only the stylesheet can tell.
    for (const tab of document.querySelectorAll('[data-test-id="header-tab"]')) tab.remove();
    expect(ids(adapter.findComposers(document))).toEqual(['composer-1042']);
    expect(adapter.isCoached(byId('composer-1043'))).toBe(false);
  });

  it('keeps coaching the visible pane when the selected tab id matches no pane (unknown format)', () => {
    const tab = document.querySelector('[data-test-id="header-tab"][aria-current="page"]')!;
    tab.setAttribute('data-entity-id', 'ticket/1042');
    expect(adapter.isCoached(byId('composer-1042'))).toBe(true);
    expect(adapter.isCoached(byId('composer-1043'))).toBe(false);
  });
});
