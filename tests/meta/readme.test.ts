import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderReadme } from '../../lib/cli/rules-doc';

it('README.md lists every rule as its meta describes it (run npm run docs:rules to update)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  expect(readme).toBe(renderReadme(readme));
});
