// One coached composer: reads its text, analyses after a pause in typing, draws highlights, opens the
// card on hover or from the keyboard, applies fixes, and answers the send gate.
// The analysis is asynchronous (the engine runs in the background script): a report is drawn only if it is
// still the latest one asked for and the text has not changed under it meanwhile.

import type { Finding, Report } from '../engine/types';
import { applyFixToEditor } from '../dom/apply';
import { editorKind, type EditorKind } from '../dom/fingerprint';
import { HighlightLayer } from '../dom/highlights';
import { buildTextMap, type TextMap } from '../dom/text-map';
import type { SiteAdapter, ThreadContext } from '../sites/types';
import { warmBackground } from './remote';
import type { CardVia, Runtime } from './runtime';
import { usageFixed, usageIgnored } from './usage';

const NAV_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

let seq = 0;

export class ComposerController {
  readonly id = `composer-${++seq}`;
  readonly kind: EditorKind;
  readonly layer: HighlightLayer;
  report: Report | null = null;
  map: TextMap | null = null;
  /** Findings shown (not ignored), in draft order; marks in the layer have the same indices. */
  shown: Finding[] = [];
  coached = false;
  lastInputAt: number | undefined;
  private composing = false;
  private destroyed = false;
  /** Analyses asked for so far; a reply to an older one than the last is dropped. */
  private asked = 0;
  /** The latest analysis asked for (what a superseded one resolves to). */
  private latest: Promise<Report | null> = Promise.resolve(null);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private hoverRaf = 0;
  private hoverCloseTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer = { x: 0, y: 0 };
  private ignoredKeys = new Set<string>();
  private observer: MutationObserver;
  private readonly listeners: [EventTarget, string, EventListener, AddEventListenerOptions?][] = [];

