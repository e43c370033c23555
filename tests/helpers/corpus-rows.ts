// The draft corpora's rows as plain objects, for tests that read every draft (cache equivalence, the parse
// sweep, phrase short cuts). A corpus that is absent (a clone outside this team has no ../shared) gives no rows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPaths } from '../../lib/eval/corpus';

export const ROOT = join(import.meta.dirname, '..', '..');

export function corpusRows<T = { draft: string; customer?: string }>(which: 'validation' | 'dev'): T[] {
  const file = corpusPaths(ROOT)[which];
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}
