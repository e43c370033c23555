// The send gate's dialog: names the unresolved errors and offers "Fix" and (in warn mode) "Send anyway".
// A modal alertdialog in the overlay's shadow root: focus moves in, Tab stays in, Escape = keep editing.

import type { Finding } from '../engine/types';
import type { OverlayHost } from './overlay';

export type SendChoice = 'fix' | 'send' | 'cancel';

export function showSendDialog(host: OverlayHost, errors: Finding[], mode: 'warn' | 'block'): Promise<SendChoice> {
  const doc = host.doc;
  const previous = doc.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const backdrop = doc.createElement('div');
    backdrop.className = 'dialog-backdrop';
    const dialog = doc.createElement('div');
    dialog.className = 'dialog';
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'rc-send-title');
    dialog.setAttribute('aria-describedby', 'rc-send-list');
    const h = doc.createElement('h2');
    h.id = 'rc-send-title';
    h.textContent =
      mode === 'block'
        ? `Fix ${errors.length === 1 ? 'this' : 'these'} before sending`
        : `Send with ${errors.length === 1 ? 'this problem' : `${errors.length} problems`}?`;
    const list = doc.createElement('ul');
    list.id = 'rc-send-list';
    for (const f of errors.slice(0, 6)) {
      const li = doc.createElement('li');
      li.textContent = f.message;
      list.appendChild(li);
    }
    if (errors.length > 6) {
      const li = doc.createElement('li');
      li.textContent = `…and ${errors.length - 6} more.`;
      list.appendChild(li);
    }
    const actions = doc.createElement('div');
    actions.className = 'actions';
    const button = (label: string, cls: string, choice: SendChoice) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = `btn ${cls}`;
      b.textContent = label;
      b.dataset.choice = choice;
      b.addEventListener('click', () => done(choice));
      return b;
    };
    const fix = button('Fix', 'primary', 'fix');
    const cancel = button('Keep editing', '', 'cancel');
    actions.append(cancel);
    if (mode === 'warn') actions.append(button('Send anyway', 'danger', 'send'));
    actions.append(fix);
    dialog.append(h, list, actions);
    backdrop.appendChild(dialog);
    backdrop.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') {
        e.preventDefault();
        done('cancel');
      } else if (e.key === 'Tab') {
        const items = [...actions.querySelectorAll('button')] as HTMLElement[];
        const at = items.indexOf(host.shadow.activeElement as HTMLElement);
        e.preventDefault();
        items[(at + (e.shiftKey ? items.length - 1 : 1)) % items.length]!.focus();
      }
    });
    host.shadow.appendChild(backdrop);
    fix.focus();

    function done(choice: SendChoice) {
      backdrop.remove();
      if (choice === 'cancel') previous?.focus?.({ preventScroll: true });
      resolve(choice);
    }
  });
}