  constructor(
    private readonly rt: Runtime,
    /** What the adapter returned (passed back to it). */
    readonly composer: HTMLElement,
    /** The editable root (the composer itself, or the editable inside it). */
    readonly root: HTMLElement,
  ) {
    this.kind = editorKind(root);
    this.layer = new HighlightLayer(root, rt.overlay(), { forceBoxes: rt.options.forceBoxes });
    this.on(root, 'input', () => this.onInput());
    // No analysis in the middle of an IME composition: its text is not final.
    this.on(root, 'compositionstart', () => (this.composing = true));
    this.on(root, 'compositionend', () => {
      this.composing = false;
      this.schedule();
    });
    this.on(root, 'mousemove', (e) => this.onPointerMove(e as MouseEvent), { passive: true });
    this.on(root, 'mouseleave', () => this.scheduleHoverClose());
    this.on(root, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent));
    this.on(root, 'keyup', (e) => this.onKeyUp(e as KeyboardEvent));
    this.on(root, 'focus', () => {
      rt.lastFocused = this;
      if (rt.options.messaging) warmBackground();
    });
    // Programmatic changes (a macro, the editor's own API) fire no input event: watch the DOM too.
    this.observer = new MutationObserver(() => this.schedule());
    if (root.tagName !== 'TEXTAREA')
      this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.refreshCoached(true);
  }

  private on(t: EventTarget, type: string, fn: EventListener, opts?: AddEventListenerOptions): void {
    t.addEventListener(type, fn, opts);
    this.listeners.push([t, type, fn, opts]);
  }

  private get adapter(): SiteAdapter {
    return this.rt.adapter;
  }

  private ignoredNodes(): Node[] {
    try {
      return this.adapter.ignoredNodes(this.composer);
    } catch {
      return [];
    }
  }

  readMap(): TextMap {
    return buildTextMap(this.root, this.ignoredNodes());
  }

  /** Re-check whether this composer is coached now (an internal note is not); analyse or clear. */
  refreshCoached(force = false): void {
    let coached = false;
    try {
      coached = this.adapter.isCoached(this.composer);
    } catch {
      coached = false;
    }
    if (coached === this.coached && !force) return;
    this.coached = coached;
    if (coached) void this.analyzeNow();
    else this.clear();
  }

  private onInput(): void {
    if (this.rt.checkContext()) return;
    if (this.rt.cardFor(this)?.via === 'caret') this.rt.closeCard(); // typing: the peek goes away
    this.lastInputAt = performance.now();
    this.rt.lastFocused = this;
    if (this.kind === 'textarea') this.layer.shiftForEdit(this.readMap());
    this.schedule();
  }

  /** Analyse after a pause in typing (one timer, gone once it fires). */
  schedule(): void {
    if (!this.coached || this.composing) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.rt.checkContext()) void this.analyzeNow();
    }, this.rt.options.debounceMs);
  }

  /**
   * Analyse the text in the composer now and draw the report. Resolves with the report drawn (or the
   * last one, when no new one could be had); a call superseded by a later one resolves with the later one.
   */
  analyzeNow(): Promise<Report | null> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.coached || !this.root.isConnected || this.destroyed) return Promise.resolve(null);
    const n = ++this.asked;
    this.latest = this.run(n);
    return this.latest;
  }

  private async run(n: number): Promise<Report | null> {
    await this.rt.settingsReady; // a team's rules apply from the first report
    if (n !== this.asked) return this.latest;
    if (this.timer) return this.report; // typed meanwhile: the analysis after the pause will draw
    const map = this.readMap();
    let thread: ThreadContext = {};
    try {
      thread = this.adapter.readThread(this.composer) ?? {};
    } catch {
      thread = {};
    }
    let report: Report | null = null;
    try {
      report = await this.rt.options.analyzer({ draft: map.text, ...thread }, this.rt.options.settings);
    } catch {
      report = null;
    }
    if (n !== this.asked) return this.latest; // a newer analysis was asked for: it draws
    if (this.destroyed || !this.coached || !this.root.isConnected) return null;
    if (!report) return this.report; // no engine (the extension went away): keep what is drawn
    // The agent typed while the analysis ran: its offsets belong to the old text. The keystroke has
    // scheduled the next analysis (after the usual pause); a change no event announced is analysed now.
    const now = this.readMap();
    if (now.text !== map.text) return this.timer ? this.report : this.analyzeNow();
    this.draw(now, report);
    return report;
  }

  private draw(map: TextMap, report: Report): void {
    const sameDraft = this.map?.text === map.text;
    this.map = map;
    this.report = report;
    if (!sameDraft)
      this.ignoredKeys = new Set([...this.ignoredKeys].filter((k) => map.text.includes(k.split('\u0000')[1]!)));
    this.shown = report.findings.filter((f) => !this.ignoredKeys.has(this.keyOf(f)) && f.end > f.start);
    this.layer.set(
      map,
      this.shown.map((f) => ({ start: f.start, end: f.end, severity: f.severity })),
    );
    const card = this.rt.cardFor(this);
    if (card && !sameDraft) this.rt.closeCard();
    this.rt.publish(this);
  }

  /** "Ignore" was pressed on this finding in this draft. */
  isIgnored(f: Finding): boolean {
    return this.ignoredKeys.has(this.keyOf(f));
  }

  private keyOf(f: Finding): string {
    return `${f.ruleId}\u0000${f.actual}`;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.report = null;
    this.shown = [];
    this.layer.clear();
    if (this.rt.cardFor(this)) this.rt.closeCard();
    this.rt.publish(this);
  }

  // --- Hover ----------------------------------------------------------------------------------
  private onPointerMove(e: MouseEvent): void {
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.hoverRaf || !this.shown.length) return;
    this.hoverRaf = requestAnimationFrame(() => {
      this.hoverRaf = 0;
      if (this.rt.checkContext()) return;
      const i = this.layer.hitTest(this.pointer.x, this.pointer.y);
      const open = this.rt.cardFor(this);
      if (i === null) {
        if (open?.byHover) this.scheduleHoverClose();
        return;
      }
      this.cancelHoverClose();
      if (open && open.index === i) return;
      if (open && open.via === 'keyboard') return; // a keyboard-opened card stays until closed
      this.openCard(i, 'hover');
    });
  }

  scheduleHoverClose(): void {
    const open = this.rt.cardFor(this);
    if (!open?.byHover || this.hoverCloseTimer) return;
    this.hoverCloseTimer = setTimeout(() => {
      this.hoverCloseTimer = undefined;
      const still = this.rt.cardFor(this);
      if (still?.byHover && !this.rt.pointerInCard) this.rt.closeCard();
    }, 350);
  }

  cancelHoverClose(): void {
    clearTimeout(this.hoverCloseTimer);
    this.hoverCloseTimer = undefined;
  }

  // --- Card -------------------------------------------------------------------------------------
  openCard(index: number, via: CardVia): boolean {
    const finding = this.shown[index];
    if (!finding) return false;
    let rect = this.layer.rectsOf(index)[0];
    if (!rect) rect = this.root.getBoundingClientRect();
    this.layer.setActive(index);
    this.rt.showCard(this, index, finding, rect, via);
    return true;
  }

  onCardClosed(byKeyboard: boolean): void {
    this.cancelHoverClose();
    this.layer.setActive(null);
    if (byKeyboard) this.root.focus({ preventScroll: true });
  }

  ignore(finding: Finding): void {
    this.ignoredKeys.add(this.keyOf(finding));
    this.shown = this.shown.filter((f) => f !== finding);
    if (this.map)
      this.layer.set(
        this.map,
        this.shown.map((f) => ({ start: f.start, end: f.end, severity: f.severity })),
      );
    if (this.rt.options.messaging) usageIgnored(finding);
    this.rt.publish(this);
  }

  /** Apply fix `fixIndex` of a finding. Resolves with an error message, or nothing on success. */
  async applyFix(finding: Finding, fixIndex: number): Promise<string | void> {
    const fix = finding.fixes[fixIndex];
    const draft = this.map?.text;
    if (!fix || draft === undefined) return 'This fix is no longer available.';
    this.rt.applying = true;
    try {
      const out = await applyFixToEditor(this.root, draft, fix, {
        ignored: () => this.ignoredNodes(),
        lastInputAt: this.lastInputAt,
      });
      if (!out.ok) {
        if (out.reason === 'stale') void this.analyzeNow();
        return out.message;
      }
      this.rt.overlay().status(`Fixed: ${fix.label.replace(/^Replace with /, 'replaced with ')}.`);
      if (this.rt.options.messaging) usageFixed(finding);
      return undefined;
    } finally {
      this.rt.applying = false;
      void this.analyzeNow();
    }
  }

  // --- Keyboard ---------------------------------------------------------------------------------
  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.rt.cardFor(this)) {
      e.preventDefault();
      e.stopPropagation();
      this.rt.closeCard();
    }
  }

  /**
   * Keyboard focus of a highlight: when the agent moves the caret (arrows, Home/End, Page keys) into a
   * finding, its card opens without taking focus (Alt+Shift+N moves focus into it, Alt+Shift+F applies
   * its first fix, Escape closes it); moving out closes it.
   */
  private onKeyUp(e: KeyboardEvent): void {
    if (!NAV_KEYS.has(e.key) || e.ctrlKey || e.altKey || e.metaKey || !this.shown.length) return;
    const caret = this.caretOffset();
    const i = caret === null ? -1 : this.shown.findIndex((f) => f.start <= caret && caret <= f.end);
    const open = this.rt.cardFor(this);
    if (i < 0) {
      if (open?.via === 'caret') this.rt.closeCard();
      return;
    }
    if (open && open.index === i) return;
    if (open?.via === 'keyboard') return;
    this.openCard(i, 'caret');
  }

  /** The caret's text offset (selection end), if the selection is in this composer. */
  caretOffset(): number | null {
    if (this.root.tagName === 'TEXTAREA') {
      const ta = this.root as HTMLTextAreaElement;
      return this.root.ownerDocument.activeElement === ta ? ta.selectionEnd : null;
    }
    const sel = this.root.ownerDocument.getSelection();
    if (!sel || !sel.rangeCount || !this.map) return null;
    const r = sel.getRangeAt(0);
    return this.map.offsetOf(r.endContainer, r.endOffset);
  }

  /** Select finding i in the editor (so the agent sees it) and scroll it into view. */
  selectFinding(i: number): void {
    const f = this.shown[i];
    if (!f || !this.map) return;
    if (this.map.isTextControl) {
      const ta = this.root as HTMLTextAreaElement;
      ta.focus({ preventScroll: true });
      ta.setSelectionRange(f.start, f.end);
      // Bring the line into view: the mirror knows where the mark is.
      const rect = this.layer.rectsOf(i)[0];
      if (!rect) {
        const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 18;
        const line = this.map.text.slice(0, f.start).split('\n').length - 1;
        ta.scrollTop = Math.max(0, line * lineHeight - ta.clientHeight / 2);
        this.layer.scheduleRedraw();
      }
      return;
    }
    const range = this.map.range(f.start, f.end);
    if (!range) return;
    const el =
      range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const sel = this.root.ownerDocument.getSelection();
    this.root.focus({ preventScroll: true });
    sel?.removeAllRanges();
    sel?.addRange(range);
  }

  /** Keyboard command: the next finding after the caret (or after the open card's), wrapping. */
  async nextFinding(): Promise<boolean> {
    if (!this.report || this.timer) await this.analyzeNow();
    if (!this.shown.length) {
      this.rt.overlay().status('Reply Coach: nothing to fix in this reply.');
      return false;
    }
    const open = this.rt.cardFor(this);
    let i: number;
    if (open) i = (open.index + 1) % this.shown.length;
    else {
      const caret = this.caretOffset();
      i = caret === null ? 0 : this.shown.findIndex((f) => f.start >= caret);
      if (i < 0) i = 0;
    }
    this.rt.closeCard();
    this.selectFinding(i);
    return this.openCard(i, 'keyboard');
  }

  /** Keyboard command: the first fix of the open card's finding, or of the finding at the caret. */
  async applyFirstFix(): Promise<boolean> {
    const open = this.rt.cardFor(this);
    let finding: Finding | undefined;
    if (open) finding = this.shown[open.index];
    else {
      if (this.timer) await this.analyzeNow();
      const caret = this.caretOffset();
      // The narrowest finding at the caret that has a fix: a placeholder inside a sentence-wide tone
      // finding is what the agent is pointing at.
      finding =
        caret === null
          ? undefined
          : this.shown
              .filter((f) => f.start <= caret && caret <= f.end && f.fixes.length > 0)
              .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    }
    if (!finding || !finding.fixes.length) {
      this.rt.overlay().status('Reply Coach: no fix here. Use “next finding” to go to one.');
      return false;
    }
    if (open) {
      await this.rt.card().runFix(0);
      return true;
    }
    const err = await this.applyFix(finding, 0);
    if (err) this.rt.overlay().status(err, 6000);
    return !err;
  }

  /** Send gate: the errors that would go out, analysed now (not from a stale report). */
  async unresolvedErrors(): Promise<Finding[]> {
    if (!this.coached) return [];
    const report = await this.analyzeNow();
    return report ? errorsOf(report) : [];
  }

  /**
   * Send gate, at the click: the errors of the report drawn, when it is the report of the text in the
   * composer now (no keystroke waiting for analysis); null when it is stale or there is none yet.
   */
  errorsIfCurrent(): Finding[] | null {
    if (!this.coached) return [];
    if (this.timer || !this.report || !this.map || this.readMap().text !== this.map.text) return null;
    return errorsOf(this.report);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.cancelHoverClose();
    if (this.hoverRaf) cancelAnimationFrame(this.hoverRaf);
    this.observer.disconnect();
    for (const [t, type, fn, opts] of this.listeners) t.removeEventListener(type, fn, opts);
    this.listeners.length = 0;
    this.layer.destroy();
    this.report = null;
  }
}

const errorsOf = (report: Report): Finding[] => report.findings.filter((f) => f.severity === 'error');
