// Zendesk Agent Workspace: the CKEditor 5 composer of the ticket shown now, public replies only;
// the customer's latest message, their name and the channel from the conversation log.

import type { Channel } from '../../engine/types';
import type { SiteAdapter, ThreadContext } from '../types';
import {
  backgroundOf,
  channelFromLabel,
  closestAny,
  editableRoot,
  firstText,
  hostMatches,
  isEditable,
  isOptedOut,
  isShown,
  isYellowish,
  matchesAny,
  outermost,
  queryAll,
  queryFirst,
  readText,
} from '../shared';
import * as S from './selectors';

/** The workspace pane (a child of main#main_panes) holding `el`, if the page has that layout. */
function workspacePane(el: Element): Element | null {
  for (let node: Element | null = el; node?.parentElement; node = node.parentElement) {
    if (node.parentElement.matches(S.MAIN_PANES)) return node;
  }
  return null;
}

/** The ticket's conversation pane holding `el` (carries the ticket id). */
function ticketPane(el: Element): Element | null {
  return closestAny(el, S.TICKET_PANE);
}

function ticketIdOf(pane: Element | null): string | null {
  if (!pane) return null;
  return pane.getAttribute('data-ticket-id') ?? pane.getAttribute('data-side-conversations-anchor-id');
}

/** The id of the ticket whose header tab is selected, when the header says so. */
function selectedTicketId(doc: Document): string | null {
  const tab = queryFirst(doc, S.SELECTED_TAB);
  return tab?.getAttribute('data-entity-id') ?? null;
}

/**
 * Shown, and the ticket of the selected header tab when the header names one that has a pane here.
 * (If the tab's id matches no pane, e.g. a format we do not know, visibility alone decides: better
 * than going silently inactive.)
 */
function isInActivePane(composer: HTMLElement): boolean {
  if (!isShown(composer)) return false;
  const id = ticketIdOf(ticketPane(composer));
  const selected = selectedTicketId(composer.ownerDocument);
  if (!id || !selected || id === selected) return true;
  const selectedPaneExists = S.TICKET_PANE.some((attr) => {
    const name = attr.slice(1, -1);
    return [...composer.ownerDocument.querySelectorAll(attr)].some((el) => el.getAttribute(name) === selected);
  });
  return !selectedPaneExists;
}

/** The scope to look for this composer's switcher, log and buttons: its pane, else the page. */
function scopeOf(composer: HTMLElement): ParentNode {
  return workspacePane(composer) ?? ticketPane(composer) ?? composer.ownerDocument;
}

function channelSwitcher(composer: HTMLElement): HTMLElement | null {
  const view = closestAny(composer, S.EDITOR_VIEW);
  const scopes: ParentNode[] = [];
  if (view) scopes.push(view);
  const pane = ticketPane(composer);
  if (pane) scopes.push(pane);
  scopes.push(scopeOf(composer));
  for (const scope of scopes) {
    const found = scope.querySelector<HTMLElement>(S.CHANNEL_SWITCHER);
    if (found) return found;
  }
  return null;
}

/**
 * Internal note? Two independent signals: the channel switcher's state (`data-channel`, else its
 * English label), and the note composer's own marking (a note class/attribute, or the yellow tint
 * Zendesk gives note composers, checked on the editable and its wrappers up to the editor view).
 */
export function isInternalNote(composer: HTMLElement): boolean {
  const switcher = channelSwitcher(composer);
  if (switcher) {
    const channel = switcher.getAttribute('data-channel')?.toLowerCase();
    if (channel && S.INTERNAL_CHANNELS.includes(channel)) return true;
    if (!channel && /internal|private note/i.test(switcher.getAttribute('aria-label') ?? switcher.textContent ?? ''))
      return true;
  }
  if (closestAny(composer, S.INTERNAL_NOTE_MARKERS)) return true;
  const stop = closestAny(composer, S.EDITOR_VIEW);
  let node: Element | null = composer;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    if (isYellowish(backgroundOf(node))) return true;
    if (node === stop) break;
  }
  return false;
}

/** The reply channel the switcher is set to, unless it is set to an internal note. */
function switcherChannel(composer: HTMLElement): Channel | undefined {
  const switcher = channelSwitcher(composer);
  if (!switcher) return undefined;
  const value = switcher.getAttribute('data-channel');
  if (value) return S.INTERNAL_CHANNELS.includes(value.toLowerCase()) ? undefined : channelFromLabel(value);
  return channelFromLabel(switcher.getAttribute('aria-label'));
}

