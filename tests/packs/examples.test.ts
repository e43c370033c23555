import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExamples, testPack } from '../../lib/packs/examples';
import { parsePack } from '../../lib/packs/pack';
import { main } from '../../lib/cli/main';
import { rules } from '../../rules/index';

const fixture = join(import.meta.dirname, 'fixtures', 'acme.pack.json');
const acme = readFileSync(fixture, 'utf8');

const withExamples = (examples: unknown[]) => JSON.stringify({ ...JSON.parse(acme), examples }, null, 2);

describe('pack examples (self-tests)', () => {
  it('pass when the expected rules flag the draft and the forbidden ones do not', () => {
    const { result, examples } = testPack(acme, rules);
    expect(result.ok).toBe(true);
    expect(examples.map((e) => e.ok)).toEqual([true, true]);
    expect(examples[0]!.flagged).toContain('negative-language');
  });

  it('run with the pack’s own settings: its banned phrase is what makes example 1 pass', () => {
    const parsed = parsePack(acme, rules);
    if (!parsed.ok) throw new Error('fixture invalid');
    const { phrases: _phrases, ...without } = parsed.pack;
    expect(runExamples(without, rules)[0]!.ok).toBe(false);
  });

  it('fail with the example, the rule and the finding, located in the pack', () => {
    const text = withExamples([
      { name: 'polite', draft: 'Hi Sam,\n\nThanks for waiting. Your refund went out today.\n\nKim', expect: ['blame'] },
      { draft: 'Hi [NAME], your refund went out today.', forbid: ['placeholder'] },
    ]);
    const { result, examples } = testPack(text, rules);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(examples.map((e) => e.ok)).toEqual([false, false]);
    expect(result.issues.map((i) => i.path)).toEqual(['examples[0].expect[0]', 'examples[1].forbid[0]']);
    expect(result.issues[0]!.message).toMatch(/^expected blame to flag “polite” \(draft “Hi Sam, Thanks for waiting/);
    expect(result.issues[1]!.message).toMatch(/^placeholder must not flag the draft “Hi \[NAME\].*at 1:4 “\[NAME\]”: /);
    const line = (s: string) => text.slice(0, text.indexOf(s)).split('\n').length;
    expect(result.issues[0]!.line).toBe(line('"blame"'));
    expect(result.issues[1]!.line).toBe(line('"forbid"') + 1);
  });

  it('say so when an expected rule is one the pack turns off', () => {
    const pack = JSON.parse(acme);
    pack.rules.jargon = { enabled: false };
    const { result } = testPack(JSON.stringify(pack), rules);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/expected jargon .*this pack turns it off/);
  });
});

describe('reply-coach pack test', () => {
  async function run(args: string[]) {
    const lines: string[] = [];
    const code = await main(args, (s) => lines.push(s));
    return { code, out: lines.join('\n') };
  }

  it('exits 0 and lists each passing example', async () => {
    const r = await run(['pack', 'test', fixture]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✓ examples\[0\] the banned phrase\n✓ examples\[1\] team jargon\n.*2 of 2 examples passed/);
  });

  it('exits 1 on a failing example, printing file:line:col, the example and the finding', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'rc-pack-')), 'pack.json');
    writeFileSync(file, withExamples([{ draft: 'Hi [NAME], done.', forbid: ['placeholder'] }]));
    const r = await run(['pack', 'test', file, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.examples[0].failures[0]).toMatchObject({
      ruleId: 'placeholder',
      kind: 'forbidden',
      finding: { actual: '[NAME]' },
    });
    const text = await run(['pack', 'test', file]);
    expect(text.code).toBe(1);
    expect(text.out).toContain(`✗ ${file}:`);
    expect(text.out).toMatch(/examples\[0\]\.forbid\[0\]: placeholder must not flag the draft “Hi \[NAME\], done\.”/);
    expect(text.out).toMatch(/0 of 1 example passed, 1 failed/);
  });

  it('exits 2 on an invalid pack, and check --pack refuses a pack whose examples fail', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'rc-pack-'));
    writeFileSync(join(dir, 'bad.json'), '{"format": "reply-coach-pack", "version": 1, "rules": {"jargn": {}}}');
    expect((await run(['pack', 'test', join(dir, 'bad.json')])).code).toBe(2);
    writeFileSync(join(dir, 'failing.json'), withExamples([{ draft: 'Hi there, all done.', expect: ['blame'] }]));
    writeFileSync(join(dir, 'draft.txt'), 'Hi Sam, thanks!');
    expect((await run(['check', join(dir, 'draft.txt'), '--pack', join(dir, 'failing.json')])).code).toBe(2);
  });
});
