// What this checkout builds to, for Chrome and Firefox: the manifest's permissions and host permissions are
// pinned (a new one cannot slip in unnoticed), the extension pages' CSP forbids remote code, nothing is
// reachable from web pages, and the shipped JavaScript has no eval, no new Function, no string timers and
// no network API. Each build goes to a private temporary directory, so .output/ is not touched.
//
// To change a pinned value on purpose, change it here in the same commit and say why in the message.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
type Target = 'chrome' | 'firefox';
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-coach-build-'));
const dir = (t: Target) => path.join(out, `${t}-mv3`);

interface Manifest {
  [key: string]: unknown;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; js?: string[]; world?: string; all_frames?: boolean }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
}
const manifests = {} as Record<Target, Manifest>;

// Two production builds (≈3 s each alone, several times that while the rest of the unit suite runs in
// parallel on 2 cores): an explicit hook timeout.
beforeAll(() => {
  for (const browser of ['chrome', 'firefox'] as const) {
    const script = `const { build } = await import('wxt');
await build({ root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(out)}, browser: '${browser}', manifestVersion: 3 });`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`wxt build (${browser}) failed:\n${r.stderr}\n${r.stdout}`);
    manifests[browser] = JSON.parse(fs.readFileSync(path.join(dir(browser), 'manifest.json'), 'utf8')) as Manifest;
  }
}, 240_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort();

/** Every host Reply Coach is injected into without asking (the content scripts' matches). */
const CONTENT_SCRIPT_HOSTS = [
  'https://*.freshdesk.com/*',
  'https://*.myfreshworks.com/*',
  'https://*.zendesk.com/*',
  'https://app.au.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.frontapp.com/*',
  'https://app.intercom.com/*',
  'https://mail.google.com/*',
  'https://secure.helpscout.net/*',
];

/** Top-level manifest keys that may appear. A new capability (externally_connectable, declarative_net_request,
 * chrome_url_overrides, oauth2, key, update_url, …) fails here first. */
const ALLOWED_KEYS = {
  common: ['manifest_version', 'name', 'description', 'version', 'icons', 'permissions', 'optional_host_permissions', 'storage', 'commands', 'background', 'action', 'options_ui', 'content_scripts', 'content_security_policy', 'web_accessible_resources'], // prettier-ignore
  chrome: ['side_panel'],
  firefox: ['sidebar_action', 'browser_specific_settings'],
};

describe.each(['chrome', 'firefox'] as const)('the %s manifest (least privilege)', (target) => {
  it('asks for exactly these permissions', () => {
    const expected = target === 'chrome' ? ['activeTab', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'scripting', 'storage']; // prettier-ignore
    expect(sorted(manifests[target].permissions)).toEqual(expected);
    expect(manifests[target].optional_permissions).toBeUndefined();
  });

  it('has no host permission at install; other sites only on request, one at a time', () => {
    expect(manifests[target].host_permissions ?? []).toEqual([]);
    expect(sorted(manifests[target].optional_host_permissions)).toEqual(['http://*/*', 'https://*/*']);
  });

  it('injects only into the named helpdesk hosts, over https, in the isolated world, top frame only', () => {
    const scripts = manifests[target].content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    const hosts = new Set(scripts.flatMap((s) => s.matches));
    expect([...hosts].sort()).toEqual(CONTENT_SCRIPT_HOSTS);
    for (const s of scripts) {
      expect(s.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(s.all_frames ?? false).toBe(false);
    }
  });

  it('uses no manifest key outside the allowed list, and nothing is reachable from web pages or other extensions', () => {
    const allowed = new Set([...ALLOWED_KEYS.common, ...ALLOWED_KEYS[target]]);
    expect(Object.keys(manifests[target]).filter((k) => !allowed.has(k))).toEqual([]);
    expect(manifests[target].externally_connectable).toBeUndefined();
    // A resource a page can load lets any page detect the extension: only the coached hosts may.
    for (const w of manifests[target].web_accessible_resources ?? [])
      for (const m of w.matches) expect(CONTENT_SCRIPT_HOSTS).toContain(m);
  });

  it("has a CSP that allows only the extension's own scripts (no remote code, no eval)", () => {
    const csp = manifests[target].content_security_policy;
    expect(csp?.extension_pages).toBe("script-src 'self'; object-src 'self'");
    expect(csp?.sandbox).toBeUndefined();
  });
});

// --- The shipped code -------------------------------------------------------------------------------------

function files(root: string, ext: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.join(e.parentPath, e.name));
}

