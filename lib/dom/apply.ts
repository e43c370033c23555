// Applying a fix through the editor's own input path, so its model, its undo stack and the DOM stay in
// sync. The chain (checked in Chromium on CKEditor 5, ProseMirror, Quill 2, Lexical, Draft.js, a plain
// contenteditable and a textarea; see DESIGN.md):
//   1. focus, select the DOM range, wait for `selectionchange` so the editor syncs its own selection;
//   2. a synthetic `beforeinput` `insertReplacementText` with `targetRanges` + dataTransfer — taken
//      (defaultPrevented) by CKEditor 5, Quill and Lexical;
//   3. otherwise `execCommand('insertText')` on the same selection (ProseMirror, Draft.js, plain
//      contenteditable, textarea).
// Then read the text back. Anything but exactly the expected text is a failure: a partial change is
// rolled back with the editor's own undo, and the caller is told.

import { applyFix, validateEdits } from '../engine/apply-fix';
import type { Edit, Fix } from '../engine/types';
import { editorKind, quietPeriodMs, type EditorKind } from './fingerprint';
import { buildTextMap, type TextMap } from './text-map';

export type ApplyOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: 'stale' | 'refused' | 'gap' | 'invalid'; message: string }
  | { ok: false; reason: 'partial'; message: string; restored: boolean };

export interface ApplyOptions {
  /** Nodes the text map skips (the adapter's ignored nodes). */
  ignored?: () => Iterable<Node>;
  /** When the agent last typed (performance.now() clock), for editors with a quiet period (Quill). */
  lastInputAt?: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const frame = () =>
  new Promise<void>((r) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => r()) : r()));

function waitForSelectionChange(doc: Document, capMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', finish);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, capMs);
    doc.addEventListener('selectionchange', finish);
  });
}

function read(root: HTMLElement, ignored?: () => Iterable<Node>): TextMap {
  return buildTextMap(root, ignored ? ignored() : []);
}

/**
 * Wait for the editor to settle (ProseMirror, Quill, Lexical: a microtask; Draft.js: a task) and read back.
 * The expected text only counts once it is still there a task and a frame later (an editor may rewrite or
 * revert a change after the fact).
 */
async function readBack(
  root: HTMLElement,
  ignored: (() => Iterable<Node>) | undefined,
  want: string,
  before: string,
): Promise<{ text: string; sawWant: boolean }> {
  let text = read(root, ignored).text;
  let sawWant = text === want;
  for (const wait of [0, 16, 50, 120]) {
    await sleep(wait);
    await frame();
    text = read(root, ignored).text;
    if (text === want) {
      sawWant = true;
      await sleep(0);
      await frame();
      text = read(root, ignored).text;
      if (text === want) return { text, sawWant };
    }
    if (text !== before && text !== want && wait >= 50) break;
  }
  return { text, sawWant };
}

