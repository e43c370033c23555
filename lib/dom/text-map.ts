// Plain text ↔ DOM positions for an editable root (textarea or contenteditable).
//
// The text is what the agent sees, one line per block (paragraph, div, list item), `<br>` as "\n",
// inline formatting flattened, no-break spaces as spaces. Editor fillers (CKEditor's `<br
// data-cke-filler>`, ProseMirror's trailing break, Quill's and Lexical's `<p><br></p>`, CKEditor's
// U+2060 inline filler, zero-width spaces) produce no text. Nodes the adapter ignores (quoted history,
// signature), `contenteditable="false"` islands and images produce no text either: they are gaps, and
// a fix may not span one. Offsets are UTF-16 string indices, like the engine's.

export interface DomPoint {
  node: Node;
  offset: number;
}

interface TextSeg {
  kind: 'text';
  start: number;
  end: number;
  node: Text;
  /** Offset in node.data of this run's first character. */
  nodeStart: number;
}
interface BrSeg {
  kind: 'br';
  start: number;
  end: number;
  node: Element;
}
interface BlockSeg {
  kind: 'block';
  start: number;
  end: number;
}
type Seg = TextSeg | BrSeg | BlockSeg;

export interface TextMap {
  readonly root: HTMLElement;
  readonly text: string;
  /** True for a textarea or text input: offsets are value indices, no DOM ranges. */
  readonly isTextControl: boolean;
  /** The DOM point for a text offset. `forward` prefers the start of what follows, `backward` the end of what precedes. */
  point(offset: number, affinity?: 'forward' | 'backward'): DomPoint | null;
  /** A DOM range over [start, end) (null for a textarea). */
  range(start: number, end: number): Range | null;
  /** The text offset of a DOM point inside the root (null if outside it). */
  offsetOf(node: Node, offset: number): number | null;
  /** True if [start, end) crosses content that is not part of the text (an ignored node, an image…). */
  spansGap(start: number, end: number): boolean;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore
/** Elements whose content is never text the agent typed. */
const OPAQUE_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']); // prettier-ignore
/** Characters editors insert as fillers: U+2060 (CKEditor), U+200B, U+FEFF (Slate and others). */
const FILLER = /[\u2060\u200B\uFEFF]/;

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

function collapsesWhitespace(el: Element | null, cache: Map<Element, boolean>): boolean {
  if (!el) return true;
  let v = cache.get(el);
  if (v === undefined) {
    const ws = el.ownerDocument.defaultView?.getComputedStyle(el).whiteSpace ?? '';
    // happy-dom and detached nodes report '': treat as normal (collapsing).
    v = !/^(pre|pre-wrap|break-spaces)$/.test(ws) && !/preserve/.test(ws);
    cache.set(el, v);
  }
  return v;
}

/** Build the text and its map for an editable root, skipping `ignored` nodes (and their subtrees). */
export function buildTextMap(root: HTMLElement, ignored: Iterable<Node> = []): TextMap {
  if (isTextControl(root)) return textControlMap(root);
  const ignore = new Set(ignored);
  const segs: Seg[] = [];
  const gaps: number[] = [];
  const wsCache = new Map<Element, boolean>();
  let text = '';
  let lineOpen = false;
  let needNewline = false;
  let pendingBr: Element | null = null;

  const startLine = () => {
    if (lineOpen) return;
    if (needNewline) {
      segs.push({ kind: 'block', start: text.length, end: text.length + 1 });
      text += '\n';
    }
    lineOpen = true;
  };
  const closeLine = () => {
    pendingBr = null; // a <br> right before a block boundary only keeps the line open: a filler
    if (lineOpen) {
      lineOpen = false;
      needNewline = true;
    }
  };
  const flushBr = () => {
    if (!pendingBr) return;
    segs.push({ kind: 'br', start: text.length, end: text.length + 1, node: pendingBr });
    text += '\n';
    pendingBr = null;
  };
  const addGap = () => {
    flushBr();
    gaps.push(text.length);
  };

  const visitText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    const collapse = collapsesWhitespace(node.parentElement, wsCache);
    let runStart = -1;
    let out = '';
    const endRun = () => {
      if (runStart < 0) return;
      const start = text.length;
      text += out;
      segs.push({ kind: 'text', start, end: text.length, node, nodeStart: runStart });
      runStart = -1;
      out = '';
    };
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      let keep = !FILLER.test(ch);
      if (keep && collapse && /[ \t\n\r\f]/.test(ch)) {
        const prev = out.length ? out[out.length - 1] : !lineOpen || pendingBr ? '\n' : text[text.length - 1];
        keep = prev !== undefined && prev !== ' ' && prev !== '\n';
      }
      if (!keep) {
        endRun();
        continue;
      }
      if (runStart < 0) {
        startLine();
        flushBr();
        runStart = i;
      }
      out += collapse && /[\t\n\r\f]/.test(ch) ? ' ' : ch === '\u00A0' ? ' ' : ch;
    }
    endRun();
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (ignore.has(child)) {
        addGap();
        continue;
      }
      if (child.nodeType === 3) {
        visitText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        startLine();
        flushBr();
        pendingBr = el;
        continue;
      }
      if (OPAQUE_TAGS.has(tag) || el.getAttribute('contenteditable') === 'false' || el.hasAttribute('data-rc-ignore')) {
        addGap();
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        closeLine();
        const before = segs.length;
        const hadGaps = gaps.length;
        walk(el);
        if (segs.length === before && gaps.length === hadGaps && !lineOpen) {
          startLine(); // an empty paragraph is an empty line
        }
        closeLine();
      } else walk(el);
    }
  };
  walk(root);
  return contentEditableMap(root, text, segs, gaps);
}