const GLOBALS = new Set(['window', 'self', 'globalThis', 'global', 'top', 'parent', 'frames']);
const NETWORK = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection']);

/**
 * Dynamic code and network calls in a JavaScript file, found on its syntax tree (so a method that happens to be
 * named `eval`, as in RE2JS's prefilter, or the word in a string, is not a hit).
 */
export function forbiddenCalls(code: string, file = 'x.js'): string[] {
  const src = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const hits: string[] = [];
  const name = (e: ts.Expression): string | null => {
    if (ts.isIdentifier(e)) return e.text;
    // window.eval, globalThis.Function, self['fetch']
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && GLOBALS.has(e.expression.text))
      return e.name.text;
    if (ts.isElementAccessExpression(e) && ts.isIdentifier(e.expression) && GLOBALS.has(e.expression.text))
      return ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : null;
    // navigator.sendBeacon
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'navigator')
      return `navigator.${e.name.text}`;
    return null;
  };
  const at = (n: ts.Node) => {
    const { line } = src.getLineAndCharacterOfPosition(n.getStart(src));
    return `${path.basename(file)}:${line + 1}`;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      const callee = name(n.expression);
      const args = n.arguments ?? ts.factory.createNodeArray();
      if (callee === 'eval') hits.push(`eval() at ${at(n)}`);
      if (callee === 'Function') hits.push(`${ts.isNewExpression(n) ? 'new ' : ''}Function() at ${at(n)}`);
      if ((callee === 'setTimeout' || callee === 'setInterval') && args[0] && !isFunctionLike(args[0]))
        if (ts.isStringLiteralLike(args[0]) || ts.isTemplateExpression(args[0]) || ts.isBinaryExpression(args[0]))
          hits.push(`${callee}(string) at ${at(n)}`);
      if (callee && NETWORK.has(callee) && !isModulePreload(n, src)) hits.push(`${callee} at ${at(n)}`);
      if (callee === 'navigator.sendBeacon') hits.push(`sendBeacon at ${at(n)}`);
      if (callee === 'importScripts') hits.push(`importScripts() at ${at(n)}`);
      // import('https://…'): remote code
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword && args[0] && !isLocalSpecifier(args[0]))
        hits.push(`import(${args[0].getText(src).slice(0, 40)}) at ${at(n)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return hits;
}

const isFunctionLike = (e: ts.Expression) => ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isIdentifier(e);
/**
 * Vite's modulepreload polyfill in the extension pages: `fetch(link.href, …)` for the page's own
 * `<link rel="modulepreload">` tags (files of the extension, which the pages' HTML names; the e2e recorder
 * sees no request leave). The one network call allowed, recognised by its exact shape.
 */
function isModulePreload(n: ts.CallExpression | ts.NewExpression, src: ts.SourceFile): boolean {
  return /^fetch\((\w+)\.href,\s*\w+\)$/.test(n.getText(src)) && src.text.includes('link[rel="modulepreload"]');
}

/** A literal module path inside the extension; anything else (a URL, a computed string) counts as remote. */
function isLocalSpecifier(e: ts.Expression): boolean {
  if (!ts.isStringLiteralLike(e)) return false;
  return /^(\.{1,2}\/|\/(?!\/))/.test(e.text);
}

describe('the scanner', () => {
  it('finds each kind of dynamic code and network call', () => {
    const code = [
      'eval("1+1");',
      'window.eval(x);',
      'new Function("return this")();',
      'Function("a", "return a");',
      'globalThis["Function"]("x");',
      'setTimeout("alert(1)", 10);',
      'fetch("https://example.com");',
      'new XMLHttpRequest();',
      'new WebSocket("wss://x");',
      'navigator.sendBeacon("/x", d);',
      'importScripts("https://cdn/x.js");',
      'import("https://cdn.example/x.js");',
    ].join('\n');
    expect(forbiddenCalls(code).map((h) => h.replace(/ at .*/, ''))).toEqual([
      'eval()',
      'eval()',
      'new Function()',
      'Function()',
      'Function()',
      'setTimeout(string)',
      'fetch',
      'XMLHttpRequest',
      'WebSocket',
      'sendBeacon',
      'importScripts()',
      'import("https://cdn.example/x.js")',
    ]);
  });

  it('leaves look-alikes alone: methods named eval, the words in strings, function timers, local imports', () => {
    const code = [
      'class P { eval(t, n) { return this.subs[0].eval(t, n); } }',
      'const s = "do not eval( this or new Function";',
      'setTimeout(() => run(), 10); setTimeout(run, 0);',
      'import("./chunks/engine.js"); import("/chunks/x.js");',
      'obj.fetch(x); cache.Function(1);',
      'const f = function eval2() {};',
      // Vite's modulepreload polyfill
      'document.querySelectorAll(\'link[rel="modulepreload"]\'); function n(e){let o=t(e);fetch(e.href,o)}',
    ].join('\n');
    expect(forbiddenCalls(code)).toEqual([]);
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s build output', (target) => {
  it('has no eval, new Function, string timers, remote imports or network API in any script', () => {
    const scripts = files(dir(target), '.js');
    expect(scripts.length).toBeGreaterThan(3);
    const hits = scripts.flatMap((f) => forbiddenCalls(fs.readFileSync(f, 'utf8'), f));
    expect(hits).toEqual([]);
  }, 60_000);

  it('loads only its own scripts from its pages (no remote src, no inline script)', () => {
    const pages = files(dir(target), '.html');
    expect(pages.map((p) => path.basename(p)).sort()).toEqual(['options.html', 'popup.html', 'sidepanel.html']);
    for (const p of pages) {
      const html = fs.readFileSync(p, 'utf8');
      const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(tags.length).toBeGreaterThan(0);
      for (const [, attrs, body] of tags) {
        const src = /\bsrc="([^"]+)"/.exec(attrs!)?.[1];
        expect(src, `${path.basename(p)}: ${attrs}`).toMatch(/^\/(chunks|assets)\//);
        expect(body!.trim()).toBe('');
      }
      expect(html).not.toMatch(/<(link|img|iframe)\b[^>]*\b(href|src)="(https?:)?\/\//i);
    }
  });
});

// Issue 8's size budgets. Sizes are properties of the build, not timings: they are pinned here. The engine
// (compromise, the rules and their data) lives in the background script only; pages and content scripts
// get the rules' meta from rules/catalog.json.
const KB = 1024;
const gz = (f: string) => gzipSync(fs.readFileSync(f), { level: 9 }).length;
/** A page's initial load: the scripts and module preloads its HTML names. */
function pageScripts(target: Target, page: string): string[] {
  const html = fs.readFileSync(path.join(dir(target), page), 'utf8');
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="(\/[^"]+\.js)"/g)].map((m) =>
    path.join(dir(target), m[1]!),
  );
}
const COMPROMISE = 'compromise: Invalid tag'; // a string from compromise's own code

describe.each(['chrome', 'firefox'] as const)('the %s build sizes', (target) => {
  it('each content script is at most 150 KB gzip and carries no NLP library', () => {
    const scripts = files(path.join(dir(target), 'content-scripts'), '.js');
    expect(scripts.length).toBe(4);
    for (const f of scripts) {
      expect(gz(f), path.basename(f)).toBeLessThanOrEqual(150 * KB);
      expect(fs.readFileSync(f, 'utf8').includes(COMPROMISE), path.basename(f)).toBe(false);
    }
    // …and the engine is in the background, once.
    const bg = files(dir(target), '.js').filter((f) => fs.readFileSync(f, 'utf8').includes(COMPROMISE));
    expect(bg.map((f) => path.relative(dir(target), f)).filter((f) => !f.startsWith('chunks/engine-'))).toEqual([
      'background.js',
    ]);
  });

  it('the side panel loads at most 30 KB gzip; the options page opens without the NLP library', () => {
    const side = pageScripts(target, 'sidepanel.html');
    expect(side.length).toBeGreaterThan(0);
    expect(side.reduce((n, f) => n + gz(f), 0)).toBeLessThanOrEqual(30 * KB);
    const options = pageScripts(target, 'options.html');
    expect(options.length).toBeGreaterThan(0);
    for (const f of [...side, ...options])
      expect(fs.readFileSync(f, 'utf8').includes(COMPROMISE), path.basename(f)).toBe(false);
  });
});
