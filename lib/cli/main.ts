// reply-coach: check a draft, or audit a library of canned replies (macros).
//
//   reply-coach check [file|-] [--customer file] [--name NAME] [--channel email|chat|social]
//                     [--model LAST|HEAT|AAAA] [--pack pack.json] [--json] [--all]
//   reply-coach audit <macros.json|macros.csv> [--column text] [--title-column title] [--pack pack.json] [--json]
//   reply-coach pack test <pack.json> [--json]
//
// Exit codes: 0 clean, 1 when an error-severity finding exists (or, for pack test, a failing example),
// 2 on bad usage or unreadable input (an invalid pack included).

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze } from '../engine/analyze';
import { isServiceModel } from '../engine/checklist';
import { analyzeInSlices, WHOLE_CHARS } from '../engine/slices';
import type { Channel, Report, Settings } from '../engine/types';
import { rules } from '../../rules/index';
import type { PackIssue } from '../packs/pack';
import { auditMacros, formatAudit, loadMacros } from './audit';
import { InputError, UsageError } from './errors';
import { formatReport } from './format';

const USAGE = `Usage:
  reply-coach check [file|-] [--customer file] [--name NAME] [--channel email|chat|social]
                    [--model LAST|HEAT|AAAA] [--pack pack.json] [--json] [--all]
  reply-coach audit <macros.json|macros.csv> [--column NAME] [--title-column NAME]
                    [--channel email|chat|social] [--model LAST|HEAT|AAAA] [--pack pack.json] [--json]
  reply-coach pack test <pack.json> [--json]

check   lints one draft reply (a file, or standard input with - or no file); a draft over 50,000
        characters is checked in part (the output says which part), --all checks all of it
audit   lints a library of canned replies: Zendesk's macro export (JSON) or a CSV with a text column
pack test  validates a rule pack and runs its examples (exit 1 when one fails)

A --pack is validated and its examples run first: a pack that fails either is refused (exit 2).

Exit codes: 0 no errors, 1 an error-level finding or a failing pack example, 2 bad usage or unreadable input.`;

/** Where the CLI reads and writes: the process by default, strings in the tests (tests/cli). */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  stdin(): string;
  stdinIsTTY: boolean;
}

function readText(file: string, what: string, io: Io): string {
  try {
    return file === '-' ? io.stdin() : readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason =
      err.code === 'ENOENT'
        ? 'no such file'
        : err.code === 'EISDIR'
          ? 'is a directory'
          : err.code === 'EACCES'
            ? 'permission denied'
            : err.message;
    throw new InputError(`${file === '-' ? 'standard input' : file}: cannot read ${what} (${reason})`);
  }
}

// The pack modules (JSON Schema validator, examples) load only when a pack is given.
const packs = async () => {
  const [examples, pack] = await Promise.all([import('../packs/examples'), import('../packs/pack')]);
  return { ...examples, ...pack };
};
const formatIssue = (file: string, i: PackIssue) => `${file}:${i.line}:${i.column}: ${i.path}: ${i.message}`;

async function settingsFrom(values: { pack?: string; model?: string }, io: Io): Promise<Settings> {
  let settings: Settings = {};
  if (values.pack) {
    const text = readText(values.pack, 'the rule pack', io);
    const { testPack, packToSettings } = await packs();
    const { result: res } = testPack(text, rules);
    if (!res.ok) throw new InputError(res.issues.map((i) => formatIssue(values.pack!, i)).join('\n'));
    settings = packToSettings(res.pack);
  }
  if (values.model !== undefined) {
    const m = values.model.toUpperCase();
    if (!isServiceModel(m)) throw new UsageError(`--model must be LAST, HEAT or AAAA (got "${values.model}")`);
    settings.model = m;
  }
  return settings;
}

function channelFrom(v: string | undefined): Channel | undefined {
  if (v === undefined) return undefined;
  if (v !== 'email' && v !== 'chat' && v !== 'social')
    throw new UsageError(`--channel must be email, chat or social (got "${v}")`);
  return v;
}

