// Gmail: compose and reply bodies; the person written to (To field, else the thread); the message
// being replied to as the customer's message; quoted history and the signature left out.

import type { SiteAdapter, ThreadContext } from '../types';
import {
  closestAny,
  editableRoot,
  firstText,
  hostMatches,
  isEditable,
  isInOwnUi,
  isOptedOut,
  isShown,
  matchesAny,
  outermost,
  queryAll,
  queryFirst,
  readText,
} from '../shared';
import * as S from './selectors';

function composeRoot(composer: HTMLElement): Element | null {
  return closestAny(composer, S.COMPOSE_ROOT);
}

interface Recipient {
  email?: string;
  name?: string;
}

/** "Maria Garcia <maria@example.com>" → parts. */
function parseAddress(value: string): Recipient {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (m) return { name: m[1]?.trim() || undefined, email: m[2]!.trim().toLowerCase() };
  return value.includes('@') ? { email: value.trim().toLowerCase() } : { name: value.trim() || undefined };
}

/** The To recipients of this compose, in order. */
function recipients(composer: HTMLElement): Recipient[] {
  const root = composeRoot(composer);
  if (!root) return [];
  const chips = queryAll(root, S.TO_RECIPIENTS).filter((el) => !composer.contains(el));
  const list: Recipient[] = chips.map((chip) => {
    const email = (chip.getAttribute('email') ?? chip.getAttribute('data-hovercard-id') ?? '').toLowerCase();
    const name = firstText(chip.getAttribute('name'), chip.getAttribute('data-name'), chip.textContent);
    return { email: email.includes('@') ? email : undefined, name: name && name !== email ? name : undefined };
  });
  if (list.length === 0) {
    for (const input of root.querySelectorAll<HTMLInputElement>(S.TO_INPUT)) {
      for (const part of input.value.split(/,(?![^<]*>)/)) if (part.trim()) list.push(parseAddress(part));
    }
  }
  return list;
}

interface Message {
  el: Element;
  sender: Recipient;
  body: Element;
}

/** Expanded (body shown) messages of the thread the composer belongs to, oldest first. */
function threadMessages(composer: HTMLElement): Message[] {
  const root = closestAny(composer, S.THREAD_ROOT) ?? composer.ownerDocument;
  const messages: Message[] = [];
  for (const el of outermost(queryAll(root, S.MESSAGE))) {
    if (el.contains(composer)) continue;
    const body = queryFirst(el, S.MESSAGE_BODY);
    if (!body || !isShown(body)) continue;
    const senderEl = queryFirst(el, S.MESSAGE_SENDER);
    const sender: Recipient = {
      email: senderEl?.getAttribute('email')?.toLowerCase() || undefined,
      name: firstText(senderEl?.getAttribute('name'), senderEl?.textContent),
    };
    messages.push({ el, sender, body });
  }
  return messages;
}

/**
 * The customer is the person this reply is addressed to. Their message is the last expanded message
 * they sent; with no usable recipient, an inline reply answers the last expanded message. A pop-up
 * compose with no matching sender is a new message: no customer message.
 */
export function readGmailThread(composer: HTMLElement): ThreadContext {
  const to = recipients(composer);
  const messages = threadMessages(composer);
  const emails = new Set(to.map((r) => r.email).filter(Boolean));
  let message: Message | undefined;
  if (emails.size) {
    for (let i = messages.length - 1; i >= 0 && !message; i--) {
      if (messages[i]!.sender.email && emails.has(messages[i]!.sender.email)) message = messages[i];
    }
  }
  const popup = closestAny(composer, S.POPUP_COMPOSE) !== null;
  if (!message && !emails.size && !popup) message = messages[messages.length - 1];

  const context: ThreadContext = { channel: 'email' };
  if (message) {
    const text = readText(message.body, [...S.QUOTED, ...S.SIGNATURE, ...S.QUOTED_IN_MESSAGE]);
    if (text) context.customer = text;
  }
  const addressee = to.find((r) => r.email && r.email === message?.sender.email) ?? to[0];
  const name = addressee?.name ?? message?.sender.name;
  if (name) context.customerName = name;
  return context;
}

export function findGmailComposers(doc: Document): HTMLElement[] {
  const roots = queryAll(doc, S.BODY)
    .map((el) => editableRoot(el) ?? el)
    .filter((el) => isEditable(el) && isShown(el));
  return outermost(roots);
}

/** Quoted history and the signature inside the body (outermost nodes only). */
export function gmailIgnoredNodes(composer: HTMLElement): Node[] {
  return outermost(queryAll(composer, [...S.QUOTED, ...S.SIGNATURE]));
}

/** The Send button of this compose: from the body outwards, the nearest ancestor holding one, never past
 * the compose's own container (so another compose's button is never returned). */
export function gmailSendButtons(composer: HTMLElement): HTMLElement[] {
  const stop = closestAny(composer, S.COMPOSE_BOUNDARY) ?? composeRoot(composer);
  for (let node: Element | null = composer.parentElement; node; node = node.parentElement) {
    const found = queryAll(node, S.SEND_BUTTON).filter((b) => !composer.contains(b) && isShown(b));
    if (found.length) return outermost(found);
    if (node === stop) break;
  }
  return [];
}

function gmailComposerFor(el: Element): HTMLElement | null {
  const root = editableRoot(el);
  if (!root || !matchesAny(root, S.BODY)) return null;
  return isShown(root) && !isOptedOut(root) && !isInOwnUi(root) ? root : null;
}

export const adapter: SiteAdapter = {
  id: 'gmail',
  matches: (location) => hostMatches(location, S.HOSTS),
  findComposers: findGmailComposers,
  isCoached: (composer) => composer.isConnected && isShown(composer) && !isOptedOut(composer),
  readThread: readGmailThread,
  ignoredNodes: gmailIgnoredNodes,
  sendButtons: gmailSendButtons,
  composerFor: gmailComposerFor,
};
