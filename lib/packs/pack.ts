// Team rule packs: the JSON a team lead exports from the options page, shares, imports, or rolls out
// through enterprise policy. Parsing reports the line, column and field at fault; a pack with any
// error is rejected whole, so the settings in force are kept.

import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { isServiceModel } from '../engine/checklist';
import { compilePhrase } from '../engine/phrases';
import type { GlossaryEntry, PhraseEntry, Rule, RuleSetting, Settings, Severity } from '../engine/types';

export const PACK_FORMAT = 'reply-coach-pack';
export const PACK_VERSION = 1;

export interface RulePack extends Settings {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  /** Shown to agents: "Acme Support rules". */
  name?: string;
}

export interface PackIssue {
  /** JSON path of the field at fault, e.g. `rules.jargon.severity` or `phrases.negative[2].phrase`. */
  path: string;
  line: number;
  column: number;
  message: string;
}

export type PackResult = { ok: true; pack: RulePack } | { ok: false; issues: PackIssue[] };

const SEVERITIES: Severity[] = ['error', 'warning', 'suggestion'];

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

function pathString(path: (string | number)[]): string {
  return (
    path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : String(p)), '') || '(root)'
  );
}

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** Parse and validate a pack. `rules` is the list of rules the pack may configure. */
export function parsePack(text: string, rules: readonly Rule[]): PackResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !tree) {
    const e = errors[0];
    const at = lineCol(text, e?.offset ?? 0);
    return {
      ok: false,
      issues: [
        { path: '(root)', ...at, message: e ? `invalid JSON: ${printParseErrorCode(e.error)}` : 'the file is empty' },
      ],
    };
  }
  const data = JSON.parse(text) as unknown;
  const issues: PackIssue[] = [];
  const at = (path: (string | number)[], message: string) => {
    // Point at the deepest node of the path that exists.
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtLocation(tree, path.slice(0, n));
    issues.push({ path: pathString(path), ...lineCol(text, node?.offset ?? 0), message });
  };

  if (typeOf(data) !== 'object') {
    at([], `a rule pack is a JSON object, got ${typeOf(data)}`);
    return { ok: false, issues };
  }
  const d = data as Record<string, unknown>;
  const known = new Set(['$schema', 'format', 'version', 'name', 'model', 'rules', 'phrases', 'signOff']);
  for (const k of Object.keys(d)) if (!known.has(k)) at([k], `unknown field "${k}"`);
  if (d.format !== PACK_FORMAT) at(['format'], `must be "${PACK_FORMAT}"`);
  if (d.version !== PACK_VERSION)
    at(['version'], `must be ${PACK_VERSION} (this Reply Coach reads version ${PACK_VERSION})`);
  if (d.name !== undefined && typeof d.name !== 'string') at(['name'], `must be a string, got ${typeOf(d.name)}`);
  if (d.model !== undefined && !isServiceModel(d.model))
    at(['model'], `must be one of LAST, HEAT, AAAA (got ${JSON.stringify(d.model)})`);
  if (d.signOff !== undefined && typeof d.signOff !== 'string')
    at(['signOff'], `must be a string, got ${typeOf(d.signOff)}`);

  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  if (d.rules !== undefined) {
    if (typeOf(d.rules) !== 'object') at(['rules'], `must be an object keyed by rule id, got ${typeOf(d.rules)}`);
    else
      for (const [id, setting] of Object.entries(d.rules as Record<string, unknown>)) {
        const rule = byId.get(id);
        if (!rule) {
          at(['rules', id], `unknown rule "${id}"`);
          continue;
        }
        if (typeOf(setting) !== 'object') {
          at(['rules', id], `must be an object like {"enabled": false}, got ${typeOf(setting)}`);
          continue;
        }
        const s = setting as Record<string, unknown>;
        for (const k of Object.keys(s))
          if (!['enabled', 'severity', 'options'].includes(k)) at(['rules', id, k], `unknown field "${k}"`);
        if (s.enabled !== undefined && typeof s.enabled !== 'boolean')
          at(['rules', id, 'enabled'], `must be true or false, got ${JSON.stringify(s.enabled)}`);
        if (s.severity !== undefined && !SEVERITIES.includes(s.severity as Severity))
          at(['rules', id, 'severity'], `must be one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(s.severity)})`);
        if (s.options !== undefined) {
          if (typeOf(s.options) !== 'object')
            at(['rules', id, 'options'], `must be an object, got ${typeOf(s.options)}`);
          else
            for (const [k, v] of Object.entries(s.options as Record<string, unknown>)) {
              const meta = rule.meta.options?.[k];
              if (!meta) {
                const names = Object.keys(rule.meta.options ?? {});
                at(
                  ['rules', id, 'options', k],
                  `unknown option "${k}"${names.length ? ` (options: ${names.join(', ')})` : ` (${id} has no options)`}`,
                );
                continue;
              }
              const ok =
                meta.type === 'string[]'
                  ? Array.isArray(v) && v.every((x) => typeof x === 'string')
                  : typeof v === meta.type && (meta.type !== 'number' || Number.isFinite(v));
              if (!ok) at(['rules', id, 'options', k], `must be a ${meta.type}, got ${typeOf(v)}`);
            }
        }
      }
  }

  if (d.phrases !== undefined) {
    if (typeOf(d.phrases) !== 'object') at(['phrases'], `must be an object, got ${typeOf(d.phrases)}`);
    else {
      const p = d.phrases as Record<string, unknown>;
      for (const k of Object.keys(p))
        if (!['negative', 'jargon', 'banned'].includes(k))
          at(['phrases', k], `unknown list "${k}" (lists: negative, jargon, banned)`);
      for (const list of ['negative', 'banned'] as const) {
        const arr = p[list];
        if (arr === undefined) continue;
        if (!Array.isArray(arr)) {
          at(['phrases', list], `must be an array, got ${typeOf(arr)}`);
          continue;
        }
        arr.forEach((e: unknown, i) => {
          const entry = e as Partial<PhraseEntry>;
          if (typeOf(e) !== 'object')
            return at(['phrases', list, i], `must be an object like {"phrase": "…"}, got ${typeOf(e)}`);
          if (typeof entry.phrase !== 'string' || !entry.phrase.trim())
            return at(['phrases', list, i, 'phrase'], 'must be a non-empty string');
          try {
            compilePhrase(entry.phrase);
          } catch (err) {
            at(['phrases', list, i, 'phrase'], (err as Error).message);
          }
          if (
            entry.replacements !== undefined &&
            (!Array.isArray(entry.replacements) || !entry.replacements.every((x) => typeof x === 'string'))
          )
            at(['phrases', list, i, 'replacements'], 'must be an array of strings');
          if (entry.note !== undefined && typeof entry.note !== 'string')
            at(['phrases', list, i, 'note'], 'must be a string');
        });
      }
      const jargon = p.jargon;
      if (jargon !== undefined) {
        if (!Array.isArray(jargon)) at(['phrases', 'jargon'], `must be an array, got ${typeOf(jargon)}`);
        else
          jargon.forEach((e: unknown, i) => {
            const entry = e as Partial<GlossaryEntry>;
            if (typeOf(e) !== 'object')
              return at(
                ['phrases', 'jargon', i],
                `must be an object like {"term": "SLA", "plain": ["response time"]}, got ${typeOf(e)}`,
              );
            if (typeof entry.term !== 'string' || !entry.term.trim())
              at(['phrases', 'jargon', i, 'term'], 'must be a non-empty string');
            if (
              !Array.isArray(entry.plain) ||
              entry.plain.length === 0 ||
              !entry.plain.every((x) => typeof x === 'string')
            )
              at(['phrases', 'jargon', i, 'plain'], 'must be a non-empty array of plain-word strings');
            if (entry.caseSensitive !== undefined && typeof entry.caseSensitive !== 'boolean')
              at(['phrases', 'jargon', i, 'caseSensitive'], 'must be true or false');
          });
      }
    }
  }

  if (issues.length) return { ok: false, issues: issues.sort((a, b) => a.line - b.line || a.column - b.column) };
  return { ok: true, pack: d as unknown as RulePack };
}

export function formatIssue(file: string, i: PackIssue): string {
  return `${file}:${i.line}:${i.column}: ${i.path}: ${i.message}`;
}

/** A pack's settings, ready for analyze(). */
export function packToSettings(pack: RulePack): Settings {
  const s: Settings = {};
  if (pack.model) s.model = pack.model;
  if (pack.rules) s.rules = pack.rules as Record<string, RuleSetting>;
  if (pack.phrases) s.phrases = pack.phrases;
  if (pack.signOff) s.signOff = pack.signOff;
  return s;
}

/** Build an exportable pack from settings. */
export function settingsToPack(settings: Settings, name?: string): RulePack {
  return { format: PACK_FORMAT, version: PACK_VERSION, ...(name ? { name } : {}), ...settings };
}
