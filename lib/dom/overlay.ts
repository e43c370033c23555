// The one element Reply Coach adds to a page: <reply-coach-ui>, with everything (highlight boxes, textarea
// mirrors, the card, the send dialog, a status line) inside its shadow root, so page styles don't leak in
// and ours don't leak out. Nothing is ever written into the editor itself.

import type { Severity } from '../engine/types';

export const SEVERITY_COLORS: Record<Severity, { line: string; fill: string; strong: string }> = {
  error: { line: '#d93025', fill: 'rgba(217, 48, 37, 0.12)', strong: 'rgba(217, 48, 37, 0.28)' },
  warning: { line: '#e37400', fill: 'rgba(227, 116, 0, 0.12)', strong: 'rgba(227, 116, 0, 0.28)' },
  suggestion: { line: '#1a73e8', fill: 'rgba(26, 115, 232, 0.08)', strong: 'rgba(26, 115, 232, 0.22)' },
};

const SHADOW_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
* { box-sizing: border-box; }
.layer { position: fixed; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid; border-radius: 1px; }
.box.error { border-color: ${SEVERITY_COLORS.error.line}; background: ${SEVERITY_COLORS.error.fill}; }
.box.warning { border-color: ${SEVERITY_COLORS.warning.line}; background: ${SEVERITY_COLORS.warning.fill}; }
.box.suggestion { border-color: ${SEVERITY_COLORS.suggestion.line}; border-bottom-style: dotted; background: ${SEVERITY_COLORS.suggestion.fill}; }
.box.active { filter: saturate(1.6); }
.mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent !important;
  background: transparent !important; border-color: transparent !important; white-space: pre-wrap;
  overflow-wrap: break-word; word-wrap: break-word; margin: 0; }
.mirror mark { color: transparent; border-radius: 1px; text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
.mirror mark.error { background: ${SEVERITY_COLORS.error.fill}; text-decoration-color: ${SEVERITY_COLORS.error.line}; text-decoration-style: wavy; }
.mirror mark.warning { background: ${SEVERITY_COLORS.warning.fill}; text-decoration-color: ${SEVERITY_COLORS.warning.line}; text-decoration-style: wavy; }
.mirror mark.suggestion { background: ${SEVERITY_COLORS.suggestion.fill}; text-decoration-color: ${SEVERITY_COLORS.suggestion.line}; text-decoration-style: dotted; }
.mirror mark.active.error { background: ${SEVERITY_COLORS.error.strong}; }
.mirror mark.active.warning { background: ${SEVERITY_COLORS.warning.strong}; }
.mirror mark.active.suggestion { background: ${SEVERITY_COLORS.suggestion.strong}; }
.card { position: fixed; width: 340px; max-width: calc(100vw - 16px); pointer-events: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124;
  background: #fff; border: 1px solid #dadce0; border-radius: 10px; padding: 12px 14px 12px;
  box-shadow: 0 4px 18px rgba(60, 64, 67, 0.22), 0 1px 3px rgba(60, 64, 67, 0.18); }
.card[hidden], .dialog-backdrop[hidden], .status[hidden] { display: none; }
.card .head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; }
.badge { font-size: 11px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase; padding: 2px 7px; border-radius: 999px; color: #fff; }
.badge.error { background: ${SEVERITY_COLORS.error.line}; }
.badge.warning { background: ${SEVERITY_COLORS.warning.line}; }
.badge.suggestion { background: ${SEVERITY_COLORS.suggestion.line}; }
.title { font-weight: 600; font-size: 13px; color: #3c4043; flex: 1; }
.close { all: unset; cursor: pointer; width: 24px; height: 24px; border-radius: 6px; text-align: center; line-height: 24px; color: #5f6368; font-size: 18px; }
.close:hover { background: #f1f3f4; }
.close:focus-visible, .btn:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.message { margin: 0 0 6px; font-size: 14px; }
.why { margin: 0 0 10px; font-size: 13px; color: #5f6368; }
.why b { color: #3c4043; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.btn { all: unset; cursor: pointer; font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  padding: 7px 12px; border-radius: 7px; border: 1px solid #dadce0; color: #1a73e8; background: #fff; }
.btn.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
.btn.danger { color: #b3261e; }
.btn:hover { filter: brightness(0.96); }
.btn[disabled] { opacity: .55; cursor: default; }
.hint { margin: 0 0 8px; font-size: 12px; color: #80868b; }
.note { margin: 8px 0 0; font-size: 13px; color: #b3261e; }
.status { position: fixed; right: 16px; bottom: 16px; max-width: 360px; pointer-events: auto; padding: 10px 14px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #fff; background: #202124; border-radius: 8px;
  box-shadow: 0 4px 12px rgba(0,0,0,.25); }
.dialog-backdrop { position: fixed; inset: 0; width: 100vw; height: 100vh; background: rgba(32, 33, 36, 0.45);
  display: flex; align-items: center; justify-content: center; pointer-events: auto; }
.dialog { width: 440px; max-width: calc(100vw - 32px); background: #fff; color: #202124; border-radius: 12px; padding: 20px 22px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; box-shadow: 0 12px 32px rgba(0,0,0,.3); }
.dialog h2 { margin: 0 0 8px; font-size: 17px; }
.dialog ul { margin: 0 0 16px; padding-left: 20px; }
.dialog li { margin: 4px 0; }
.dialog .actions { justify-content: flex-end; }
`;

export class OverlayHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly layer: HTMLElement;
  private statusEl: HTMLElement;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly doc: Document = document) {
    this.host = doc.createElement('reply-coach-ui');
    this.host.setAttribute('data-rc-ignore', '');
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.statusEl = doc.createElement('div');
    this.statusEl.className = 'status';
    this.statusEl.setAttribute('role', 'status');
    this.statusEl.setAttribute('aria-live', 'polite');
    this.statusEl.hidden = true;
    this.shadow.append(style, this.layer, this.statusEl);
    doc.documentElement.appendChild(this.host);
  }

  /** A short message for the agent (also read out by screen readers). Hides itself after a few seconds. */
  status(message: string, ms = 4000): void {
    this.statusEl.textContent = message;
    this.statusEl.hidden = false;
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      this.statusEl.hidden = true;
      this.statusTimer = undefined;
    }, ms);
  }

  destroy(): void {
    clearTimeout(this.statusTimer);
    this.host.remove();
  }
}

let pageSheet: { remove(): void } | null = null;

/** The page-level `::highlight()` styles (the only CSS that must live in the page: highlights paint there). */
export function installHighlightStyles(doc: Document = document): void {
  if (pageSheet) return;
  const rules = (['error', 'warning', 'suggestion'] as Severity[])
    .map((s) => {
      const c = SEVERITY_COLORS[s];
      const style = s === 'suggestion' ? 'dotted' : 'wavy';
      return (
        `::highlight(reply-coach-${s}) { background-color: ${c.fill}; text-decoration-line: underline; ` +
        `text-decoration-style: ${style}; text-decoration-color: ${c.line}; text-decoration-thickness: 2px; ` +
        `text-decoration-skip-ink: none; }\n` +
        `::highlight(reply-coach-${s}-active) { background-color: ${c.strong}; }`
      );
    })
    .join('\n');
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    pageSheet = {
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    const el = doc.createElement('style');
    el.setAttribute('data-reply-coach', '');
    el.textContent = rules;
    (doc.head ?? doc.documentElement).appendChild(el);
    pageSheet = el;
  }
}

export function removeHighlightStyles(): void {
  pageSheet?.remove();
  pageSheet = null;
}
