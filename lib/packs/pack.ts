// Team rule packs: the JSON a team lead exports from the options page, shares, imports, or rolls out
// through enterprise policy. The shape is a JSON Schema (public/pack.schema.json, published for editors),
// checked by @cfworker/json-schema (no code generation, so it runs under the extension's CSP); rule ids and
// each rule's options are added to it from the rules' own meta at run time. Every problem is reported with
// the line, column and field at fault; a pack with any problem is rejected whole, so the settings in force
// are kept. parsePack never throws, whatever the text.

import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import publishedSchema from '../../public/pack.schema.json';
import { checkPackPhrase } from '../engine/phrases';
import type { Channel, RuleInfo, RuleOptionMeta, RuleSetting, Settings } from '../engine/types';
import { suggestion } from './suggest';

export const PACK_FORMAT = 'reply-coach-pack';
export const PACK_VERSION = 1;

/** A self-test carried by the pack: the rules that must (expect) and must not (forbid) flag a draft. */
export interface PackExample {
  name?: string;
  draft: string;
  customer?: string;
  customerName?: string;
  channel?: Channel;
  expect?: string[];
  forbid?: string[];
}

export interface RulePack extends Settings {
  $schema?: string;
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  /** Shown to agents: "Acme Support rules". */
  name?: string;
  examples?: PackExample[];
}

export interface PackIssue {
  /** JSON path of the field at fault, e.g. `rules.jargon.severity` or `phrases.negative[2].phrase`. */
  path: string;
  line: number;
  column: number;
  message: string;
}

export type PackResult = { ok: true; pack: RulePack } | { ok: false; issues: PackIssue[] };

type Path = (string | number)[];

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

export function pathString(path: Path): string {
  return (
    path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : String(p)), '') || '(root)'
  );
}

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** Where a path is in the text: its value (or its key, for a field that should not be there). */
export function locate(
  tree: Node | undefined,
  text: string,
  path: Path,
  atKey = false,
): { line: number; column: number } {
  let node: Node | undefined;
  // Point at the deepest node of the path that exists.
  for (let n = path.length; n >= 0 && !node && tree; n--) node = findNodeAtLocation(tree, path.slice(0, n));
  const key = atKey && node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return lineCol(text, (key ?? node)?.offset ?? 0);
}

// --- The schema -----------------------------------------------------------------------------------

type SchemaNode = Schema & { errorMessage?: string; $defs?: Record<string, SchemaNode> };

function optionSchema(o: RuleOptionMeta): SchemaNode {
  if (o.type === 'string[]')
    return { type: 'array', items: { type: 'string' }, errorMessage: 'must be an array of strings' };
  return { type: o.type, description: o.description };
}

/** The published schema with this Reply Coach's rule ids and each rule's options filled in. */
export function packSchema(rules: readonly RuleInfo[]): SchemaNode {
  const schema = structuredClone(publishedSchema) as SchemaNode;
  const ruleSetting = schema.$defs!.ruleSetting!;
  const properties: Record<string, SchemaNode> = {};
  for (const r of rules) {
    const setting = structuredClone(ruleSetting);
    setting.properties!.options = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(r.meta.options ?? {}).map(([k, o]) => [k, optionSchema(o)])),
    };
    properties[r.meta.id] = setting;
  }
  schema.properties!.rules = { type: 'object', properties, additionalProperties: false };
  return schema;
}

const validators = new WeakMap<readonly RuleInfo[], Validator>();
function validatorFor(rules: readonly RuleInfo[]): Validator {
  let v = validators.get(rules);
  if (!v) {
    v = new Validator(packSchema(rules), '2020-12', false);
    validators.set(rules, v);
  }
  return v;
}