type Author = 'customer' | 'agent' | 'note' | 'automation';

function authorOf(item: Element): Author {
  const message = item.querySelector(S.LOG_MESSAGE);
  const type = message?.getAttribute('type')?.toLowerCase() ?? '';
  if (item.querySelector(S.LOG_INTERNAL_TAG) || type === 'internal' || matchesAny(item, S.INTERNAL_NOTE_MARKERS))
    return 'note';
  if (item.querySelector(S.LOG_AGENT_BADGE)) return 'agent';
  if (S.CUSTOMER_TYPES.includes(type)) return 'customer';
  if (S.NON_CUSTOMER_TYPES.includes(type)) return type === 'agent' ? 'agent' : 'automation';
  const origin = item.querySelector(`[${S.LOG_ORIGIN_ATTR}]`)?.getAttribute(S.LOG_ORIGIN_ATTR) ?? '';
  if (S.AUTOMATED_ORIGINS.includes(origin)) return 'automation';
  return 'customer';
}

function bodyOf(item: Element): string {
  const body = queryFirst(item, S.LOG_BODY);
  return body ? readText(body, S.LOG_BODY_NOISE) : '';
}

function senderOf(item: Element): string | undefined {
  const sender = queryFirst(item, S.LOG_SENDER);
  if (!sender) return undefined;
  return firstText(sender.querySelector('strong')?.textContent, sender.textContent);
}

/** The log items of this composer's ticket, oldest first. */
function logItems(composer: HTMLElement): Element[] {
  const scope = ticketPane(composer) ?? scopeOf(composer);
  const log = scope.querySelector(S.LOG) ?? scope;
  return outermost(queryAll(log, S.LOG_ITEM));
}

/**
 * The customer's latest turn: the last log item written by the customer (not an agent, a note or
 * an automation), together with the customer's items right before it with nothing in between
 * (chat and messaging customers send several short messages in a row).
 */
export function readZendeskThread(composer: HTMLElement): ThreadContext {
  const items = logItems(composer);
  const context: ThreadContext = {};
  let last = -1;
  for (let i = items.length - 1; i >= 0; i--) {
    if (authorOf(items[i]!) === 'customer' && bodyOf(items[i]!)) {
      last = i;
      break;
    }
  }
  const customerItem = last >= 0 ? items[last]! : undefined;
  if (customerItem) {
    const name = senderOf(customerItem);
    const texts = [bodyOf(customerItem)];
    for (let j = last - 1; j >= 0; j--) {
      const item = items[j]!;
      if (authorOf(item) !== 'customer' || senderOf(item) !== name) break;
      const text = bodyOf(item);
      if (text) texts.unshift(text);
    }
    context.customer = texts.join('\n');
    if (name) context.customerName = name;
  }
  const viaLabel = customerItem?.querySelector(S.LOG_VIA)?.textContent;
  const origin = customerItem?.querySelector(`[${S.LOG_ORIGIN_ATTR}]`)?.getAttribute(S.LOG_ORIGIN_ATTR);
  context.channel = switcherChannel(composer) ?? channelFromLabel(viaLabel) ?? channelFromLabel(origin) ?? 'email';
  return context;
}

export function findZendeskComposers(doc: Document): HTMLElement[] {
  const roots = queryAll(doc, S.COMPOSER)
    .map((el) => editableRoot(el) ?? el)
    .filter((el) => isEditable(el));
  return outermost(roots).filter(isInActivePane);
}

/** Buttons that send: in this composer's workspace pane (never another tab's), shown. */
function zendeskSendButtons(composer: HTMLElement): HTMLElement[] {
  return queryAll(scopeOf(composer), S.SEND_BUTTONS).filter((b) => isShown(b));
}

function zendeskComposerFor(el: Element): HTMLElement | null {
  const root = editableRoot(el);
  if (!root || !matchesAny(root, S.COMPOSER)) return null;
  return isInActivePane(root) ? root : null;
}

export const adapter: SiteAdapter = {
  id: 'zendesk',
  matches: (location) => hostMatches(location, S.HOSTS) && S.AGENT_PATH.test(location.pathname),
  findComposers: findZendeskComposers,
  isCoached: (composer) =>
    composer.isConnected && isInActivePane(composer) && !isOptedOut(composer) && !isInternalNote(composer),
  readThread: readZendeskThread,
  // Zendesk adds the agent's signature and quoted history when it sends, not in the composer.
  ignoredNodes: () => [],
  sendButtons: zendeskSendButtons,
  composerFor: zendeskComposerFor,
};
