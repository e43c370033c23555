// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../lib/dom/text-map';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.style.whiteSpace = 'pre-wrap';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

/** The DOM text a range over [start, end) covers, and the draft's text there: they must agree. */
function check(root: HTMLElement, start: number, end: number, ignored: Node[] = []): string {
  const map = buildTextMap(root, ignored);
  const r = map.range(start, end)!;
  expect(r).not.toBeNull();
  return r.toString();
}

describe('buildTextMap: text', () => {
  it('one line per paragraph (CKEditor, ProseMirror, Quill, Lexical)', () => {
    expect(buildTextMap(editor('<p>Hi Dana,</p><p>Thanks for waiting.</p>')).text).toBe(
      'Hi Dana,\nThanks for waiting.',
    );
  });

  it('empty paragraphs are empty lines; their filler <br> is not a line break', () => {
    expect(buildTextMap(editor('<p>a</p><p><br data-cke-filler="true"></p><p>b</p>')).text).toBe('a\n\nb');
    expect(buildTextMap(editor('<p>a</p><p><br class="ProseMirror-trailingBreak"></p><p>b</p>')).text).toBe('a\n\nb');
    expect(buildTextMap(editor('<p>a</p><p><br></p><p>b</p>')).text).toBe('a\n\nb');
  });

  it('Gmail: a bare first line, then <div> lines, <div><br></div> as an empty line', () => {
    expect(buildTextMap(editor('Hi Dana,<div><br></div><div>Thanks</div>')).text).toBe('Hi Dana,\n\nThanks');
  });

  it('<br> inside a line breaks it; a trailing <br> does not add a line', () => {
    expect(buildTextMap(editor('<div>a<br>b</div>')).text).toBe('a\nb');
    expect(buildTextMap(editor('<div>a<br></div><div>b</div>')).text).toBe('a\nb');
    expect(buildTextMap(editor('<div>a<br><br></div>')).text).toBe('a\n');
  });

  it('inline formatting is flattened', () => {
    expect(buildTextMap(editor('<p>Hi <b>Da</b><i>na</i>!</p>')).text).toBe('Hi Dana!');
  });

  it('editor fillers and no-break spaces', () => {
    expect(buildTextMap(editor('<p>a\u2060\u2060\u2060b\u200bc</p>')).text).toBe('abc');
    expect(buildTextMap(editor('<p>a\u00a0 b</p>')).text).toBe('a  b');
  });

  it('ignored nodes, images and non-editable islands produce no text', () => {
    const root = editor('<div>Hi</div><div class="sig">-- <br>Sam | TBD</div>');
    const sig = root.querySelector('.sig')!;
    expect(buildTextMap(root, [sig]).text).toBe('Hi');
    expect(buildTextMap(editor('<p>a<img alt="x">b <span contenteditable="false">@Sam</span> c</p>')).text).toBe(
      'ab  c',
    );
  });

  it('collapsible whitespace from HTML source is collapsed where the editor collapses it', () => {
    const el = editor('');
    el.style.whiteSpace = 'normal';
    el.innerHTML = '\n  <div>Hi   there</div>\n  <div>\n    second\n  </div>\n';
    expect(buildTextMap(el).text).toBe('Hi there\nsecond ');
  });

  it('a textarea is its value', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Hi {{name}},\n\nthanks';
    expect(buildTextMap(ta).text).toBe('Hi {{name}},\n\nthanks');
    expect(buildTextMap(ta).isTextControl).toBe(true);
  });
});

describe('buildTextMap: offsets ↔ DOM', () => {
  it('ranges cover exactly the draft text at those offsets, across formatting and paragraphs', () => {
    const root = editor('<p>Hi <b>Da</b><i>na</i>!</p><p>Second <u>line</u></p>');
    const text = buildTextMap(root).text;
    for (const word of ['Dana', 'Hi Dana!', 'na!', 'Second line', 'line']) {
      const start = text.indexOf(word);
      expect(check(root, start, start + word.length)).toBe(word);
    }
    // Across the paragraph boundary the DOM range holds both words (Range.toString has no newline).
    const s = text.indexOf('!');
    expect(check(root, s, s + 8)).toBe('!Second');
  });

  it('UTF-16 offsets after an emoji (a surrogate pair) land on the right characters', () => {
    const root = editor('<p>😀 Hi {{ticket.requester.first_name}}, 👍🏽 ok</p>');
    const text = buildTextMap(root).text;
    const ph = '{{ticket.requester.first_name}}';
    const start = text.indexOf(ph);
    expect(start).toBe(6);
    expect(check(root, start, start + ph.length)).toBe(ph);
    expect(check(root, text.indexOf('ok'), text.indexOf('ok') + 2)).toBe('ok');
  });

  it('skipped fillers inside a word do not shift offsets', () => {
    const root = editor('<p>ab\u2060\u2060cd ef</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('abcd ef');
    expect(check(root, 1, 4)).toBe('b\u2060\u2060cd'); // the DOM range spans the fillers it must
    expect(check(root, 5, 7)).toBe('ef');
  });

  it('offsets after an ignored node and across an empty line', () => {
    const root = editor('<div>Hi</div><blockquote>quoted XXX</blockquote><div><br></div><div>Bye {{x}}</div>');
    const quote = root.querySelector('blockquote')!;
    const map = buildTextMap(root, [quote]);
    expect(map.text).toBe('Hi\n\nBye {{x}}');
    const start = map.text.indexOf('{{x}}');
    expect(check(root, start, start + 5, [quote])).toBe('{{x}}');
    expect(map.spansGap(0, map.text.length)).toBe(true);
    expect(map.spansGap(start, start + 5)).toBe(false);
  });

  it('offsetOf maps DOM points back to text offsets', () => {
    const root = editor('<p>Hi <b>Dana</b></p><p>Bye</p>');
    const map = buildTextMap(root);
    const b = root.querySelector('b')!.firstChild!;
    expect(map.offsetOf(b, 2)).toBe(5);
    const bye = root.querySelectorAll('p')[1]!.firstChild!;
    expect(map.offsetOf(bye, 0)).toBe(map.text.indexOf('Bye'));
    expect(map.offsetOf(root.querySelectorAll('p')[1]!, 0)).toBe(map.text.indexOf('Bye'));
    expect(map.offsetOf(document.body, 0)).toBeNull();
  });

  it('every offset round-trips through point() and offsetOf()', () => {
    const root = editor('<p>😀 a <b>b</b>\u2060c</p><p><br></p><p>d<br>e</p>');
    const map = buildTextMap(root);
    for (let i = 0; i <= map.text.length; i++) {
      if (map.text[i - 1] === '\n' && map.text[i] === '\n') continue; // inside an empty line: no DOM text
      const p = map.point(i, 'forward')!;
      const back = map.offsetOf(p.node, p.offset);
      expect([i, i + 1]).toContain(back); // a point just before a line break may belong to the next line
    }
  });
});
