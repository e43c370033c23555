// Loads a committed HTML fixture (tests/sites/fixtures/<site>/<name>.html) into the test document,
// replacing whatever the previous test left there.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function fixturePath(site: string, name: string): string {
  return join(here, 'fixtures', site, name.endsWith('.html') ? name : `${name}.html`);
}

export function loadFixture(site: string, name: string): Document {
  const html = readFileSync(fixturePath(site, name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.importNode(parsed.documentElement, true);
  document.documentElement.remove();
  document.appendChild(root);
  return document;
}

/** The element with this id, or a thrown error naming it (so a missing id fails loudly). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`fixture has no #${id}`);
  return el as T;
}

/** Compact text of nodes, for assertions on ignoredNodes. */
export function textsOf(nodes: Node[]): string[] {
  return nodes.map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim());
}
