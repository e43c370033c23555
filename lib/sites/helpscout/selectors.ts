// Help Scout (https://secure.helpscout.net/conversation/<id>/…). Every selector the adapter uses.
//
// Provenance. zackkatz/freescout-gpt-assistant `adapters/helpscoutAdapter.js` (a public Chrome
// extension for Help Scout): editor `[data-cy="ConvoEditor"]`, `[data-testid="reply-editor"]`,
// `.editor-container[contenteditable="true"]`, `[role="textbox"][aria-label="Reply Editor"]`;
// thread `[data-testid="ThreadContainer"]`, `ol[aria-label="Thread Items"]`; items
// `li > div[id^="thread-"]`, `.thread-item`; customer items `.is-customer`; author
// `span[data-nocollapse="true"]`; note button `[data-testid="note-button"]`. Note-mode composer,
// note items, send button and channel marker: best knowledge, unverified (generic fallback applies).

import type { HelpdeskSelectors } from '../helpdesk';

export const selectors: HelpdeskSelectors = {
  hosts: [/^secure\.helpscout\.net$/],
  /** Conversation screen: the reply editor (also used for notes, see noteComposer). */
  composer: [
    '[data-cy="ConvoEditor"]',
    '[data-testid="reply-editor"]',
    '.editor-container[contenteditable="true"]',
    '[role="textbox"][aria-label="Reply Editor"]',
  ],
  /** Conversation screen: the editor in "Note" mode (notes are yellow, internal). */
  noteComposer: [
    '[data-cy="NoteEditor"]',
    '[data-testid="note-editor"]',
    '.is-note-editor',
    '[data-editor-mode="note"]',
  ],
  /** Conversation screen: the thread list. */
  thread: ['[data-testid="ThreadContainer"]', 'ol[aria-label="Thread Items"]', '#convo-main'],
  /** Thread: one item (customer message, reply, note, line item). */
  item: ['li > div[id^="thread-"]', '.thread-item'],
  customerItem: ['.is-customer', '[data-thread-type="customer"]'],
  agentItem: ['.is-reply', '.is-user', '[data-thread-type="message"]'],
  noteItem: ['.is-note', '[data-thread-type="note"]'],
  /** Thread item: the message text. */
  body: ['.thread-content', '[data-testid="thread-body"]', '.messageBody'],
  bodyNoise: ['blockquote', '.gmail_quote', '.hs-quoted', '.signature', 'button'],
  /** Thread item: the author's name. */
  author: ['span[data-nocollapse="true"]', '.thread-author', '[data-testid="thread-author"]'],
  /** Conversation header: the conversation type ("Email", "Chat", "Phone"). */
  channelMarkers: [{ selector: '[data-testid="conversation-type"]', attribute: 'data-type' }],
  defaultChannel: 'email',
  /** Reply editor: quoted text and the mailbox signature preview. */
  ignored: ['blockquote', '.gmail_quote', '.hs-signature', '.signature'],
  /** Reply bar: "Send" (and "Send and close"). */
  send: ['[data-cy="SendButton"]', '[data-testid="send-button"]', 'button[data-cy="send-reply"]'],
  composeRoot: ['[data-testid="reply-bar"]', '.c-reply-bar', 'form'],
};
