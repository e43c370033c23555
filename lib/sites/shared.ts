// DOM helpers shared by the site adapters. No site knowledge here: every selector that names a
// product's DOM lives in that site's selectors.ts.

import type { Channel } from '../engine/types';

/**
 * Marks Reply Coach's own UI. A shadow host (or any element) carrying this attribute, or a custom
 * element whose tag starts with `reply-coach-`, is ours: editables inside it are never coached.
 */
export const OWN_UI_ATTRIBUTE = 'data-reply-coach-ui';
/** A page (or a field) can opt out of Reply Coach alone with `data-reply-coach="off"`. */
export const OWN_OPT_OUT = '[data-reply-coach="off"]';

/**
 * Other writing checkers' opt-outs. A page that sets these says it does not want checkers on the
 * field (Grammarly: `data-gramm="false"` and the older `data-gramm_editor="false"`,
 * `data-enable-grammarly="false"`; LanguageTool: `data-lt-active="false"`). We honour them too.
 */
export const CHECKER_OPT_OUTS = [
  OWN_OPT_OUT,
  '[data-gramm="false"]',
  '[data-gramm_editor="false"]',
  '[data-enable-grammarly="false"]',
  '[data-lt-active="false"]',
];

/** Editor frameworks by fingerprint (see DESIGN.md "Editors in the wild"). */
export const EDITOR_FINGERPRINTS = [
  '.ck-editor__editable',
  '.ProseMirror',
  '[data-lexical-editor="true"]',
  '[data-slate-editor="true"]',
  '.ql-editor',
  '.public-DraftEditor-content',
  '.fr-element',
  '.note-editable',
  '.redactor-editor',
  '.mce-content-body',
];

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON']);

/** `el.matches()` that never throws on a selector the engine does not support. */
export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => safeMatches(el, s));
}

export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (matchesAny(node, selectors)) return node;
  }
  return null;
}

/** Every element under `root` matching any selector, in document order, without duplicates. */
export function queryAll(root: ParentNode, selectors: readonly string[]): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of selectors) {
    let list: NodeListOf<Element>;
    try {
      list = root.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (const el of list) if (isHTMLElement(el)) found.add(el);
  }
  return sortInDocumentOrder([...found]);
}

export function queryFirst(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
  return queryAll(root, selectors)[0] ?? null;
}

export function isHTMLElement(node: unknown): node is HTMLElement {
  return (
    typeof node === 'object' &&
    node !== null &&
    (node as Node).nodeType === 1 &&
    typeof (node as HTMLElement).tagName === 'string' &&
    'style' in (node as object)
  );
}

export function sortInDocumentOrder<T extends Node>(nodes: T[]): T[] {
  return nodes.sort((a, b) => {
    if (a === b) return 0;
    const pos = a.compareDocumentPosition(b);
    if (pos & 4) return -1; // b follows a
    if (pos & 2) return 1; // b precedes a
    return 0;
  });
}

/** Drop nodes contained in another node of the list (the outer one already covers them). */
export function outermost<T extends Node>(nodes: T[]): T[] {
  const unique = [...new Set(nodes)];
  return sortInDocumentOrder(unique.filter((n) => !unique.some((o) => o !== n && o.contains(n))));
}

export function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.tagName === 'TEXTAREA';
}

/** A textarea, or an element whose own contenteditable makes it editable. */
export function isEditable(el: Element): el is HTMLElement {
  if (!isHTMLElement(el)) return false;
  if (isTextarea(el)) return true;
  const attr = el.getAttribute('contenteditable');
  if (attr === null) return false;
  const value = attr.trim().toLowerCase();
  return value === '' || value === 'true' || value === 'plaintext-only';
}

/**
 * The outermost editable element containing `el` (an editor's root), or null. Editable islands
 * inside non-editable widgets (a CKEditor image caption) belong to the outer editor.
 */
export function editableRoot(el: Element | null): HTMLElement | null {
  let root: HTMLElement | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isEditable(node)) root = node;
  }
  return root;
}

function computed(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  try {
    return view.getComputedStyle(el);
  } catch {
    return null;
  }
}

/**
 * Not hidden by the page: no `hidden` or `inert` attribute, `display: none` or `visibility: hidden`
 * on it or an ancestor (crossing shadow roots). `aria-hidden` is not enough: apps set it on the whole
 * background while a dialog is open. Layout-free on purpose: inactive helpdesk panes are hidden with
 * CSS, and this also runs in happy-dom tests.
 */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  let node: Element | null = el;
  while (node) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return false;
    const style = (node as HTMLElement).style;
    if (style?.display === 'none' || style?.visibility === 'hidden') return false;
    const cs = computed(node);
    if (cs && (cs.display === 'none' || cs.visibility === 'hidden')) return false;
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
    }
  }
  return true;
}

