// Every rule is registered, documented and tested; the engine and rules stay pure (no DOM, no browser).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index';

const root = join(import.meta.dirname, '..', '..');
const ruleFiles = readdirSync(join(root, 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'catalog.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('rule registry', () => {
  it('registers every rule file, and only those', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual([...ruleFiles].sort());
  });

  it('has unique ids', () => {
    expect(new Set(rules.map((r) => r.meta.id)).size).toBe(rules.length);
  });
});

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('is documented in its meta', () => {
    const m = rule.meta;
    for (const field of ['title', 'description', 'rationale', 'example'] as const) {
      expect(m[field], field).toBeTypeOf('string');
      expect(m[field].length, field).toBeGreaterThan(3);
      expect(m[field], field).not.toMatch(/TODO/);
    }
    expect(['listen', 'apologise', 'solve', 'thank', 'tone', 'safety']).toContain(m.step);
    expect(['error', 'warning', 'suggestion']).toContain(m.defaultSeverity);
    for (const [k, o] of Object.entries(m.options ?? {})) {
      expect(o.description.length, `option ${k}`).toBeGreaterThan(3);
    }
  });

  it('has tests with texts to flag (span and fixed text) and look-alikes to leave alone', () => {
    const file = join(root, 'tests', 'rules', `${id}.test.ts`);
    expect(existsSync(file), file).toBe(true);
    const src = readFileSync(file, 'utf8');
    expect(src).toMatch(/ruleTester\(/);
    expect(src).toMatch(/valid:\s*\[/);
    expect(src).toMatch(/invalid:\s*\[/);
    expect(src).toMatch(/outputs:\s*\[\s*['"`]/);
  });

  it('is listed in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`\`${id}\``);
  });
});

describe('purity of the engine and rules', () => {
  const forbidden =
    /from ['"](?:wxt|#imports|webextension-polyfill|@wxt-dev\/[^'"]+|preact[^'"]*)['"]|\b(?:document|window|browser|chrome)\.\w/;
  const dirs = ['lib/engine', 'rules'];
  for (const dir of dirs) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.ts'))) {
      it(`${dir}/${f} uses no DOM or browser API`, () => {
        const src = readFileSync(join(root, dir, f), 'utf8').replace(/\/\/.*$/gm, '');
        expect(src).not.toMatch(forbidden);
      });
    }
  }
});
