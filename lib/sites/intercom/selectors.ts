// Intercom Inbox (https://app.intercom.com/a/inbox/<workspace>/inbox/conversation/<id>, also the
// app.eu. and app.au. regions). Every selector the adapter uses.
//
// Provenance. Host and path: Intercom's conversation URLs as built by many public integrations
// (`https://app.intercom.com/a/inbox/${workspace}/inbox/conversation/${id}`, regional
// `app.<region>.intercom.com`). The inbox composer is a ProseMirror editor (DESIGN.md fingerprint
// `.ProseMirror`). Every other selector here is best knowledge of the Inbox DOM, unverified against
// the live product: if none matches, the generic editable detection takes over.

import type { HelpdeskSelectors } from '../helpdesk';

export const selectors: HelpdeskSelectors = {
  hosts: [/^app(\.[a-z]{2})?\.intercom\.com$/, /^app\.intercom\.io$/],
  path: /^\/a\//,
  /** Conversation screen: the reply composer (ProseMirror). */
  composer: [
    '[data-testid="inbox-composer"] .ProseMirror[contenteditable="true"]',
    '.inbox2__composer .ProseMirror[contenteditable="true"]',
    '.conversation__composer .ProseMirror[contenteditable="true"]',
  ],
  /** Conversation screen: the composer in "Note" mode (yellow; teammates only). */
  noteComposer: ['[data-composer-mode="note"]', '.o__note', '.composer--note'],
  /** Conversation screen: the conversation stream. */
  thread: ['[data-testid="conversation-stream"]', '.conversation__stream', '.inbox2__conversation-stream'],
  /** Stream: one part (user message, admin reply, note, event). */
  item: ['[data-part-id]', '.conversation__part'],
  customerItem: ['[data-part-author-type="user"]', '[data-part-author-type="lead"]', '.o__user'],
  agentItem: ['[data-part-author-type="admin"]', '[data-part-author-type="bot"]', '.o__admin'],
  noteItem: ['[data-part-type="note"]', '.o__note'],
  /** Stream part: the text. */
  body: ['[data-testid="part-body"]', '.conversation__part__body', '.intercom-interblocks'],
  bodyNoise: ['blockquote', '.gmail_quote', 'button'],
  /** Stream part: the author's name. */
  author: ['[data-testid="part-author"]', '.conversation__part__author'],
  /** Conversation header: the channel of the conversation ("Chat", "Email", "WhatsApp", …). */
  channelMarkers: [{ selector: '[data-conversation-channel]', attribute: 'data-conversation-channel' }],
  defaultChannel: 'chat',
  ignored: ['blockquote', '.gmail_quote'],
  /** Composer footer: "Send" (and "Send and close"). */
  send: ['[data-testid="composer-send-button"]', 'button[data-testid="send-button"]'],
  composeRoot: ['[data-testid="inbox-composer"]', '.inbox2__composer', '.conversation__composer'],
};
