// The generic adapter: any textarea or contenteditable on a site the agent turned Reply Coach on
// for. There is no thread: the customer is unknown and the channel is email.

import type { SiteAdapter, ThreadContext } from '../types';
import {
  editableRoot,
  isEditable,
  isInOwnUi,
  isOptedOut,
  isReadOnly,
  isShown,
  isTextarea,
  matchesAny,
  outermost,
  queryAll,
} from '../shared';
import { EDITABLES, FORM_SUBMIT, IGNORED_IN_COMPOSER, SEARCH_LIKE, SEARCH_WORDS } from './selectors';

/** Words describing a field: its name, id, placeholder, aria-label. */
function fieldWords(el: HTMLElement): string {
  return ['name', 'id', 'placeholder', 'aria-label', 'data-placeholder', 'title']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');
}

/**
 * A box the agent could write a reply in: a textarea or contenteditable root that is shown,
 * writable, not a search or single-line box, not ours, and not opted out of checkers.
 */
export function isReplyField(el: Element): el is HTMLElement {
  if (!isEditable(el)) return false;
  if (editableRoot(el) !== el) return false; // a nested editable: its root is the field
  if (!isShown(el) || isReadOnly(el) || isInOwnUi(el) || isOptedOut(el)) return false;
  if (matchesAny(el, SEARCH_LIKE)) return false;
  if (el.getAttribute('aria-multiline') === 'false') return false; // a single-line box
  if (isTextarea(el) && el.getAttribute('rows') === '1') return false;
  if (SEARCH_WORDS.test(fieldWords(el))) return false;
  return true;
}

export function genericFindComposers(doc: Document): HTMLElement[] {
  const candidates = queryAll(doc, EDITABLES).map((el) => editableRoot(el) ?? el);
  return outermost(candidates.filter(isReplyField));
}

export function genericIgnoredNodes(composer: HTMLElement): Node[] {
  if (isTextarea(composer)) return [];
  return outermost(queryAll(composer, IGNORED_IN_COMPOSER));
}

export function genericSendButtons(composer: HTMLElement): HTMLElement[] {
  const form = composer.closest('form');
  if (!form) return [];
  return queryAll(form, FORM_SUBMIT).filter((b) => isShown(b));
}

export function genericComposerFor(el: Element): HTMLElement | null {
  const root = editableRoot(el);
  return root && isReplyField(root) ? root : null;
}

export const adapter: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  findComposers: genericFindComposers,
  isCoached: (composer) => isReplyField(composer),
  readThread: (): ThreadContext => ({ channel: 'email' }),
  ignoredNodes: genericIgnoredNodes,
  sendButtons: genericSendButtons,
  composerFor: genericComposerFor,
};
