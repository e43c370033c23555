// Which editor framework drives an editable element. The fix chain and a few timings depend on it.

export type EditorKind =
  'ckeditor5' | 'prosemirror' | 'lexical' | 'quill' | 'draftjs' | 'slate' | 'textarea' | 'contenteditable';

/** Fingerprints, most specific first. Each is checked on the editable root itself. */
export const EDITOR_FINGERPRINTS: readonly { kind: EditorKind; selector: string }[] = [
  { kind: 'ckeditor5', selector: '.ck-editor__editable' },
  { kind: 'prosemirror', selector: '.ProseMirror' },
  { kind: 'lexical', selector: '[data-lexical-editor]' },
  { kind: 'quill', selector: '.ql-editor' },
  { kind: 'draftjs', selector: '.public-DraftEditor-content' },
  { kind: 'slate', selector: '[data-slate-editor]' },
];

/** Any editable root a generic page may hold. */
export const EDITABLE_SELECTOR = [
  ...EDITOR_FINGERPRINTS.map((f) => f.selector),
  'textarea',
  '[contenteditable="true"]',
  '[contenteditable=""]',
  '[contenteditable="plaintext-only"]',
].join(', ');

export function editorKind(el: Element): EditorKind {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return 'textarea';
  for (const f of EDITOR_FINGERPRINTS) if (el.matches(f.selector)) return f.kind;
  return 'contenteditable';
}

/** The editable root for an element an adapter handed over (itself, or the editable inside a wrapper). */
export function editableRoot(el: HTMLElement): HTMLElement | null {
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) {
    // Climb to the outermost editable (a click target may be a paragraph inside the editor).
    let root: HTMLElement = el;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }
  return el.querySelector<HTMLElement>(EDITABLE_SELECTOR);
}

/** Editors whose undo manager merges edits close in time: wait this long after the last keystroke. */
export function quietPeriodMs(kind: EditorKind): number {
  return kind === 'quill' ? 1100 : 0;
}
