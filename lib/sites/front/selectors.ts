// Front (https://app.frontapp.com/…). Every selector the adapter uses.
//
// Provenance. Host: Front's own links (`https://app.frontapp.com/open/<id>`, `/compose?to=`) as used
// by public integrations. Front's reply composer is a rich contenteditable; the comment box (internal
// discussion with teammates) is a second editor that must not be coached. Every selector below is best
// knowledge, unverified against the live product; when none matches, generic detection takes over.

import type { HelpdeskSelectors } from '../helpdesk';

export const selectors: HelpdeskSelectors = {
  hosts: [/^app\.frontapp\.com$/, /(^|\.)frontapp\.com$/],
  /** Conversation screen and compose window: the message editor. */
  composer: [
    '[data-testid="composer-editor"] [contenteditable="true"]',
    '[data-testid="message-composer"] [contenteditable="true"]',
    '.composer [contenteditable="true"]',
  ],
  /** Conversation screen: the comment box (internal discussion) — not coached. */
  noteComposer: ['[data-testid="comment-composer"]', '.comment-composer', '[data-composer-type="comment"]'],
  /** Conversation screen: the message list. */
  thread: ['[data-testid="conversation-messages"]', '.conversation-messages', '[role="log"]'],
  /** Message list: one message or comment. */
  item: ['[data-testid="message"]', '[data-testid="comment"]', '.message-item'],
  customerItem: ['[data-message-direction="inbound"]', '.is-inbound'],
  agentItem: ['[data-message-direction="outbound"]', '.is-outbound'],
  noteItem: ['[data-testid="comment"]', '.is-comment'],
  /** Message: the text. */
  body: ['[data-testid="message-body"]', '.message-body'],
  bodyNoise: ['blockquote', '.gmail_quote', '.front-signature', '.signature', 'button'],
  /** Message header: the sender's name. */
  author: ['[data-testid="message-sender-name"]', '.message-sender'],
  /** Message header: the channel icon's label ("Email", "SMS", "WhatsApp", "Facebook", "Chat"). */
  channelMarkers: [{ selector: '[data-testid="channel-icon"]', attribute: 'aria-label' }],
  defaultChannel: 'email',
  ignored: ['blockquote', '.gmail_quote', '.front-signature', '[data-signature]'],
  /** Composer footer: "Send". */
  send: ['[data-testid="send-button"]', 'button[data-testid="composer-send"]'],
  composeRoot: ['[data-testid="composer"]', '.composer', 'form'],
};