function selectRange(root: HTMLElement, map: TextMap, start: number, end: number): boolean {
  if (map.isTextControl) {
    const el = root as HTMLTextAreaElement;
    el.focus();
    el.setSelectionRange(start, end);
    return true;
  }
  const range = map.range(start, end);
  const sel = root.ownerDocument.getSelection();
  if (!range || !sel) return false;
  root.focus({ preventScroll: true });
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

function replacementEvent(
  map: TextMap,
  start: number,
  end: number,
  text: string,
  inputType = 'insertReplacementText',
): InputEvent | null {
  const range = map.range(start, end);
  if (!range) return null;
  const targetRange = new StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  let dataTransfer: DataTransfer | null = null;
  try {
    dataTransfer = new DataTransfer();
    dataTransfer.setData('text/plain', text);
  } catch {
    dataTransfer = null;
  }
  return new InputEvent('beforeinput', {
    inputType,
    data: inputType === 'insertReplacementText' ? text : null,
    dataTransfer,
    targetRanges: [targetRange],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
}

function pasteEvent(text: string): Event | null {
  try {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    return new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
  } catch {
    return null;
  }
}

/** One edit through the chain: select, wait for selectionchange, beforeinput, else execCommand. */
async function applyOne(root: HTMLElement, kind: EditorKind, edit: Edit, opts: ApplyOptions): Promise<void> {
  const doc = root.ownerDocument;
  let map = read(root, opts.ignored);
  const changed = waitForSelectionChange(doc);
  selectRange(root, map, edit.start, edit.end);
  await changed;
  if (kind !== 'textarea') {
    map = read(root, opts.ignored);
    // CKEditor 5 splits a multi-line replacement into two undo steps (the text, then the paragraph
    // break); as a paste (its clipboard pipeline) it is one step, and the selection is already synced.
    const multiLine = kind === 'ckeditor5' && edit.text.includes('\n');
    const ev = multiLine ? pasteEvent(edit.text) : replacementEvent(map, edit.start, edit.end, edit.text);
    if (ev) {
      root.dispatchEvent(ev);
      if (ev.defaultPrevented) return;
    }
    // Nobody took it: select again (a handler may have moved the selection) and insert natively.
    map = read(root, opts.ignored);
    selectRange(root, map, edit.start, edit.end);
  }
  if (edit.text === '') doc.execCommand('delete', false);
  else doc.execCommand('insertText', false, edit.text);
}

/** Undo through the editor: its own Ctrl+Z handling first (CKEditor, ProseMirror, Quill, Lexical), then native. */
async function undoOnce(root: HTMLElement): Promise<void> {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const ev = new KeyboardEvent('keydown', {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    ctrlKey: !mac,
    metaKey: mac,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  root.focus({ preventScroll: true });
  root.dispatchEvent(ev);
  if (!ev.defaultPrevented) root.ownerDocument.execCommand('undo', false);
  await sleep(0);
  await frame();
}

/**
 * Apply a fix computed on `draft` to the editor. Checks the draft is still what the editor holds, applies
 * the edits (one undo step where possible), verifies the exact result, and rolls back a partial change.
 */
export async function applyFixToEditor(
  root: HTMLElement,
  draft: string,
  fix: Fix,
  opts: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const kind = editorKind(root);
  let edits: Edit[];
  let want: string;
  try {
    edits = validateEdits(draft, fix.edits);
    want = applyFix(draft, fix);
  } catch (e) {
    return { ok: false, reason: 'invalid', message: `This fix does not fit the reply: ${(e as Error).message}` };
  }
  const quiet = quietPeriodMs(kind);
  if (quiet && opts.lastInputAt !== undefined) {
    const wait = opts.lastInputAt + quiet - performance.now();
    if (wait > 0) await sleep(wait);
  }
  const before = read(root, opts.ignored);
  if (before.text !== draft)
    return { ok: false, reason: 'stale', message: 'The reply changed since it was checked: try again.' };
  if (edits.length === 0) return { ok: true, text: draft };
  if (edits.some((e) => before.spansGap(e.start, e.end)))
    return { ok: false, reason: 'gap', message: 'This fix crosses content Reply Coach cannot edit safely.' };

  // One undo step: merge the edits into one replacement when they sit on one line.
  const first = edits[0]!;
  const last = edits[edits.length - 1]!;
  const span = draft.slice(first.start, last.end);
  const plan: Edit[] =
    edits.length > 1 && !span.includes('\n')
      ? [{ start: first.start, end: last.end, text: applyFix(span, { label: '', edits: edits.map((e) => ({ ...e, start: e.start - first.start, end: e.end - first.start })) }) }] // prettier-ignore
      : [...edits].reverse(); // back to front: earlier offsets stay valid

  for (const edit of plan) await applyOne(root, kind, edit, opts);
  const result = await readBack(root, opts.ignored, want, draft);
  let text = result.text;
  const sawWant = result.sawWant;

  if (text === draft && !sawWant && kind !== 'textarea' && plan.length === 1) {
    // The editor took the event but never changed anything: one more try through execCommand. (Not
    // when the fix showed up and went away again: that was the editor or the agent undoing it.)
    const map = read(root, opts.ignored);
    const changed = waitForSelectionChange(root.ownerDocument);
    selectRange(root, map, plan[0]!.start, plan[0]!.end);
    await changed;
    root.ownerDocument.execCommand('insertText', false, plan[0]!.text);
    ({ text } = await readBack(root, opts.ignored, want, draft));
  }
  if (text === want) {
    placeCaret(root, plan, want, opts.ignored);
    return { ok: true, text };
  }
  if (text === draft)
    return { ok: false, reason: 'refused', message: 'The editor refused this change: nothing was changed.' };

  // Partial or wrong result: undo until the original is back (at most one step per edit).
  for (let i = 0; i < plan.length + 1 && text !== draft; i++) {
    await undoOnce(root);
    text = read(root, opts.ignored).text;
  }
  const restored = text === draft;
  return {
    ok: false,
    reason: 'partial',
    restored,
    message: restored
      ? 'The editor did not apply this fix cleanly, so it was undone: nothing was changed.'
      : 'The editor did not apply this fix cleanly and it could not be undone: please check the reply (Ctrl+Z).',
  };
}

/** The caret after the inserted text (editors usually put it there; make sure). */
function placeCaret(root: HTMLElement, plan: Edit[], want: string, ignored?: () => Iterable<Node>): void {
  // plan is applied back to front, so plan[0] is the last edit in the text when there are several.
  const lastEdit = plan.reduce((a, b) => (b.start > a.start ? b : a));
  let delta = 0;
  for (const e of plan) if (e.start < lastEdit.start) delta += e.text.length - (e.end - e.start);
  const caret = Math.min(lastEdit.start + delta + lastEdit.text.length, want.length);
  if (root.tagName === 'TEXTAREA' || root.tagName === 'INPUT') {
    const el = root as HTMLTextAreaElement;
    if (el.selectionStart !== caret || el.selectionEnd !== caret) el.setSelectionRange(caret, caret);
    return;
  }
  const sel = root.ownerDocument.getSelection();
  if (!sel || !sel.rangeCount) return;
  const map = read(root, ignored);
  const r = sel.getRangeAt(0);
  if (r.collapsed && map.offsetOf(r.startContainer, r.startOffset) === caret) return;
  const p = map.point(caret, 'backward');
  if (p) sel.collapse(p.node, p.offset);
}
