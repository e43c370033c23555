// The content-script loop: find composers with the site adapter (and keep finding them as the app
// changes its DOM), coach each, relay keyboard commands, gate sending, publish reports to the extension,
// and clean up entirely when stopped or when the extension context goes away.

import type { Finding, Settings } from '../engine/types';
import { Card } from '../dom/card';
import { editableRoot } from '../dom/fingerprint';
import { OverlayHost, removeHighlightStyles } from '../dom/overlay';
import { showSendDialog } from '../dom/send-dialog';
import { isContextInvalidated, onMessages, sendToExtension, type CommandName, type SendGateMode } from '../messaging';
import type { SiteAdapter } from '../sites/types';
import { ComposerController } from './composer';
import { backgroundAnalyzer, type Analyzer } from './remote';
import { readingEase, usageReport, usageSentWithError } from './usage';

export interface RuntimeOptions {
  settings: Settings;
  /** The send gate for error findings (a team setting). Default: warn. */
  sendGate: SendGateMode;
  /** Pause after the last keystroke before re-analysing. */
  debounceMs: number;
  /** Draw highlight boxes even where the CSS Highlight API exists (tests, odd pages). */
  forceBoxes?: boolean;
  /** Publish reports and listen for commands through the extension (false in unit tests). */
  messaging: boolean;
  /**
   * Runs the engine. Default: the background script's (lib/runtime/remote.ts), so pages never load it;
   * unit tests and the demo pass the engine itself.
   */
  analyzer: Analyzer;
}

/** How a card was opened: pointer hover, the keyboard command (focus in the card), or the caret moving into a highlight. */
export type CardVia = 'hover' | 'keyboard' | 'caret';

interface OpenCard {
  ctrl: ComposerController;
  index: number;
  byHover: boolean;
  via: CardVia;
}

export class Runtime {
  readonly options: RuntimeOptions;
  readonly controllers = new Map<HTMLElement, ComposerController>();
  lastFocused: ComposerController | null = null;
  pointerInCard = false;
  applying = false;
  private host: OverlayHost | null = null;
  private cardView: Card | null = null;
  private open: OpenCard | null = null;
  private observer: MutationObserver | null = null;
  private scanRaf = 0;
  private stopped = false;
  private bypassGate = false;
  private gateOpen = false;
  private unlisten: (() => void) | null = null;
  private readonly winListeners: [string, EventListener, boolean][] = [];
  private readonly stopHooks: (() => void)[] = [];

  constructor(
    readonly adapter: SiteAdapter,
    options: Partial<RuntimeOptions> = {},
    readonly doc: Document = document,
  ) {
    this.options = {
      settings: {},
      sendGate: 'warn',
      debounceMs: 300,
      messaging: true,
      analyzer: backgroundAnalyzer,
      ...options,
    };
  }

