// Zendesk Agent Workspace (https://<subdomain>.zendesk.com/agent/…). Every selector the adapter uses.
//
// Provenance. Zendesk publishes no DOM contract; these `data-test-id` values are the ones public
// userscripts and extensions rely on (found with the code search over public GitHub):
//   - composer `[data-test-id="omnicomposer-rich-text-ckeditor"]` sits on the CKEditor 5 editable
//     itself (`.ck-editor__editable[data-test-id=…]`, contenteditable, role=textbox): a Zendesk
//     text-expansion extension's ckeditor-inject.js, "Zendesk - ALT Copilot" userscript,
//     a translation extension (`[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]`).
//     `[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]` and
//     `[data-test-id="omnicomposer-plain-text-ckeditor"]`: ALT Copilot.
//   - channel switcher `button[data-test-id="omnichannel-channel-switcher-button"]` with
//     `data-channel` ("web", "email", "native_messaging", "internal", …) and a localised aria-label
//     ("Email", "Internal note"): "ZD Workflow Helper" extension, a "Zendesk KPI Tracker" content
//     script, holatuwol/liferay-zendesk-userscript (`[data-channel="web"]`, menu item
//     `omnichannel-channel-switcher-menuitem-internal`), Cypress/Playwright tests of Zendesk.
//   - log: `omni-log-container`, `article[data-test-id="omni-log-comment-item"]`,
//     `omni-log-item-sender`, `omni-log-comment-user-link`, `omni-log-item-message` (with a `type`
//     attribute: "end-user" / "agent"), `omni-log-message-content` (with `data-originated-from`),
//     `.zd-comment` (email bodies), `omni-log-internal-note-tag`, `omni-log-item-via`
//     ("via messaging"), `omni-log-avatar-badge-AgentBadge`: a "Frustration Meter" userscript,
//     a ZDTranscript extractor, ZES-derived scripts, Liferay userscripts.
//   - panes: all open tickets stay in the DOM inside `main#main_panes`, one child per tab, the
//     inactive ones hidden with CSS ("ZD Workflow Helper"); the conversation pane is
//     `div.omni-conversation-pane[data-ticket-id]` (liferay userscript CSS); the header tab of the
//     selected ticket is `[data-test-id="header-tab"][aria-current="page"]` /
//     `[data-entity-is-selected="true"]` with `data-entity-id` (client-mismatch extension, ALT Copilot).
//   - send: `[data-test-id="submit_button-button"]` ("Submit as …") and
//     `[data-test-id="omnichannel-omnicomposer-send-button"]` (messaging "Send"): Cypress page
//     object of a Zendesk integration, ZD Workflow Helper.
//   - legacy (pre-Agent-Workspace) composer: `.comment_input.is-public` vs not public (liferay CSS).

/** Host of every Zendesk Support account. */
export const HOSTS = [/(^|\.)zendesk\.com$/];
/** Agent interface paths (Agent Workspace and the legacy agent UI). */
export const AGENT_PATH = /^\/agent(\/|$)/;

/** Ticket screen, conversation pane: the reply/note composer (CKEditor 5 editable root). */
export const COMPOSER = [
  '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]',
  '[data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable',
  '[data-test-id="ticket-rich-text-editor"] .ck-editor__editable',
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  '.zendesk-editor--rich-text-container [contenteditable="true"][role="textbox"]',
];

/** Ticket screen: the whole composer area (channel switcher + editor + toolbar). */
export const EDITOR_VIEW = ['[data-test-id="editor-view"]', '[data-test-id="omnicomposer"]'];

/** Ticket screen, composer header: "Public reply / Email / Messaging / Internal note" switcher. */
export const CHANNEL_SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';
/** `data-channel` values of the switcher that mean an internal note. */
export const INTERNAL_CHANNELS = ['internal', 'internal_note', 'note', 'private'];

