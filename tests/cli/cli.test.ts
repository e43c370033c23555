import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longDraft } from '../../lib/cli/long-draft';
import { main } from '../../lib/cli/main';
import type { Report } from '../../lib/engine/types';

const root = join(import.meta.dirname, '..', '..');
const fx = (f: string) => join(import.meta.dirname, 'fixtures', f);
const bin = join(root, 'bin', 'reply-coach.js');

// Every case runs the CLI in process (lib/cli/main.ts's entry, with standard input and error as strings):
// spawning tsx per case costs seconds each on a loaded 2-core machine. One case below runs the real
// bin/reply-coach.js once, to prove the wiring.
async function runMain(args: string[], input?: string) {
  const lines: string[] = [];
  let err = '';
  const code = await main(args, (s) => lines.push(s), {
    err: (s) => (err += s),
    stdin: () => {
      if (input === undefined) throw Object.assign(new Error('no stdin'), { code: 'EAGAIN' });
      return input;
    },
    stdinIsTTY: input === undefined,
  });
  return { code, out: lines.length ? `${lines.join('\n')}\n` : '', err };
}

// The one real process: node + tsx's loader compile the CLI from TypeScript on start (≈2–6 s on a loaded
// 2-core machine, more under a parallel vitest run), hence the explicit timeout.
const BIN_TIMEOUT = 60_000;
describe('bin/reply-coach.js', () => {
  it(
    'runs as a process: reads standard input, prints findings and exits 1 on an error finding',
    () => {
      const r = spawnSync(process.execPath, [bin, 'check'], {
        input: 'Hi [NAME],\n\nYour order ships today.\n',
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/1:4\s+error\s+placeholder\s+Unfilled placeholder “\[NAME\]”/);
    },
    BIN_TIMEOUT,
  );
});

describe('reply-coach check', () => {
  it('reads a draft from standard input, prints findings stylish-style and exits 1 on an error finding', async () => {
    const r = await runMain(['check'], 'Hi [NAME],\n\nYour order ships today.\n');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/1:4\s+error\s+placeholder\s+Unfilled placeholder “\[NAME\]”/);
    expect(r.out).toMatch(/Checklist — LAST/);
    expect(r.out).toMatch(/Safe to send/);
  });

  it('prints the Report as JSON with --json, and exits 0 on a clean draft', async () => {
    const r = await runMain(['check', '-', '--json', '--model', 'heat', '--channel', 'chat'], 'Thanks!');
    const report = JSON.parse(r.out);
    expect(report.checklist.model).toBe('HEAT');
    expect(report.findings.every((f: { severity: string }) => f.severity !== 'error')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('exits 2 with a one-line error for an unreadable file', async () => {
    const r = await runMain(['check', '/no/such/draft.txt']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('reply-coach: /no/such/draft.txt: cannot read the draft (no such file)');
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 2 on bad usage', async () => {
    expect((await runMain(['check', 'a', 'b'])).code).toBe(2);
    expect((await runMain(['frobnicate'])).code).toBe(2);
    expect((await runMain(['check', fx('macros.csv'), '--channel', 'fax'])).code).toBe(2);
    expect((await runMain(['check', fx('macros.csv'), '--bogus'])).code).toBe(2);
  });

  it('applies a rule pack, and rejects a broken one with file, line and field', async () => {
    const ok = await runMain(['check', '--pack', fx('pack-off.json')], 'Hi [NAME]');
    expect(ok.code).toBe(0);
    const bad = await runMain(['check', '--pack', fx('pack-bad.json')], 'Hi [NAME]');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('pack-bad.json:4:');
    expect(bad.err).toContain('rules.placeholder.severity');
  });
});

describe('reply-coach check on a long draft', () => {
  // 120,000 characters: past MAX_ANALYSED_CHARS, so checked in part; the output says how much.
  const draft = longDraft(120_000);
  it('says it analysed part, in the text and in --json, and --all analyses all of it', async () => {
    const text = await runMain(['check', '-'], draft);
    expect(text.err).toBe('');
    expect(text.out).toMatch(/Analysed [\d,]+ of [\d,]+ characters \(1–[\d,]+, .*\): a long draft is checked in part/);
    const json = JSON.parse((await runMain(['check', '-', '--json'], draft)).out) as Report;
    expect(json.partial?.totalChars).toBe(draft.length);
    expect(json.partial!.analysedChars).toBeLessThan(draft.length);
    // Line:column of each finding is where its text is.
    const first = json.findings.find((f) => f.start > 60_000 && f.actual.length > 2)!;
    const lines = draft.slice(0, first.start).split('\n');
    expect(text.out).toContain(`${lines.length}:${lines[lines.length - 1]!.length + 1} `);
    const all = JSON.parse((await runMain(['check', '-', '--json', '--all'], draft)).out) as Report;
    expect(all.partial).toBeUndefined();
    expect(all.findings.length).toBeGreaterThan(json.findings.length);
  }, 120_000);
});

describe('reply-coach audit', () => {
  it('audits a Zendesk macro export worst first, accepting Zendesk placeholders', async () => {
    const { code, out } = await runMain(['audit', fx('macros.json'), '--json']);
    const res = JSON.parse(out);
    expect(res.totals.macros).toBe(2); // the fields-only macro has no reply
    expect(res.macros[0].title).toBe('Card details (old)');
    expect(res.macros[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('placeholder');
    const refund = res.macros.find((m: { title: string }) => m.title === 'Refund issued');
    expect(refund.findings.filter((f: { ruleId: string }) => f.ruleId === 'placeholder')).toEqual([]);
    expect(res.rules.placeholder.macros).toBe(1);
    expect(code).toBe(1);
  });

  it('audits a CSV by the named column and prints tables', async () => {
    const { out } = await runMain(['audit', fx('macros.csv'), '--column', 'body', '--title-column', 'name']);
    expect(out).toMatch(/2 macros/);
    expect(out).toMatch(/By macro \(worst first\)\n.*\n\s+Delay/);
    expect(out).toMatch(/By rule/);
  });

  it('gives one-line errors with the line for malformed CSV and JSON, and a missing column', async () => {
    const csv = await runMain(['audit', fx('broken.csv'), '--column', 'body']);
    expect(csv.code).toBe(2);
    expect(csv.err).toMatch(/broken\.csv:\d+: malformed CSV/);
    const json = await runMain(['audit', fx('broken.json')]);
    expect(json.code).toBe(2);
    expect(json.err).toMatch(/broken\.json:4: malformed JSON/);
    const col = await runMain(['audit', fx('macros.csv'), '--column', 'text']);
    expect(col.err.trim()).toMatch(/macros\.csv:1: no column "text" \(columns: name, body\)/);
    expect((await runMain(['audit', fx('macros.csv')])).code).toBe(2);
  });
});