function decodePointer(pointer: string, data: unknown): Path {
  const out: Path = [];
  let at: unknown = data;
  const body = pointer.replace(/^#/, '');
  // "#" is the root, "#/" the field named "" (a key may be empty).
  for (const raw of body ? body.split('/').slice(1) : []) {
    const tok = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    const key: string | number = Array.isArray(at) && /^\d+$/.test(tok) ? Number(tok) : tok;
    out.push(key);
    at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
  }
  return out;
}

function valueAt(data: unknown, path: Path): unknown {
  let at = data;
  for (const k of path)
    at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[k] : undefined;
  return at;
}

/** The schema node that owns the keyword at `keywordLocation` (following local $refs). */
function schemaAt(root: SchemaNode, keywordLocation: string): SchemaNode | undefined {
  const toks = keywordLocation
    .replace(/^#\/?/, '')
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  toks.pop(); // the keyword itself
  let node: unknown = root;
  for (const t of toks) {
    if (t === '$ref') {
      const ref = (node as SchemaNode).$ref ?? '';
      node = ref.startsWith('#/$defs/') ? root.$defs?.[ref.slice('#/$defs/'.length)] : undefined;
    } else node = (node as Record<string, unknown> | undefined)?.[t];
    if (node === undefined) return undefined;
  }
  return node as SchemaNode;
}

const LISTS = ['negative', 'banned', 'jargon'];

function unknownKeyMessage(path: Path, rules: readonly RuleInfo[], schema: SchemaNode): string {
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  const ids = rules.map((r) => r.meta.id);
  if (parent.length === 0) return `unknown field "${key}"${suggestion(key, Object.keys(schema.properties ?? {}))}`;
  if (parent.length === 1 && parent[0] === 'rules') return `unknown rule "${key}"${suggestion(key, ids)}`;
  if (parent.length === 2 && parent[0] === 'rules')
    return `unknown field "${key}"${suggestion(key, ['enabled', 'severity', 'options'])} (fields: enabled, severity, options)`;
  if (parent.length === 3 && parent[0] === 'rules' && parent[2] === 'options') {
    const id = String(parent[1]);
    const names = Object.keys(rules.find((r) => r.meta.id === id)?.meta.options ?? {});
    return names.length
      ? `unknown option "${key}"${suggestion(key, names)} (${id} options: ${names.join(', ')})`
      : `unknown option "${key}" (${id} has no options)`;
  }
  if (parent.length === 1 && parent[0] === 'phrases')
    return `unknown list "${key}"${suggestion(key, LISTS)} (lists: ${LISTS.join(', ')})`;
  return `unknown field "${key}"`;
}

function schemaIssue(
  e: OutputUnit,
  data: unknown,
  rules: readonly RuleInfo[],
  schema: SchemaNode,
): { path: Path; message: string; atKey?: boolean } | null {
  const path = decodePointer(e.instanceLocation, data);
  const value = valueAt(data, path);
  const node = schemaAt(schema, e.keywordLocation);
  const custom = node?.errorMessage;
  switch (e.keyword) {
    case 'false':
      return { path, message: unknownKeyMessage(path, rules, schema), atKey: true };
    case 'type': {
      const expected = node?.type;
      if (custom) return { path, message: `${custom}, got ${typeOf(value)}` };
      const what =
        expected === 'boolean'
          ? 'true or false'
          : expected === 'object' || expected === 'array'
            ? `an ${expected}`
            : `a ${String(expected)}`;
      return { path, message: `must be ${what}, got ${typeOf(value)}` };
    }
    case 'const': {
      const want = node?.const;
      if (path.length === 1 && path[0] === 'version')
        return { path, message: `must be ${PACK_VERSION} (this Reply Coach reads version ${PACK_VERSION})` };
      return { path, message: `must be ${JSON.stringify(want)}` };
    }
    case 'enum': {
      const values = (node?.enum ?? []) as unknown[];
      const hint = typeof value === 'string' ? suggestion(value, values.map(String)) : '';
      return { path, message: `must be one of ${values.join(', ')} (got ${JSON.stringify(value)})${hint}` };
    }
    case 'required': {
      const prop = /"([^"]+)"/.exec(e.error)?.[1] ?? '?';
      const child = node?.properties?.[prop] as SchemaNode | undefined;
      const childNode = child?.$ref?.startsWith('#/$defs/') ? schema.$defs?.[child.$ref.slice(8)] : child;
      const hint =
        childNode?.errorMessage ??
        (childNode?.const !== undefined ? `must be ${JSON.stringify(childNode.const)}` : undefined);
      return { path: [...path, prop], message: `is required${hint ? ` (${hint})` : ''}` };
    }
    case 'pattern':
    case 'minLength':
      return { path, message: custom ?? 'must be a non-empty string' };
    case 'minItems':
      return { path, message: custom ?? 'must not be empty' };
    // Containers: their leaves say what is wrong.
    case 'properties':
    case 'additionalProperties':
    case 'items':
    case '$ref':
    case 'allOf':
    case 'prefixItems':
      return null;
    default:
      return { path, message: e.error };
  }
}