/**
 * Ticket screen: markers of an internal-note composer besides the switcher (Zendesk tints the
 * note composer yellow; the class/attribute names are not published, so these are the
 * conventional ones plus the legacy UI's `.comment_input` without `.is-public`).
 */
export const INTERNAL_NOTE_MARKERS = [
  '[data-test-id="omnicomposer-internal-note"]',
  '[data-comment-type="internal"]',
  '[data-is-internal="true"]',
  '[data-is-public="false"]',
  '.is-internal',
  '.is-internal-note',
  '.internal-note',
  '.comment_input:not(.is-public)',
];

/** Ticket screen: the conversation pane of one ticket (one per open tab). */
export const TICKET_PANE = ['[data-ticket-id]', '[data-side-conversations-anchor-id]'];
/** Workspace: the container holding one child pane per open tab (inactive ones hidden). */
export const MAIN_PANES = 'main#main_panes, #main_panes';

/** Workspace header: the tab of the ticket shown now (carries data-entity-id = ticket id). */
export const SELECTED_TAB = [
  '[data-test-id="header-tab"][aria-current="page"]',
  '[data-test-id="header-tab"][data-entity-is-selected="true"]',
  '[data-test-id="header-tab"][aria-selected="true"]',
];

/** Ticket screen: the conversation log. */
export const LOG = '[data-test-id="omni-log-container"]';
/** Conversation log: one event (a comment, message, or note). */
export const LOG_ITEM = ['[data-test-id="omni-log-comment-item"]', 'article[data-test-id^="omni-log"]'];
/** Log item: the sender's name (a user link with <strong>Name</strong> inside). */
export const LOG_SENDER = ['[data-test-id="omni-log-item-sender"]', '[data-test-id="omni-log-comment-user-link"]'];
/** Log item: the message wrapper, whose `type` attribute says "end-user" or "agent". */
export const LOG_MESSAGE = '[data-test-id="omni-log-item-message"]';
/** Log item: the message body (email bodies are `.zd-comment`, chat/messaging the content div). */
export const LOG_BODY = ['.zd-comment', '[data-test-id="omni-log-message-content"]', LOG_MESSAGE];
/** Log item: content that is not the customer's words (signature, read receipts, quoted mail). */
export const LOG_BODY_NOISE = [
  'div.signature',
  '.signature',
  '.gmail_quote',
  '.zd-quoted-text',
  '[data-test-id="convo-log-item-read-indicator"]',
  '[data-test-id="convo-log-item-delivered-indicator"]',
  'button',
  'time',
];
/** Log item: the "Internal note" tag shown on notes. */
export const LOG_INTERNAL_TAG = '[data-test-id="omni-log-internal-note-tag"]';
/** Log item: the agent badge on the avatar of messages sent by agents. */
export const LOG_AGENT_BADGE = '[data-test-id="omni-log-avatar-badge-AgentBadge"]';
/** Log item: the "via email / via messaging / via WhatsApp" label. */
export const LOG_VIA = '[data-test-id="omni-log-item-via"]';
/** Log item: `data-originated-from` on the message content (EmailInteraction, ChatInteraction…). */
export const LOG_ORIGIN_ATTR = 'data-originated-from';
/** `type` values of LOG_MESSAGE written by the customer. */
export const CUSTOMER_TYPES = ['end-user', 'end_user', 'requester', 'customer'];
/** `type` values of LOG_MESSAGE not written by the customer. */
export const NON_CUSTOMER_TYPES = ['agent', 'internal', 'bot', 'system', 'trigger'];
/** `data-originated-from` values of automations, not people. */
export const AUTOMATED_ORIGINS = ['ApiInteraction', 'Trigger', 'Automation', 'Rule'];

/** Ticket screen footer: "Submit as …" and the messaging "Send" button. */
export const SEND_BUTTONS = [
  '[data-test-id="submit_button-button"]',
  '[data-test-id="omnichannel-omnicomposer-send-button"]',
];
