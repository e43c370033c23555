import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CATALOG_FILE, renderCatalog, renderReadme } from '../../lib/cli/rules-doc';

it('README.md lists every rule as its meta describes it (run npm run docs:rules to update)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  expect(readme).toBe(renderReadme(readme));
});

it('rules/catalog.json is every rule’s meta, in registry order (run npm run docs:rules to update)', async () => {
  const { rules } = await import('../../rules/index');
  const { ruleCatalog } = await import('../../rules/catalog');
  expect(ruleCatalog.map((r) => r.meta)).toEqual(JSON.parse(JSON.stringify(rules.map((r) => r.meta))));
  expect(readFileSync(CATALOG_FILE, 'utf8')).toBe(renderCatalog());
});
