// Freshdesk agent app (https://<account>.freshdesk.com/a/tickets/<id>). Every selector the adapter uses.
//
// Provenance. The reply editor is Froala: `.fr-box > .fr-wrapper > .fr-element.fr-view[contenteditable]`
// is Froala's own markup (DESIGN.md names `.fr-element`). A public "Freshdesk AI Assistant" extension's
// DOM utilities list `.fr-element.fr-view`, `.fr-wrapper [contenteditable="true"]`, `.reply-box textarea`,
// `.redactor-editor` (older editor), and customer-message classes `.incoming-msg`, `.customer-reply`,
// `[data-testid="incoming-message"]`, `.thread-message.incoming`. The rest (conversation item, note,
// author, send button, source icon) is best knowledge of Freshdesk's Ember UI, unverified against the
// live product: when it finds nothing the adapter falls back to generic editable detection.

import type { HelpdeskSelectors } from '../helpdesk';

export const selectors: HelpdeskSelectors = {
  hosts: [/(^|\.)freshdesk\.com$/, /(^|\.)myfreshworks\.com$/],
  /** Agent app (the same hosts serve the customer portal under /support). */
  path: /^\/a(\/|$)/,
  /** Ticket screen: reply/forward/note editor (Froala; the older Redactor; a plain textarea). */
  composer: [
    '.fr-element.fr-view[contenteditable="true"]',
    '.fr-wrapper [contenteditable="true"]',
    '.redactor-editor',
    '.reply-box textarea',
  ],
  /** Ticket screen: the "Add note" editor (private notes are not sent to the customer). */
  noteComposer: ['[data-test-id="note-editor"]', '.note-editor', '.private-note-editor', '[data-editor-type="note"]'],
  /** Ticket screen: the conversation list. */
  thread: [
    '[data-test-id="conversation-list"]',
    '.ticket-details__conversations',
    '.ticket-conversation',
    '.conversation-container',
  ],
  /** Conversation list: one message, the ticket description included. */
  item: ['[data-test-id="conversation-item"]', '.conversation-item', '.thread-message'],
  /** Conversation item from the requester. */
  customerItem: [
    '.incoming-msg',
    '.customer-reply',
    '[data-testid="incoming-message"]',
    '.conversation--incoming',
    '.thread-message.incoming',
    '[data-direction="incoming"]',
  ],
  /** Conversation item from an agent. */
  agentItem: ['.conversation--outgoing', '.outgoing-msg', '.thread-message.outgoing', '[data-direction="outgoing"]'],
  /** Conversation item that is a private note. */
  noteItem: ['.conversation--private-note', '.private-note', '[data-note-type="private"]'],
  /** Conversation item: the message text. */
  body: [
    '[data-test-id="conversation-body"]',
    '.conversation__body',
    '.text__content',
    '.conv-content',
    '.message-text',
  ],
  bodyNoise: ['.freshdesk_quote', '.quoted-text', 'blockquote', '.gmail_quote', '.signature', 'button'],
  /** Conversation item: the sender's name. */
  author: ['[data-test-id="conversation-user-name"]', '.conversation__user-name', '.user-name', '.author-name'],
  /** Ticket header: the source icon ("Email", "Chat", "WhatsApp", "Facebook", "Portal", "Phone"). */
  channelMarkers: [
    { selector: '[data-test-id="ticket-source"]', attribute: 'title' },
    { selector: '[data-ticket-source]', attribute: 'data-ticket-source' },
  ],
  defaultChannel: 'email',
  /** Reply editor: the quoted previous conversation and the agent's signature. */
  ignored: ['.freshdesk_quote', 'blockquote', '.gmail_quote', '.fd-signature', '.signature', '[data-signature]'],
  /** Reply editor footer: "Send" (and "Send and set as …"). */
  send: ['[data-test-id="send-button"]', 'button.send-btn', '[data-test-id="reply-send"]'],
  composeRoot: ['[data-test-id="reply-editor"]', '.reply-editor', '.note-editor', '.reply-box', 'form'],
};
