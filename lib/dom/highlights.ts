// Highlights for one composer. Three ways to draw, picked per editor:
//  - `css`: the CSS Custom Highlight API (contenteditable): ranges registered in CSS.highlights and styled
//    with ::highlight(); the browser paints them on the text itself, so scrolling and wrapping are exact
//    and the editor's DOM is untouched;
//  - `mirror`: for a textarea, a transparent copy of its text with <mark>s, laid exactly over it and
//    scrolled with it;
//  - `boxes`: where the Highlight API is missing, boxes from Range.getClientRects() in our shadow root.
// Overlays redraw on scroll/resize/input in one requestAnimationFrame; nothing polls.

import type { Severity } from '../engine/types';
import type { OverlayHost } from './overlay';
import { installHighlightStyles } from './overlay';
import type { TextMap } from './text-map';

export interface Mark {
  start: number;
  end: number;
  severity: Severity;
}

export type HighlightMode = 'css' | 'mirror' | 'boxes';

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange>;
interface HighlightRegistryLike {
  get(name: string): Set<AbstractRange> | undefined;
  set(name: string, h: Set<AbstractRange>): void;
  delete(name: string): void;
}

function registry(): { reg: HighlightRegistryLike; Ctor: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Ctor ? { reg: css.highlights, Ctor } : null;
}

/** The shared per-name Highlight objects (several composers may add ranges to the same one). */
function highlightFor(name: string): Set<AbstractRange> | null {
  const r = registry();
  if (!r) return null;
  let h = r.reg.get(name);
  if (!h) {
    h = new r.Ctor();
    r.reg.set(name, h);
  }
  return h;
}

const MIRRORED_PROPS = [
  'direction', 'boxSizing', 'width', 'height', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth',
  'borderLeftWidth', 'borderStyle', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight',
  'fontFamily', 'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform', 'textIndent',
  'letterSpacing', 'wordSpacing', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap', 'textRendering',
] as const; // prettier-ignore

export class HighlightLayer {
  readonly mode: HighlightMode;
  private map: TextMap | null = null;
  private marks: Mark[] = [];
  private ranges: (Range | null)[] = [];
  private active: number | null = null;
  private boxes: HTMLElement | null = null;
  private mirror: HTMLElement | null = null;
  private raf = 0;
  private readonly onViewportChange = () => this.scheduleRedraw();
  private resizeObserver: ResizeObserver | null = null;

  constructor(
    readonly root: HTMLElement,
    private readonly host: OverlayHost,
    opts: { forceBoxes?: boolean } = {},
  ) {
    const isText = root.tagName === 'TEXTAREA' || root.tagName === 'INPUT';
    this.mode = isText ? 'mirror' : registry() && !opts.forceBoxes ? 'css' : 'boxes';
    if (this.mode === 'css') installHighlightStyles(root.ownerDocument);
    else {
      const win = root.ownerDocument.defaultView ?? window;
      win.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
      win.addEventListener('resize', this.onViewportChange, { passive: true });
      root.addEventListener('input', this.onViewportChange);
      // The composer itself resized (a textarea's grip, a growing editor, a side panel opening).
      if (typeof ResizeObserver === 'function') {
        this.resizeObserver = new ResizeObserver(this.onViewportChange);
        this.resizeObserver.observe(root);
      }
    }
  }

  /** Show these marks over the text the map describes. */
  set(map: TextMap, marks: Mark[]): void {
    this.map = map;
    this.marks = marks;
    if (this.active !== null && this.active >= marks.length) this.active = null;
    if (this.mode === 'mirror') {
      this.ranges = [];
      this.drawMirror();
      return;
    }
    this.ranges = marks.map((m) => (m.end > m.start ? map.range(m.start, m.end) : null));
    if (this.mode === 'css') this.registerCss();
    else this.drawBoxes();
  }

  /** For a textarea: the text changed before the next analysis; keep marks on their words meanwhile. */
  shiftForEdit(map: TextMap): void {
    if (this.mode !== 'mirror' || !this.map) return;
    const a = this.map.text;
    const b = map.text;
    let pre = 0;
    while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
    let suf = 0;
    while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
    const delta = b.length - a.length;
    const changeEnd = a.length - suf;
    this.marks = this.marks.flatMap((m) =>
      m.end <= pre ? [m] : m.start >= changeEnd ? [{ ...m, start: m.start + delta, end: m.end + delta }] : [],
    );
    this.map = map;
    this.drawMirror();
  }

  setActive(index: number | null): void {
    this.active = index;
    if (this.mode === 'css') this.registerCss();
    else this.scheduleRedraw();
  }

  get markCount(): number {
    return this.marks.length;
  }

  /** Client rects of a mark, clipped to the composer's visible box. */
  rectsOf(index: number): DOMRect[] {
    const clip = this.root.getBoundingClientRect();
    let rects: DOMRect[] = [];
    if (this.mode === 'mirror') {
      const el = this.mirror?.querySelector(`mark[data-i="${index}"]`);
      rects = el ? [...el.getClientRects()] : [];
    } else {
      const r = this.ranges[index];
      rects = r ? [...r.getClientRects()] : [];
    }
    return rects.filter(
      (r) => r.width > 0 && r.bottom > clip.top && r.top < clip.bottom && r.right > clip.left && r.left < clip.right,
    );
  }

