// Every built-in rule's meta without its code (generated: `npm run docs:rules` writes rules/catalog.json
// from the rules themselves; tests/meta/readme.test.ts fails when it is stale). The options page, the
// content script's card and the pack validator read this, so they load neither the NLP library nor the
// rules' data; only the engine (background script, CLI, the options page's tester) loads rules/index.ts.

import type { RuleInfo, RuleMeta } from '../lib/engine/types';
import catalog from './catalog.json';

export const ruleCatalog: readonly RuleInfo[] = (catalog as RuleMeta[]).map((meta) => ({ meta }));

export function ruleInfoById(id: string): RuleInfo | undefined {
  return ruleCatalog.find((r) => r.meta.id === id);
}
