// One typed map of every message between the extension's parts. Content script → extension:
// `report:update` (the current report of a composer, for the side panel), `site:enable` (turn Reply
// Coach on for this site). Extension → content script: `command` (keyboard commands relayed by the
// background), `site:disable` (turned off for a site: stop at once); side panel → content script:
// `fix:apply`, `finding:focus`, `finding:ignore`. Side panel → background: `report:get` (the latest report
// of a tab). Content script → background: `usage:events` (rule ids and kinds to count; never text),
// `analyze` (the engine runs once, in the background, not in every page: the draft goes to the extension's
// own background script and its report comes back; nothing leaves the browser), `state:get` (the
// resolved settings and send-gate mode, so pages need neither the rules nor the pack validator).

import { browser } from 'wxt/browser';
import type { AnalyzeInput, Report, Settings } from './engine/types';
import type { UsageEvent } from './usage';

export type CommandName = 'next-finding' | 'apply-first-fix';
export type SendGateMode = 'off' | 'warn' | 'block';

export interface ReportUpdate {
  /** The adapter that found the composer ('zendesk', 'gmail', …). */
  site: string;
  /** Stable for the composer's lifetime in the page. */
  composerId: string;
  url: string;
  /** null when the composer is not coached (an internal note) or went away. */
  report: Report | null;
  /** Set by the background: the tab the update came from. */
  tabId?: number;
  /** Indices into report.findings the agent ignored in this draft ("ignore once"): not highlighted. */
  ignored?: number[];
  /** Flesch reading ease of the draft (0–100, higher is easier), null when too short. */
  readingEase?: number | null;
}

export interface MessageMap {
  'report:update': { request: ReportUpdate; response: void };
  'report:get': { request: { tabId: number }; response: ReportUpdate | null };
  command: { request: { command: CommandName }; response: boolean };
  'site:enable': { request: { origin: string }; response: { ok: boolean; error?: string } };
  /**
   * Side panel → content script (browser.tabs.sendMessage): apply fix `fixIndex` of finding
   * `findingIndex` of the composer's current report (indices as in the last report:update).
   */
  'fix:apply': {
    request: { composerId: string; findingIndex: number; fixIndex: number };
    response: { ok: boolean; error?: string };
  };
  /** Side panel → content script: select a finding in the reply and open its card (focus in the card). */
  'finding:focus': { request: { composerId: string; findingIndex: number }; response: boolean };
  /** Side panel → content script: ignore this finding in this draft (until its words change). */
  'finding:ignore': { request: { composerId: string; findingIndex: number }; response: boolean };
  /** Content script → background: usage events to count (numbers only). */
  'usage:events': { request: { events: UsageEvent[] }; response: void };
  /**
   * Content script → background: analyse this draft with these settings. The response is the report, or
   * null when the input is not a draft (the background checks it: a message is data, not trust).
   */
  analyze: { request: { input: AnalyzeInput; settings: Settings }; response: Report | null };
  /**
   * Content script → background: the agent is in a composer; wake the background (and the engine) now, so
   * the first analysis after a long pause does not wait for the browser to start it.
   */
  'engine:warm': { request: Record<string, never>; response: boolean };
  /** Content script → background: the settings in force (team pack < agent < policy) and the send gate. */
  'state:get': { request: Record<string, never>; response: { settings: Settings; sendGate: SendGateMode } };
  /** Background → content scripts: the agent turned Reply Coach off for these origin patterns. */
  'site:disable': { request: { origins: string[] }; response: boolean };
}

export type MessageType = keyof MessageMap;
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K; payload: MessageMap[K]['request'] }
  : never;
export type Response<K extends MessageType> = MessageMap[K]['response'];

export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string' && 'payload' in x;
}

/** To the extension (background and extension pages). Resolves undefined when nobody listens. */
export async function sendToExtension<K extends MessageType>(
  type: K,
  payload: MessageMap[K]['request'],
): Promise<Response<K> | undefined> {
  try {
    return (await browser.runtime.sendMessage({ type, payload })) as Response<K>;
  } catch (e) {
    if (isContextInvalidated(e)) throw e;
    return undefined; // "Receiving end does not exist": no panel open
  }
}

/** To a tab's content script. */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  payload: MessageMap[K]['request'],
): Promise<Response<K> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type, payload })) as Response<K>;
  } catch {
    return undefined;
  }
}

export type Handlers = {
  [K in MessageType]?: (payload: MessageMap[K]['request'], sender: Sender) => Response<K> | Promise<Response<K>>;
};

export interface Sender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

/**
 * True only for this extension's own parts (its background, pages and content scripts). Web pages cannot
 * reach runtime.onMessage (the manifest lets no page connect; tests/build pins it), and the content scripts listen to no
 * window `message` events; this check holds even if either ever changed.
 */
export function fromThisExtension(sender: Sender | undefined): boolean {
  try {
    return !!sender && typeof sender.id === 'string' && sender.id === browser.runtime.id;
  } catch {
    return false;
  }
}

/** Listen for typed messages from this extension only; returns the function that stops listening. */
export function onMessages(handlers: Handlers): () => void {
  const listener = (msg: unknown, sender: Sender) => {
    if (!fromThisExtension(sender) || !isMessage(msg)) return undefined;
    const h = handlers[msg.type] as ((p: unknown, s: typeof sender) => unknown) | undefined;
    if (!h) return undefined;
    return Promise.resolve(h(msg.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** True when the extension was reloaded or removed under a running content script. */
export function isContextInvalidated(e?: unknown): boolean {
  if (e && /context invalidated/i.test(String((e as Error)?.message ?? e))) return true;
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}