async function check(args: string[], io: Io): Promise<number> {
  const out = io.out;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      customer: { type: 'string' },
      name: { type: 'string' },
      channel: { type: 'string' },
      model: { type: 'string' },
      pack: { type: 'string' },
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) throw new UsageError(`check takes one file, got ${positionals.length}`);
  const file = positionals[0] ?? '-';
  if (file === '-' && io.stdinIsTTY)
    throw new UsageError('no draft: give a file, or pipe the draft into standard input');
  const draft = readText(file, 'the draft', io);
  const customer = values.customer !== undefined ? readText(values.customer, "the customer's message", io) : undefined;
  const channel = channelFrom(values.channel);
  const settings = await settingsFrom(values, io);
  const input = {
    draft,
    ...(customer !== undefined ? { customer } : {}),
    ...(values.name ? { customerName: values.name } : {}),
    ...(channel ? { channel } : {}),
  };
  // A long draft goes through the sliced analysis: past MAX_ANALYSED_CHARS only part of it is checked (the
  // opening, the end, then on from the opening) unless --all, and the output says so.
  const report =
    draft.length > WHOLE_CHARS
      ? runSlices(analyzeInSlices(input, settings, values.all ? { maxChars: Infinity } : {}))
      : analyze(input, settings);
  out(values.json ? JSON.stringify(report, null, 2) : formatReport(file === '-' ? '<stdin>' : file, draft, report));
  return report.stats.errors > 0 ? 1 : 0;
}

function runSlices(it: Generator<unknown, Report, void>): Report {
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

async function audit(args: string[], io: Io): Promise<number> {
  const out = io.out;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      column: { type: 'string' },
      'title-column': { type: 'string' },
      channel: { type: 'string' },
      model: { type: 'string' },
      pack: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('audit takes one file: a Zendesk macro export (.json) or a .csv');
  const file = positionals[0]!;
  const text = readText(file, 'the macros', io);
  const macros = loadMacros(file, text, { column: values.column, titleColumn: values['title-column'] });
  const channel = channelFrom(values.channel);
  const result = auditMacros(macros, await settingsFrom(values, io), channel);
  out(values.json ? JSON.stringify(result, null, 2) : formatAudit(file, result));
  return result.totals.errors > 0 ? 1 : 0;
}

async function pack(args: string[], io: Io): Promise<number> {
  const out = io.out;
  const [sub, ...rest] = args;
  if (sub !== 'test') throw new UsageError(sub ? `unknown pack command "${sub}" (try: pack test pack.json)` : 'pack needs a command: pack test pack.json'); // prettier-ignore
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('pack test takes one pack file');
  const file = positionals[0]!;
  const text = readText(file, 'the rule pack', io);
  const { testPack, describeFailure, pathString } = await packs();
  const { result, examples } = testPack(text, rules);
  const failing = examples.filter((e) => !e.ok);
  // Invalid (not a failing example): bad input.
  if (!result.ok && examples.length === 0) {
    if (values.json) out(JSON.stringify({ file, valid: false, issues: result.issues }, null, 2));
    else throw new InputError(result.issues.map((i) => formatIssue(file, i)).join('\n'));
    return 2;
  }
  if (values.json) {
    out(JSON.stringify({ file, valid: true, issues: result.ok ? [] : result.issues, examples }, null, 2));
    return failing.length ? 1 : 0;
  }
  const issues = result.ok ? [] : result.issues;
  const lines: string[] = [];
  for (const e of examples) {
    if (e.ok) lines.push(`✓ examples[${e.index}]${e.name ? ` ${e.name}` : ''}`);
    else
      for (const f of e.failures) {
        const issue = issues.find((i) => i.path === pathString(f.path));
        lines.push(`✗ ${issue ? formatIssue(file, issue) : describeFailure(e, f)}`);
      }
  }
  const name = result.ok ? result.pack.name : undefined;
  lines.push(
    examples.length === 0
      ? `${file}: valid pack${name ? ` “${name}”` : ''}, no examples to run`
      : `${file}: ${examples.length - failing.length} of ${examples.length} example${examples.length === 1 ? '' : 's'} passed${failing.length ? `, ${failing.length} failed: the pack is not applied until they pass` : ''}`,
  );
  out(lines.join('\n'));
  return failing.length ? 1 : 0;
}

export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(`${s}\n`),
  streams: Partial<Omit<Io, 'out'>> = {},
): Promise<number> {
  const io: Io = {
    out,
    err: streams.err ?? ((s) => process.stderr.write(s)),
    stdin: streams.stdin ?? (() => readFileSync(0, 'utf8')),
    stdinIsTTY: streams.stdinIsTTY ?? !!process.stdin.isTTY,
  };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'audit':
        return await audit(rest, io);
      case 'pack':
        return await pack(rest, io);
      case '--help':
      case '-h':
      case 'help':
        out(USAGE);
        return 0;
      case undefined:
        throw new UsageError('no command');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`reply-coach: ${(e as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`reply-coach: ${e.message}\n`);
      return 2;
    }
    io.err(`reply-coach: internal error: ${(e as Error).message}\n`);
    return 2;
  }
}
