import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { formatIssue, packSchema, parsePack } from '../../lib/packs/pack';
import { didYouMean } from '../../lib/packs/suggest';
import { rules } from '../../rules/index';

const root = join(import.meta.dirname, '..', '..');
const acme = readFileSync(join(import.meta.dirname, 'fixtures', 'acme.pack.json'), 'utf8');
const issuesOf = (text: string) => {
  const r = parsePack(text, rules);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.issues.map((i) => formatIssue('pack.json', i));
};

describe('pack JSON Schema (public/pack.schema.json)', () => {
  it('is a valid 2020-12 schema that accepts the example pack, and is what parsePack checks', () => {
    const published = JSON.parse(readFileSync(join(root, 'public', 'pack.schema.json'), 'utf8'));
    expect(new Validator(published, '2020-12').validate(JSON.parse(acme)).valid).toBe(true);
    expect(parsePack(acme, rules).ok).toBe(true);
    // The run-time schema is the published one with this build's rules filled in, read from rules/index.ts.
    const schema = packSchema(rules);
    expect(Object.keys((schema.properties!.rules as { properties: object }).properties)).toEqual(
      rules.map((r) => r.meta.id),
    );
    expect(schema.properties!.examples).toEqual(published.properties.examples);
  });

  it('is shipped beside managed-schema.json, and the README’s example pack is valid with passing examples', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/public\/pack\.schema\.json/);
    const section = readme.slice(readme.indexOf('## Rule packs'));
    const example = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    const { testPack } = await import('../../lib/packs/examples');
    const { result, examples } = testPack(example, rules);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.every((e) => e.ok)).toBe(true);
  });

  it('names the line, column and field of each problem, with a "did you mean" for a near miss', () => {
    const text = `{
  "format": "reply-coach-pack",
  "version": 1,
  "nmae": "Acme",
  "rules": {
    "sensitive-dta": {},
    "long-sentence": { "severity": "high", "options": { "maxWord": 20 } },
    "placeholder": { "options": { "anything": 1 } }
  },
  "phrases": { "negativ": [], "banned": [{ "phrase": "re:(a)\\\\1" }, { "phrase": "re:(?<!not )sorry" }] },
  "examples": [{ "draft": "Hi", "expect": ["jargn"] }]
}`;
    expect(issuesOf(text)).toEqual([
      'pack.json:4:3: nmae: unknown field "nmae" — did you mean "name"?',
      'pack.json:6:5: rules.sensitive-dta: unknown rule "sensitive-dta" — did you mean "sensitive-data"?',
      'pack.json:7:36: rules.long-sentence.severity: must be one of error, warning, suggestion (got "high")',
      'pack.json:7:57: rules.long-sentence.options.maxWord: unknown option "maxWord" — did you mean "maxWords"? (long-sentence options: maxWords)',
      expect.stringMatching(/^pack\.json:8:35: rules\.placeholder\.options\.anything: unknown option "anything"/),
      'pack.json:10:16: phrases.negativ: unknown list "negativ" — did you mean "negative"? (lists: negative, banned, jargon)',
      expect.stringMatching(/^pack\.json:10:54: phrases\.banned\[0\]\.phrase: .*backreferences .*linear-time engine$/),
      expect.stringMatching(/^pack\.json:10:81: phrases\.banned\[1\]\.phrase: .*lookbehind .*not supported/),
      'pack.json:11:44: examples[0].expect[0]: unknown rule "jargn" — did you mean "jargon"?',
    ]);
  });

  it('says what a missing or wrongly typed field should be', () => {
    expect(
      issuesOf(
        '{"format": "reply-coach-pack", "phrases": {"jargon": [{"term": "SLA"}, "RMA"]}, "rules": {"jargon": "off"}}',
      ),
    ).toEqual([
      'pack.json:1:1: version: is required (must be 1)',
      'pack.json:1:55: phrases.jargon[0].plain: is required (must be a non-empty array of plain-word strings)',
      'pack.json:1:72: phrases.jargon[1]: must be an object like {"term": "SLA", "plain": ["response time"]}, got string',
      'pack.json:1:101: rules.jargon: must be an object like {"enabled": false}, got string',
    ]);
  });

  it('suggests only what is close', () => {
    expect(didYouMean('jargn', ['jargon', 'blame'])).toBe('jargon');
    expect(didYouMean('sensitive', ['sensitive-data', 'shouting'])).toBe('sensitive-data');
    expect(didYouMean('xyzzy', ['jargon', 'blame'])).toBeNull();
  });
});