function textControlMap(el: HTMLTextAreaElement | HTMLInputElement): TextMap {
  const text = el.value;
  return {
    root: el,
    text,
    isTextControl: true,
    point: () => null,
    range: () => null,
    offsetOf: () => null,
    spansGap: () => false,
  };
}

function contentEditableMap(root: HTMLElement, text: string, segs: Seg[], gaps: number[]): TextMap {
  const doc = root.ownerDocument;
  const startPoint = (s: Seg): DomPoint | null => {
    if (s.kind === 'text') return { node: s.node, offset: s.nodeStart };
    if (s.kind === 'br') return { node: s.node.parentNode!, offset: indexOf(s.node) };
    return null;
  };
  const endPoint = (s: Seg): DomPoint | null => {
    if (s.kind === 'text') return { node: s.node, offset: s.nodeStart + (s.end - s.start) };
    if (s.kind === 'br') return { node: s.node.parentNode!, offset: indexOf(s.node) + 1 };
    return null;
  };
  const rootStart = (): DomPoint => ({ node: root, offset: 0 });
  const rootEnd = (): DomPoint => ({ node: root, offset: root.childNodes.length });

  const point = (offset: number, affinity: 'forward' | 'backward' = 'forward'): DomPoint | null => {
    if (offset < 0 || offset > text.length) return null;
    let touchingStart: Seg | undefined;
    let touchingEnd: Seg | undefined;
    for (const s of segs) {
      if (s.kind === 'block') continue;
      if (s.start < offset && offset < s.end && s.kind === 'text')
        return { node: s.node, offset: s.nodeStart + (offset - s.start) };
      if (s.start === offset && !touchingStart) touchingStart = s;
      if (s.end === offset) touchingEnd = s;
    }
    const first = affinity === 'forward' ? touchingStart : touchingEnd;
    const second = affinity === 'forward' ? touchingEnd : touchingStart;
    if (first) return affinity === 'forward' ? startPoint(first) : endPoint(first);
    if (second) return affinity === 'forward' ? endPoint(second) : startPoint(second);
    // Inside block newlines: the nearest content in the asked direction, else the other.
    const next = segs.find((s) => s.kind !== 'block' && s.start >= offset);
    const prev = [...segs].reverse().find((s) => s.kind !== 'block' && s.end <= offset);
    if (affinity === 'forward') return (next && startPoint(next)) || (prev && endPoint(prev)) || rootStart();
    return (prev && endPoint(prev)) || (next && startPoint(next)) || rootEnd();
  };

  const range = (start: number, end: number): Range | null => {
    const a = point(start, 'forward');
    const b = start === end ? a : point(end, 'backward');
    if (!a || !b) return null;
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    if (r.collapsed && start !== end) {
      // The points crossed (only possible around empty lines): fall back to the forward end.
      const c = point(end, 'forward');
      if (c) r.setEnd(c.node, c.offset);
    }
    return r;
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    if (node !== root && !root.contains(node)) return null;
    if (node.nodeType === 3) {
      let best: number | null = null;
      for (const s of segs) {
        if (s.kind !== 'text' || s.node !== node) continue;
        const len = s.end - s.start;
        if (offset >= s.nodeStart && offset <= s.nodeStart + len) return s.start + (offset - s.nodeStart);
        if (offset > s.nodeStart + len) best = s.end;
        else if (best === null) best = s.start;
      }
      if (best !== null) return best;
    }
    // Compare the point with each segment's start, in document order.
    const probe = doc.createRange();
    try {
      probe.setStart(node, offset);
    } catch {
      return null;
    }
    for (const s of segs) {
      const p = startPoint(s);
      if (!p) continue;
      if (probe.comparePoint(p.node, p.offset) >= 0) return s.start;
    }
    return text.length;
  };

  const spansGap = (start: number, end: number) => gaps.some((g) => g > start && g < end);

  return { root, text, isTextControl: false, point, range, offsetOf, spansGap };
}

function indexOf(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}
