import { fakeBrowser } from '../storage/fake-browser';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPack } from '../../lib/packs/examples';
import { parsePack } from '../../lib/packs/pack';
import { validatePolicy } from '../../lib/packs/policy';
import { rules } from '../../rules/index';

const { importTeamPack, loadState, teamPackItem } = await import('../../lib/storage');

// Packs and policies are untrusted: whatever the text, the validator returns a result (never throws),
// a rejection always comes with a non-empty list of located, specific problems, and a rejected import
// leaves the settings in force untouched.

const acme = readFileSync(join(import.meta.dirname, 'fixtures', 'acme.pack.json'), 'utf8');
const valid = JSON.parse(acme) as Record<string, unknown>;
const RUNS = 300;

function wellFormed(text: string) {
  const r = parsePack(text, rules);
  if (r.ok) return r;
  expect(r.issues.length).toBeGreaterThan(0);
  const lines = text.split('\n').length;
  for (const i of r.issues) {
    expect(i.line).toBeGreaterThanOrEqual(1);
    expect(i.line).toBeLessThanOrEqual(lines);
    expect(i.column).toBeGreaterThanOrEqual(1);
    expect(typeof i.path).toBe('string');
    expect(i.message.length).toBeGreaterThan(5);
    expect(i.message).not.toMatch(/undefined|\[object Object\]|could not be checked/);
  }
  return r;
}

/** A random edit of a JSON value at a random path: replace, delete or add a field. */
const mutation = fc.record({
  path: fc.array(fc.nat(20), { maxLength: 4 }),
  kind: fc.constantFrom('replace', 'delete', 'add'),
  value: fc.jsonValue({ maxDepth: 3 }),
  key: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('rules', 'phrase', 'jargn', 'options', 'examples', 'expect', '__proto__', 'constructor'),
  ),
});

function mutate(root: unknown, m: { path: number[]; kind: string; value: unknown; key: string }): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: unknown = copy;
  for (const step of m.path) {
    if (!node || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (!keys.length) break;
    const k = keys[step % keys.length]!;
    const child = (node as Record<string, unknown>)[k];
    if (!child || typeof child !== 'object') {
      if (m.kind === 'delete') delete (node as Record<string, unknown>)[k];
      else (node as Record<string, unknown>)[k] = m.value;
      return copy;
    }
    node = child;
  }
  if (node && typeof node === 'object') {
    if (m.kind === 'add') (node as Record<string, unknown>)[m.key] = m.value;
    else if (m.kind === 'delete') delete (node as Record<string, unknown>)[Object.keys(node)[0] ?? ''];
    else (node as Record<string, unknown>)[Object.keys(node)[0] ?? m.key] = m.value;
  }
  return copy;
}

describe('pack validator under fuzzing', () => {
  it('random JSON values: a result, never a throw; non-objects and the wrong shape rejected with located problems', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const r = wellFormed(JSON.stringify(v, null, 2) ?? 'null');
        expect(r.ok).toBe(false); // a random value is never a valid pack (no format/version)
      }),
      { numRuns: RUNS },
    );
  });

  it('random text and byte-level mutations of a valid pack: never a throw, invalid JSON located', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => void wellFormed(s)),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.nat(acme.length), fc.nat(20), fc.string({ maxLength: 6 }), (at, del, ins) => {
        void wellFormed(acme.slice(0, at) + ins + acme.slice(at + del));
      }),
      { numRuns: RUNS },
    );
  });

  it('structural mutations of a valid pack: either still valid or rejected with located problems', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        const v = ms.reduce<unknown>((acc, m) => mutate(acc, m), valid);
        const text = JSON.stringify(v, null, 2);
        const r = wellFormed(text);
        // Whatever is accepted is safe to run: the examples and the engine take it without throwing.
        if (r.ok) expect(() => testPack(text, rules)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('policies: random values never throw and are either applied whole or refused with reasons', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ rulePack: fc.oneof(fc.string(), fc.constant(acme)), sendGate: fc.jsonValue(), serviceModel: fc.jsonValue() }, { requiredKeys: [] })), // prettier-ignore
        (raw) => {
          const r = validatePolicy(raw, rules);
          if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a rejected import leaves the team pack in force untouched (storage and resolved settings)', async () => {
    fakeBrowser.reset();
    expect((await importTeamPack(acme, testPack)).result.ok).toBe(true);
    const before = JSON.stringify(await loadState());
    const stored = await teamPackItem.getValue();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const text = JSON.stringify(
          ms.reduce<unknown>((acc, m) => mutate(acc, m), valid),
          null,
          2,
        );
        const r = await importTeamPack(text, testPack);
        if (r.result.ok)
          await importTeamPack(acme, testPack); // a mutation that is still valid: put it back
        else {
          expect(await teamPackItem.getValue()).toBe(stored);
          expect(JSON.stringify(await loadState())).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