/** Inside Reply Coach's own UI (our shadow roots or elements marked as ours)? */
export function isInOwnUi(el: Element): boolean {
  let node: Element | null = el;
  while (node) {
    if (node.hasAttribute(OWN_UI_ATTRIBUTE) || node.tagName.toLowerCase().startsWith('reply-coach-')) return true;
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
    }
  }
  return false;
}

/** The page asked writing checkers to stay away from this field (or from one of its ancestors). */
export function isOptedOut(el: Element): boolean {
  return closestAny(el, CHECKER_OPT_OUTS) !== null;
}

/** Disabled or read-only: the agent cannot type here. */
export function isReadOnly(el: HTMLElement): boolean {
  if (isTextarea(el)) return el.disabled || el.readOnly;
  return el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true';
}

/**
 * Plain text of an element as a reader sees it: block elements and <br> become line breaks (one per
 * boundary; empty lines dropped), runs of spaces collapse, elements matching `exclude` (quotes,
 * signatures, UI chrome) are left out. For reading the thread, not for draft offsets (lib/dom).
 */
export function readText(el: Element | null | undefined, exclude: readonly string[] = []): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      // HTML collapses source whitespace (newlines included) to spaces, except in <pre>.
      const raw = node.nodeValue ?? '';
      parts.push(node.parentElement?.closest('pre') ? raw : raw.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return;
    if (element !== el && exclude.length && matchesAny(element, exclude)) return;
    if (element.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(element.tagName.toUpperCase());
    if (block) parts.push('\n');
    for (const child of element.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(el);
  return parts
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The first non-empty, trimmed text among the candidates. */
export function firstText(...values: Array<string | null | undefined>): string | undefined {
  for (const value of values) {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return undefined;
}

/**
 * A helpdesk's own channel label (Zendesk `data-channel` / "via …" text, a Freshdesk source, …) to
 * ours. Email and web forms are email; live chat, messaging and SMS are chat; named social networks
 * (and WhatsApp, whose threads are public-brand conversations held in a social app) are social.
 */
export function channelFromLabel(label: string | null | undefined): Channel | undefined {
  const text = (label ?? '').toLowerCase();
  if (!text.trim()) return undefined;
  if (
    /facebook|messenger|instagram|twitter|\bx\b|x corp|whatsapp|wechat|\bline\b|telegram|viber|social|tiktok|linkedin|google business|apple business/.test(
      text,
    )
  )
    return 'social';
  if (/e-?mail|\bmail\b|web ?form|\bweb\b|\bapi\b|\bform\b/.test(text)) return 'email';
  if (/chat|messaging|\bsms\b|text message/.test(text)) return 'chat';
  return undefined;
}

/** Parse `rgb()/rgba()/#hex` and tell whether it is a pale yellow or amber (a "note" tint). */
export function isYellowish(color: string | null | undefined): boolean {
  const rgb = parseColor(color ?? '');
  if (!rgb) return false;
  const [r, g, b, a] = rgb;
  if (a === 0) return false;
  const max = Math.max(r, g, b) / 255;
  const min = Math.min(r, g, b) / 255;
  const l = (max + min) / 2;
  if (max === min) return false;
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  const rn = r / 255;
  const gn = g / 255;
  const bn = b / 255;
  if (max === rn) h = ((gn - bn) / d) % 6;
  else if (max === gn) h = (bn - rn) / d + 2;
  else h = (rn - gn) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return h >= 35 && h <= 65 && s >= 0.4 && l >= 0.6;
}

function parseColor(color: string): [number, number, number, number] | null {
  const c = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c);
  if (hex) {
    const h = hex[1]!;
    const full =
      h.length === 3
        ? h
            .split('')
            .map((ch) => ch + ch)
            .join('')
        : h;
    return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16), 1];
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(c);
  if (fn) {
    const nums = fn[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    if (nums.length < 3 || nums.slice(0, 3).some((n) => Number.isNaN(n))) return null;
    return [nums[0]!, nums[1]!, nums[2]!, nums[3] ?? 1];
  }
  return null;
}

/** The background colour set on an element (inline or computed). */
export function backgroundOf(el: Element): string {
  const inline = (el as HTMLElement).style?.backgroundColor;
  if (inline) return inline;
  return computed(el)?.backgroundColor ?? '';
}

/** Host name of a Location or URL, lower-cased. */
export function hostOf(location: Location | URL): string {
  return (location.hostname || '').toLowerCase();
}

export function hostMatches(location: Location | URL, patterns: readonly RegExp[]): boolean {
  const host = hostOf(location);
  return patterns.some((p) => p.test(host));
}
