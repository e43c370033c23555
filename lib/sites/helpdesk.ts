// A table-driven adapter for helpdesks whose DOM we know less well (Freshdesk, Help Scout,
// Intercom, Front): each site gives its selectors; when its composer selectors find nothing, the
// generic adapter's editable detection takes over (so a redesign degrades to generic coaching, not
// to silence).

import type { Channel } from '../engine/types';
import type { SiteAdapter, ThreadContext } from './types';
import {
  genericComposerFor,
  genericFindComposers,
  genericIgnoredNodes,
  genericSendButtons,
  isReplyField,
} from './generic/adapter';
import {
  channelFromLabel,
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
} from './shared';

export interface HelpdeskSelectors {
  hosts: RegExp[];
  /** Paths of the agent app, when the host also serves other things (help center, portal). */
  path?: RegExp;
  /** The reply editor: editable roots, or containers whose editable root is the composer. */
  composer: string[];
  /** Ancestors/markers of a composer in internal-note / private-note mode (not coached). */
  noteComposer: string[];
  /** The conversation thread container. */
  thread: string[];
  /** One message (or event) of the thread. */
  item: string[];
  /** An item (or a marker inside it) sent by the customer. */
  customerItem: string[];
  /** An item (or a marker inside it) sent by an agent. */
  agentItem: string[];
  /** An item (or a marker inside it) that is an internal note. */
  noteItem: string[];
  /** The text of an item. */
  body: string[];
  /** Inside an item's body: not the customer's words (quotes, signatures, UI chrome). */
  bodyNoise: string[];
  /** The author's name inside an item. */
  author: string[];
  /** Elements whose attribute/text names the channel (e.g. a source icon's title); first wins. */
  channelMarkers: Array<{ selector: string; attribute?: string }>;
  defaultChannel: Channel;
  /** Inside the composer: quoted history and signatures. */
  ignored: string[];
  /** Send/reply buttons, searched from the composer outwards up to `composeRoot`. */
  send: string[];
  composeRoot: string[];
}

function hasAny(item: Element, selectors: readonly string[]): boolean {
  return matchesAny(item, selectors) || queryFirst(item, selectors) !== null;
}

export function makeHelpdeskAdapter(id: string, s: HelpdeskSelectors): SiteAdapter {
  const siteComposers = (doc: Document): HTMLElement[] =>
    outermost(
      queryAll(doc, s.composer)
        .map((el) =>
          isEditable(el) ? editableRoot(el) : editableRoot(queryFirst(el, ['textarea', '[contenteditable]'])),
        )
        .filter((el): el is HTMLElement => el !== null && isShown(el) && !isInOwnUi(el)),
    );
  const isSiteComposer = (el: HTMLElement): boolean =>
    matchesAny(el, s.composer) || closestAny(el, s.composer) !== null;

  const isNote = (composer: HTMLElement): boolean => closestAny(composer, s.noteComposer) !== null;

  const author = (item: Element): 'note' | 'customer' | 'agent' | 'unknown' => {
    if (hasAny(item, s.noteItem)) return 'note';
    if (hasAny(item, s.customerItem)) return 'customer';
    if (hasAny(item, s.agentItem)) return 'agent';
    return 'unknown';
  };

  const readThread = (composer: HTMLElement): ThreadContext => {
    const doc = composer.ownerDocument;
    const root = closestAny(composer, s.thread) ?? queryFirst(doc, s.thread);
    const context: ThreadContext = {};
    if (root) {
      const items = outermost(queryAll(root, s.item)).filter((el) => !el.contains(composer));
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i]!;
        if (author(item) !== 'customer') continue;
        const body = queryFirst(item, s.body);
        const text = body ? readText(body, s.bodyNoise) : '';
        if (!text) continue;
        context.customer = text;
        const name = firstText(queryFirst(item, s.author)?.textContent);
        if (name) context.customerName = name;
        break;
      }
    }
    for (const marker of s.channelMarkers) {
      const el = queryFirst(root ?? doc, [marker.selector]) ?? queryFirst(doc, [marker.selector]);
      if (!el) continue;
      const channel = channelFromLabel(marker.attribute ? el.getAttribute(marker.attribute) : el.textContent);
      if (channel) {
        context.channel = channel;
        break;
      }
    }
    context.channel ??= s.defaultChannel;
    return context;
  };

  return {
    id,
    matches: (location) => hostMatches(location, s.hosts) && (!s.path || s.path.test(location.pathname)),
    findComposers(doc) {
      const found = siteComposers(doc);
      return found.length ? found : genericFindComposers(doc);
    },
    isCoached(composer) {
      if (!composer.isConnected || !isShown(composer) || isOptedOut(composer) || isInOwnUi(composer)) return false;
      if (isSiteComposer(composer)) return !isNote(composer);
      return isReplyField(composer) && !isNote(composer);
    },
    readThread,
    ignoredNodes(composer) {
      if (!isSiteComposer(composer)) return genericIgnoredNodes(composer);
      return outermost(queryAll(composer, s.ignored));
    },
    sendButtons(composer) {
      const stop = closestAny(composer, s.composeRoot);
      for (let node: Element | null = composer.parentElement; node; node = node.parentElement) {
        const found = queryAll(node, s.send).filter((b) => !composer.contains(b) && isShown(b));
        if (found.length) return found;
        if (node === stop) break;
      }
      return genericSendButtons(composer);
    },
    composerFor(el) {
      const root = editableRoot(el);
      if (!root) return null;
      if (isSiteComposer(root)) return isShown(root) && !isOptedOut(root) && !isInOwnUi(root) ? root : null;
      // A page where the site's composer selectors find nothing: behave as the generic adapter.
      return siteComposers(root.ownerDocument).length ? null : genericComposerFor(root);
    },
  };
}