  /** The mark under a viewport point (the smallest, when marks overlap). */
  hitTest(x: number, y: number): number | null {
    let best: number | null = null;
    for (let i = 0; i < this.marks.length; i++) {
      const hit = this.rectsOf(i).some((r) => x >= r.left && x <= r.right && y >= r.top - 1 && y <= r.bottom + 1);
      if (!hit) continue;
      const m = this.marks[i]!;
      if (best === null || m.end - m.start < this.marks[best]!.end - this.marks[best]!.start) best = i;
    }
    return best;
  }

  scheduleRedraw(): void {
    if (this.raf || this.mode === 'css') return;
    this.raf = requestAnimationFrame(() => {
      this.raf = 0;
      if (this.mode === 'mirror') this.drawMirror();
      else this.drawBoxes();
    });
  }

  clear(): void {
    this.marks = [];
    this.ranges = [];
    this.active = null;
    if (this.mode === 'css') this.unregisterCss();
    this.boxes?.replaceChildren();
    this.mirror?.replaceChildren();
  }

  destroy(): void {
    this.clear();
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    const win = this.root.ownerDocument.defaultView ?? window;
    win.removeEventListener('scroll', this.onViewportChange, { capture: true });
    win.removeEventListener('resize', this.onViewportChange);
    this.root.removeEventListener('input', this.onViewportChange);
    this.root.removeEventListener('scroll', this.onViewportChange);
    this.resizeObserver?.disconnect();
    this.boxes?.remove();
    this.mirror?.remove();
  }

  // --- CSS Custom Highlight API -------------------------------------------------------------
  private registered: { name: string; range: Range }[] = [];

  private unregisterCss(): void {
    for (const { name, range } of this.registered) highlightFor(name)?.delete(range);
    this.registered = [];
  }

  private registerCss(): void {
    this.unregisterCss();
    this.ranges.forEach((range, i) => {
      if (!range) return;
      const m = this.marks[i]!;
      const names = [`reply-coach-${m.severity}`];
      if (i === this.active) names.push(`reply-coach-${m.severity}-active`);
      for (const name of names) {
        highlightFor(name)?.add(range);
        this.registered.push({ name, range });
      }
    });
  }

  // --- Boxes (no Highlight API) ------------------------------------------------------------
  private drawBoxes(): void {
    if (!this.boxes) {
      this.boxes = this.host.doc.createElement('div');
      this.host.layer.appendChild(this.boxes);
    }
    const frag = this.host.doc.createDocumentFragment();
    this.marks.forEach((m, i) => {
      for (const r of this.rectsOf(i)) {
        const b = this.host.doc.createElement('div');
        b.className = `box ${m.severity}${i === this.active ? ' active' : ''}`;
        b.dataset.i = String(i);
        Object.assign(b.style, {
          left: `${r.left}px`,
          top: `${r.top}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
        });
        frag.appendChild(b);
      }
    });
    this.boxes.replaceChildren(frag);
  }

  // --- Textarea mirror -----------------------------------------------------------------------
  private drawMirror(): void {
    const ta = this.root as HTMLTextAreaElement;
    const doc = this.host.doc;
    if (!this.mirror) {
      this.mirror = doc.createElement('div');
      this.mirror.className = 'mirror';
      this.mirror.setAttribute('aria-hidden', 'true');
      this.host.layer.appendChild(this.mirror);
      ta.addEventListener('scroll', this.onViewportChange, { passive: true });
    }
    const mirror = this.mirror;
    if (!ta.isConnected) {
      mirror.replaceChildren();
      return;
    }
    const cs = getComputedStyle(ta);
    for (const p of MIRRORED_PROPS) (mirror.style as unknown as Record<string, string>)[p] = cs[p];
    if (ta.tagName === 'INPUT') mirror.style.whiteSpace = 'pre';
    const rect = ta.getBoundingClientRect();
    // The textarea's scrollbar narrows its text: pad the mirror by the same amount.
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    const scrollbar = Math.max(0, ta.offsetWidth - bl - br - ta.clientWidth);
    Object.assign(mirror.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      paddingRight: `${(parseFloat(cs.paddingRight) || 0) + scrollbar}px`,
      boxSizing: 'border-box',
    });
    const text = this.map?.text ?? ta.value;
    const frag = doc.createDocumentFragment();
    let pos = 0;
    const order = this.marks.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start);
    for (const { m, i } of order) {
      if (m.start < pos || m.end <= m.start) continue; // overlapping marks: the first one wins
      frag.append(text.slice(pos, m.start));
      const mark = doc.createElement('mark');
      mark.className = `${m.severity}${i === this.active ? ' active' : ''}`;
      mark.dataset.i = String(i);
      mark.textContent = text.slice(m.start, m.end);
      frag.append(mark);
      pos = m.end;
    }
    frag.append(text.slice(pos) + '\u200b'); // keeps a trailing newline's line
    mirror.replaceChildren(frag);
    mirror.scrollTop = ta.scrollTop;
    mirror.scrollLeft = ta.scrollLeft;
  }
}
