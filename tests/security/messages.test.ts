// Messages from web pages are never trusted: the typed listener (lib/messaging.ts onMessages, used by the
// content script, the background and the side panel) acts only on messages whose sender is this extension,
// and no extension code listens to window `message` events or to other extensions.
import { fakeBrowser } from '../storage/fake-browser';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fromThisExtension, onMessages } = await import('../../lib/messaging');

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = { type: 'fix:apply', payload: { composerId: 'c1', findingIndex: 0, fixIndex: 0 } };

describe('onMessages accepts commands only from the extension', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the handler for a message from this extension (content script or page of it)', async () => {
    const apply = vi.fn(() => ({ ok: true }));
    onMessages({ 'fix:apply': apply });
    const [res] = await fakeBrowser.runtime.onMessage.trigger(FIX, { id: fakeBrowser.runtime.id, tab: { id: 3 } } as never, () => {}); // prettier-ignore
    expect(apply).toHaveBeenCalledWith(FIX.payload, expect.objectContaining({ id: fakeBrowser.runtime.id }));
    expect(await res).toEqual({ ok: true });
  });

  it('ignores the same message from another extension, from a sender with no id, or with no sender', async () => {
    const apply = vi.fn(() => ({ ok: true }));
    const command = vi.fn(() => true);
    onMessages({ 'fix:apply': apply, command });
    const senders = [
      { id: 'some-other-extension-id' },
      { url: 'https://evil.example/page', tab: { id: 3 } },
      {},
      undefined,
    ];
    for (const sender of senders) {
      const res = await fakeBrowser.runtime.onMessage.trigger(FIX, sender as never, () => {});
      expect(res).toEqual([undefined]);
      await fakeBrowser.runtime.onMessage.trigger({ type: 'command', payload: { command: 'apply-first-fix' } }, sender as never, () => {}); // prettier-ignore
    }
    expect(apply).not.toHaveBeenCalled();
    expect(command).not.toHaveBeenCalled();
  });

  it('ignores malformed messages even from the extension', async () => {
    const apply = vi.fn();
    onMessages({ 'fix:apply': apply });
    for (const msg of [null, 'fix:apply', { type: 'fix:apply' }, { type: 42, payload: {} }, { type: 'nope', payload: {} }])
      expect(await fakeBrowser.runtime.onMessage.trigger(msg, { id: fakeBrowser.runtime.id }, () => {})).toEqual([undefined]); // prettier-ignore
    expect(apply).not.toHaveBeenCalled();
  });

  it('fromThisExtension compares ids exactly', () => {
    expect(fromThisExtension({ id: fakeBrowser.runtime.id })).toBe(true);
    expect(fromThisExtension({ id: `${fakeBrowser.runtime.id}x` })).toBe(false);
    expect(fromThisExtension({ id: '' })).toBe(false);
    expect(fromThisExtension(undefined)).toBe(false);
  });
});

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('no other way in from a page', () => {
  const files = [...sources('entrypoints'), ...sources('lib')].filter((f) => !f.includes(`${path.sep}cli${path.sep}`));

  it.each([
    ["a window 'message' listener", /addEventListener\(\s*['"`]message['"`]|\bonmessage\s*=/],
    ['postMessage', /\.postMessage\(/],
    ['messages from other extensions or pages', /onMessageExternal|onConnectExternal|externally_connectable/],
    ['long-lived ports a page could reach', /runtime\.onConnect\b|runtime\.connect\(/],
  ])('extension code has no %s', (_what, pattern) => {
    expect(files.length).toBeGreaterThan(20);
    const hits = files.filter((f) => pattern.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(hits).toEqual([]);
  });

  it("the content script's shortcut handler ignores synthetic (page-made) key events", () => {
    const runtime = fs.readFileSync(path.join(ROOT, 'lib/runtime/runtime.ts'), 'utf8');
    const handler = runtime.slice(runtime.indexOf('private onShortcut('));
    expect(handler.slice(0, handler.indexOf('\n  }\n'))).toMatch(/if \(!e\.isTrusted\b/);
  });
});