  start(): this {
    this.scan();
    this.observer = new MutationObserver((records) => {
      // Typing inside a composer is the composer's business; only other DOM changes may add or remove one.
      const outside = records.some((r) => {
        for (const root of this.controllers.keys()) if (root === r.target || root.contains(r.target)) return false;
        return true;
      });
      if (outside) this.scheduleScan();
    });
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
      // Attributes that switch a composer on or off: visibility, the selected ticket tab, the reply/note switch.
      attributeFilter: ['class', 'hidden', 'inert', 'style', 'aria-hidden', 'aria-selected', 'aria-current', 'aria-pressed', 'aria-checked', 'aria-label', 'contenteditable', 'data-channel', 'data-entity-is-selected'], // prettier-ignore
    });
    this.listen('click', (e) => this.onSendClick(e as MouseEvent));
    this.listen('keydown', (e) => this.onSendKey(e as KeyboardEvent));
    this.listen('keydown', (e) => this.onShortcut(e as KeyboardEvent));
    this.listen('focusin', (e) => this.onFocusIn(e as FocusEvent));
    if (this.options.messaging) {
      try {
        this.unlisten = onMessages({
          command: ({ command }) => this.command(command),
          'fix:apply': async ({ composerId, findingIndex, fixIndex }) => {
            const ctrl = this.controllerById(composerId);
            const finding = ctrl?.report?.findings[findingIndex];
            if (!ctrl || !finding) return { ok: false, error: 'That finding is no longer in the reply.' };
            this.closeCard();
            const error = await ctrl.applyFix(finding, fixIndex);
            return error ? { ok: false, error } : { ok: true };
          },
          'finding:ignore': ({ composerId, findingIndex }) => {
            const ctrl = this.controllerById(composerId);
            const finding = ctrl?.report?.findings[findingIndex];
            if (!ctrl || !finding) return false;
            if (this.open?.ctrl === ctrl) this.closeCard();
            ctrl.ignore(finding);
            return true;
          },
          'finding:focus': ({ composerId, findingIndex }) => {
            const ctrl = this.controllerById(composerId);
            const finding = ctrl?.report?.findings[findingIndex];
            const i = finding ? ctrl!.shown.indexOf(finding) : -1;
            if (!ctrl || i < 0) return false;
            ctrl.selectFinding(i);
            return ctrl.openCard(i, 'keyboard');
          },
          'site:disable': ({ origins }) => {
            const here = `${location.origin}/*`;
            if (!origins.includes(here)) return false;
            this.stop();
            return true;
          },
        });
      } catch {
        this.unlisten = null;
      }
    }
    return this;
  }

  private listen(type: string, fn: EventListener): void {
    const win = this.doc.defaultView ?? window;
    win.addEventListener(type, fn, true);
    this.winListeners.push([type, fn, true]);
  }

  /** New settings (team pack, agent preferences, policy) or send-gate mode: re-check every composer. */
  configure(next: { settings?: Settings; sendGate?: SendGateMode }): void {
    if (this.stopped) return;
    if (next.settings) this.options.settings = next.settings;
    if (next.sendGate) this.options.sendGate = next.sendGate;
    if (next.settings) for (const ctrl of this.controllers.values()) if (ctrl.coached) void ctrl.analyzeNow();
  }

  /**
   * Settings still loading: the send gate waits for them before it picks warn or block, and the first
   * analysis waits for them so a team's rules apply from the first report.
   */
  settingsReady: Promise<unknown> = Promise.resolve();

  whenConfigured(loading: Promise<unknown>): void {
    this.settingsReady = loading.catch(() => undefined);
  }

  /** Called on stop (e.g. a storage watcher's unsubscribe). */
  onStop(fn: () => void): void {
    this.stopHooks.push(fn);
  }

  /** True (and everything stopped) when the extension went away under us. */
  checkContext(): boolean {
    if (this.stopped) return true;
    if (this.options.messaging && isContextInvalidated()) {
      this.stop();
      return true;
    }
    return false;
  }

  overlay(): OverlayHost {
    if (!this.host) this.host = new OverlayHost(this.doc);
    return this.host;
  }

  card(): Card {
    if (!this.cardView) {
      this.cardView = new Card(this.overlay());
    }
    return this.cardView;
  }

  private scheduleScan(): void {
    if (this.scanRaf || this.stopped) return;
    this.scanRaf = requestAnimationFrame(() => {
      this.scanRaf = 0;
      if (!this.checkContext()) this.scan();
    });
  }

  /** Find composers now: start new ones, drop removed ones, re-check which are coached. */
  scan(): void {
    let found: HTMLElement[] = [];
    try {
      found = this.adapter.findComposers(this.doc);
    } catch {
      found = [];
    }
    const seen = new Set<HTMLElement>();
    for (const composer of found) {
      const root = editableRoot(composer);
      if (!root) continue;
      seen.add(root);
      const ctrl = this.controllers.get(root);
      if (ctrl) ctrl.refreshCoached();
      else this.controllers.set(root, new ComposerController(this, composer, root));
    }
    for (const [root, ctrl] of this.controllers) {
      if (seen.has(root) && root.isConnected) continue;
      ctrl.clear();
      ctrl.destroy();
      this.controllers.delete(root);
      if (this.lastFocused === ctrl) this.lastFocused = null;
    }
  }

  private onFocusIn(e: FocusEvent): void {
    const t = e.target as Node;
    for (const [root, ctrl] of this.controllers) if (root === t || root.contains(t)) this.lastFocused = ctrl;
  }

  private controllerById(id: string): ComposerController | null {
    for (const ctrl of this.controllers.values()) if (ctrl.id === id && ctrl.coached) return ctrl;
    return null;
  }

  private activeController(): ComposerController | null {
    const active = this.doc.activeElement;
    for (const [root, ctrl] of this.controllers)
      if (ctrl.coached && active && (root === active || root.contains(active))) return ctrl;
    if (this.open) return this.open.ctrl;
    if (this.lastFocused?.coached) return this.lastFocused;
    for (const ctrl of this.controllers.values()) if (ctrl.coached) return ctrl;
    return null;
  }

  /** A keyboard command relayed by the background. */
  async command(command: CommandName): Promise<boolean> {
    if (this.checkContext()) return false;
    const ctrl = this.activeController();
    if (!ctrl) return false;
    if (command === 'next-finding') return ctrl.nextFinding();
    return ctrl.applyFirstFix();
  }

  /**
   * The commands' default chords (Alt+Shift+N, Alt+Shift+F) typed in a composer or the card. When the
   * browser has bound them to the extension's commands it consumes the keystroke and the page never sees
   * it; when it has not (a conflict, or a browser that leaves them unassigned), this keeps them working.
   */
  private onShortcut(e: KeyboardEvent): void {
    // Only the agent's own keystrokes: a page script's synthetic keydown must not apply a fix.
    if (!e.isTrusted || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || this.stopped) return;
    const command: CommandName | null = e.code === 'KeyN' ? 'next-finding' : e.code === 'KeyF' ? 'apply-first-fix' : null; // prettier-ignore
    if (!command) return;
    const t = e.target as Node | null;
    const inComposer = [...this.controllers.keys()].some((root) => t && (root === t || root.contains(t)));
    const inCard = !!this.host && t === this.host.host;
    if (!inComposer && !inCard) return;
    e.preventDefault();
    e.stopPropagation();
    void this.command(command);
  }

  // --- Card ---------------------------------------------------------------------------------
  cardFor(ctrl: ComposerController): OpenCard | null {
    return this.open?.ctrl === ctrl ? this.open : null;
  }

  showCard(ctrl: ComposerController, index: number, finding: Finding, anchor: DOMRect, via: CardVia): void {
    const card = this.card();
    if (this.open) this.closeCard();
    this.open = { ctrl, index, byHover: via === 'hover', via };
    card.show(finding, anchor, {
      focus: via === 'keyboard',
      onFix: (i) => ctrl.applyFix(finding, i),
      onIgnore: () => ctrl.ignore(finding),
      onClose: (byKey) => {
        const was = this.open;
        this.open = null;
        this.pointerInCard = false;
        was?.ctrl.onCardClosed(byKey || was?.via === 'keyboard');
      },
      onPointer: (inside) => {
        this.pointerInCard = inside;
        if (inside) ctrl.cancelHoverClose();
        else ctrl.scheduleHoverClose();
      },
    });
  }

  closeCard(): void {
    if (this.cardView?.isOpen) this.cardView.close(false);
    this.open = null;
  }

  // --- Send gate ------------------------------------------------------------------------------
  private controllerForSendButton(target: Element): { ctrl: ComposerController; button: HTMLElement } | null {
    for (const ctrl of this.controllers.values()) {
      if (!ctrl.coached) continue;
      let buttons: HTMLElement[] = [];
      try {
        buttons = this.adapter.sendButtons(ctrl.composer);
      } catch {
        buttons = [];
      }
      const button = buttons.find((b) => b === target || b.contains(target));
      if (button) return { ctrl, button };
    }
    return null;
  }

  private onSendClick(e: MouseEvent): void {
    if (this.bypassGate || this.options.sendGate === 'off' || this.stopped) return;
    const t = e.target as Element | null;
    if (!t || !(t instanceof Element)) return;
    const hit = this.controllerForSendButton(t);
    if (!hit) return;
    this.gate(e, hit.ctrl, () => hit.button.click());
  }

  private onSendKey(e: KeyboardEvent): void {
    if (this.bypassGate || this.options.sendGate === 'off' || this.stopped) return;
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    const t = e.target as Node | null;
    let ctrl: ComposerController | null = null;
    for (const [root, c] of this.controllers) if (t && (root === t || root.contains(t))) ctrl = c;
    if (!ctrl || !ctrl.coached) return;
    const { ctrlKey, metaKey, shiftKey, altKey } = e;
    const root = ctrl.root;
    this.gate(e, ctrl, () =>
      root.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true, composed: true }), // prettier-ignore
      ),
    );
  }

  private gate(e: Event, ctrl: ComposerController, resend: () => void): void {
    if (this.checkContext()) return;
    // The report of the text in the composer now, when there is one: the common case (the agent paused
    // before sending) decides at once and a clean reply goes out untouched. Otherwise the send waits for
    // the analysis of the text as it is and is then replayed, or stopped by the dialog.
    const known = ctrl.errorsIfCurrent();
    if (known && !known.length) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (this.gateOpen) return;
    this.gateOpen = true;
    this.closeCard();
    const sendNow = () => {
      this.bypassGate = true;
      try {
        resend();
      } finally {
        this.bypassGate = false;
      }
    };
    void (async () => {
      const errors = known ?? (await ctrl.unresolvedErrors());
      await this.settingsReady; // a team's "block" must not show as "warn" while settings load
      if (this.stopped) return;
      if (!errors.length || this.options.sendGate === 'off') {
        this.gateOpen = false;
        sendNow();
        return;
      }
      const mode = this.options.sendGate === 'block' ? 'block' : 'warn';
      const choice = await showSendDialog(this.overlay(), errors, mode);
      this.gateOpen = false;
      if (this.stopped) return;
      if (choice === 'send' && mode === 'warn') {
        if (this.options.messaging) usageSentWithError();
        sendNow();
      } else if (choice === 'fix') {
        const i = ctrl.shown.findIndex((f) => f.severity === 'error');
        if (i >= 0) {
          ctrl.selectFinding(i);
          ctrl.openCard(i, 'keyboard');
        } else ctrl.root.focus();
      }
    })();
  }

  // --- Reports --------------------------------------------------------------------------------
  publish(ctrl: ComposerController): void {
    if (!this.options.messaging || this.stopped) return;
    const report = ctrl.report;
    usageReport(ctrl.id, report);
    sendToExtension('report:update', {
      site: this.adapter.id,
      composerId: ctrl.id,
      url: location.href,
      report,
      ignored: report ? report.findings.flatMap((f, i) => (ctrl.isIgnored(f) ? [i] : [])) : [],
      readingEase: readingEase(ctrl.map?.text ?? '', report),
    }).catch(() => this.checkContext());
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.observer?.disconnect();
    if (this.scanRaf) cancelAnimationFrame(this.scanRaf);
    const win = this.doc.defaultView ?? window;
    for (const [type, fn, capture] of this.winListeners) win.removeEventListener(type, fn, capture);
    this.winListeners.length = 0;
    try {
      this.unlisten?.();
    } catch {
      /* the context is gone */
    }
    for (const fn of this.stopHooks.splice(0))
      try {
        fn();
      } catch {
        /* the context is gone */
      }
    for (const ctrl of this.controllers.values()) ctrl.destroy();
    this.controllers.clear();
    this.host?.destroy();
    this.host = null;
    this.cardView = null;
    removeHighlightStyles();
  }
}
