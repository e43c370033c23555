// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapter } from '../../lib/sites/gmail/adapter';
import { byId, loadFixture, textsOf } from './load-fixture';

const ids = (els: HTMLElement[]) => els.map((e) => e.id);

describe('gmail adapter: matches', () => {
  it('handles mail.google.com only', () => {
    expect(adapter.matches(new URL('https://mail.google.com/mail/u/0/#inbox/FMfcg'), document)).toBe(true);
    expect(adapter.matches(new URL('https://mail.google.com.evil.example/'), document)).toBe(false);
    expect(adapter.matches(new URL('https://calendar.google.com/'), document)).toBe(false);
  });
});

describe('gmail adapter: thread with an inline reply and a pop-up compose', () => {
  beforeEach(() => {
    loadFixture('gmail', 'thread-inline-reply');
  });

  it('finds the inline reply and the pop-up body, not the search box or the Chat box', () => {
    expect(ids(adapter.findComposers(document))).toEqual(['reply-body', 'popup-body']);
    expect(adapter.isCoached(byId('reply-body'))).toBe(true);
    expect(adapter.isCoached(byId('popup-body'))).toBe(true);
    expect(adapter.composerFor!(byId('chat-box'))).toBeNull();
    expect(adapter.composerFor!(byId('reply-body').firstElementChild!)?.id).toBe('reply-body');
  });

  it("reads the customer's latest message without quotes or signature, not the agent's follow-up", () => {
    const thread = adapter.readThread(byId('reply-body'));
    expect(thread.customer).toBe(
      "You said it would ship tomorrow. That was five days ago!\nI want a refund if it doesn't arrive by Friday.",
    );
    expect(thread.customer).not.toMatch(/warehouse|Okafor Design|ships tomorrow\. Sam|wrote:/);
    expect(thread.customerName).toBe('Daniel Okafor');
    expect(thread.channel).toBe('email');
  });

  it('falls back to the thread sender when the To chip has no name', () => {
    const chip = document.querySelector('.afV')!;
    chip.removeAttribute('data-name');
    chip.textContent = 'daniel.okafor@example.com';
    expect(adapter.readThread(byId('reply-body')).customerName).toBe('Daniel Okafor');
  });

  it('reads the To field from the hidden input when there are no chips', () => {
    document.querySelector('.afV')!.remove();
    const thread = adapter.readThread(byId('reply-body'));
    expect(thread.customerName).toBe('Daniel Okafor');
    expect(thread.customer).toMatch(/^You said it would ship tomorrow/);
  });

  it('a new message to someone outside the thread has no customer message, but their name', () => {
    const thread = adapter.readThread(byId('popup-body'));
    expect(thread.customer).toBeUndefined();
    expect(thread.customerName).toBe('Olivia Chen');
    expect(thread.channel).toBe('email');
  });

  it('returns the quoted history and the signature (outermost nodes) from ignoredNodes', () => {
    const nodes = adapter.ignoredNodes(byId('reply-body'));
    expect(nodes.map((n) => (n as Element).className)).toEqual([
      'gmail_signature_prefix',
      'gmail_signature',
      'gmail_quote gmail_quote_container',
    ]);
    expect(textsOf(nodes)[1]).toBe('Sam LeeAcme Support');
    // The agent's own words are not ignored.
    expect(nodes.some((n) => n.textContent?.includes("We can't do anything"))).toBe(false);
    expect(adapter.ignoredNodes(byId('popup-body'))).toEqual([]);
  });

  it("finds each compose's own Send button (not the other compose's, not More send options)", () => {
    expect(ids(adapter.sendButtons(byId('reply-body')))).toEqual(['reply-send']);
    expect(ids(adapter.sendButtons(byId('popup-body')))).toEqual(['popup-send']);
  });

  it('stops coaching a body whose compose was closed (hidden)', () => {
    byId('popup-body').closest<HTMLElement>('.dw')!.style.display = 'none';
    expect(ids(adapter.findComposers(document))).toEqual(['reply-body']);
    expect(adapter.isCoached(byId('popup-body'))).toBe(false);
  });

  it("honours other checkers' opt-out on the body", () => {
    byId('reply-body').setAttribute('data-gramm', 'false');
    expect(adapter.isCoached(byId('reply-body'))).toBe(false);
  });

  it("finds Send even when Gmail renders it outside the body's form block, still not the pop-up's", () => {
    const table = byId('reply-send').closest('table')!;
    byId('reply-body').closest('.ip')!.appendChild(table);
    expect(ids(adapter.sendButtons(byId('reply-body')))).toEqual(['reply-send']);
    byId('reply-send').remove();
    expect(adapter.sendButtons(byId('reply-body'))).toEqual([]);
  });
});