/** Parse and validate a pack. `rules` is the list of rules the pack may configure. Never throws. */
export function parsePack(text: string, rules: readonly RuleInfo[]): PackResult {
  try {
    return parsePackUnsafe(typeof text === 'string' ? text : String(text), rules);
  } catch (e) {
    // A bug here must not let a pack through, nor take the page down.
    return {
      ok: false,
      issues: [{ path: '(root)', line: 1, column: 1, message: `could not be checked: ${(e as Error)?.message ?? e}` }],
    };
  }
}

function parsePackUnsafe(text: string, rules: readonly RuleInfo[]): PackResult {
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
  const seen = new Set<string>();
  const add = (path: Path, message: string, atKey = false) => {
    const p = pathString(path);
    if (seen.has(`${p}\u0000${message}`)) return;
    seen.add(`${p}\u0000${message}`);
    issues.push({ path: p, ...locate(tree, text, path, atKey), message });
  };

  if (typeOf(data) !== 'object') {
    add([], `a rule pack is a JSON object, got ${typeOf(data)}`);
    return { ok: false, issues };
  }

  const schema = packSchema(rules);
  const result = validatorFor(rules).validate(data);
  if (!result.valid)
    for (const e of result.errors) {
      const issue = schemaIssue(e, data, rules, schema);
      if (issue) add(issue.path, issue.message, issue.atKey);
    }

  // What a schema cannot say: phrases must compile (untrusted `re:` on the linear-time engine), and the
  // examples must name rules that exist.
  const d = data as Record<string, unknown>;
  const phrases = d.phrases as Record<string, unknown> | undefined;
  if (phrases && typeOf(phrases) === 'object')
    for (const list of LISTS) {
      const arr = phrases[list];
      if (!Array.isArray(arr)) continue;
      const key = list === 'jargon' ? 'term' : 'phrase';
      arr.forEach((entry: unknown, i) => {
        const v = (entry as Record<string, unknown> | null)?.[key];
        if (typeOf(entry) !== 'object' || typeof v !== 'string' || !v.trim()) return;
        try {
          checkPackPhrase(v);
        } catch (err) {
          add(['phrases', list, i, key], (err as Error).message);
        }
      });
    }
  const ids = rules.map((r) => r.meta.id);
  if (Array.isArray(d.examples))
    d.examples.forEach((ex: unknown, i) => {
      if (typeOf(ex) !== 'object') return;
      for (const field of ['expect', 'forbid'] as const) {
        const list = (ex as Record<string, unknown>)[field];
        if (!Array.isArray(list)) continue;
        list.forEach((id: unknown, j) => {
          if (typeof id === 'string' && !ids.includes(id))
            add(['examples', i, field, j], `unknown rule "${id}"${suggestion(id, ids)}`);
        });
      }
    });

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

/** Build an exportable pack from settings (and the examples to carry along). */
export function settingsToPack(settings: Settings, name?: string, examples?: PackExample[]): RulePack {
  const { model, rules, phrases, signOff } = settings;
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    ...(name ? { name } : {}),
    ...(model ? { model } : {}),
    ...(rules ? { rules } : {}),
    ...(phrases ? { phrases } : {}),
    ...(signOff ? { signOff } : {}),
    ...(examples?.length ? { examples } : {}),
  };
}
