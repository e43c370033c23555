// Gmail (https://mail.google.com/mail/…). Every selector the adapter uses.
//
// Provenance. Gmail's class names are obfuscated but have been stable for years; these are the ones
// public extensions and scrapers use (found with the code search over public GitHub) plus the
// attributes named in DESIGN.md:
//   - body `div[role="textbox"][contenteditable="true"]`, `[g_editable="true"]`, classes `.Am.Al.editable`
//     (DESIGN.md; a Gmail extension's GmailSelectors list has `.Am.Al.editable`). The aria-label
//     ("Message Body") is localised: never used.
//   - thread: messages `div.adn` (with `.gs`), sender `span.gD` with `email` and `name` attributes,
//     recipients `span.g2 span[email]`, body `div.a3s.aiL` inside `div.ii.gt`, subject `h2.hP`
//     (several Gmail scrapers and Selenium page objects, e.g. `h3.iw>span.gD`, `div.a3s>div[dir=ltr]`).
//   - send: `.T-I.aoO` (the blue Send button, `div.T-I.J-J5-Ji.aoO.v7.T-I-atl.L3[role=button]` in a
//     Gmail web-app action list); `data-tooltip`/aria-label "Send" is localised (English fallback only).
//   - quoted history/signature: `.gmail_quote` (+ `.gmail_quote_container`), `blockquote`,
//     `.gmail_signature`, `[data-smartmail="gmail_signature"]`, trimmed-content toggles `.yj6qo`,
//     `.ajR` and hidden trimmed text `.adL`, quoted-text colouring `.im`: Gmail's own sent-mail markup
//     and best knowledge of the web UI.
//   - compose recipients: newer UI chips `div[role="option"][data-hovercard-id]` (the address; public
//     Gmail tracking/CRM extensions read it), `.afV [email]`, `.aoD.hl [email]`; older UI
//     `div[name="to"] .vT .vN`, `span.vN[name]` / `span.vN[email]` (the name is the chip text or a
//     `data-name`/`name` attribute); the hidden `input[name="to"]` ("Name <address>"): best knowledge.

export const HOSTS = [/^mail\.google\.com$/];

/** Compose window and inline reply: the message body. */
export const BODY = [
  'div[role="textbox"][contenteditable="true"][g_editable="true"]',
  'div[contenteditable="true"][g_editable="true"]',
  'div.Am.Al.editable[contenteditable="true"]',
  'div[role="textbox"][contenteditable="true"].editable',
];

/** Compose window (pop-up/full screen) and inline reply: the compose form's root. */
export const COMPOSE_ROOT = ['.M9', '.AD', '[role="dialog"]', '.ip', '.aoI', 'form'];
/** Compose window and inline reply: the outermost container of one compose (Send is inside). */
export const COMPOSE_BOUNDARY = ['[role="dialog"]', '.AD', '.ip'];
/** A pop-up/full-screen compose (a dialog), as opposed to an inline reply inside the thread. */
export const POPUP_COMPOSE = ['[role="dialog"]', '.AD'];

/** Compose window: the To field's recipient chips (first one = the person we answer). */
export const TO_RECIPIENTS = [
  '[role="option"][data-hovercard-id]',
  '.afV[data-hovercard-id]',
  '.afV [email]',
  'span.vN[email]',
  '.vR [email]',
  '[email][name]',
];
/** Compose window: hidden input holding "Name <address>" for each To recipient. */
export const TO_INPUT = 'input[name="to"]';

/** Conversation view: the thread area. */
export const THREAD_ROOT = ['[role="main"]', '.nH.if', '.Bs'];
/** Conversation view: one message of the thread. */
export const MESSAGE = ['div.adn', 'div.gs'];
/** Conversation view, expanded message: the body. */
export const MESSAGE_BODY = ['div.ii.gt div.a3s', 'div.a3s.aiL', 'div.a3s'];
/** Conversation view, message header: the sender (carries `email` and `name`). */
export const MESSAGE_SENDER = ['span.gD[email]', 'h3.iw span[email]'];

/** Compose body and received messages: quoted history, trimmed content and signatures. */
export const QUOTED = [
  '.gmail_quote_container',
  '.gmail_quote',
  'blockquote',
  '.adL',
  '.yj6qo',
  '.ajR',
  '.gmail_extra',
];
export const SIGNATURE = ['.gmail_signature_prefix', '.gmail_signature', '[data-smartmail="gmail_signature"]'];
/** Received messages only: Gmail's colouring of quoted lines. */
export const QUOTED_IN_MESSAGE = ['.im'];

/** Compose window and inline reply: the Send button (class-based; labels are localised). */
export const SEND_BUTTON = ['.T-I.aoO', 'div[role="button"][data-tooltip^="Send"]'];
