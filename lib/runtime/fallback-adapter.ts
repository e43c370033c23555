// The adapter used when a site has none of its own (and until a site's adapter exists): every visible
// editable on the page is a composer, found by editor fingerprint. No thread, nothing ignored; send
// buttons are the submit-looking buttons in the composer's form or nearest container.

import { EDITABLE_SELECTOR, editableRoot } from '../dom/fingerprint';
import type { SiteAdapter } from '../sites/types';

const SEND_LABEL = /^\s*(send|reply|submit|post)\b/i;

export function isVisibleEditable(el: HTMLElement): boolean {
  if (el.closest('[aria-hidden="true"], [hidden], reply-coach-ui')) return false;
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  return el.isContentEditable;
}

export const fallbackAdapter: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  findComposers(doc) {
    const found = new Set<HTMLElement>();
    for (const el of doc.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) {
      const root = editableRoot(el);
      if (root && isVisibleEditable(root)) found.add(root);
    }
    return [...found];
  },
  isCoached: () => true,
  readThread: () => ({}),
  ignoredNodes: () => [],
  sendButtons(composer) {
    const scope = composer.closest('form, [role="dialog"], section, article, main') ?? composer.parentElement;
    if (!scope) return [];
    return [...scope.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]')].filter(
      (b) =>
        SEND_LABEL.test(b.textContent ?? '') ||
        SEND_LABEL.test(b.getAttribute('aria-label') ?? '') ||
        SEND_LABEL.test((b as HTMLInputElement).value ?? ''),
    );
  },
};
