// The card a highlight opens on hover or keyboard focus: what is wrong, why it matters, and the fixes.
// Lives in the overlay's shadow root. A non-modal dialog: labelled, keyboard operable (Tab between the
// buttons, Enter/Space to press, Escape to close and go back to the reply).

import type { Finding } from '../engine/types';
import type { OverlayHost } from './overlay';

export interface CardOptions {
  /** Move keyboard focus into the card (opened from the keyboard). */
  focus: boolean;
  /** A fix button was pressed. Resolve with an error message to show in the card, or nothing on success. */
  onFix(fixIndex: number): Promise<string | void>;
  /** "Ignore" was pressed: hide this finding for this draft. */
  onIgnore(): void;
  /** The card closed (Escape, the close button, or the pointer left). `byKeyboard` when by Escape. */
  onClose(byKeyboard: boolean): void;
  /** Pointer entered / left the card (hover logic lives with the caller). */
  onPointer?(inside: boolean): void;
}

function titleFor(f: Finding): string {
  // The engine names the rule (findings carry it); the content script never loads the rules themselves.
  if (f.title) return f.title;
  const t = f.ruleId.replace(/-/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

let cardSeq = 0;

export class Card {
  readonly el: HTMLElement;
  private opts: CardOptions | null = null;
  private busy = false;
  finding: Finding | null = null;

  constructor(private readonly host: OverlayHost) {
    const doc = host.doc;
    this.el = doc.createElement('div');
    this.el.className = 'card';
    this.el.hidden = true;
    this.el.setAttribute('role', 'dialog');
    this.el.setAttribute('aria-modal', 'false');
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    this.el.addEventListener('pointerenter', () => this.opts?.onPointer?.(true));
    this.el.addEventListener('pointerleave', () => this.opts?.onPointer?.(false));
    // Pressing a button must not blur the editor before the fix selects its range (it re-focuses anyway).
    this.el.addEventListener('mousedown', (e) => {
      if ((e.target as HTMLElement).closest('button')) e.preventDefault();
    });
    host.shadow.appendChild(this.el);
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  show(finding: Finding, anchor: DOMRect, opts: CardOptions): void {
    this.finding = finding;
    this.opts = opts;
    this.busy = false;
    const doc = this.host.doc;
    const id = `rc-card-${++cardSeq}`;
    const head = doc.createElement('div');
    head.className = 'head';
    const badge = doc.createElement('span');
    badge.className = `badge ${finding.severity}`;
    badge.textContent = finding.severity === 'suggestion' ? 'Tip' : finding.severity === 'error' ? 'Error' : 'Warning';
    const title = doc.createElement('span');
    title.className = 'title';
    title.id = `${id}-title`;
    title.textContent = titleFor(finding);
    const close = doc.createElement('button');
    close.className = 'close';
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    close.addEventListener('click', () => this.close(false));
    head.append(badge, title, close);

    const message = doc.createElement('p');
    message.className = 'message';
    message.id = `${id}-message`;
    message.textContent = finding.message;
    const why = doc.createElement('p');
    why.className = 'why';
    why.id = `${id}-why`;
    const b = doc.createElement('b');
    b.textContent = 'Why: ';
    why.append(b, finding.note);

    const actions = doc.createElement('div');
    actions.className = 'actions';
    finding.fixes.slice(0, 4).forEach((fix, i) => {
      const btn = doc.createElement('button');
      btn.type = 'button';
      btn.className = `btn${i === 0 ? ' primary' : ''}`;
      btn.dataset.fix = String(i);
      btn.textContent = fix.label;
      btn.addEventListener('click', () => void this.runFix(i));
      actions.appendChild(btn);
    });
    const ignore = doc.createElement('button');
    ignore.type = 'button';
    ignore.className = 'btn';
    ignore.dataset.action = 'ignore';
    ignore.textContent = 'Ignore';
    ignore.setAttribute('aria-label', 'Ignore this finding in this reply');
    ignore.addEventListener('click', () => {
      this.opts?.onIgnore();
      this.close(false);
    });
    actions.appendChild(ignore);

    const note = doc.createElement('p');
    note.className = 'note';
    note.setAttribute('role', 'alert');
    note.hidden = true;

    this.el.replaceChildren(head, message, why, actions, note);
    if (finding.fixes.length === 0) {
      const hint = doc.createElement('p');
      hint.className = 'hint';
      hint.textContent = 'No automatic fix: edit the highlighted words yourself.';
      this.el.insertBefore(hint, actions);
    }
    this.el.setAttribute('aria-labelledby', title.id);
    this.el.setAttribute('aria-describedby', `${message.id} ${why.id}`);
    this.el.hidden = false;
    this.place(anchor);
    if (opts.focus) (actions.querySelector('button') as HTMLElement | null)?.focus();
  }

  /** Place below the anchor, or above when there is no room; keep inside the viewport. */
  place(anchor: DOMRect): void {
    const vw = this.host.doc.documentElement.clientWidth || innerWidth;
    const vh = this.host.doc.documentElement.clientHeight || innerHeight;
    const w = this.el.offsetWidth || 340;
    const h = this.el.offsetHeight || 160;
    let top = anchor.bottom + 6;
    if (top + h > vh - 8 && anchor.top - h - 6 > 8) top = anchor.top - h - 6;
    const left = Math.max(8, Math.min(anchor.left, vw - w - 8));
    this.el.style.left = `${left}px`;
    this.el.style.top = `${Math.max(8, top)}px`;
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host.host || this.el.contains(node));
  }

  close(byKeyboard: boolean): void {
    if (this.el.hidden) return;
    const opts = this.opts;
    this.el.hidden = true;
    this.finding = null;
    this.opts = null;
    opts?.onClose(byKeyboard);
  }

  /** Press fix button i (also the keyboard command "apply first fix"). */
  async runFix(i: number): Promise<void> {
    if (this.busy || !this.opts) return;
    this.busy = true;
    const buttons = [...this.el.querySelectorAll('button')] as HTMLButtonElement[];
    buttons.forEach((b) => (b.disabled = true));
    const opts = this.opts;
    const error = await opts.onFix(i).catch((e: unknown) => String((e as Error)?.message ?? e));
    this.busy = false;
    if (this.opts !== opts) return; // closed meanwhile
    if (error) {
      buttons.forEach((b) => (b.disabled = false));
      const note = this.el.querySelector('.note') as HTMLElement;
      note.textContent = error;
      note.hidden = false;
    } else this.close(false);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
      return;
    }
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const buttons = [...this.el.querySelectorAll('.actions button')] as HTMLElement[];
      const at = buttons.indexOf(this.host.shadow.activeElement as HTMLElement);
      if (at < 0) return;
      e.preventDefault();
      buttons[(at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]!.focus();
    }
  }
}
