import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Pack and page text never reach innerHTML: the lint rule that enforces it (eslint.config.js) catches
// each HTML sink in the extension's code, and the code as it is passes it.
const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function sinks(code: string, file = 'lib/dom/example.tsx'): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: join(root, file) });
  return r!.messages.filter((m) => /no-restricted-(syntax|properties)/.test(m.ruleId ?? '')).map((m) => m.message);
}

describe('no HTML from strings', () => {
  it('flags every HTML sink in extension code', async () => {
    const cases = [
      'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }',
      'export function f(el: HTMLElement, s: string) { el.outerHTML += s; }',
      "export function f(el: HTMLElement, s: string) { el['innerHTML'] = s; }",
      "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }",
      'export function f(s: string) { document.write(s); }',
      'export function f(s: string) { return <div dangerouslySetInnerHTML={{ __html: s }} />; }',
      'export function f(r: Range, s: string) { return r.createContextualFragment(s); }',
    ];
    for (const c of cases) expect(await sinks(c), c).toHaveLength(1);
  }, 60_000);

  it('leaves text alone', async () => {
    expect(await sinks('export function f(el: HTMLElement, s: string) { el.textContent = s; return <p>{s}</p>; }')).toEqual([]); // prettier-ignore
  }, 60_000);
});
